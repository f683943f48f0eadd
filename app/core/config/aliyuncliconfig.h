#pragma once

#include "core/config/credentialsource.h"

#include <QDebug>
#include <QList>
#include <QString>

#include "core/config/profilemode.h"

#include <QProcessEnvironment>

// One profile of the aliyun CLI's ~/.aliyun/config.json, with the fields of every mode FlowLog
// Studio supports (ProfileMode); profiles in other modes are listed as unsupported.
struct AliyunCliProfile
{
    QString name = {};
    QString mode = {}; // "AK", "StsToken", "RamRoleArn", "EcsRamRole", ...; empty in old files means AK
    QString accessKeyId = {};
    QString accessKeySecret = {};
    QString stsToken = {};
    QString regionId = {};
    QString language = {};
    // The aliyun CLI's site: "china" (aliyun.com) or "international" (alibabacloud.com); empty when
    // not set. Which web console the account signs in to.
    QString site = {};
    QString ramRoleArn = {};
    QString ramSessionName = {};
    int expiredSeconds = 0; // 0: not set (3600)
    QString externalId = {};
    QString policy = {};
    QString stsRegion = {};
    QString stsEndpoint = {};
    QString sourceProfile = {};
    QString ramRoleName = {};
    QString credentialsUri = {};
    QString processCommand = {};

    ProfileMode parsedMode() const { return ProfileModes::parse(mode); }
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
// load() answers AK and StsToken profiles; every supported mode has a provider() (temporary
// credentials are obtained only when a call asks it), and check() validates without contacting
// anything, for listing.
class AliyunCliCredentialSource final : public CredentialSource
{
public:
    explicit AliyunCliCredentialSource(QString profileName = {}, QString path = AliyunCliConfig::defaultPath(),
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    QString id() const override; // "aliyun:<name>", or "aliyun" for the current profile
    QString displayName() const override;
    Credentials load(CredentialProblem *problem) const override;
    QString defaultRegion() const override;
    CredentialProblem check() const override;
    std::shared_ptr<CredentialProvider> provider(CredentialProblem *problem) const override;

private:
    QString effectiveName(const AliyunCliConfig &config) const;

    QString m_profileName;
    QString m_path;
    QProcessEnvironment m_environment;
};
