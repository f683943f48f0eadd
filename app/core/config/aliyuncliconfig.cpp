#include "core/config/aliyuncliconfig.h"

#include "core/config/aliyunprofileproviders.h"
#include "core/platform/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

AliyunCliProfile profileFrom(const QJsonObject &object)
{
    const auto text = [&object](QLatin1StringView key) { return object.value(key).toString().trimmed(); };
    AliyunCliProfile profile {text("name"_L1), text("mode"_L1), text("access_key_id"_L1),
        text("access_key_secret"_L1), text("sts_token"_L1), text("region_id"_L1), text("language"_L1)};
    profile.site = text("site"_L1).toLower();
    profile.ramRoleArn = text("ram_role_arn"_L1);
    profile.ramSessionName = text("ram_session_name"_L1);
    profile.expiredSeconds = object.value("expired_seconds"_L1).toInt();
    profile.externalId = text("external_id"_L1);
    profile.policy = text("policy"_L1);
    profile.stsRegion = text("sts_region"_L1);
    profile.stsEndpoint = text("sts_endpoint"_L1);
    profile.sourceProfile = text("source_profile"_L1);
    profile.ramRoleName = text("ram_role_name"_L1);
    profile.credentialsUri = text("credentials_uri"_L1);
    profile.processCommand = object.value("process_command"_L1).toString();
    return profile;
}

CredentialProblem fileProblem(CredentialProblem::Kind kind, const QString &path, const QString &detail = {})
{
    return {kind, detail, CredentialProblem::AliyunCliFile, path};
}

} // namespace

bool AliyunCliProfile::isSupported() const
{
    return parsedMode() != ProfileMode::Unsupported;
}

QDebug operator<<(QDebug debug, const AliyunCliProfile &profile)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "AliyunCliProfile(" << profile.name << ", " << profile.mode << ", "
                    << Credentials::abbreviatedId(profile.accessKeyId) << ", " << profile.regionId << ')';
    return debug;
}

QString AliyunCliConfig::defaultPath()
{
    return QDir::home().filePath(u".aliyun/config.json"_s);
}

AliyunCliConfig AliyunCliConfig::read(const QString &path, CredentialProblem *problem)
{
    CredentialProblem::report(problem, {});
    // The aliyun CLI's own files are a few kilobytes.
    constexpr qint64 maxConfigBytes = 4 * 1024 * 1024;
    const BoundedFile::Result file = BoundedFile::read(path, maxConfigBytes);
    if (file.problem == BoundedFile::Problem::Missing) {
        CredentialProblem::report(problem, fileProblem(CredentialProblem::NotConfigured, path));
        return {};
    }
    if (!file.ok()) {
        CredentialProblem::report(problem, fileProblem(CredentialProblem::Unreadable, path, file.reason));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = error.error != QJsonParseError::NoError
            ? QCoreApplication::translate("AliyunCliConfig", "%1 at character %2").arg(error.errorString()).arg(error.offset)
            : QCoreApplication::translate("AliyunCliConfig", "not a JSON object");
        CredentialProblem::report(problem, fileProblem(CredentialProblem::Unreadable, path, reason));
        return {};
    }
    AliyunCliConfig config;
    config.m_current = document.object().value(u"current"_s).toString();
    const QJsonArray profiles = document.object().value(u"profiles"_s).toArray();
    for (const QJsonValue &profile : profiles)
        config.m_profiles.append(profileFrom(profile.toObject()));
    return config;
}

const AliyunCliProfile *AliyunCliConfig::profile(const QString &name) const
{
    for (const AliyunCliProfile &candidate : m_profiles) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

AliyunCliCredentialSource::AliyunCliCredentialSource(QString profileName, QString path,
    QProcessEnvironment environment)
    : m_profileName(std::move(profileName))
    , m_path(std::move(path))
    , m_environment(std::move(environment))
{
}

QString AliyunCliCredentialSource::id() const
{
    return m_profileName.isEmpty() ? u"aliyun"_s : u"aliyun:"_s + m_profileName;
}

QString AliyunCliCredentialSource::displayName() const
{
    if (m_profileName.isEmpty())
        return QCoreApplication::translate("AliyunCliCredentialSource", "aliyun CLI (current profile)");
    return QCoreApplication::translate("AliyunCliCredentialSource", "aliyun CLI profile \"%1\"").arg(m_profileName);
}

Credentials AliyunCliCredentialSource::load(CredentialProblem *problem) const
{
    CredentialProblem found;
    const std::shared_ptr<CredentialProvider> provider = this->provider(&found);
    if (provider && provider->isTemporary()) {
        found.kind = CredentialProblem::Temporary;
        found.profile = effectiveName(AliyunCliConfig::read(m_path));
    }
    CredentialProblem::report(problem, found);
    return found.ok() && provider ? provider->cached().value_or(Credentials {}) : Credentials {};
}

CredentialProblem AliyunCliCredentialSource::check() const
{
    CredentialProblem found;
    const AliyunCliConfig config = AliyunCliConfig::read(m_path, &found);
    if (!found.ok())
        return found;
    return AliyunProfileProviders(config, m_path, m_environment).check(effectiveName(config));
}

std::shared_ptr<CredentialProvider> AliyunCliCredentialSource::provider(CredentialProblem *problem) const
{
    CredentialProblem found;
    const AliyunCliConfig config = AliyunCliConfig::read(m_path, &found);
    if (!found.ok()) {
        CredentialProblem::report(problem, found);
        return nullptr;
    }
    return AliyunProfileProviders(config, m_path, m_environment).provider(effectiveName(config), problem);
}

QString AliyunCliCredentialSource::defaultRegion() const
{
    const AliyunCliConfig config = AliyunCliConfig::read(m_path);
    const AliyunCliProfile *profile = config.profile(effectiveName(config));
    return profile ? profile->regionId : QString();
}

QString AliyunCliCredentialSource::effectiveName(const AliyunCliConfig &config) const
{
    if (!m_profileName.isEmpty())
        return m_profileName;
    return config.currentProfile().isEmpty() ? u"default"_s : config.currentProfile();
}
