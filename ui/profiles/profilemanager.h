#pragma once

#include "core/config/endpoints.h"
#include "core/config/ownprofiles.h"
#include "core/signing/credentials.h"
#include "ui/profiles/profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <optional>

class SecretStore;

// The profiles the user can send with, in selector order: Sandbox, "Environment variables" (when
// ALIBABA_CLOUD_ACCESS_KEY_ID is set), every profile of the aliyun CLI's config file (read-only),
// then the user's own profiles. Own profiles keep AccessKey ID and default region in QSettings and
// the secret in a SecretStore (the OS keychain). When the keychain cannot be used the secret is
// kept in memory for this run only and keychainUnavailable() says so. No secret is ever written to
// a file or a log by this class.
class ProfileManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManager)

public:
    // Called once, on the event loop: credentials with an empty error, or empty credentials and a
    // translated error saying what to do.
    using CredentialsCallback = std::function<void(const Credentials &credentials, const QString &error)>;

    // The OS keychain, the process environment and the aliyun CLI file the settings name
    // (AppSettings::effectiveAliyunConfigPath(), ~/.aliyun/config.json by default).
    explicit ProfileManager(QObject *parent = nullptr);
    // Takes ownership of secrets (re-parents it).
    ProfileManager(SecretStore *secrets, QProcessEnvironment environment, QString aliyunConfigPath,
        QObject *parent = nullptr);
    ~ProfileManager() override;

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Re-reads the environment snapshot, the aliyun CLI file and the settings.
    void reload();

    // Never blocks: keychain reads, roles, the metadata service, URIs and processes answer later.
    // callback runs only while context lives. Temporary credentials are cached (in memory) by the
    // profile's provider and renewed before they expire.
    void credentialsFor(const QString &id, QObject *context, CredentialsCallback callback);
    // The one provider of an aliyun CLI profile, shared by every call of this run (the core's, as
    // flowlog-cli uses it); null with *error (translated) when the profile cannot be used.
    std::shared_ptr<CredentialProvider> providerFor(const QString &id, QString *error);

    // Empty when name may be used for a new own profile, else a translated reason.
    QString checkOwnName(const QString &name) const;
    // Adds or replaces an own profile. The secret (and in mode StsToken the token) goes to the
    // keychain, or, when the keychain fails, stays in memory for this run (keychainUnavailable()
    // says so); ownProfileSaved() follows. An empty secret or token keeps the one saved before.
    void saveOwnProfile(const OwnProfile &profile, const QString &secret, const QString &stsToken = {});
    // The AccessKey profile of earlier versions' dialog.
    void saveOwnProfile(const QString &name, const QString &accessKeyId, const QString &secret,
        const QString &defaultRegion);
    std::optional<OwnProfile> ownProfile(const QString &name) const;
    // Removes the profile, its keychain entries and its endpoints.
    void removeOwnProfile(const QString &name);

    // Where a profile's calls go when not to each region's public endpoint (the sandbox: its emulator).
    Endpoints::Overrides endpoints(const QString &id) const;
    void setEndpoints(const QString &id, const Endpoints::Overrides &overrides);
    // True when this run keeps own secrets in memory because the keychain is unavailable.
    bool isMemoryOnly() const;

Q_SIGNALS:
    void profilesChanged();
    // The keychain cannot be used; message (translated) says that secrets last for this run only.
    void keychainUnavailable(const QString &message);
    void ownProfileSaved(const QString &id);

private:
    QList<Profile> readProfiles() const;
    QList<Profile> readAliyunProfiles() const;
    QList<Profile> readOwnProfiles() const;
    struct PendingSecret
    {
        QString key;
        QString value; // empty: remove the entry
    };
    void storeOwnSettings(const OwnProfile &profile);
    std::shared_ptr<CredentialProvider> ownRoleProvider(const Profile &profile, QString *error);
    void loadOwnCredentials(const Profile &profile, QObject *context, CredentialsCallback callback);
    void readOwnToken(const Profile &profile, const QString &secret, QObject *context, CredentialsCallback callback);
    void writeOwnSecrets(const QString &id, QList<PendingSecret> pending);
    void fallBackToMemory(const QString &reason);
    void deliverLater(QObject *context, CredentialsCallback callback, Credentials credentials, QString error);

    SecretStore *m_secrets;
    QProcessEnvironment m_environment;
    QString m_aliyunConfigPath;
    QList<Profile> m_profiles;
    QHash<QString, std::shared_ptr<CredentialProvider>> m_providers; // by id, dropped on reload()
    QHash<QString, QString> m_memorySecrets; // own profile name (or tokenKey) -> secret, this run only
    bool m_memoryOnly = false;
    bool m_toldMemoryOnly = false;
};
