#include "core/config/ownprofiles.h"

#include "core/config/appsettings.h"

#include <QSettings>

namespace OwnProfiles {

QList<OwnProfile> read()
{
    QList<OwnProfile> profiles;
    QSettings settings;
    const int count = settings.beginReadArray(SettingsKeys::OwnProfiles);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString name = settings.value(SettingsKeys::OwnProfileName).toString();
        if (name.isEmpty())
            continue;
        profiles.append({name, settings.value(SettingsKeys::OwnProfileAccessKeyId).toString(),
            settings.value(SettingsKeys::OwnProfileRegion).toString()});
    }
    settings.endArray();
    return profiles;
}

// ID and region only: the secret never goes into the settings file.
void write(const QList<OwnProfile> &profiles)
{
    QSettings settings;
    settings.beginWriteArray(SettingsKeys::OwnProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(SettingsKeys::OwnProfileName, profiles.at(i).name);
        settings.setValue(SettingsKeys::OwnProfileAccessKeyId, profiles.at(i).accessKeyId);
        settings.setValue(SettingsKeys::OwnProfileRegion, profiles.at(i).defaultRegion);
    }
    settings.endArray();
}

std::optional<OwnProfile> find(const QString &name)
{
    for (const OwnProfile &profile : read()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

} // namespace OwnProfiles
