#include "ui/profiles/profilemanager.h"
#include "core/config/secretstore.h"
#include "emulator/vpcemulator.h"

#ifdef FLOWLOG_HAVE_KEYCHAIN
#include "core/config/keychainsecretstore.h"
#endif

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A keychain that works: secrets in a map shared across "restarts" of the manager.
class FakeSecretStore final : public SecretStore
{
public:
    explicit FakeSecretStore(QHash<QString, QString> *secrets, Status failWith = Status::Ok)
        : m_secrets(secrets)
        , m_failWith(failWith)
    {
    }
    void read(const QString &key, QObject *context, Callback callback) override
    {
        if (m_failWith != Status::Ok)
            return later(context, callback, {m_failWith, {}, u"no backend"_s});
        const auto found = m_secrets->constFind(key);
        later(context, callback,
            found == m_secrets->cend() ? Result{Status::NotFound, {}, {}} : Result{Status::Ok, found.value(), {}});
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override
    {
        if (m_failWith == Status::Ok)
            m_secrets->insert(key, secret);
        later(context, callback, {m_failWith, {}, m_failWith == Status::Ok ? QString() : u"no backend"_s});
    }
    void remove(const QString &key, QObject *context, Callback callback) override
    {
        m_secrets->remove(key);
        later(context, callback, {Status::Ok, {}, {}});
    }

private:
    static void later(QObject *context, const Callback &callback, const Result &result)
    {
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    QHash<QString, QString> *m_secrets;
    Status m_failWith;
};

struct Answer
{
    bool done = false;
    Credentials credentials;
    QString error;
};

} // namespace

class tst_ProfileManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsSandboxEnvironmentAliyunThenOwnProfiles();
    void leavesOutEnvironmentWhenTheVariableIsUnset();
    void sandboxHasTheEmulatorAccount();
    void environmentAndAliyunProfilesGiveTheirCredentials();
    void aliyunProfileWithoutSecretExplainsWhatIsMissing();
    void unknownProfileIsAnError();
    void aliyunProfilesOfEveryModeAreListedWithTheirSupport();
    void roleProfileGetsTemporaryCredentialsFromTheCoreProvider();
    void environmentRowWithoutVariablesSaysWhatIsMissing();
    void ownNamesAreChecked();
    void ownSecretGoesToTheKeychainNotTheSettings();
    void ownSecretStaysInMemoryWhenNoKeychainIsAvailable();
    void missingKeychainEntryIsExplained();
    void removingAnOwnProfileForgetsItsSecret();
    void realKeychainWithoutSessionBusFallsBackToMemory();
    void realKeychainRoundTripsWhereOneRuns();
    void ownProfileKeepsItsSecretInTheRealKeychain();

private:
    Answer credentials(ProfileManager &manager, const QString &id);
    QString aliyunConfig() const { return m_dir.filePath(u"aliyun-config.json"_s); }
    QString settingsText() const;
    static void skipOrFail(const QString &why);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_keychain;
};

void tst_ProfileManager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings under the temporary folder, never the user's.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTests"_s);
    QCoreApplication::setApplicationName(u"tst_profilemanager"_s);
    QFile file(aliyunConfig());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current": "prod", "profiles": [
        {"name": "default", "mode": "AK", "access_key_id": "LTAIdefault0001", "access_key_secret": "cli-secret-1",
         "region_id": "cn-beijing"},
        {"name": "prod", "mode": "AK", "access_key_id": "LTAIprod0002", "access_key_secret": "",
         "region_id": "cn-shanghai"}]})");
}

void tst_ProfileManager::init()
{
    QSettings().clear();
    m_keychain.clear();
}

Answer tst_ProfileManager::credentials(ProfileManager &manager, const QString &id)
{
    Answer answer;
    manager.credentialsFor(id, this, [&answer](const Credentials &credentials, const QString &error) {
        answer = {true, credentials, error};
    });
    // Never answered inside the call: callers may rely on that.
    if (answer.done) {
        QTest::qFail("credentialsFor answered synchronously", __FILE__, __LINE__);
        return answer;
    }
    QDeadlineTimer deadline(5000);
    while (!answer.done && !deadline.hasExpired())
        QTest::qWait(5);
    if (!answer.done)
        qWarning("credentialsFor did not answer within 5 s");
    return answer;
}

QString tst_ProfileManager::settingsText() const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void tst_ProfileManager::listsSandboxEnvironmentAliyunThenOwnProfiles()
{
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIenv0003"_s);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-secret"_s);
    environment.insert(u"ALIBABA_CLOUD_REGION_ID"_s, u"cn-hangzhou"_s);
    ProfileManager manager(new FakeSecretStore(&m_keychain), environment, aliyunConfig());
    QSignalSpy changed(&manager, &ProfileManager::profilesChanged);
    manager.saveOwnProfile(u"mine"_s, u"LTAImine0004"_s, u"own-secret"_s, u"ap-southeast-1"_s);
    QCOMPARE(changed.size(), 1);

    const QList<Profile> profiles = manager.profiles();
    QStringList ids;
    for (const Profile &profile : profiles)
        ids.append(profile.id);
    QCOMPARE(ids, (QStringList{u"sandbox"_s, u"env"_s, u"aliyun:default"_s, u"aliyun:prod"_s, u"own:mine"_s}));
    QCOMPARE(profiles.at(0).kind, Profile::Kind::Sandbox);
    QCOMPARE(profiles.at(1).kind, Profile::Kind::Environment);
    QCOMPARE(profiles.at(1).defaultRegion, u"cn-hangzhou"_s);
    QCOMPARE(profiles.at(2).kind, Profile::Kind::AliyunCli);
    QVERIFY(profiles.at(2).readOnly);
    QCOMPARE(profiles.at(2).defaultRegion, u"cn-beijing"_s);
    QCOMPARE(profiles.at(2).displayName(), u"aliyun CLI: default"_s);
    QCOMPARE(profiles.at(4).kind, Profile::Kind::Own);
    QVERIFY(!profiles.at(4).readOnly);
    QCOMPARE(profiles.at(4).accessKeyId, u"LTAImine0004"_s);
    QCOMPARE(profiles.at(4).defaultRegion, u"ap-southeast-1"_s);
}

void tst_ProfileManager::leavesOutEnvironmentWhenTheVariableIsUnset()
{
    ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(), m_dir.filePath(u"none.json"_s));
    QCOMPARE(manager.profiles().size(), 1);
    QCOMPARE(manager.profiles().constFirst().id, Profile::sandboxId());
    QVERIFY(!manager.profile(Profile::environmentId()));
}

void tst_ProfileManager::sandboxHasTheEmulatorAccount()
{
    ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
    const Answer answer = credentials(manager, Profile::sandboxId());
    QVERIFY(answer.error.isEmpty());
    QCOMPARE(answer.credentials.accessKeyId, u"sandbox-access-key-id"_s);
    QCOMPARE(answer.credentials.accessKeySecret, u"sandbox-access-key-secret"_s);
}

void tst_ProfileManager::environmentAndAliyunProfilesGiveTheirCredentials()
{
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIenv0003"_s);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-secret"_s);
    ProfileManager manager(new FakeSecretStore(&m_keychain), environment, aliyunConfig());
    Answer answer = credentials(manager, Profile::environmentId());
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.credentials.accessKeySecret, u"env-secret"_s);
    answer = credentials(manager, Profile::aliyunCliId(u"default"_s));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.credentials.accessKeyId, u"LTAIdefault0001"_s);
    QCOMPARE(answer.credentials.accessKeySecret, u"cli-secret-1"_s);
}

void tst_ProfileManager::aliyunProfileWithoutSecretExplainsWhatIsMissing()
{
    ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
    const Answer answer = credentials(manager, Profile::aliyunCliId(u"prod"_s));
    QVERIFY(!answer.credentials.isComplete());
    QVERIFY2(answer.error.contains(u"prod"_s), qPrintable(answer.error));
}

namespace {

QString writeModesConfig(const QTemporaryDir &dir, const QString &stsEndpoint)
{
    const QString path = dir.filePath(u"modes.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral(R"({"profiles": [
        {"name": "role", "mode": "RamRoleArn", "access_key_id": "sandbox-access-key-id",
         "access_key_secret": "sandbox-access-key-secret", "region_id": "cn-shenzhen",
         "ram_role_arn": "acs:ram::1234567890123456:role/flowlog-operator", "ram_session_name": "gui",
         "sts_endpoint": "%1"},
        {"name": "sso", "mode": "CloudSSO"},
        {"name": "ecs", "mode": "ecsramrole"}]})").arg(stsEndpoint).toUtf8());
    return path;
}

} // namespace

// Listed without contacting anything: the role is usable (temporary), CloudSSO is not, with why.
void tst_ProfileManager::aliyunProfilesOfEveryModeAreListedWithTheirSupport()
{
    const QString path = writeModesConfig(m_dir, u"http://127.0.0.1:1"_s);
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ECS_METADATA_DISABLED"_s, u"true"_s);
    ProfileManager manager(new FakeSecretStore(&m_keychain), environment, path);
    const std::optional<Profile> role = manager.profile(Profile::aliyunCliId(u"role"_s));
    QVERIFY(role);
    QVERIFY(role->isSupported());
    QVERIFY(role->temporary);
    QCOMPARE(role->mode, u"RamRoleArn"_s);
    QCOMPARE(role->defaultRegion, u"cn-shenzhen"_s);
    const std::optional<Profile> sso = manager.profile(Profile::aliyunCliId(u"sso"_s));
    QVERIFY(sso && !sso->isSupported());
    QVERIFY2(sso->unsupportedReason().contains(u"CloudSSO"_s), qPrintable(sso->unsupportedReason()));
    const std::optional<Profile> ecs = manager.profile(Profile::aliyunCliId(u"ecs"_s));
    QVERIFY(ecs && !ecs->isSupported());
    QVERIFY(ecs->unsupportedReason().contains(u"ALIBABA_CLOUD_ECS_METADATA_DISABLED"_s));
}

// One provider per profile for the run: the second send reuses the temporary credentials.
void tst_ProfileManager::roleProfileGetsTemporaryCredentialsFromTheCoreProvider()
{
    VpcEmulator emulator;
    QVERIFY(emulator.start());
    ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(),
        writeModesConfig(m_dir, emulator.serverUrl().toString()));
    const QString id = Profile::aliyunCliId(u"role"_s);
    const Answer first = credentials(manager, id);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QVERIFY(first.credentials.accessKeyId.startsWith(u"STS."_s));
    QVERIFY(first.credentials.isSts());
    const Answer second = credentials(manager, id);
    QCOMPARE(second.credentials, first.credentials);
    QString error;
    QVERIFY(manager.providerFor(id, &error));
    QCOMPARE(manager.providerFor(id, &error).get(), manager.providerFor(id, &error).get());
}

void tst_ProfileManager::unknownProfileIsAnError()
{
    ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
    const Answer answer = credentials(manager, u"own:ghost"_s);
    QVERIFY(!answer.error.isEmpty());
    QVERIFY(answer.credentials.accessKeyId.isEmpty());
}

// A history row the CLI wrote with environment credentials names "env", which the app lists only
// while the variables are set.
void tst_ProfileManager::environmentRowWithoutVariablesSaysWhatIsMissing()
{
    ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
    QVERIFY(!manager.profile(Profile::environmentId()));
    const Answer answer = credentials(manager, Profile::environmentId());
    QVERIFY(answer.credentials.accessKeyId.isEmpty());
    QVERIFY2(answer.error.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s), qPrintable(answer.error));
    QVERIFY2(!answer.error.contains(u"no longer exists"_s), qPrintable(answer.error));
    QVERIFY(credentials(manager, u"own:ghost"_s).error.contains(u"no longer exists"_s));
}

void tst_ProfileManager::ownNamesAreChecked()
{
    ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
    QVERIFY(manager.checkOwnName(u"prod-2.eu_west"_s).isEmpty());
    QVERIFY(!manager.checkOwnName(QString()).isEmpty());
    QVERIFY(!manager.checkOwnName(u"has space"_s).isEmpty());
    QVERIFY(!manager.checkOwnName(u"a/b"_s).isEmpty());
    QVERIFY(!manager.checkOwnName(u"x"_s.repeated(65)).isEmpty());
    manager.saveOwnProfile(u"taken"_s, u"LTAI1"_s, u"s"_s, {});
    QVERIFY(!manager.checkOwnName(u"taken"_s).isEmpty());
}

void tst_ProfileManager::ownSecretGoesToTheKeychainNotTheSettings()
{
    {
        ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
        QSignalSpy saved(&manager, &ProfileManager::ownProfileSaved);
        QSignalSpy unavailable(&manager, &ProfileManager::keychainUnavailable);
        manager.saveOwnProfile(u"mine"_s, u"LTAImine0004"_s, u"TopSecretValue42"_s, u"cn-beijing"_s);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.at(0).at(0).toString(), u"own:mine"_s);
        QCOMPARE(unavailable.size(), 0);
        QVERIFY(!manager.isMemoryOnly());
    }
    QCOMPARE(m_keychain.value(u"mine"_s), u"TopSecretValue42"_s);
    const QString settings = settingsText();
    QVERIFY(settings.contains(u"LTAImine0004"_s));
    QVERIFY(!settings.contains(u"TopSecretValue42"_s));
    // After a restart the secret comes back from the keychain.
    ProfileManager restarted(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
    const Answer answer = credentials(restarted, Profile::ownId(u"mine"_s));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.credentials.accessKeyId, u"LTAImine0004"_s);
    QCOMPARE(answer.credentials.accessKeySecret, u"TopSecretValue42"_s);
}

void tst_ProfileManager::ownSecretStaysInMemoryWhenNoKeychainIsAvailable()
{
    ProfileManager manager(new FakeSecretStore(&m_keychain, SecretStore::Status::Unavailable), QProcessEnvironment(),
        aliyunConfig());
    QSignalSpy unavailable(&manager, &ProfileManager::keychainUnavailable);
    QSignalSpy saved(&manager, &ProfileManager::ownProfileSaved);
    manager.saveOwnProfile(u"mine"_s, u"LTAImine0004"_s, u"TopSecretValue42"_s, {});
    QVERIFY(saved.wait(5000));
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!unavailable.at(0).at(0).toString().isEmpty());
    QVERIFY(manager.isMemoryOnly());
    QVERIFY(m_keychain.isEmpty());
    QVERIFY(!settingsText().contains(u"TopSecretValue42"_s));
    const Answer answer = credentials(manager, Profile::ownId(u"mine"_s));
    QCOMPARE(answer.credentials.accessKeySecret, u"TopSecretValue42"_s);
    // Said once per run, not on every save.
    manager.saveOwnProfile(u"second"_s, u"LTAI2"_s, u"other"_s, {});
    QVERIFY(saved.wait(5000));
    QCOMPARE(unavailable.size(), 1);

    ProfileManager restarted(new FakeSecretStore(&m_keychain, SecretStore::Status::Unavailable),
        QProcessEnvironment(), aliyunConfig());
    const Answer lost = credentials(restarted, Profile::ownId(u"mine"_s));
    QVERIFY(lost.credentials.accessKeySecret.isEmpty());
    QVERIFY(!lost.error.isEmpty());
}

void tst_ProfileManager::missingKeychainEntryIsExplained()
{
    ProfileManager first(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
    QSignalSpy saved(&first, &ProfileManager::ownProfileSaved);
    first.saveOwnProfile(u"mine"_s, u"LTAImine0004"_s, u"secret"_s, {});
    QVERIFY(saved.wait(5000));
    m_keychain.clear(); // e.g. removed with the OS keychain manager
    ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
    const Answer answer = credentials(manager, Profile::ownId(u"mine"_s));
    QVERIFY(answer.credentials.accessKeySecret.isEmpty());
    QVERIFY2(answer.error.contains(u"mine"_s), qPrintable(answer.error));
}

void tst_ProfileManager::removingAnOwnProfileForgetsItsSecret()
{
    ProfileManager manager(new FakeSecretStore(&m_keychain), QProcessEnvironment(), aliyunConfig());
    QSignalSpy saved(&manager, &ProfileManager::ownProfileSaved);
    manager.saveOwnProfile(u"mine"_s, u"LTAImine0004"_s, u"secret"_s, {});
    manager.saveOwnProfile(u"other"_s, u"LTAIother"_s, u"secret2"_s, {});
    QTRY_COMPARE(saved.size(), 2);
    manager.removeOwnProfile(u"mine"_s);
    QVERIFY(!manager.profile(Profile::ownId(u"mine"_s)));
    QVERIFY(manager.profile(Profile::ownId(u"other"_s)));
    QTRY_VERIFY(!m_keychain.contains(u"mine"_s));
    QVERIFY(m_keychain.contains(u"other"_s));
}

// CI has no D-Bus session: the real keychain must fail quickly and the secret stay usable.
void tst_ProfileManager::realKeychainWithoutSessionBusFallsBackToMemory()
{
#ifdef FLOWLOG_HAVE_KEYCHAIN
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/flowlog-test-bus");
    ProfileManager manager(new KeychainSecretStore(u"FlowLog Studio Tests"_s), QProcessEnvironment(), aliyunConfig());
    QSignalSpy unavailable(&manager, &ProfileManager::keychainUnavailable);
    QSignalSpy saved(&manager, &ProfileManager::ownProfileSaved);
    manager.saveOwnProfile(u"ci"_s, u"LTAIci"_s, u"ci-secret"_s, {});
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 8000);
    if (!bus.isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(manager.isMemoryOnly());
    const Answer answer = credentials(manager, Profile::ownId(u"ci"_s));
    QCOMPARE(answer.credentials.accessKeySecret, u"ci-secret"_s);
    QVERIFY(!settingsText().contains(u"ci-secret"_s));
#else
    QSKIP("Built without QtKeychain");
#endif
}

// Runs inside a desktop session (or dbus-run-session with gnome-keyring unlocked); skips elsewhere.
void tst_ProfileManager::realKeychainRoundTripsWhereOneRuns()
{
#ifdef FLOWLOG_HAVE_KEYCHAIN
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: no keychain to talk to");
    KeychainSecretStore store(u"FlowLog Studio Tests"_s);
    const QString key = u"roundtrip-%1"_s.arg(QCoreApplication::applicationPid());
    std::optional<SecretStore::Result> written;
    store.write(key, u"keychain-secret"_s, this, [&written](const SecretStore::Result &result) { written = result; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    if (written->status == SecretStore::Status::Unavailable || written->status == SecretStore::Status::Failed)
        return skipOrFail(u"The keychain is not usable here: "_s + written->errorString);
    std::optional<SecretStore::Result> read;
    store.read(key, this, [&read](const SecretStore::Result &result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
    QCOMPARE(read->status, SecretStore::Status::Ok);
    QCOMPARE(read->secret, u"keychain-secret"_s);
    std::optional<SecretStore::Result> removed;
    store.remove(key, this, [&removed](const SecretStore::Result &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    read.reset();
    store.read(key, this, [&read](const SecretStore::Result &result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
    QCOMPARE(read->status, SecretStore::Status::NotFound);
#else
    QSKIP("Built without QtKeychain");
#endif
}

// The whole path of an own profile through a real secret service: saved, read back by a new
// manager (as at the next start), never in the settings file, and gone from the keychain when the
// profile is removed.
void tst_ProfileManager::ownProfileKeepsItsSecretInTheRealKeychain()
{
#ifdef FLOWLOG_HAVE_KEYCHAIN
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        skipOrFail(u"No D-Bus session: no keychain to talk to"_s);
        return;
    }
    const QString service = u"FlowLog Studio Tests %1"_s.arg(QCoreApplication::applicationPid());
    const QString secret = u"real-keychain-secret-%1"_s.arg(QCoreApplication::applicationPid());
    {
        ProfileManager manager(new KeychainSecretStore(service), QProcessEnvironment(), aliyunConfig());
        QSignalSpy saved(&manager, &ProfileManager::ownProfileSaved);
        manager.saveOwnProfile(u"ops"_s, u"LTAIops"_s, secret, u"cn-shanghai"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        if (manager.isMemoryOnly()) {
            skipOrFail(u"The keychain is not usable here"_s);
            return;
        }
    }
    QVERIFY(!settingsText().contains(secret));
    ProfileManager restarted(new KeychainSecretStore(service), QProcessEnvironment(), aliyunConfig());
    const Answer answer = credentials(restarted, Profile::ownId(u"ops"_s));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.credentials.accessKeyId, u"LTAIops"_s);
    QCOMPARE(answer.credentials.accessKeySecret, secret);

    restarted.removeOwnProfile(u"ops"_s);
    KeychainSecretStore store(service);
    SecretStore::Status status = SecretStore::Status::Ok;
    for (int attempt = 0; attempt < 50 && status != SecretStore::Status::NotFound; ++attempt) {
        if (attempt > 0)
            QTest::qWait(100); // the removal is asynchronous
        std::optional<SecretStore::Result> read;
        store.read(u"ops"_s, this, [&read](const SecretStore::Result &result) { read = result; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        status = read->status;
    }
    QCOMPARE(status, SecretStore::Status::NotFound);
#else
    QSKIP("Built without QtKeychain");
#endif
}

// Outside a session a test of the real keychain skips; the CTest run inside a private session with
// a secret service (FLOWLOG_REQUIRE_KEYCHAIN=1) fails instead, so the keychain is proven there.
void tst_ProfileManager::skipOrFail(const QString &why)
{
    if (qEnvironmentVariableIntValue("FLOWLOG_REQUIRE_KEYCHAIN") == 1)
        QFAIL(qPrintable(why));
    QSKIP(qPrintable(why));
}

QTEST_GUILESS_MAIN(tst_ProfileManager)
#include "tst_profilemanager.moc"
