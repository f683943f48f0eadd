#pragma once

#include "emulator/authenticatedcall.h"
#include "core/signing/credentials.h"
#include "emulator/emulatorerror.h"
#include "emulator/incomingrequest.h"
#include "emulator/noncecache.h"
#include "emulator/temporarycredentials.h"

#include <QList>

#include <optional>

// The gateway's checks, in the gateway's order: signature fields present, timestamp well formed and
// within 15 minutes, AccessKey known, signature matching (v1 HMAC-SHA1 or V3 ACS3-HMAC-SHA256,
// recomputed with the shared signing code), STS token, nonce unused. Only a request that passes
// all of them reaches an action. Besides the fixed accounts it accepts the temporary credentials
// the emulator issued, with their token, until they expire.
class RequestAuthenticator
{
public:
    static constexpr qint64 allowedSkewMs = 15 * 60 * 1000;

    void setAccounts(const QList<Credentials> &accounts) { m_accounts = accounts; }
    const QList<Credentials> &accounts() const { return m_accounts; }
    // The account every fixed AccessKey belongs to.
    void setAccountId(const QString &accountId) { m_accountId = accountId; }
    // Not owned; null: no temporary credentials are accepted.
    void setTemporaryCredentials(const TemporaryCredentials *issued) { m_temporary = issued; }

    // On success fills *call and returns nullopt; otherwise returns the error to answer with.
    std::optional<EmulatorError> authenticate(const IncomingRequest &request, qint64 nowMs, AuthenticatedCall *call);

private:
    std::optional<EmulatorError> authenticateV1(const IncomingRequest &request, qint64 nowMs, AuthenticatedCall *call);
    std::optional<EmulatorError> authenticateV3(const IncomingRequest &request, qint64 nowMs, AuthenticatedCall *call);
    std::optional<EmulatorError> verifyV3Signature(const IncomingRequest &request, const Credentials &account,
        const QueryParameters &query);
    const Credentials *findAccount(const QString &accessKeyId) const;
    const TemporaryCredentials::Issued *findTemporary(const QString &accessKeyId) const;
    std::optional<EmulatorError> checkAccount(const QString &accessKeyId, const Credentials **account) const;
    static std::optional<EmulatorError> checkTimestamp(const QString &timestamp, qint64 nowMs);
    static std::optional<EmulatorError> checkToken(const Credentials &account, const QString &token);
    std::optional<EmulatorError> checkTemporaryToken(const TemporaryCredentials::Issued &issued, const QString &token,
        qint64 nowMs) const;
    std::optional<EmulatorError> checkAnyToken(const QString &accessKeyId, const Credentials &account,
        const QString &token, qint64 nowMs) const;
    void fillIdentity(const QString &accessKeyId, AuthenticatedCall *call) const;
    std::optional<EmulatorError> checkNonce(const QString &accessKeyId, const QString &nonce, qint64 nowMs);

    QList<Credentials> m_accounts;
    QString m_accountId;
    const TemporaryCredentials *m_temporary = nullptr;
    NonceCache m_nonces;
};
