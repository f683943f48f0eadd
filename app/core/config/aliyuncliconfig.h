#pragma once

#include "credentialsource.h"

#include <QList>
#include <QString>

// The aliyun CLI's ~/.aliyun/config.json, read-only. Modes AK and StsToken are supported; other
// modes are listed but load() reports UnsupportedMode.
struct AliyunCliProfile
{
    QString name;
    QString mode;
    QString accessKeyId;
    QString accessKeySecret;
    QString stsToken;
    QString regionId;
    QString language;
};

class AliyunCliConfig
{
public:
    static QString defaultPath(); // $HOME/.aliyun/config.json
    // Reads the file; a missing file is NotConfigured, broken JSON is Unreadable.
    static AliyunCliConfig read(const QString &path, CredentialProblem *problem = nullptr);

    QString currentProfile() const { return m_current; }
    const QList<AliyunCliProfile> &profiles() const { return m_profiles; }
    const AliyunCliProfile *profile(const QString &name) const;

private:
    QString m_current;
    QList<AliyunCliProfile> m_profiles;
};

// One profile of that file as a credential source; an empty name means the file's current profile.
class AliyunCliCredentialSource final : public CredentialSource
{
public:
    explicit AliyunCliCredentialSource(QString profileName = {}, QString path = AliyunCliConfig::defaultPath());
    QString id() const override;
    QString displayName() const override;
    Credentials load(CredentialProblem *problem) const override;
    QString defaultRegion() const override;

private:
    QString m_profileName;
    QString m_path;
};
