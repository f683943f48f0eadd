#pragma once

#include "core/signing/credentials.h"

#include <QHash>
#include <QString>

// The STS credentials the emulator has handed out (AssumeRole, the metadata service, the
// credentials URI): which account each belongs to and when it expires. Expired entries are kept
// for a while so that a late call is told InvalidSecurityToken.Expired, not that its AccessKey
// does not exist.
class TemporaryCredentials
{
public:
    struct Issued
    {
        Credentials credentials;
        QString accountId; // the account of the caller that obtained them
        QString roleArn;   // the role they act as
        qint64 issuedAtMs = 0;
        qint64 expiresAtMs = 0; // a whole second, the Expiration handed out

        bool isExpiredAt(qint64 nowMs) const { return nowMs >= expiresAtMs; }
    };

    // How long an expired credential is still recognised as such.
    static constexpr qint64 keptAfterExpiryMs = 15 * 60 * 1000;

    // Fresh "STS."-prefixed credentials valid for lifetimeSeconds, from the next whole second on
    // (so that the Expiration handed out is exactly when they stop working, and never earlier
    // than lifetimeSeconds from now).
    Issued issue(const QString &accountId, const QString &roleArn, int lifetimeSeconds, qint64 nowMs);
    const Issued *find(const QString &accessKeyId) const;
    // Whether this token was issued with some credential (to tell a token of another AccessKey
    // from one that was never issued).
    bool isIssuedToken(const QString &token) const { return m_keyOfToken.contains(token); }
    qsizetype size() const { return m_issued.size(); }

    static bool isTemporaryKey(const QString &accessKeyId) { return accessKeyId.startsWith(QLatin1String("STS.")); }
    // yyyy-MM-ddTHH:mm:ssZ, as STS writes Expiration.
    static QString utcText(qint64 msSinceEpoch);

private:
    void forgetLongExpired(qint64 nowMs);

    QHash<QString, Issued> m_issued; // by AccessKey ID
    QHash<QString, QString> m_keyOfToken;
    int m_issuedSinceSweep = 0;
};
