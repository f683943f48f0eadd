#include "core/config/aliyunprofileproviders.h"

#include "core/config/assumeroleprovider.h"
#include "core/config/commandline.h"
#include "core/config/credentialsuriprovider.h"
#include "core/config/ecsramroleprovider.h"
#include "core/config/externalprocessprovider.h"
#include "core/config/profileendpoints.h"

using namespace Qt::StringLiterals;

namespace {

const QString externalSwitch = u"ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS"_s;
const QString metadataSwitch = u"ALIBABA_CLOUD_ECS_METADATA_DISABLED"_s;

// The fields each mode cannot do without, in the order the CLI checks them.
QList<QPair<QString, QString>> requiredFields(const AliyunCliProfile &profile)
{
    const QPair<QString, QString> id {u"access_key_id"_s, profile.accessKeyId};
    const QPair<QString, QString> secret {u"access_key_secret"_s, profile.accessKeySecret};
    const QPair<QString, QString> arn {u"ram_role_arn"_s, profile.ramRoleArn};
    const QPair<QString, QString> session {u"ram_session_name"_s, profile.ramSessionName};
    switch (profile.parsedMode()) {
    case ProfileMode::AK:
        return {id, secret};
    case ProfileMode::StsToken:
        return {id, secret, {u"sts_token"_s, profile.stsToken}};
    case ProfileMode::RamRoleArn:
        return {id, secret, arn, session};
    case ProfileMode::ChainableRamRoleArn:
        return {{u"source_profile"_s, profile.sourceProfile}, arn, session};
    case ProfileMode::External:
        return {{u"process_command"_s, profile.processCommand.trimmed()}};
    case ProfileMode::EcsRamRole:
    case ProfileMode::CredentialsUri:
    case ProfileMode::Unsupported:
        break;
    }
    return {};
}

} // namespace

AliyunProfileProviders::AliyunProfileProviders(const AliyunCliConfig &config, QString path,
    QProcessEnvironment environment)
    : m_config(config)
    , m_path(std::move(path))
    , m_environment(std::move(environment))
{
}

CredentialProblem AliyunProfileProviders::check(const QString &name) const
{
    return check(name, {});
}

CredentialProblem AliyunProfileProviders::check(const QString &name, const QStringList &chain) const
{
    const AliyunCliProfile *profile = m_config.profile(name);
    if (!profile)
        return problem(CredentialProblem::ProfileNotFound, name);
    if (!profile->isSupported())
        return problem(CredentialProblem::UnsupportedMode, name, profile->mode);
    for (const auto &[field, value] : requiredFields(*profile)) {
        if (value.isEmpty())
            return problem(CredentialProblem::Incomplete, name, field);
    }
    return checkFields(*profile, chain);
}

CredentialProblem AliyunProfileProviders::checkFields(const AliyunCliProfile &profile, const QStringList &chain) const
{
    switch (profile.parsedMode()) {
    case ProfileMode::RamRoleArn:
        return checkRole(profile);
    case ProfileMode::ChainableRamRoleArn: {
        if (const CredentialProblem role = checkRole(profile); !role.ok())
            return role;
        const QStringList next = chain + QStringList {profile.name};
        if (next.contains(profile.sourceProfile)) {
            return problem(CredentialProblem::ChainCycle, profile.name,
                (next + QStringList {profile.sourceProfile}).join(u" → "_s));
        }
        return check(profile.sourceProfile, next);
    }
    case ProfileMode::EcsRamRole:
        return isSwitchedOn(metadataSwitch) ? problem(CredentialProblem::Disabled, profile.name, metadataSwitch)
                                            : CredentialProblem {};
    case ProfileMode::CredentialsUri: {
        if (isSwitchedOn(externalSwitch))
            return problem(CredentialProblem::Disabled, profile.name, externalSwitch);
        const QString uri = credentialsUri(profile);
        if (uri.isEmpty())
            return problem(CredentialProblem::Incomplete, profile.name, u"credentials_uri"_s);
        const QString reason = CredentialsUriProvider::checkUri(QUrl(uri));
        return reason.isEmpty() ? CredentialProblem {}
                                : problem(CredentialProblem::Invalid, profile.name, u"credentials_uri"_s, reason);
    }
    case ProfileMode::External: {
        if (isSwitchedOn(externalSwitch))
            return problem(CredentialProblem::Disabled, profile.name, externalSwitch);
        const std::optional<QStringList> command = CommandLine::split(profile.processCommand);
        if (!command || command->isEmpty()) {
            return problem(CredentialProblem::Invalid, profile.name, u"process_command"_s,
                QCoreApplication::translate("AliyunProfileProviders",
                    "a quote or a backslash at its end is not closed."));
        }
        return {};
    }
    case ProfileMode::AK:
    case ProfileMode::StsToken:
    case ProfileMode::Unsupported:
        break;
    }
    return {};
}

CredentialProblem AliyunProfileProviders::checkRole(const AliyunCliProfile &profile) const
{
    QString endpointProblem;
    const AssumeRoleParameters parameters = roleParameters(profile, &endpointProblem);
    if (!endpointProblem.isEmpty()) {
        const QString field = profile.stsEndpoint.isEmpty() ? u"sts_region"_s : u"sts_endpoint"_s;
        return problem(CredentialProblem::Invalid, profile.name, field, endpointProblem);
    }
    QString field;
    const QString reason = parameters.problem(&field);
    return reason.isEmpty() ? CredentialProblem {} : problem(CredentialProblem::Invalid, profile.name, field, reason);
}

CredentialProblem AliyunProfileProviders::problem(CredentialProblem::Kind kind, const QString &profile,
    const QString &detail, const QString &hint) const
{
    CredentialProblem found {kind, detail, CredentialProblem::AliyunCliFile, m_path, profile};
    found.hint = hint;
    return found;
}

std::shared_ptr<CredentialProvider> AliyunProfileProviders::provider(const QString &name,
    CredentialProblem *problem) const
{
    const CredentialProblem found = check(name);
    CredentialProblem::report(problem, found);
    if (!found.ok())
        return nullptr;
    return build(*m_config.profile(name));
}

// Only called for profiles check() accepted, chains included.
std::shared_ptr<CredentialProvider> AliyunProfileProviders::build(const AliyunCliProfile &profile) const
{
    QString ignored;
    switch (profile.parsedMode()) {
    case ProfileMode::AK:
        return std::make_shared<StaticCredentialProvider>(Credentials {profile.accessKeyId, profile.accessKeySecret, {}});
    case ProfileMode::StsToken:
        return std::make_shared<StaticCredentialProvider>(
            Credentials {profile.accessKeyId, profile.accessKeySecret, profile.stsToken});
    case ProfileMode::RamRoleArn: {
        auto source = std::make_shared<StaticCredentialProvider>(
            Credentials {profile.accessKeyId, profile.accessKeySecret, profile.stsToken});
        return std::make_shared<AssumeRoleProvider>(std::move(source), roleParameters(profile, &ignored));
    }
    case ProfileMode::ChainableRamRoleArn:
        return std::make_shared<AssumeRoleProvider>(build(*m_config.profile(profile.sourceProfile)),
            roleParameters(profile, &ignored));
    case ProfileMode::EcsRamRole:
        return std::make_shared<EcsRamRoleProvider>(profile.name, profile.ramRoleName, m_environment);
    case ProfileMode::CredentialsUri:
        return std::make_shared<CredentialsUriProvider>(profile.name, QUrl(credentialsUri(profile)));
    case ProfileMode::External:
        return std::make_shared<ExternalProcessProvider>(profile.name,
            CommandLine::split(profile.processCommand).value_or(QStringList {}));
    case ProfileMode::Unsupported:
        break;
    }
    return nullptr;
}

AssumeRoleParameters AliyunProfileProviders::roleParameters(const AliyunCliProfile &profile,
    QString *endpointProblem) const
{
    AssumeRoleParameters parameters;
    parameters.profile = profile.name;
    parameters.roleArn = profile.ramRoleArn;
    parameters.sessionName = profile.ramSessionName;
    parameters.durationSeconds = profile.expiredSeconds > 0 ? profile.expiredSeconds : 3600;
    parameters.externalId = profile.externalId;
    parameters.policy = profile.policy;
    // An STS endpoint set for the profile in FlowLog Studio wins over the file's, as its VPC one does.
    const Endpoints::Overrides overrides = ProfileEndpoints::read(u"aliyun:"_s + profile.name);
    if (const QUrl own = overrides.sts.isEmpty() ? overrides.emulator : overrides.sts; !own.isEmpty()) {
        parameters.endpoint = own;
        return parameters;
    }
    parameters.endpoint = AssumeRoleParameters::endpointFor(profile.stsEndpoint, profile.stsRegion, endpointProblem);
    return parameters;
}

QString AliyunProfileProviders::credentialsUri(const AliyunCliProfile &profile) const
{
    if (!profile.credentialsUri.isEmpty())
        return profile.credentialsUri;
    return m_environment.value(u"ALIBABA_CLOUD_CREDENTIALS_URI"_s).trimmed();
}

bool AliyunProfileProviders::isSwitchedOn(const QString &variable) const
{
    const QString value = m_environment.value(variable).trimmed();
    return value == u"1"_s || value.compare(u"true"_s, Qt::CaseInsensitive) == 0;
}
