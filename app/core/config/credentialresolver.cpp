#include "core/config/credentialresolver.h"

#include "core/config/aliyuncliconfig.h"
#include "core/config/environmentcredentialsource.h"
#include "core/config/memorycredentialsource.h"
#include "core/config/ownprofiles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

CredentialResolver::CredentialResolver(QProcessEnvironment environment, QString configPath,
    OwnProfileCredentialSource::StoreFactory keychain)
    : m_environment(std::move(environment))
    , m_configPath(configPath.isEmpty() ? AliyunCliConfig::defaultPath() : std::move(configPath))
    , m_keychain(std::move(keychain))
{
}

CredentialResolution CredentialResolver::resolve(const QString &explicitProfile) const
{
    if (!explicitProfile.isEmpty())
        return fromExplicitProfile(explicitProfile);
    CredentialResolution fromEnvironment = fromSource(std::make_shared<EnvironmentCredentialSource>(m_environment));
    if (fromEnvironment.problem.kind != CredentialProblem::NotConfigured)
        return fromEnvironment;
    if (m_environment.value(u"ALIBABA_CLOUD_IGNORE_PROFILE"_s).trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return nothingFound();
    const QString named = m_environment.value(u"ALIBABA_CLOUD_PROFILE"_s).trimmed();
    if (!named.isEmpty())
        return fromProfile(named, true);
    return fromProfile({}, false);
}

CredentialResolution CredentialResolver::fromExplicitProfile(const QString &profile) const
{
    if (profile == u"env")
        return fromSource(std::make_shared<EnvironmentCredentialSource>(m_environment));
    if (profile == u"sandbox") {
        return fromSource(std::make_shared<MemoryCredentialSource>(u"sandbox"_s,
            QCoreApplication::translate("CredentialResolver", "Sandbox"), Credentials::sandbox()));
    }
    if (profile.startsWith(u"aliyun:"))
        return fromProfile(profile.sliced(7), true);
    if (profile.startsWith(u"own:"))
        return fromSource(std::make_shared<OwnProfileCredentialSource>(profile.sliced(4), m_keychain));
    CredentialResolution aliyun = fromProfile(profile, true);
    if (aliyun.problem.kind == CredentialProblem::ProfileNotFound && OwnProfiles::find(profile))
        return fromSource(std::make_shared<OwnProfileCredentialSource>(profile, m_keychain));
    return aliyun;
}

CredentialResolution CredentialResolver::fromProfile(const QString &name, bool chosen) const
{
    CredentialResolution result = fromSource(std::make_shared<AliyunCliCredentialSource>(name, m_configPath, m_environment));
    const CredentialProblem::Kind kind = result.problem.kind;
    if (!chosen && (kind == CredentialProblem::NotConfigured || kind == CredentialProblem::ProfileNotFound))
        return nothingFound();
    // A profile the user named, in a file that does not exist, is a profile that was not found.
    if (chosen && kind == CredentialProblem::NotConfigured) {
        result.problem.kind = CredentialProblem::ProfileNotFound;
        result.problem.profile = name;
    }
    return result;
}

CredentialResolution CredentialResolver::fromSource(std::shared_ptr<const CredentialSource> source) const
{
    CredentialResolution result;
    result.provider = source->provider(&result.problem);
    if (result.provider && !result.provider->isTemporary())
        result.credentials = result.provider->cached().value_or(Credentials {});
    result.defaultRegion = source->defaultRegion();
    if (result.defaultRegion.isEmpty())
        result.defaultRegion = m_environment.value(u"ALIBABA_CLOUD_REGION_ID"_s).trimmed();
    result.source = std::move(source);
    return result;
}

CredentialResolution CredentialResolver::nothingFound() const
{
    CredentialResolution result;
    result.problem = {CredentialProblem::NotConfigured, {}, CredentialProblem::AllSources, m_configPath};
    result.defaultRegion = m_environment.value(u"ALIBABA_CLOUD_REGION_ID"_s).trimmed();
    return result;
}
