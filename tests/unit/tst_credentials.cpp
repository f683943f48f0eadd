#include "core/config/aliyuncliconfig.h"
#include "core/config/credentialresolver.h"
#include "core/config/environmentcredentialsource.h"
#include "core/config/memorycredentialsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CredentialProblem::Kind)
Q_DECLARE_METATYPE(Credentials)

// Declared before the fixtures: moc does not follow the raw string literals below.
class tst_Credentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aliyunProfiles_data();
    void aliyunProfiles();
    void emptyProfileNameUsesCurrentProfile();
    void noCurrentProfileMeansDefault();
    void allProfilesAreListedWithTheirSupport();
    void profileRegionIsTheDefaultRegion();
    void missingFileIsNotConfigured();
    void brokenFileIsUnreadableNamingThePath_data();
    void brokenFileIsUnreadableNamingThePath();
    void unsupportedModeSaysWhatToDoInstead();
    void environment_data();
    void environment();
    void memorySource_data();
    void memorySource();
    void resolverOrder_data();
    void resolverOrder();
    void nothingFoundNamesAllThreePlaces();
    void resolverRegionFallsBackToEnvironment();
    void secretsNeverReachLogsOrMessages();

private:
    QString path() const { return m_configPath; }

    QTemporaryDir m_dir;
    QString m_configPath;
};

namespace {

// Secrets the fixtures hold; none may ever appear in a message, a log line or a toString().
const QStringList secrets = {u"devSECRETvalue123"_s, u"stsSECRETvalue456"_s, u"stsTOKENvalue789"_s,
                             u"roleSECRETvalue000"_s, u"envSECRETvalue321"_s, u"envTOKENvalue654"_s,
                             u"memSECRETvalue987"_s};

const char fixture[] = R"({
  "current": "dev",
  "profiles": [
    {"name": "dev", "mode": "AK", "access_key_id": "LTAIdevkeyid0001",
     "access_key_secret": "devSECRETvalue123", "region_id": "cn-hangzhou", "language": "zh"},
    {"name": "sts", "mode": "StsToken", "access_key_id": "STS.keyid00001",
     "access_key_secret": "stsSECRETvalue456", "sts_token": "stsTOKENvalue789", "region_id": "cn-shanghai"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIrolekeyid01",
     "access_key_secret": "roleSECRETvalue000", "ram_role_arn": "acs:ram::1:role/x"},
    {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "worker"},
    {"name": "chain", "mode": "ChainableRamRoleArn", "source_profile": "dev"},
    {"name": "external", "mode": "External", "process_command": "get-creds"},
    {"name": "uri", "mode": "CredentialsURI", "credentials_uri": "http://127.0.0.1/creds"},
    {"name": "oidc", "mode": "OIDC", "oidc_provider_arn": "acs:ram::1:oidc-provider/x"},
    {"name": "half", "mode": "AK", "access_key_id": "LTAIhalfkeyid01"},
    {"name": "stsnotoken", "mode": "StsToken", "access_key_id": "STS.keyid00002",
     "access_key_secret": "stsSECRETvalue456"},
    {"name": "legacy", "access_key_id": "LTAIlegacykey01", "access_key_secret": "devSECRETvalue123"}
  ]
})";

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(u"config.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        QTest::qFail("cannot write the fixture config.json", __FILE__, __LINE__);
        return {};
    }
    return path;
}

QProcessEnvironment environmentOf(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &assignment : assignments)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    return env;
}

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

} // namespace


void tst_Credentials::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_configPath = writeFile(m_dir, fixture);
}

void tst_Credentials::aliyunProfiles_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<CredentialProblem::Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("token");
    QTest::newRow("AK") << u"dev"_s << CredentialProblem::None << QString() << u"LTAIdevkeyid0001"_s << QString();
    QTest::newRow("StsToken") << u"sts"_s << CredentialProblem::None << QString() << u"STS.keyid00001"_s
                              << u"stsTOKENvalue789"_s;
    QTest::newRow("no mode is AK") << u"legacy"_s << CredentialProblem::None << QString() << u"LTAIlegacykey01"_s
                                   << QString();
    // Temporary credentials are obtained by a provider when a call needs them, never by load().
    QTest::newRow("EcsRamRole") << u"ecs"_s << CredentialProblem::Temporary << QString() << QString() << QString();
    QTest::newRow("External") << u"external"_s << CredentialProblem::Temporary << QString() << QString() << QString();
    QTest::newRow("CredentialsURI") << u"uri"_s << CredentialProblem::Temporary << QString() << QString()
                                    << QString();
    QTest::newRow("RamRoleArn without session") << u"role"_s << CredentialProblem::Incomplete
                                                << u"ram_session_name"_s << QString() << QString();
    QTest::newRow("Chainable without role") << u"chain"_s << CredentialProblem::Incomplete << u"ram_role_arn"_s
                                            << QString() << QString();
    QTest::newRow("OIDC") << u"oidc"_s << CredentialProblem::UnsupportedMode << u"OIDC"_s << QString() << QString();
    QTest::newRow("AK without secret") << u"half"_s << CredentialProblem::Incomplete << u"access_key_secret"_s
                                       << QString() << QString();
    QTest::newRow("StsToken without token") << u"stsnotoken"_s << CredentialProblem::Incomplete << u"sts_token"_s
                                            << QString() << QString();
    QTest::newRow("missing profile") << u"nope"_s << CredentialProblem::ProfileNotFound << QString() << QString()
                                     << QString();
}

void tst_Credentials::aliyunProfiles()
{
    QFETCH(QString, profile);
    QFETCH(CredentialProblem::Kind, kind);
    QFETCH(QString, detail);
    QFETCH(QString, keyId);
    QFETCH(QString, token);
    const AliyunCliCredentialSource source(profile, path());
    QCOMPARE(source.id(), u"aliyun:"_s + profile);
    CredentialProblem problem;
    const Credentials credentials = source.load(&problem);
    QCOMPARE(problem.kind, kind);
    QCOMPARE(problem.detail, detail);
    QCOMPARE(credentials.accessKeyId, keyId);
    QCOMPARE(credentials.securityToken, token);
    QCOMPARE(credentials.isComplete(), kind == CredentialProblem::None);
    QCOMPARE(problem.message().isEmpty(), kind == CredentialProblem::None);
    if (kind != CredentialProblem::None) {
        QCOMPARE(problem.profile, profile);
        QVERIFY2(problem.message().contains(profile), qPrintable(problem.message()));
    }
}

void tst_Credentials::emptyProfileNameUsesCurrentProfile()
{
    const AliyunCliCredentialSource source({}, path());
    QCOMPARE(source.id(), u"aliyun"_s);
    CredentialProblem problem;
    QCOMPARE(source.load(&problem).accessKeyId, u"LTAIdevkeyid0001"_s);
    QVERIFY(problem.ok());
}

void tst_Credentials::noCurrentProfileMeansDefault()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, R"({"profiles": [{"name": "default", "mode": "AK",
        "access_key_id": "LTAIdefaultkey1", "access_key_secret": "devSECRETvalue123"}]})");
    CredentialProblem problem;
    QCOMPARE(AliyunCliCredentialSource({}, file).load(&problem).accessKeyId, u"LTAIdefaultkey1"_s);
    QVERIFY(problem.ok());
}

void tst_Credentials::allProfilesAreListedWithTheirSupport()
{
    CredentialProblem problem;
    const AliyunCliConfig config = AliyunCliConfig::read(path(), &problem);
    QVERIFY(problem.ok());
    QCOMPARE(config.currentProfile(), u"dev"_s);
    QCOMPARE(config.profiles().size(), 11);
    QVERIFY(config.profile(u"dev"_s)->isSupported());
    QVERIFY(config.profile(u"sts"_s)->isSupported());
    QVERIFY(config.profile(u"role"_s)->isSupported());
    QVERIFY(!config.profile(u"oidc"_s)->isSupported());
    QCOMPARE(config.profile(u"ecs"_s)->mode, u"EcsRamRole"_s);
    QCOMPARE(config.profile(u"dev"_s)->language, u"zh"_s);
    QVERIFY(config.profile(u"nope"_s) == nullptr);
}

void tst_Credentials::profileRegionIsTheDefaultRegion()
{
    QCOMPARE(AliyunCliCredentialSource(u"sts"_s, path()).defaultRegion(), u"cn-shanghai"_s);
    QCOMPARE(AliyunCliCredentialSource({}, path()).defaultRegion(), u"cn-hangzhou"_s);
    QCOMPARE(AliyunCliCredentialSource(u"ecs"_s, path()).defaultRegion(), QString());
}

void tst_Credentials::missingFileIsNotConfigured()
{
    const QString missing = m_dir.filePath(u"absent/config.json"_s);
    CredentialProblem problem;
    QVERIFY(AliyunCliConfig::read(missing, &problem).profiles().isEmpty());
    QCOMPARE(problem.kind, CredentialProblem::NotConfigured);
    QCOMPARE(problem.path, missing);
    QVERIFY(AliyunCliCredentialSource(u"dev"_s, missing).load(&problem).accessKeyId.isEmpty());
    QCOMPARE(problem.kind, CredentialProblem::NotConfigured);
    QVERIFY(problem.message().contains(QDir::toNativeSeparators(missing)));
}

void tst_Credentials::brokenFileIsUnreadableNamingThePath_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArray(R"({"current": "dev", "profiles": [)");
    QTest::newRow("not json") << QByteArray("current = dev\n");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("empty") << QByteArray();
}

void tst_Credentials::brokenFileIsUnreadableNamingThePath()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString file = writeFile(dir, content);
    CredentialProblem problem;
    QVERIFY(AliyunCliCredentialSource(u"dev"_s, file).load(&problem).accessKeyId.isEmpty());
    QCOMPARE(problem.kind, CredentialProblem::Unreadable);
    QVERIFY(!problem.detail.isEmpty());
    QVERIFY2(problem.message().contains(QDir::toNativeSeparators(file)), qPrintable(problem.message()));
}

void tst_Credentials::unsupportedModeSaysWhatToDoInstead()
{
    CredentialProblem problem;
    AliyunCliCredentialSource(u"oidc"_s, path()).load(&problem);
    const QString message = problem.message();
    QVERIFY2(message.contains(u"OIDC"_s), qPrintable(message));
    QVERIFY(message.contains(u"RamRoleArn"_s));
    QVERIFY(message.contains(u"StsToken"_s));
    QVERIFY(message.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s));
}

void tst_Credentials::environment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<CredentialProblem::Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("sts");
    const QString id = u"ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIenvkeyid0001"_s;
    const QString secret = u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=envSECRETvalue321"_s;
    const QString token = u"ALIBABA_CLOUD_SECURITY_TOKEN=envTOKENvalue654"_s;
    QTest::newRow("key pair") << QStringList{id, secret} << CredentialProblem::None << QString() << false;
    QTest::newRow("sts") << QStringList{id, secret, token} << CredentialProblem::None << QString() << true;
    QTest::newRow("nothing") << QStringList{} << CredentialProblem::NotConfigured << QString() << false;
    QTest::newRow("set but empty") << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID="_s,
                                                  u"ALIBABA_CLOUD_ACCESS_KEY_SECRET="_s}
                                   << CredentialProblem::NotConfigured << QString() << false;
    QTest::newRow("id only") << QStringList{id} << CredentialProblem::Incomplete
                             << u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s << false;
    QTest::newRow("secret only") << QStringList{secret} << CredentialProblem::Incomplete
                                 << u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s << false;
    QTest::newRow("token only") << QStringList{token} << CredentialProblem::Incomplete
                                << u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s << false;
}

void tst_Credentials::environment()
{
    QFETCH(QStringList, variables);
    QFETCH(CredentialProblem::Kind, kind);
    QFETCH(QString, detail);
    QFETCH(bool, sts);
    const EnvironmentCredentialSource source(environmentOf(variables + QStringList{u"ALIBABA_CLOUD_REGION_ID=cn-beijing"_s}));
    CredentialProblem problem;
    const Credentials credentials = source.load(&problem);
    QCOMPARE(problem.kind, kind);
    QCOMPARE(problem.detail, detail);
    QCOMPARE(credentials.isComplete(), kind == CredentialProblem::None);
    QCOMPARE(credentials.isSts(), sts);
    QCOMPARE(source.defaultRegion(), u"cn-beijing"_s);
    QCOMPARE(source.id(), u"env"_s);
    if (!detail.isEmpty())
        QVERIFY2(problem.message().contains(detail), qPrintable(problem.message()));
}

void tst_Credentials::memorySource_data()
{
    QTest::addColumn<Credentials>("stored");
    QTest::addColumn<CredentialProblem::Kind>("kind");
    QTest::newRow("pair") << Credentials{u"LTAImemkeyid001"_s, u"memSECRETvalue987"_s, {}} << CredentialProblem::None;
    QTest::newRow("empty") << Credentials{} << CredentialProblem::NotConfigured;
    QTest::newRow("id only") << Credentials{u"LTAImemkeyid001"_s, {}, {}} << CredentialProblem::Incomplete;
}

void tst_Credentials::memorySource()
{
    QFETCH(Credentials, stored);
    QFETCH(CredentialProblem::Kind, kind);
    const MemoryCredentialSource source(u"memory"_s, u"Sandbox"_s, stored, u"cn-hangzhou"_s);
    CredentialProblem problem{CredentialProblem::Unreadable};
    const Credentials loaded = source.load(&problem);
    QCOMPARE(problem.kind, kind);
    QCOMPARE(loaded, kind == CredentialProblem::None ? stored : Credentials{});
    QCOMPARE(source.defaultRegion(), u"cn-hangzhou"_s);
    QCOMPARE(problem.message().isEmpty(), kind == CredentialProblem::None);
}

void tst_Credentials::resolverOrder_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<bool>("withFile");
    QTest::addColumn<QString>("explicitProfile");
    QTest::addColumn<QString>("sourceId");
    QTest::addColumn<CredentialProblem::Kind>("kind");
    QTest::addColumn<QString>("keyId");
    const QStringList envKeys{u"ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIenvkeyid0001"_s,
                              u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=envSECRETvalue321"_s};
    const QStringList none;
    const auto ok = CredentialProblem::None;
    QTest::newRow("--profile beats environment") << envKeys << true << u"sts"_s << u"aliyun:sts"_s << ok
                                                 << u"STS.keyid00001"_s;
    QTest::newRow("--profile missing does not fall back")
        << envKeys << true << u"nope"_s << u"aliyun:nope"_s << CredentialProblem::ProfileNotFound << QString();
    QTest::newRow("--profile without file") << envKeys << false << u"dev"_s << u"aliyun:dev"_s
                                            << CredentialProblem::ProfileNotFound << QString();
    QTest::newRow("--profile unsupported") << envKeys << true << u"oidc"_s << u"aliyun:oidc"_s
                                           << CredentialProblem::UnsupportedMode << QString();
    QTest::newRow("--profile incomplete role") << envKeys << true << u"role"_s << u"aliyun:role"_s
                                               << CredentialProblem::Incomplete << QString();
    QTest::newRow("ALIBABA_CLOUD_IGNORE_PROFILE") << QStringList {u"ALIBABA_CLOUD_IGNORE_PROFILE=TRUE"_s} << true
                                                  << QString() << QString() << CredentialProblem::NotConfigured
                                                  << QString();
    QTest::newRow("ALIBABA_CLOUD_IGNORE_PROFILE keeps --profile")
        << QStringList {u"ALIBABA_CLOUD_IGNORE_PROFILE=true"_s} << true << u"sts"_s << u"aliyun:sts"_s << ok
        << u"STS.keyid00001"_s;
    QTest::newRow("environment beats current profile") << envKeys << true << QString() << u"env"_s << ok
                                                       << u"LTAIenvkeyid0001"_s;
    QTest::newRow("half-set environment is reported")
        << QStringList{envKeys.first()} << true << QString() << u"env"_s << CredentialProblem::Incomplete << QString();
    QTest::newRow("ALIBABA_CLOUD_PROFILE") << QStringList{u"ALIBABA_CLOUD_PROFILE=sts"_s} << true << QString()
                                           << u"aliyun:sts"_s << ok << u"STS.keyid00001"_s;
    QTest::newRow("ALIBABA_CLOUD_PROFILE missing")
        << QStringList{u"ALIBABA_CLOUD_PROFILE=nope"_s} << true << QString() << u"aliyun:nope"_s
        << CredentialProblem::ProfileNotFound << QString();
    QTest::newRow("environment beats ALIBABA_CLOUD_PROFILE")
        << (envKeys + QStringList{u"ALIBABA_CLOUD_PROFILE=sts"_s}) << true << QString() << u"env"_s << ok
        << u"LTAIenvkeyid0001"_s;
    QTest::newRow("current profile") << none << true << QString() << u"aliyun"_s << ok << u"LTAIdevkeyid0001"_s;
    // Profiles named as the history records them.
    QTest::newRow("--profile aliyun:NAME") << envKeys << true << u"aliyun:sts"_s << u"aliyun:sts"_s << ok
                                           << u"STS.keyid00001"_s;
    QTest::newRow("--profile env beats the current profile") << envKeys << true << u"env"_s << u"env"_s << ok
                                                             << u"LTAIenvkeyid0001"_s;
    QTest::newRow("--profile env without variables does not fall back")
        << none << true << u"env"_s << u"env"_s << CredentialProblem::NotConfigured << QString();
    QTest::newRow("--profile sandbox") << envKeys << true << u"sandbox"_s << u"sandbox"_s << ok
                                       << u"sandbox-access-key-id"_s;
    QTest::newRow("nothing anywhere") << none << false << QString() << QString() << CredentialProblem::NotConfigured
                                      << QString();
}

void tst_Credentials::resolverOrder()
{
    QFETCH(QStringList, variables);
    QFETCH(bool, withFile);
    QFETCH(QString, explicitProfile);
    QFETCH(QString, sourceId);
    QFETCH(CredentialProblem::Kind, kind);
    QFETCH(QString, keyId);
    const QString file = withFile ? path() : m_dir.filePath(u"absent.json"_s);
    const CredentialResolution resolution = CredentialResolver(environmentOf(variables), file).resolve(explicitProfile);
    QCOMPARE(resolution.problem.kind, kind);
    QCOMPARE(resolution.ok(), kind == CredentialProblem::None);
    QCOMPARE(resolution.source ? resolution.source->id() : QString(), sourceId);
    QCOMPARE(resolution.credentials.accessKeyId, keyId);
    QCOMPARE(resolution.problem.message().isEmpty(), kind == CredentialProblem::None);
}

void tst_Credentials::nothingFoundNamesAllThreePlaces()
{
    const QString missing = m_dir.filePath(u"absent.json"_s);
    const CredentialResolution resolution = CredentialResolver(QProcessEnvironment(), missing).resolve();
    QCOMPARE(resolution.problem.origin, CredentialProblem::AllSources);
    const QString message = resolution.problem.message();
    QVERIFY2(message.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s), qPrintable(message));
    QVERIFY(message.contains(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s));
    QVERIFY(message.contains(u"--profile"_s));
    QVERIFY(message.contains(QDir::toNativeSeparators(missing)));
}

void tst_Credentials::resolverRegionFallsBackToEnvironment()
{
    const QProcessEnvironment env = environmentOf({u"ALIBABA_CLOUD_REGION_ID=eu-west-1"_s});
    QCOMPARE(CredentialResolver(env, path()).resolve(u"sts"_s).defaultRegion, u"cn-shanghai"_s);
    QCOMPARE(CredentialResolver(env, path()).resolve(u"legacy"_s).defaultRegion, u"eu-west-1"_s);
}

void tst_Credentials::secretsNeverReachLogsOrMessages()
{
    QTemporaryDir dir;
    const QString broken = writeFile(dir, R"({"profiles": [{"name": "x", "access_key_secret": "devSECRETvalue123")");
    const QProcessEnvironment envSts = environmentOf({u"ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIenvkeyid0001"_s,
                                                    u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=envSECRETvalue321"_s,
                                                    u"ALIBABA_CLOUD_SECURITY_TOKEN=envTOKENvalue654"_s});
    const QProcessEnvironment envHalf = environmentOf({u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=envSECRETvalue321"_s});
    std::vector<std::unique_ptr<CredentialSource>> sources;
    for (const QString &name : {u"dev"_s, u"sts"_s, u"role"_s, u"half"_s, u"stsnotoken"_s, u"legacy"_s, u"nope"_s,
             u"ecs"_s, u"chain"_s, u"external"_s, u"uri"_s, u"oidc"_s})
        sources.push_back(std::make_unique<AliyunCliCredentialSource>(name, path()));
    sources.push_back(std::make_unique<AliyunCliCredentialSource>(u"x"_s, broken));
    sources.push_back(std::make_unique<EnvironmentCredentialSource>(envSts));
    sources.push_back(std::make_unique<EnvironmentCredentialSource>(envHalf));
    sources.push_back(std::make_unique<MemoryCredentialSource>(
        u"memory"_s, u"Sandbox"_s, Credentials{u"LTAImemkeyid001"_s, u"memSECRETvalue987"_s, {}}));

    QStringList texts;
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    for (const auto &source : sources) {
        CredentialProblem problem;
        const Credentials credentials = source->load(&problem);
        qDebug() << credentials << *source << problem;
        texts << credentials.toString() << problem.toString() << problem.message() << source->displayName();
    }
    const AliyunCliConfig config = AliyunCliConfig::read(path());
    for (const AliyunCliProfile &profile : config.profiles())
        qDebug() << profile;
    for (const QString &profile : {QString(), u"sts"_s, u"half"_s}) {
        const CredentialResolution resolution = CredentialResolver(envHalf, path()).resolve(profile);
        qDebug() << resolution.credentials << resolution.problem;
        texts << resolution.problem.message();
    }
    qInstallMessageHandler(previous);

    // Guard against a vacuous pass: the handler must have seen the logged values.
    QVERIFY(capturedMessages.size() >= int(sources.size()));
    QVERIFY(capturedMessages.join(u'\n').contains(u"LTAI"_s));
    const QString everything = capturedMessages.join(u'\n') + u'\n' + texts.join(u'\n');
    for (const QString &secret : secrets)
        QVERIFY2(!everything.contains(secret), qPrintable(u"leaked: "_s + secret));
}

QTEST_APPLESS_MAIN(tst_Credentials)
#include "tst_credentials.moc"
