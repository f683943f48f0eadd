#pragma once

#include <QList>
#include <QString>

#include <optional>

// One of the profiles added in FlowLog Studio itself. The settings keep everything but its secrets;
// the AccessKey secret is in the OS keychain (service KeychainService, key: the name) and, in mode
// StsToken, the security token too (key: tokenKey(name)). Neither is ever written to a file.
struct OwnProfile
{
    // The aliyun CLI's modes of the same names; an own profile uses one of these three.
    enum class Mode { AccessKey, StsToken, RamRoleArn };

    QString name;
    QString accessKeyId;
    QString defaultRegion;
    Mode mode = Mode::AccessKey;
    // RamRoleArn: the role the AccessKey assumes with STS AssumeRole.
    QString roleArn = {};
    QString roleSessionName = {};
    int durationSeconds = DefaultDurationSeconds;
    QString externalId = {};

    static constexpr int DefaultDurationSeconds = 3600;
    static constexpr int MinimumDurationSeconds = 900;
    static constexpr int MaximumDurationSeconds = 43200; // the longest MaxSessionDuration a role may have

    // "AK", "StsToken", "RamRoleArn": the aliyun CLI's spelling, also what the settings hold.
    static QString modeName(Mode mode);
    // Case-insensitive, as the aliyun CLI matches modes; std::nullopt for any other mode.
    static std::optional<Mode> modeFromName(const QString &name);

    friend bool operator==(const OwnProfile &, const OwnProfile &) = default;
};

// The own profiles as the shared settings hold them: the GUI's profile list and
// `flowlog-cli --profile own:NAME` read the same entries.
namespace OwnProfiles {

inline constexpr auto KeychainService = "FlowLog Studio";

// The keychain key of a profile's security token. Profile names have no "/", so it cannot be
// another profile's key.
QString tokenKey(const QString &name);

QList<OwnProfile> read();
void write(const QList<OwnProfile> &profiles);
std::optional<OwnProfile> find(const QString &name);

} // namespace OwnProfiles
