#include "core/config/aliyuncliconfig.h"

#include "core/platform/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString effectiveMode(const AliyunCliProfile &profile)
{
    // Files written before the CLI had modes hold plain AccessKeys.
    return profile.mode.isEmpty() ? u"AK"_s : profile.mode;
}

AliyunCliProfile profileFrom(const QJsonObject &object)
{
    const auto text = [&object](QLatin1StringView key) { return object.value(key).toString(); };
    return {text("name"_L1),          text("mode"_L1),      text("access_key_id"_L1),
            text("access_key_secret"_L1), text("sts_token"_L1), text("region_id"_L1),
            text("language"_L1)};
}

CredentialProblem fileProblem(CredentialProblem::Kind kind, const QString &path, const QString &detail = {})
{
    return {kind, detail, CredentialProblem::AliyunCliFile, path};
}

// The first field the profile's mode needs but lacks, or an empty string.
QString missingField(const AliyunCliProfile &profile)
{
    if (profile.accessKeyId.isEmpty())
        return u"access_key_id"_s;
    if (profile.accessKeySecret.isEmpty())
        return u"access_key_secret"_s;
    if (effectiveMode(profile).compare(u"StsToken"_s, Qt::CaseInsensitive) == 0 && profile.stsToken.isEmpty())
        return u"sts_token"_s;
    return {};
}

} // namespace

bool AliyunCliProfile::isSupported() const
{
    const QString mode = effectiveMode(*this);
    return mode.compare(u"AK"_s, Qt::CaseInsensitive) == 0 || mode.compare(u"StsToken"_s, Qt::CaseInsensitive) == 0;
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

AliyunCliCredentialSource::AliyunCliCredentialSource(QString profileName, QString path)
    : m_profileName(std::move(profileName))
    , m_path(std::move(path))
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
    const AliyunCliConfig config = AliyunCliConfig::read(m_path, &found);
    if (!found.ok()) {
        CredentialProblem::report(problem, found);
        return {};
    }
    const QString name = effectiveName(config);
    const AliyunCliProfile *profile = config.profile(name);
    found = fileProblem(CredentialProblem::None, m_path);
    found.profile = name;
    if (!profile) {
        found.kind = CredentialProblem::ProfileNotFound;
    } else if (!profile->isSupported()) {
        found.kind = CredentialProblem::UnsupportedMode;
        found.detail = profile->mode;
    } else if (const QString missing = missingField(*profile); !missing.isEmpty()) {
        found.kind = CredentialProblem::Incomplete;
        found.detail = missing;
    }
    CredentialProblem::report(problem, found);
    if (!found.ok())
        return {};
    const bool sts = effectiveMode(*profile).compare(u"StsToken"_s, Qt::CaseInsensitive) == 0;
    return {profile->accessKeyId, profile->accessKeySecret, sts ? profile->stsToken : QString()};
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
