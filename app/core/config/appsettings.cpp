#include "core/config/appsettings.h"

#include "core/config/aliyuncliconfig.h"
#include "core/config/profileendpoints.h"
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The folder name under ~/.config and ~/.local/share; also the QSettings organisation.
const auto FolderName = u"flowlog-studio"_s;
const auto ApplicationName = u"flowlog"_s;
// Where releases before this layout kept their files (organisation "FlowLogStudio").
const auto LegacyOrganisation = u"FlowLogStudio"_s;

// Moves from to to unless to exists already (then the newer layout's file wins and from stays).
void moveOnce(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from) || QFileInfo::exists(to))
        return;
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::rename(from, to);
}

void moveLegacyFiles()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    moveOnce(config + u'/' + LegacyOrganisation + u'/' + ApplicationName + u".conf"_s,
        config + u'/' + FolderName + u'/' + ApplicationName + u".conf"_s);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    moveOnce(data + u'/' + LegacyOrganisation + u'/' + ApplicationName + u"/sandbox-flowlogs.json"_s,
        AppSettings::dataFolder() + u"/sandbox-flowlogs.json"_s);
}

int bounded(const QVariant &value, int fallback, int low, int high)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? std::clamp(number, low, high) : fallback;
}

// A rate in calls/s: a hand-edited file saying "fast" or -3 keeps the default.
double boundedRate(const QVariant &value, double fallback, double low)
{
    bool ok = false;
    const double rate = value.toDouble(&ok);
    return ok && std::isfinite(rate) ? std::clamp(rate, low, AppSettings::MaxBatchRate) : fallback;
}

} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings loaded;
    loaded.idleTimeoutMs
        = bounded(settings.value(SettingsKeys::IdleTimeout), loaded.idleTimeoutMs, MinTimeoutMs, MaxTimeoutMs);
    loaded.totalTimeoutMs
        = bounded(settings.value(SettingsKeys::TotalTimeout), loaded.totalTimeoutMs, MinTimeoutMs, MaxTimeoutMs);
    loaded.maxAttempts = bounded(settings.value(SettingsKeys::MaxAttempts), loaded.maxAttempts, 1, MaxAttempts);
    loaded.signatureVersion = SignatureVersions::fromName(settings.value(SettingsKeys::SignatureVersion).toString())
                                  .value_or(loaded.signatureVersion);
    const QByteArray method = settings.value(SettingsKeys::HttpMethod).toString().toLatin1().toUpper();
    if (method == "GET" || method == "POST")
        loaded.httpMethod = method;
    loaded.historyPath = settings.value(SettingsKeys::HistoryPath).toString();
    loaded.aliyunConfigPath = settings.value(SettingsKeys::AliyunConfigPath).toString();
    loaded.batchStartRate = boundedRate(settings.value(SettingsKeys::BatchStartRate), loaded.batchStartRate, 0.2);
    loaded.batchRateCeiling = boundedRate(settings.value(SettingsKeys::BatchRateCeiling), loaded.batchRateCeiling, 0);
    return loaded;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::IdleTimeout, idleTimeoutMs);
    settings.setValue(SettingsKeys::TotalTimeout, totalTimeoutMs);
    settings.setValue(SettingsKeys::MaxAttempts, maxAttempts);
    settings.setValue(SettingsKeys::SignatureVersion, SignatureVersions::name(signatureVersion));
    settings.setValue(SettingsKeys::HttpMethod, QString::fromLatin1(httpMethod));
    settings.setValue(SettingsKeys::HistoryPath, historyPath.trimmed());
    settings.setValue(SettingsKeys::AliyunConfigPath, aliyunConfigPath.trimmed());
    settings.setValue(SettingsKeys::BatchStartRate, batchStartRate);
    settings.setValue(SettingsKeys::BatchRateCeiling, batchRateCeiling);
}

ClientSettings AppSettings::applyTo(ClientSettings settings) const
{
    settings.idleTimeoutMs = idleTimeoutMs;
    settings.totalTimeoutMs = totalTimeoutMs;
    settings.maxAttempts = maxAttempts;
    settings.signatureVersion = signatureVersion;
    settings.method = httpMethod;
    return settings;
}

void AppSettings::identifyApplication()
{
    QCoreApplication::setOrganizationName(FolderName);
    QCoreApplication::setApplicationName(ApplicationName);
    moveLegacyFiles();
    ProfileEndpoints::migrateGlobalEndpoint();
}

QString AppSettings::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' + FolderName;
}

// The environment comes first: tests, CI and an operator's one-off run set it on purpose.
QString AppSettings::effectiveHistoryPath() const
{
    if (!qEnvironmentVariableIsEmpty("FLOWLOG_HISTORY"))
        return HistoryStore::defaultPath();
    return historyPath.trimmed().isEmpty() ? HistoryStore::defaultPath() : historyPath.trimmed();
}

QString AppSettings::effectiveAliyunConfigPath() const
{
    return aliyunConfigPath.trimmed().isEmpty() ? AliyunCliConfig::defaultPath() : aliyunConfigPath.trimmed();
}
