#pragma once

#include "core/config/assumeroleprovider.h"
#include "core/config/credentialsource.h"
#include "core/config/ownprofiles.h"

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
    // In mode RamRoleArn the role's temporary credentials, assumed with load()'s AccessKey when a
    // call first asks; in the other modes the default (load()'s credentials).
    std::shared_ptr<CredentialProvider> provider(CredentialProblem *problem) const override;

    static StoreFactory keychain();

    // What a RamRoleArn profile's AssumeRole asks for. STS is reached at the profile's STS (or
    // emulator) endpoint override, else at the global sts.aliyuncs.com, as the aliyun CLI does
    // for a profile without sts_region.
    static AssumeRoleParameters roleParameters(const OwnProfile &profile);
    // source: the profile's own AccessKey, however it was read (the CLI blocks, the GUI does not).
    static std::shared_ptr<CredentialProvider> roleProvider(const OwnProfile &profile,
        std::shared_ptr<CredentialProvider> source);

private:
    CredentialProblem problem(CredentialProblem::Kind kind, const QString &detail = {}) const;

    QString m_name;
    StoreFactory m_stores;
};
