#pragma once

#include "core/api/apiclient.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

// Every QSettings key of FlowLog Studio, the app's and flowlog-cli's alike, named in this one place
// (as KeePassXC's Config does): a key read in one file and written in another cannot drift apart.
namespace SettingsKeys {
// The read timeout of older versions was already "no byte for this long": it is the idle timeout.
// (Their connect timeout, connection/connectTimeoutMs, is no longer read.)
inline constexpr QStringView IdleTimeout = u"connection/readTimeoutMs";
inline constexpr QStringView TotalTimeout = u"connection/totalTimeoutMs";
inline constexpr QStringView MaxAttempts = u"connection/maxAttempts";
inline constexpr QStringView SignatureVersion = u"connection/signatureVersion";
inline constexpr QStringView HttpMethod = u"connection/httpMethod";
// Before endpoints were a property of each profile: read once by ProfileEndpoints::migrateGlobalEndpoint().
inline constexpr QStringView CustomEndpoint = u"connection/customEndpoint";
inline constexpr QStringView HistoryPath = u"history/path";
inline constexpr QStringView AliyunConfigPath = u"credentials/aliyunConfigPath";
inline constexpr QStringView HistoryHeaderState = u"history/headerState";
// How many columns that saved state knew: columns added since get their default visibility.
inline constexpr QStringView HistoryHeaderColumns = u"history/headerColumns";
// The Flow logs tab's columns (order, widths, hidden ones), as QHeaderView::saveState() has them.
inline constexpr QStringView FlowLogsHeaderState = u"flowLogs/headerState";
// Which Log Service console "Open in Log Service console" opens: "china" (aliyun.com, the
// default) or "international" (alibabacloud.com).
inline constexpr QStringView LogServiceConsoleSite = u"flowLogs/consoleSite";
// Batch create: the pace a batch starts at (calls/s) before it finds the service's limit, and the
// most it may ever send (0: as fast as the service allows).
inline constexpr QStringView BatchStartRate = u"batch/startRate";
inline constexpr QStringView BatchRateCeiling = u"batch/rateCeiling";
inline constexpr QStringView Language = u"ui/language";
// Whether the form's Advanced settings are open (closed by default).
inline constexpr QStringView AdvancedSettingsExpanded = u"ui/advancedSettingsExpanded";
inline constexpr QStringView Profile = u"ui/profile";
inline constexpr QStringView Region = u"ui/region";
inline constexpr QStringView WindowGeometry = u"ui/geometry";
inline constexpr QStringView WindowState = u"ui/windowState";
// An array of the user's own profiles; each element holds the keys below it (no secret: the
// AccessKey secret and a security token are in the system keychain).
inline constexpr QStringView OwnProfiles = u"profiles/own";
inline constexpr QStringView OwnProfileName = u"name";
inline constexpr QStringView OwnProfileAccessKeyId = u"accessKeyId";
inline constexpr QStringView OwnProfileRegion = u"defaultRegion";
inline constexpr QStringView OwnProfileMode = u"mode";
inline constexpr QStringView OwnProfileRoleArn = u"ramRoleArn";
inline constexpr QStringView OwnProfileRoleSessionName = u"ramSessionName";
inline constexpr QStringView OwnProfileDurationSeconds = u"durationSeconds";
inline constexpr QStringView OwnProfileExternalId = u"externalId";
// Per profile (any kind but the sandbox): endpoint overrides, a group per profile id.
inline constexpr QStringView ProfileEndpoints = u"profiles/endpoints";
} // namespace SettingsKeys

// The settings that the settings dialog edits, as one value: read with load(), written with save()
// (QSettings). The main window applies them to every call with applyTo(); flowlog-cli reads the
// same file (identifyApplication()) for the history location.
struct AppSettings
{
    // QNetworkAccessManager has no connect timeout: an attempt ends after idleTimeoutMs without a
    // byte moving, or after totalTimeoutMs in all. A connect timeout saved by an older version is
    // ignored.
    int idleTimeoutMs = 10000;
    int totalTimeoutMs = 30000;
    int maxAttempts = 3; // the first included
    SignatureVersion signatureVersion = SignatureVersion::V3;
    QByteArray httpMethod = QByteArrayLiteral("POST"); // POST or GET
    QString historyPath;    // empty: HistoryStore::defaultPath()
    QString aliyunConfigPath; // empty: AliyunCliConfig::defaultPath(); flowlog-cli's --config-path outranks it
    double batchStartRate = 10;  // calls/s a batch starts at (RatePacerSettings::startRate)
    double batchRateCeiling = 0; // calls/s a batch never exceeds; 0: the service's limit

    // Names the application as the app and flowlog-cli share it, so that QSettings and
    // QStandardPaths find the same files: settings in ~/.config/flowlog-studio/flowlog.conf, data
    // (history, sandbox state) in dataFolder(). Moves files of the earlier layout there once (a file
    // already at the new place is kept). Call it first thing, before any QSettings is made.
    static void identifyApplication();
    // ~/.local/share/flowlog-studio (QStandardPaths::GenericDataLocation/flowlog-studio).
    static QString dataFolder();

    static AppSettings load();
    void save() const;

    // Timeouts, attempts, signature version and method into a client's settings; the endpoint is
    // the caller's (it depends on the region and the profile).
    ClientSettings applyTo(ClientSettings settings) const;
    // $FLOWLOG_HISTORY when set, else historyPath when set, else HistoryStore::defaultPath().
    QString effectiveHistoryPath() const;
    // aliyunConfigPath when set, else ~/.aliyun/config.json.
    QString effectiveAliyunConfigPath() const;

    static constexpr int MinTimeoutMs = 1000;
    static constexpr int MaxTimeoutMs = 300'000;
    static constexpr int MaxAttempts = 10;
    static constexpr double MaxBatchRate = 1000;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};
