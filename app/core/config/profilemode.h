#pragma once

#include <QCoreApplication>
#include <QString>

// The credential modes of an aliyun CLI profile, matched case-insensitively as the CLI does.
enum class ProfileMode {
    AK,
    StsToken,
    RamRoleArn,
    ChainableRamRoleArn,
    EcsRamRole,
    CredentialsUri,
    External,
    Unsupported, // OIDC, CloudSSO, OAuth, BearerToken, Anonymous, RsaKeyPair, or unknown
};

namespace ProfileModes {
// An empty name is AK: files written before the CLI had modes hold plain AccessKeys.
ProfileMode parse(const QString &name);
// The CLI's spelling ("RamRoleArn").
QString name(ProfileMode mode);
// Whether credentials of this mode are temporary and obtained when a call needs them.
bool isTemporary(ProfileMode mode);
} // namespace ProfileModes
