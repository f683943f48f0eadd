#pragma once

#include <QList>
#include <QString>

#include <optional>

// One of the profiles added in FlowLog Studio itself. The settings keep its name, AccessKey ID and
// default region; the secret is in the OS keychain (service KeychainService, key: the name) and never
// in a file.
struct OwnProfile
{
    QString name;
    QString accessKeyId;
    QString defaultRegion;
};

// The own profiles as the shared settings hold them: the GUI's profile list and
// `flowlog-cli --profile own:NAME` read the same entries.
namespace OwnProfiles {

inline constexpr auto KeychainService = "FlowLog Studio";

QList<OwnProfile> read();
void write(const QList<OwnProfile> &profiles);
std::optional<OwnProfile> find(const QString &name);

} // namespace OwnProfiles
