#pragma once

#include "core/config/credentialsource.h"

#include <functional>
#include <memory>

class SecretStore;

// A profile added in FlowLog Studio ("own:NAME"), for the command line: ID and region from the
// shared settings, the secret read from the OS keychain. load() blocks until the keychain answers
// (it runs a local event loop, at most KeychainTimeoutMs), which suits a command that cannot act
// without it; the GUI reads the keychain asynchronously through its ProfileManager instead.
class OwnProfileCredentialSource final : public CredentialSource
{
public:
    using StoreFactory = std::function<std::unique_ptr<SecretStore>()>;
    static constexpr int KeychainTimeoutMs = 15000;

    // Without a factory the OS keychain is used (when the build has one).
    explicit OwnProfileCredentialSource(QString name, StoreFactory stores = {});

    QString id() const override;
    QString displayName() const override;
    Credentials load(CredentialProblem *problem) const override;
    QString defaultRegion() const override;

    static StoreFactory keychain();

private:
    CredentialProblem problem(CredentialProblem::Kind kind, const QString &detail = {}) const;

    QString m_name;
    StoreFactory m_stores;
};
