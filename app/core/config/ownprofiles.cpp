#include "core/config/ownprofiles.h"

#include "core/config/appsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

QString OwnProfile::modeName(Mode mode)
{
    switch (mode) {
    case Mode::AccessKey:
        return u"AK"_s;
    case Mode::StsToken:
        return u"StsToken"_s;
    case Mode::RamRoleArn:
        return u"RamRoleArn"_s;
    }
    return u"AK"_s;
}

std::optional<OwnProfile::Mode> OwnProfile::modeFromName(const QString &name)
{
    for (const Mode mode : {Mode::AccessKey, Mode::StsToken, Mode::RamRoleArn}) {
        if (name.compare(modeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

namespace OwnProfiles {

QString tokenKey(const QString &name)
{
    return name + u"/sts_token"_s;
}

QList<OwnProfile> read()
{
    QList<OwnProfile> profiles;
    QSettings settings;
    const int count = settings.beginReadArray(SettingsKeys::OwnProfiles);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        OwnProfile profile;
        profile.name = settings.value(SettingsKeys::OwnProfileName).toString();
        if (profile.name.isEmpty())
            continue;
        profile.accessKeyId = settings.value(SettingsKeys::OwnProfileAccessKeyId).toString();
        profile.defaultRegion = settings.value(SettingsKeys::OwnProfileRegion).toString();
        // Profiles saved before modes existed have none: they are AccessKey profiles.
        profile.mode = OwnProfile::modeFromName(settings.value(SettingsKeys::OwnProfileMode).toString())
                           .value_or(OwnProfile::Mode::AccessKey);
        profile.roleArn = settings.value(SettingsKeys::OwnProfileRoleArn).toString();
        profile.roleSessionName = settings.value(SettingsKeys::OwnProfileRoleSessionName).toString();
        profile.durationSeconds = settings.value(SettingsKeys::OwnProfileDurationSeconds,
            OwnProfile::DefaultDurationSeconds).toInt();
        profile.externalId = settings.value(SettingsKeys::OwnProfileExternalId).toString();
        profiles.append(profile);
    }
    settings.endArray();
    return profiles;
}

// Everything but the secrets: they never go into the settings file.
void write(const QList<OwnProfile> &profiles)
{
    QSettings settings;
    settings.remove(SettingsKeys::OwnProfiles); // no keys of a longer list, or of another mode, stay behind
    settings.beginWriteArray(SettingsKeys::OwnProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const OwnProfile &profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(SettingsKeys::OwnProfileName, profile.name);
        settings.setValue(SettingsKeys::OwnProfileAccessKeyId, profile.accessKeyId);
        settings.setValue(SettingsKeys::OwnProfileRegion, profile.defaultRegion);
        settings.setValue(SettingsKeys::OwnProfileMode, OwnProfile::modeName(profile.mode));
        if (profile.mode != OwnProfile::Mode::RamRoleArn)
            continue;
        settings.setValue(SettingsKeys::OwnProfileRoleArn, profile.roleArn);
        settings.setValue(SettingsKeys::OwnProfileRoleSessionName, profile.roleSessionName);
        settings.setValue(SettingsKeys::OwnProfileDurationSeconds, profile.durationSeconds);
        if (!profile.externalId.isEmpty())
            settings.setValue(SettingsKeys::OwnProfileExternalId, profile.externalId);
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
