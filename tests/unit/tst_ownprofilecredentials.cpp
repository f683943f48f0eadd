#include "core/config/credentialresolver.h"
#include "core/config/ownprofilecredentialsource.h"
#include "core/config/ownprofiles.h"
#include "core/config/profileendpoints.h"
#include "core/config/secretstore.h"
#include "emulator/vpcemulator.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Answers on the event loop, as a real keychain does; an empty map is a keychain without the entry.
class FakeSecretStore final : public SecretStore
{
public:
    FakeSecretStore(QHash<QString, QString> secrets, Status failure = Status::NotFound)
        : m_secrets(std::move(secrets))
        , m_failure(failure)
    {
    }
    void read(const QString &key, QObject *context, Callback callback) override
    {
        const Result result = m_secrets.contains(key) ? Result {Status::Ok, m_secrets.value(key), {}}
                                                       : Result {m_failure, {}, u"locked"_s};
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    void write(const QString &, const QString &, QObject *, Callback) override { }
    void remove(const QString &, QObject *, Callback) override { }

private:
    QHash<QString, QString> m_secrets;
    Status m_failure;
};

OwnProfileCredentialSource::StoreFactory keychainWith(QHash<QString, QString> secrets,
    SecretStore::Status failure = SecretStore::Status::NotFound)
{
    return [secrets, failure] { return std::make_unique<FakeSecretStore>(secrets, failure); };
}

} // namespace

// flowlog-cli --profile own:NAME: the profile the app saved (settings) with its keychain secret.
class tst_OwnProfileCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void ownProfileIsReadFromTheSettingsAndTheKeychain();
    void bareNameFallsBackToTheOwnProfile();
    void missingProfileOrSecretIsExplained_data();
    void missingProfileOrSecretIsExplained();
    void aRamRoleProfileAssumesItsRoleAtTheProfilesEndpoint();
    void aRamRoleProfileWithABadRoleIsExplainedBeforeAnyCall();

private:
    CredentialResolution resolve(const QString &profile, OwnProfileCredentialSource::StoreFactory keychain) const;
    QTemporaryDir m_dir;
};

void tst_OwnProfileCredentials::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTest"_s);
    QCoreApplication::setApplicationName(u"tst_ownprofilecredentials"_s);
    QVERIFY(m_dir.isValid());
}

void tst_OwnProfileCredentials::init()
{
    QSettings().clear();
    OwnProfiles::write({{u"prod"_s, u"LTAI5tOwnProfileId"_s, u"cn-shanghai"_s}});
}

CredentialResolution tst_OwnProfileCredentials::resolve(const QString &profile,
    OwnProfileCredentialSource::StoreFactory keychain) const
{
    return CredentialResolver(QProcessEnvironment(), m_dir.filePath(u"no-aliyun-config.json"_s), std::move(keychain))
        .resolve(profile);
}

void tst_OwnProfileCredentials::ownProfileIsReadFromTheSettingsAndTheKeychain()
{
    const CredentialResolution resolution = resolve(u"own:prod"_s, keychainWith({{u"prod"_s, u"own-secret"_s}}));
    QVERIFY2(resolution.ok(), qPrintable(resolution.problem.toString()));
    QCOMPARE(resolution.source->id(), u"own:prod"_s);
    QCOMPARE(resolution.credentials, (Credentials {u"LTAI5tOwnProfileId"_s, u"own-secret"_s, {}}));
    QCOMPARE(resolution.defaultRegion, u"cn-shanghai"_s);
}

void tst_OwnProfileCredentials::bareNameFallsBackToTheOwnProfile()
{
    const CredentialResolution resolution = resolve(u"prod"_s, keychainWith({{u"prod"_s, u"own-secret"_s}}));
    QVERIFY(resolution.ok());
    QCOMPARE(resolution.source->id(), u"own:prod"_s);
}

void tst_OwnProfileCredentials::missingProfileOrSecretIsExplained_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("advice");
    QTest::newRow("no such own profile") << u"own:dev"_s << int(SecretStore::Status::NotFound)
                                         << int(CredentialProblem::ProfileNotFound) << u"Add profile"_s;
    QTest::newRow("no secret in the keychain") << u"own:prod"_s << int(SecretStore::Status::NotFound)
                                               << int(CredentialProblem::Incomplete) << u"enter its secret again"_s;
    QTest::newRow("keychain locked") << u"own:prod"_s << int(SecretStore::Status::Unavailable)
                                     << int(CredentialProblem::Unreadable) << u"Unlock the keychain"_s;
}

void tst_OwnProfileCredentials::missingProfileOrSecretIsExplained()
{
    QFETCH(QString, profile);
    QFETCH(int, failure);
    QFETCH(int, kind);
    QFETCH(QString, advice);
    const CredentialResolution resolution = resolve(profile, keychainWith({}, SecretStore::Status(failure)));
    QVERIFY(!resolution.ok());
    QCOMPARE(int(resolution.problem.kind), kind);
    QVERIFY2(resolution.problem.message().contains(advice), qPrintable(resolution.problem.message()));
}

// The CLI's own:NAME in mode RamRoleArn: the keychain's AccessKey assumes the role at the STS
// endpoint the profile was given in the app, and its temporary credentials sign.
void tst_OwnProfileCredentials::aRamRoleProfileAssumesItsRoleAtTheProfilesEndpoint()
{
    VpcEmulator emulator;
    QVERIFY(emulator.start());
    OwnProfile role {u"ops"_s, VpcEmulator::defaultAccount().accessKeyId, u"cn-hangzhou"_s, OwnProfile::Mode::RamRoleArn};
    role.roleArn = VpcEmulator::defaultAssumableRole();
    role.roleSessionName = u"flowlog-cli"_s;
    role.durationSeconds = 900;
    OwnProfiles::write({role});
    Endpoints::Overrides endpoints;
    endpoints.emulator = emulator.serverUrl();
    ProfileEndpoints::write(u"own:ops"_s, endpoints);

    const CredentialResolution resolution =
        resolve(u"own:ops"_s, keychainWith({{u"ops"_s, VpcEmulator::defaultAccount().accessKeySecret}}));
    QVERIFY2(resolution.ok(), qPrintable(resolution.problem.toString()));
    QVERIFY(resolution.isTemporary());
    std::optional<CredentialAnswer> answer;
    QObject context;
    resolution.provider->request(&context, [&answer](const CredentialAnswer &received) { answer = received; });
    QTRY_VERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->message));
    QVERIFY(answer->credentials.accessKeyId.startsWith(u"STS."_s));
    QVERIFY(!answer->credentials.securityToken.isEmpty());
    QVERIFY(answer->expiration.isValid());
}

void tst_OwnProfileCredentials::aRamRoleProfileWithABadRoleIsExplainedBeforeAnyCall()
{
    OwnProfile role {u"ops"_s, u"LTAI5tOwnProfileId"_s, u"cn-hangzhou"_s, OwnProfile::Mode::RamRoleArn};
    role.roleArn = u"arn:aws:iam::1:role/x"_s;
    role.roleSessionName = u"flowlog-cli"_s;
    OwnProfiles::write({role});
    const CredentialResolution resolution = resolve(u"own:ops"_s, keychainWith({{u"ops"_s, u"own-secret"_s}}));
    QVERIFY(!resolution.ok());
    QCOMPARE(resolution.problem.kind, CredentialProblem::Invalid);
    const QString message = resolution.problem.message();
    QVERIFY2(message.contains(u"is not a role ARN"_s) && message.contains(u"Tools → Profiles"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_OwnProfileCredentials)
#include "tst_ownprofilecredentials.moc"
