#include "core/config/profilemode.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct ModeName
{
    ProfileMode mode;
    QStringView name;
};

constexpr std::array modeNames {
    ModeName {ProfileMode::AK, u"AK"},
    ModeName {ProfileMode::StsToken, u"StsToken"},
    ModeName {ProfileMode::RamRoleArn, u"RamRoleArn"},
    ModeName {ProfileMode::ChainableRamRoleArn, u"ChainableRamRoleArn"},
    ModeName {ProfileMode::EcsRamRole, u"EcsRamRole"},
    ModeName {ProfileMode::CredentialsUri, u"CredentialsURI"},
    ModeName {ProfileMode::External, u"External"},
};

} // namespace

ProfileMode ProfileModes::parse(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return ProfileMode::AK;
    for (const ModeName &known : modeNames) {
        if (known.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return known.mode;
    }
    return ProfileMode::Unsupported;
}

QString ProfileModes::name(ProfileMode mode)
{
    for (const ModeName &known : modeNames) {
        if (known.mode == mode)
            return known.name.toString();
    }
    return {};
}

bool ProfileModes::isTemporary(ProfileMode mode)
{
    return mode != ProfileMode::AK && mode != ProfileMode::StsToken && mode != ProfileMode::Unsupported;
}
