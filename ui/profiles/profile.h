#pragma once

#include "core/config/credentialsource.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// One entry of the profile selector. Holds no secret: credentials are fetched on demand through
// ProfileManager::credentialsFor().
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class Kind {
        Sandbox,     // the local emulator with its fixed sandbox AccessKey
        Environment, // ALIBABA_CLOUD_* variables
        AliyunCli,   // a profile of ~/.aliyun/config.json (read-only)
        Own,         // added in the app: ID and region in the settings, secret in the OS keychain
    };

    // Stable, also what the history records: "sandbox", "env", "aliyun:<name>", "own:<name>".
    QString id;
    // The profile's own name for AliyunCli and Own ("default", "prod"); empty for the others.
    QString name;
    Kind kind = Kind::Sandbox;
    bool readOnly = true;
    QString accessKeyId; // not a secret, but shown masked
    QString defaultRegion; // the profile's region_id: the region to select when it is chosen
    // The aliyun CLI mode as the file spells it ("RamRoleArn"); empty for sandbox and environment.
    QString mode = {};
    // The role a RamRoleArn profile assumes, named before a real create.
    QString roleArn = {};
    // The aliyun CLI profile's site ("china", "international"); empty for the others.
    QString site = {};
    // An own profile whose secret could not go to the keychain: it lasts until the app closes.
    bool secretForThisRunOnly = false;
    // What stops this profile from being used, found when it was listed without contacting
    // anything (an unsupported mode, a missing field, a disabled mode); ok() when usable.
    CredentialProblem problem = {};
    // Whether its credentials are temporary (a role, the metadata service, a URI, a process).
    bool temporary = false;

    bool isSupported() const { return problem.ok(); }
    // Translated on every call: why the profile cannot be used, for a tooltip; empty when it can.
    QString unsupportedReason() const { return problem.message(); }

    // Translated on every call, so a language switch shows at once.
    QString displayName() const;

    static QString sandboxId();
    static QString environmentId();
    static QString aliyunCliId(const QString &name);
    static QString ownId(const QString &name);
};

Q_DECLARE_METATYPE(Profile)
