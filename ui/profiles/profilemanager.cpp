#include "ui/profiles/profilemanager.h"

#include "core/config/aliyuncliconfig.h"
#include "core/config/aliyunprofileproviders.h"
#include "core/config/appsettings.h"
#include "core/config/environmentcredentialsource.h"
#include "core/config/ownprofilecredentialsource.h"
#include "core/config/ownprofiles.h"
#include "core/config/profileendpoints.h"
#include "core/config/secretstore.h"

#ifdef FLOWLOG_HAVE_KEYCHAIN
#include "core/config/keychainsecretstore.h"
#endif

#include <QPointer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

SecretStore *defaultSecretStore()
{
#ifdef FLOWLOG_HAVE_KEYCHAIN
    return new KeychainSecretStore(QString::fromLatin1(OwnProfiles::KeychainService));
#else
    return nullptr;
#endif
}

// A provider whose credentials some function reads when asked: an own profile's AccessKey, read
// from the keychain without blocking, as the source of the role it assumes.
class FunctionCredentialProvider final : public CredentialProvider
{
public:
    using Read = std::function<void(QObject *context, Callback callback)>;
    explicit FunctionCredentialProvider(Read read)
        : m_read(std::move(read))
    {
    }
    void request(QObject *context, Callback callback) override { m_read(context, std::move(callback)); }
    std::optional<Credentials> cached() const override { return std::nullopt; }

private:
    Read m_read;
};

bool assumesRole(const Profile &profile)
{
    return profile.kind == Profile::Kind::Own && profile.mode == OwnProfile::modeName(OwnProfile::Mode::RamRoleArn);
}

} // namespace

ProfileManager::ProfileManager(QObject *parent)
    : ProfileManager(defaultSecretStore(), QProcessEnvironment::systemEnvironment(),
        AppSettings::load().effectiveAliyunConfigPath(), parent)
{
}

ProfileManager::ProfileManager(SecretStore *secrets, QProcessEnvironment environment, QString aliyunConfigPath,
    QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_environment(std::move(environment))
    , m_aliyunConfigPath(std::move(aliyunConfigPath))
    , m_memoryOnly(secrets == nullptr)
{
    if (m_secrets)
        m_secrets->setParent(this);
    m_profiles = readProfiles();
}

ProfileManager::~ProfileManager() = default;

QList<Profile> ProfileManager::profiles() const
{
    return m_profiles;
}

std::optional<Profile> ProfileManager::profile(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

void ProfileManager::reload()
{
    m_providers.clear(); // a profile edited meanwhile must not answer its old credentials
    m_profiles = readProfiles();
    Q_EMIT profilesChanged();
}

void ProfileManager::credentialsFor(const QString &id, QObject *context, CredentialsCallback callback)
{
    const std::optional<Profile> found = profile(id);
    // Rows recorded with environment credentials (the CLI's, mostly) name "env", which the
    // selector only lists while the variables are set: say which are missing, not that it is gone.
    if (!found && id == Profile::environmentId()) {
        CredentialProblem problem;
        const Credentials credentials = EnvironmentCredentialSource(m_environment).load(&problem);
        deliverLater(context, std::move(callback), credentials, problem.ok() ? QString() : problem.message());
        return;
    }
    if (!found) {
        deliverLater(context, std::move(callback), {}, tr("The profile \"%1\" no longer exists. Choose another one.").arg(id));
        return;
    }
    CredentialProblem problem;
    switch (found->kind) {
    case Profile::Kind::Sandbox:
        deliverLater(context, std::move(callback), Credentials::sandbox(), {});
        return;
    case Profile::Kind::Environment: {
        const Credentials credentials = EnvironmentCredentialSource(m_environment).load(&problem);
        deliverLater(context, std::move(callback), credentials, problem.ok() ? QString() : problem.message());
        return;
    }
    case Profile::Kind::Own:
        if (!assumesRole(*found)) {
            loadOwnCredentials(*found, context, std::move(callback));
            return;
        }
        [[fallthrough]];
    case Profile::Kind::AliyunCli: {
        QString error;
        const std::shared_ptr<CredentialProvider> provider = providerFor(id, &error);
        if (!provider) {
            deliverLater(context, std::move(callback), {}, error);
            return;
        }
        provider->request(context ? context : this, [callback = std::move(callback)](const CredentialAnswer &answer) {
            callback(answer.ok() ? answer.credentials : Credentials {}, answer.message);
        });
        return;
    }
    }
}

std::shared_ptr<CredentialProvider> ProfileManager::providerFor(const QString &id, QString *error)
{
    if (const auto known = m_providers.constFind(id); known != m_providers.cend())
        return known.value();
    const std::optional<Profile> found = profile(id);
    if (found && assumesRole(*found))
        return ownRoleProvider(*found, error);
    if (!found || found->kind != Profile::Kind::AliyunCli) {
        *error = tr("The profile \"%1\" no longer exists. Choose another one.").arg(id);
        return nullptr;
    }
    CredentialProblem problem;
    std::shared_ptr<CredentialProvider> provider =
        AliyunCliCredentialSource(found->name, m_aliyunConfigPath, m_environment).provider(&problem);
    if (!provider) {
        *error = problem.message();
        return nullptr;
    }
    m_providers.insert(id, provider);
    return provider;
}

// The role's credentials, assumed with the AccessKey the keychain holds for the profile.
std::shared_ptr<CredentialProvider> ProfileManager::ownRoleProvider(const Profile &profile, QString *error)
{
    const std::optional<OwnProfile> own = OwnProfiles::find(profile.name);
    if (!own || !profile.problem.ok()) {
        *error = own ? profile.problem.message() : tr("The profile \"%1\" no longer exists. Choose another one.").arg(profile.id);
        return nullptr;
    }
    QPointer<ProfileManager> self(this);
    auto source = std::make_shared<FunctionCredentialProvider>(
        [self, profile](QObject *context, CredentialProvider::Callback callback) {
            if (!self) {
                CredentialProviders::deliverLater(context, std::move(callback),
                    CredentialAnswer::failure(u"OwnProfile.Gone"_s, tr("FlowLog Studio is closing.")));
                return;
            }
            self->loadOwnCredentials(profile, context,
                [callback = std::move(callback)](const Credentials &credentials, const QString &error) {
                    callback(error.isEmpty() ? CredentialAnswer {credentials} : CredentialAnswer::failure(u"OwnProfile.Secret"_s, error));
                });
        });
    std::shared_ptr<CredentialProvider> provider = OwnProfileCredentialSource::roleProvider(*own, std::move(source));
    m_providers.insert(profile.id, provider);
    return provider;
}

QString ProfileManager::checkOwnName(const QString &name) const
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    if (name.trimmed().isEmpty())
        return tr("Enter a profile name.");
    if (!allowed.match(name).hasMatch())
        return tr("Use up to 64 letters, digits, \".\", \"_\" or \"-\", starting with a letter or digit.");
    if (profile(Profile::ownId(name)))
        return tr("A profile named \"%1\" already exists.").arg(name);
    return {};
}

void ProfileManager::saveOwnProfile(const QString &name, const QString &accessKeyId, const QString &secret,
    const QString &defaultRegion)
{
    saveOwnProfile(OwnProfile {name, accessKeyId, defaultRegion}, secret);
}

void ProfileManager::saveOwnProfile(const OwnProfile &profile, const QString &secret, const QString &stsToken)
{
    const auto previous = OwnProfiles::find(profile.name);
    OwnProfile stored = profile;
    stored.accessKeyId = profile.accessKeyId.trimmed();
    storeOwnSettings(stored);
    const QString tokenKey = OwnProfiles::tokenKey(profile.name);
    const bool usesToken = profile.mode == OwnProfile::Mode::StsToken;
    // Until the keychain confirms, the new secrets are what this run signs with.
    if (!secret.isEmpty())
        m_memorySecrets.insert(profile.name, secret);
    if (usesToken && !stsToken.isEmpty())
        m_memorySecrets.insert(tokenKey, stsToken);
    if (!usesToken)
        m_memorySecrets.remove(tokenKey);
    reload();
    const QString id = Profile::ownId(profile.name);
    if (!m_secrets) {
        fallBackToMemory(tr("this build has no keychain support"));
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT ownProfileSaved(id); }, Qt::QueuedConnection);
        return;
    }
    QList<PendingSecret> pending;
    if (!secret.isEmpty())
        pending.append({profile.name, secret});
    if (usesToken && !stsToken.isEmpty())
        pending.append({tokenKey, stsToken});
    if (!usesToken && previous && previous->mode == OwnProfile::Mode::StsToken)
        pending.append({tokenKey, {}}); // the token of the profile's earlier mode goes
    writeOwnSecrets(id, pending);
}

// One keychain entry after the other; an empty value removes the entry.
void ProfileManager::writeOwnSecrets(const QString &id, QList<PendingSecret> pending)
{
    if (pending.isEmpty()) {
        reload(); // "secret for this run only" is decided now
        Q_EMIT ownProfileSaved(id);
        return;
    }
    const PendingSecret next = pending.takeFirst();
    if (next.value.isEmpty()) {
        m_secrets->remove(next.key, this, [this, id, pending](const SecretStore::Result &) { writeOwnSecrets(id, pending); });
        return;
    }
    m_secrets->write(next.key, next.value, this, [this, id, key = next.key, pending](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::Ok) {
            // In the keychain now: nothing of it stays in this process longer than needed.
            m_memorySecrets.remove(key);
        } else {
            // Whatever stopped the keychain, the profile stays usable for this run and the user
            // learns that the secret will not survive it.
            fallBackToMemory(result.errorString);
        }
        writeOwnSecrets(id, pending);
    });
}

std::optional<OwnProfile> ProfileManager::ownProfile(const QString &name) const
{
    return OwnProfiles::find(name);
}

void ProfileManager::removeOwnProfile(const QString &name)
{
    QList<OwnProfile> own = OwnProfiles::read();
    own.removeIf([&name](const OwnProfile &profile) { return profile.name == name; });
    OwnProfiles::write(own);
    ProfileEndpoints::remove(Profile::ownId(name));
    const QString tokenKey = OwnProfiles::tokenKey(name);
    m_memorySecrets.remove(name);
    m_memorySecrets.remove(tokenKey);
    if (m_secrets) {
        m_secrets->remove(name, this, [](const SecretStore::Result &) {});
        m_secrets->remove(tokenKey, this, [](const SecretStore::Result &) {});
    }
    reload();
}

Endpoints::Overrides ProfileManager::endpoints(const QString &id) const
{
    if (id == Profile::sandboxId())
        return {};
    return ProfileEndpoints::read(id);
}

void ProfileManager::setEndpoints(const QString &id, const Endpoints::Overrides &overrides)
{
    if (id == Profile::sandboxId())
        return;
    ProfileEndpoints::write(id, overrides);
    Q_EMIT profilesChanged();
}

bool ProfileManager::isMemoryOnly() const
{
    return m_memoryOnly;
}

QList<Profile> ProfileManager::readProfiles() const
{
    QList<Profile> profiles;
    profiles.append({Profile::sandboxId(), {}, Profile::Kind::Sandbox, true, Credentials::sandbox().accessKeyId, {}});
    const EnvironmentCredentialSource environment(m_environment);
    const QString environmentKeyId = m_environment.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s).trimmed();
    if (!environmentKeyId.isEmpty()) {
        profiles.append({Profile::environmentId(), {}, Profile::Kind::Environment, true, environmentKeyId,
            environment.defaultRegion()});
    }
    profiles.append(readAliyunProfiles());
    profiles.append(readOwnProfiles());
    return profiles;
}

QList<Profile> ProfileManager::readAliyunProfiles() const
{
    QList<Profile> profiles;
    const AliyunCliConfig config = AliyunCliConfig::read(m_aliyunConfigPath);
    // Checked as listed, without contacting anything: an unusable profile is greyed out with its
    // reason before anyone presses Create.
    const AliyunProfileProviders providers(config, m_aliyunConfigPath, m_environment);
    for (const AliyunCliProfile &cli : config.profiles()) {
        Profile profile {Profile::aliyunCliId(cli.name), cli.name, Profile::Kind::AliyunCli, true, cli.accessKeyId,
            cli.regionId};
        profile.mode = cli.mode.isEmpty() ? u"AK"_s : cli.mode;
        profile.problem = providers.check(cli.name);
        profile.temporary = ProfileModes::isTemporary(cli.parsedMode());
        profile.roleArn = cli.ramRoleArn;
        profile.site = cli.site;
        profiles.append(profile);
    }
    return profiles;
}

QList<Profile> ProfileManager::readOwnProfiles() const
{
    QList<Profile> profiles;
    for (const OwnProfile &own : OwnProfiles::read()) {
        Profile profile {Profile::ownId(own.name), own.name, Profile::Kind::Own, false, own.accessKeyId, own.defaultRegion};
        profile.mode = OwnProfile::modeName(own.mode);
        if (own.mode == OwnProfile::Mode::RamRoleArn) {
            profile.roleArn = own.roleArn;
            profile.temporary = true;
            QString field;
            const QString reason = OwnProfileCredentialSource::roleParameters(own).problem(&field);
            if (!reason.isEmpty())
                profile.problem = {CredentialProblem::Invalid, field, CredentialProblem::OwnProfiles, {}, own.name, reason};
        }
        profile.secretForThisRunOnly = m_memorySecrets.contains(own.name);
        profiles.append(profile);
    }
    return profiles;
}

void ProfileManager::storeOwnSettings(const OwnProfile &profile)
{
    QList<OwnProfile> own = OwnProfiles::read();
    const auto existing = std::find_if(own.begin(), own.end(), [&profile](const OwnProfile &p) { return p.name == profile.name; });
    if (existing != own.end())
        *existing = profile;
    else
        own.append(profile);
    OwnProfiles::write(own);
}

void ProfileManager::loadOwnCredentials(const Profile &profile, QObject *context, CredentialsCallback callback)
{
    const auto remembered = m_memorySecrets.constFind(profile.name);
    if (remembered != m_memorySecrets.cend()) {
        readOwnToken(profile, remembered.value(), context, std::move(callback));
        return;
    }
    if (!m_secrets) {
        deliverLater(context, std::move(callback), {},
            tr("The secret of profile \"%1\" was kept in memory only and is gone. Edit the profile and enter it "
               "again.").arg(profile.name));
        return;
    }
    QPointer<QObject> receiver(context);
    m_secrets->read(profile.name, this,
        [this, profile, receiver, callback = std::move(callback)](const SecretStore::Result &result) mutable {
            if (!receiver)
                return;
            if (result.status == SecretStore::Status::Ok) {
                readOwnToken(profile, result.secret, receiver, std::move(callback));
                return;
            }
            if (result.status == SecretStore::Status::Unavailable)
                fallBackToMemory(result.errorString);
            callback({}, result.status == SecretStore::Status::NotFound
                    ? tr("The keychain holds no secret for profile \"%1\". Edit the profile and enter it again.")
                          .arg(profile.name)
                    : tr("The secret of profile \"%1\" cannot be read from the keychain (%2). Edit the profile and "
                         "enter it again; it will be kept for this run only.")
                          .arg(profile.name, result.errorString));
        });
}

// In mode StsToken the security token is the profile's second keychain entry.
void ProfileManager::readOwnToken(const Profile &profile, const QString &secret, QObject *context,
    CredentialsCallback callback)
{
    if (profile.mode != OwnProfile::modeName(OwnProfile::Mode::StsToken)) {
        deliverLater(context, std::move(callback), {profile.accessKeyId, secret, {}}, {});
        return;
    }
    const QString tokenKey = OwnProfiles::tokenKey(profile.name);
    const auto remembered = m_memorySecrets.constFind(tokenKey);
    if (remembered != m_memorySecrets.cend() || !m_secrets) {
        const QString token = remembered != m_memorySecrets.cend() ? remembered.value() : QString();
        deliverLater(context, std::move(callback), token.isEmpty() ? Credentials {} : Credentials {profile.accessKeyId, secret, token},
            token.isEmpty() ? tr("The security token of profile \"%1\" is gone. Edit the profile and enter it again.").arg(profile.name)
                            : QString());
        return;
    }
    QPointer<QObject> receiver(context);
    m_secrets->read(tokenKey, this,
        [profile, secret, receiver, callback = std::move(callback)](const SecretStore::Result &result) {
            if (!receiver)
                return;
            if (result.status == SecretStore::Status::Ok && !result.secret.isEmpty()) {
                callback({profile.accessKeyId, secret, result.secret}, {});
                return;
            }
            callback({}, tr("The keychain holds no security token for profile \"%1\". Edit the profile and enter it "
                            "again.").arg(profile.name));
        });
}

void ProfileManager::fallBackToMemory(const QString &reason)
{
    if (m_memoryOnly && m_toldMemoryOnly)
        return;
    m_memoryOnly = true;
    m_toldMemoryOnly = true;
    Q_EMIT keychainUnavailable(tr("No keychain can be used (%1). Secrets of your own profiles are kept in memory "
                                  "until FlowLog Studio closes and must be entered again next time.")
                                   .arg(reason));
}

void ProfileManager::deliverLater(QObject *context, CredentialsCallback callback, Credentials credentials,
    QString error)
{
    QMetaObject::invokeMethod(
        context ? context : this,
        [callback = std::move(callback), credentials = std::move(credentials), error = std::move(error)] {
            callback(credentials, error);
        },
        Qt::QueuedConnection);
}
