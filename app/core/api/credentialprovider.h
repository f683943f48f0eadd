#pragma once

#include "core/signing/credentials.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// What a credential provider answered: credentials (with their expiry when temporary), or why
// there are none. Never holds a secret outside `credentials`.
struct CredentialAnswer
{
    Credentials credentials = {};
    QDateTime expiration = {}; // UTC; invalid for credentials that do not expire
    QString code = {};         // stable, e.g. "AssumeRole.NoPermission"; empty when ok
    QString message = {};      // translated, says what to do; never a secret

    bool ok() const { return code.isEmpty(); }
    static CredentialAnswer failure(const QString &code, const QString &message);
};

// Where the credentials of one profile come from, asked each time a call needs them. Asking may
// contact a network service or run a process, so the answer always comes later, on the event loop.
// Implementations never write what they obtain anywhere and never put it in a message or a log.
// Shared (std::shared_ptr) by every client and call that signs with the profile.
class CredentialProvider
{
public:
    using Callback = std::function<void(const CredentialAnswer &answer)>;

    virtual ~CredentialProvider() = default;
    // callback runs once, later, and only while context lives.
    virtual void request(QObject *context, Callback callback) = 0;
    // A server rejected `used` as expired (InvalidSecurityToken.Expired): the next request must not
    // answer them again. Providers of fixed credentials ignore it.
    virtual void invalidate(const Credentials &used) { Q_UNUSED(used) }
    // The credentials a request would answer now without contacting anything, if any: for previews.
    virtual std::optional<Credentials> cached() const = 0;
    // True when asking may take a while or fail (a role, a service, a process).
    virtual bool isTemporary() const { return false; }
};

// Credentials known in advance (AccessKey, StsToken, the environment, an own profile).
class StaticCredentialProvider final : public CredentialProvider
{
public:
    explicit StaticCredentialProvider(Credentials credentials);
    void request(QObject *context, Callback callback) override;
    std::optional<Credentials> cached() const override { return m_credentials; }

private:
    Credentials m_credentials;
};

namespace CredentialProviders {
// Runs callback on context's event loop on the next turn, unless context is gone by then.
void deliverLater(QObject *context, CredentialProvider::Callback callback, CredentialAnswer answer);
} // namespace CredentialProviders
