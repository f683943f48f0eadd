#pragma once

#include "core/config/credentialsource.h"
#include "core/config/ownprofilecredentialsource.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

// What the resolver found: credentials from one source, or the problem that stops the call.
struct CredentialResolution
{
    // What every call signs with: fixed credentials, or temporary ones obtained when a call asks.
    std::shared_ptr<CredentialProvider> provider = {};
    // The fixed credentials, when the provider has them without contacting anything.
    Credentials credentials = {};
    CredentialProblem problem = {};
    // The source the credentials came from (or the one that failed); null when none applied.
    std::shared_ptr<const CredentialSource> source = {};
    // The source's default region, else ALIBABA_CLOUD_REGION_ID; may be empty.
    QString defaultRegion = {};

    bool ok() const { return problem.ok() && provider != nullptr; }
    // Whether the credentials are temporary, obtained from a role, a service or a process.
    bool isTemporary() const { return provider && provider->isTemporary(); }
};

// The command line's order of credential sources, as the official tools use it:
//  1. an explicit --profile, and nothing else. Profiles are named as the history records them:
//     "env" (the variables below), "sandbox" (the local emulator's account), "aliyun:NAME" (a
//     profile of ~/.aliyun/config.json), "own:NAME" (a profile added in FlowLog Studio, its secret in
//     the OS keychain); a bare NAME is the aliyun CLI's profile, else FlowLog Studio's own of that name;
//  2. ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET (/ ALIBABA_CLOUD_SECURITY_TOKEN) when set;
//  3. the profile named by ALIBABA_CLOUD_PROFILE, else the config file's current profile, unless
//     ALIBABA_CLOUD_IGNORE_PROFILE=TRUE (as the aliyun CLI and the credentials libraries have it).
// Profiles of the config file in every supported mode give a provider (AliyunProfileProviders);
// resolving contacts nothing: temporary credentials are obtained when the first call needs them.
// A source the user clearly chose (1, a half-set 2, ALIBABA_CLOUD_PROFILE) reports its own problem
// instead of falling through; when nothing is configured at all the problem names all three places.
class CredentialResolver
{
public:
    explicit CredentialResolver(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                                QString configPath = {}, // empty: AliyunCliConfig::defaultPath()
                                OwnProfileCredentialSource::StoreFactory keychain = {}); // empty: the OS keychain

    CredentialResolution resolve(const QString &explicitProfile = {}) const;

private:
    CredentialResolution fromExplicitProfile(const QString &profile) const;
    CredentialResolution fromProfile(const QString &name, bool chosen) const;
    CredentialResolution fromSource(std::shared_ptr<const CredentialSource> source) const;
    CredentialResolution nothingFound() const;

    QProcessEnvironment m_environment;
    QString m_configPath;
    OwnProfileCredentialSource::StoreFactory m_keychain;
};
