#pragma once

#include "core/config/credentialsource.h"

#include <QDebug>
#include <QList>
#include <QString>

// One profile of the aliyun CLI's ~/.aliyun/config.json. Profiles in every mode are listed;
// only AK and StsToken ones give credentials (isSupported()).
struct AliyunCliProfile
{
    QString name = {};
    QString mode = {}; // "AK", "StsToken", "RamRoleArn", "EcsRamRole", ...; empty in old files means AK
    QString accessKeyId = {};
    QString accessKeySecret = {};
    QString stsToken = {};
    QString regionId = {};
    QString language = {};

    bool isSupported() const;
};

// Name, mode and region only: the secret and token never reach a log.
QDebug operator<<(QDebug debug, const AliyunCliProfile &profile);

// The aliyun CLI's ~/.aliyun/config.json, read-only: the CLI owns that file.
class AliyunCliConfig
{
public:
    static QString defaultPath(); // $HOME/.aliyun/config.json
    // Reads the file; a missing file is NotConfigured, broken JSON is Unreadable (both name the path).
    static AliyunCliConfig read(const QString &path, CredentialProblem *problem = nullptr);

    QString currentProfile() const { return m_current; }
    const QList<AliyunCliProfile> &profiles() const { return m_profiles; }
    const AliyunCliProfile *profile(const QString &name) const; // null when absent; owned by this

private:
    QString m_current;
    QList<AliyunCliProfile> m_profiles;
};

// One profile of that file as a credential source; an empty name means the file's current profile
// (the CLI's "default" when the file names none). The file is read on every call, so edits made
// with "aliyun configure" while the application runs are seen.
class AliyunCliCredentialSource final : public CredentialSource
{
public:
    explicit AliyunCliCredentialSource(QString profileName = {}, QString path = AliyunCliConfig::defaultPath());
    QString id() const override; // "aliyun:<name>", or "aliyun" for the current profile
    QString displayName() const override;
    Credentials load(CredentialProblem *problem) const override;
    QString defaultRegion() const override;

private:
    QString effectiveName(const AliyunCliConfig &config) const;

    QString m_profileName;
    QString m_path;
};
