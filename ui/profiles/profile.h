#pragma once

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
    QString defaultRegion;
    // The aliyun CLI's mode name ("AK", "StsToken", "RamRoleArn", …); empty for sandbox and environment.
    QString mode = {};
    // The role a RamRoleArn profile assumes, named before a real create.
    QString roleArn = {};
    // An own profile whose secret could not go to the keychain: it lasts until the app closes.
    bool secretForThisRunOnly = false;

    // Translated on every call, so a language switch shows at once.
    QString displayName() const;

    static QString sandboxId();
    static QString environmentId();
    static QString aliyunCliId(const QString &name);
    static QString ownId(const QString &name);
};

Q_DECLARE_METATYPE(Profile)
