// flowlog-cli end to end with temporary credentials: aliyun CLI profiles in RamRoleArn,
// ChainableRamRoleArn, EcsRamRole, CredentialsURI and External mode against a flowlog-emulator
// process, whose request log proves which AccessKey signed which call.

#include "support/clirun.h"
#include "support/emulatorprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUrl>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString SandboxKeyId = u"sandbox-access-key-id"_s;
const QString SandboxSecret = u"sandbox-access-key-secret"_s;
const QString Role = u"acs:ram::1234567890123456:role/flowlog-operator"_s;

QString cliPath()
{
    return QString::fromUtf8(FLOWLOG_CLI_PATH);
}

QString emulatorPath()
{
    return QString::fromUtf8(FLOWLOG_EMULATOR_PATH);
}

QStringList createArguments(const QString &endpoint, const QString &resourceId)
{
    return {u"create"_s, u"--endpoint"_s, endpoint, u"--resource-type"_s, u"NetworkInterface"_s,
        u"--resource-id"_s, resourceId, u"--traffic-type"_s, u"All"_s, u"--project"_s, u"e2e-project"_s,
        u"--logstore"_s, u"e2e-logstore"_s, u"--output"_s, u"json"_s};
}

QJsonObject roleProfile(const QString &name, const QString &stsEndpoint, const QString &arn = Role)
{
    return {{u"name"_s, name}, {u"mode"_s, u"RamRoleArn"_s}, {u"access_key_id"_s, SandboxKeyId},
        {u"access_key_secret"_s, SandboxSecret}, {u"ram_role_arn"_s, arn}, {u"ram_session_name"_s, u"e2e"_s},
        {u"sts_endpoint"_s, stsEndpoint}, {u"region_id"_s, u"cn-hangzhou"_s}};
}

} // namespace

class tst_CliCredentialsE2e : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ramRoleArnProfileCreatesWithTemporaryCredentials();
    void chainableProfileAssumesTwice();
    void theEndpointsGivenToTheProfileInTheAppAreUsed();
    void expiredCredentialsAreRenewedMidBatch();
    void failedRenewalStopsTheBatchAndAccountsForEveryRow();
    void failuresAreExplained_data();
    void failuresAreExplained();

private:
    CliRun runCli(const QStringList &arguments, int timeoutMs = 30000)
    {
        return runCliProgram(cliPath(), arguments, m_environment, timeoutMs);
    }
    QString writeConfig(const QJsonArray &profiles);
    QString writeScript(const QString &name, const QByteArray &body);
    QString writeBatchFile(const QString &idPrefix, int rows);
    QList<QJsonObject> requestLog() const;
    QString historyExport();

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    QString m_logPath;
};

// An empty home whose aliyun CLI file the test writes; no credentials in the environment.
void tst_CliCredentialsE2e::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s) || name.startsWith(u"FLOWLOG_"_s) || name.startsWith(u"XDG_"_s))
            m_environment.remove(name);
    }
    m_environment.insert(u"HOME"_s, m_home->path());
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    m_environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    m_environment.insert(u"FLOWLOG_HISTORY"_s, m_home->filePath(u"history.sqlite"_s));
    m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_environment.insert(u"LANGUAGE"_s, u"en"_s);
    m_logPath = m_home->filePath(u"requests.jsonl"_s);
}

void tst_CliCredentialsE2e::cleanup()
{
    m_home.reset();
}

QString tst_CliCredentialsE2e::writeConfig(const QJsonArray &profiles)
{
    const QString path = m_home->filePath(u".aliyun/config.json"_s);
    QDir().mkpath(m_home->filePath(u".aliyun"_s));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(QJsonObject {{u"current"_s, profiles.first()[u"name"_s]}, {u"profiles"_s, profiles}})
                   .toJson());
    return path;
}

QString tst_CliCredentialsE2e::writeScript(const QString &name, const QByteArray &body)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body + '\n');
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

QString tst_CliCredentialsE2e::writeBatchFile(const QString &idPrefix, int rows)
{
    QFile csv(m_home->filePath(u"batch.csv"_s));
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write("RegionId,ResourceType,ResourceId,TrafficType,ProjectName,LogStoreName\n");
    for (int i = 0; i < rows; ++i) {
        csv.write(u"cn-hangzhou,NetworkInterface,eni-%1%2,All,e2e-project,e2e-logstore\n"_s.arg(idPrefix)
                      .arg(i, 5, 10, QLatin1Char('0'))
                      .toUtf8());
    }
    return csv.fileName();
}

QList<QJsonObject> tst_CliCredentialsE2e::requestLog() const
{
    QFile file(m_logPath);
    QList<QJsonObject> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QString tst_CliCredentialsE2e::historyExport()
{
    return runCli({u"history"_s, u"--limit"_s, u"0"_s, u"--output"_s, u"json"_s}).out;
}

void tst_CliCredentialsE2e::ramRoleArnProfileCreatesWithTemporaryCredentials()
{
    EmulatorProcess emulator(emulatorPath(), {u"--request-log"_s, m_logPath});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    writeConfig({roleProfile(u"role"_s, emulator.url())});

    // No --region: the profile's region_id is used, as the aliyun CLI does.
    const CliRun run = runCli(createArguments(emulator.url(), u"eni-e2erole00000000001"_s) << u"--profile"_s
                                                                                            << u"role"_s);
    QVERIFY2(run.exitCode == 0, run.describe().constData());

    const QList<QJsonObject> log = requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).value(u"action"_s).toString(), u"AssumeRole"_s);
    QCOMPARE(log.at(0).value(u"accessKeyId"_s).toString(), SandboxKeyId);
    QCOMPARE(log.at(1).value(u"action"_s).toString(), u"CreateFlowLog"_s);
    QVERIFY(log.at(1).value(u"accessKeyId"_s).toString().startsWith(u"STS."_s));
    QVERIFY(log.at(1).value(u"securityToken"_s).toBool());
    QVERIFY(log.at(1).value(u"temporary"_s).toBool());
    QCOMPARE(log.at(1).value(u"code"_s).toString(), u"OK"_s);

    const QString everything = run.text() + historyExport();
    QVERIFY(everything.contains(u"aliyun:role"_s));
    QVERIFY(!everything.contains(SandboxSecret));
    QVERIFY(!everything.contains(u"CAIS"_s)); // the start of every token the emulator issues
}

// No --endpoint and no sts_endpoint: the endpoints the profile was given in Tools → Profiles (the
// shared settings) take both the AssumeRole and the create to the emulator.
void tst_CliCredentialsE2e::theEndpointsGivenToTheProfileInTheAppAreUsed()
{
    EmulatorProcess emulator(emulatorPath(), {u"--request-log"_s, m_logPath});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    QJsonObject profile = roleProfile(u"team/role"_s, {});
    profile.remove(u"sts_endpoint"_s);
    writeConfig({profile});
    {
        QSettings settings(m_home->filePath(u"config/flowlog-studio/flowlog.conf"_s), QSettings::IniFormat);
        settings.setValue(u"profiles/endpoints/"_s + QString::fromLatin1(QUrl::toPercentEncoding(u"aliyun:team/role"_s))
                + u"/emulator"_s,
            emulator.url());
    }
    QStringList arguments = createArguments(emulator.url(), u"eni-e2eprofileendpoint1"_s);
    arguments.remove(1, 2); // --endpoint URL
    const CliRun run = runCli(arguments << u"--profile"_s << u"team/role"_s);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QJsonObject> log = requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).value(u"action"_s).toString(), u"AssumeRole"_s);
    QCOMPARE(log.at(1).value(u"action"_s).toString(), u"CreateFlowLog"_s);
    QCOMPARE(log.at(1).value(u"code"_s).toString(), u"OK"_s);
}

void tst_CliCredentialsE2e::chainableProfileAssumesTwice()
{
    EmulatorProcess emulator(emulatorPath(), {u"--request-log"_s, m_logPath});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    const QJsonObject chain {{u"name"_s, u"chain"_s}, {u"mode"_s, u"chainableramrolearn"_s},
        {u"source_profile"_s, u"role"_s}, {u"ram_role_arn"_s, Role}, {u"ram_session_name"_s, u"chained"_s},
        {u"sts_endpoint"_s, emulator.url()}};
    writeConfig({chain, roleProfile(u"role"_s, emulator.url())});

    const CliRun run = runCli(createArguments(emulator.url(), u"eni-e2echain0000000001"_s)
        << u"--region"_s << u"cn-hangzhou"_s); // the current profile: the chain
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QJsonObject> log = requestLog();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).value(u"accessKeyId"_s).toString(), SandboxKeyId);
    QCOMPARE(log.at(1).value(u"action"_s).toString(), u"AssumeRole"_s);
    const QString intermediate = log.at(1).value(u"accessKeyId"_s).toString();
    QVERIFY(intermediate.startsWith(u"STS."_s));
    QVERIFY(log.at(1).value(u"securityToken"_s).toBool());
    const QString final = log.at(2).value(u"accessKeyId"_s).toString();
    QVERIFY(final.startsWith(u"STS."_s));
    QVERIFY(final != intermediate);
    QCOMPARE(log.at(2).value(u"code"_s).toString(), u"OK"_s);
}

// Credentials living 4 s, a batch of about 8 s: the role is assumed again while rows are in flight,
// and every row is created exactly once.
void tst_CliCredentialsE2e::expiredCredentialsAreRenewedMidBatch()
{
    EmulatorProcess emulator(emulatorPath(), {u"--request-log"_s, m_logPath, u"--sts-lifetime"_s, u"4"_s});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    writeConfig({roleProfile(u"role"_s, emulator.url())});
    constexpr int Rows = 40;
    const QString csv = writeBatchFile(u"e2erenew0000000"_s, Rows);

    const CliRun run = runCli({u"batch"_s, csv, u"--endpoint"_s, emulator.url(), u"--rate"_s, u"5"_s,
                                  u"--concurrency"_s, u"4"_s},
        60000);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), Rows);
    for (const QJsonObject &line : lines)
        QVERIFY2(line.value(u"ok"_s).toBool(), QJsonDocument(line).toJson().constData());

    int assumed = 0;
    int created = 0;
    QSet<QString> keys;
    for (const QJsonObject &entry : requestLog()) {
        if (entry.value(u"action"_s).toString() == u"AssumeRole"_s)
            ++assumed;
        if (entry.value(u"action"_s).toString() == u"CreateFlowLog"_s && entry.value(u"code"_s).toString() == u"OK"_s) {
            ++created;
            keys.insert(entry.value(u"accessKeyId"_s).toString());
        }
    }
    QCOMPARE(created, Rows);
    QVERIFY2(assumed >= 2, qPrintable(QString::number(assumed)));
    QVERIFY(keys.size() >= 2); // signed with renewed credentials
}

// An External process that answers once and then fails: credentials said to last 3 s are renewed,
// the renewal fails, and the batch stops at once, saying so once.
void tst_CliCredentialsE2e::failedRenewalStopsTheBatchAndAccountsForEveryRow()
{
    EmulatorProcess emulator(emulatorPath());
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    const QString counter = m_home->filePath(u"runs"_s);
    const QString script = writeScript(u"creds.sh"_s,
        "if [ -e '" + counter.toUtf8() + "' ]; then echo 'token service down' >&2; exit 4; fi\n"
        "touch '" + counter.toUtf8() + "'\n"
        "echo \"{\\\"mode\\\":\\\"AK\\\",\\\"access_key_id\\\":\\\"sandbox-access-key-id\\\","
        "\\\"access_key_secret\\\":\\\"sandbox-access-key-secret\\\","
        "\\\"sts_expiration\\\":$(( $(date +%s) + 3 ))}\"");
    writeConfig({QJsonObject {{u"name"_s, u"ext"_s}, {u"mode"_s, u"External"_s}, {u"process_command"_s, script}}});
    constexpr int Rows = 40;
    const QString csv = writeBatchFile(u"e2estop00000000"_s, Rows);

    const CliRun run = runCli({u"batch"_s, csv, u"--endpoint"_s, emulator.url(), u"--rate"_s, u"5"_s}, 60000);
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), Rows); // every row accounted for
    int succeeded = 0;
    int cancelled = 0;
    for (const QJsonObject &line : lines) {
        const QString outcome = line.value(u"outcome"_s).toString();
        succeeded += outcome == u"success"_s;
        cancelled += outcome == u"cancelled"_s;
        QVERIFY2(outcome != u"failed"_s, QJsonDocument(line).toJson().constData());
    }
    QVERIFY2(succeeded > 0 && cancelled > 0, run.describe().constData());
    QCOMPARE(run.err.count(u"The batch stops"_s), 1);
    QVERIFY2(run.err.contains(u"token service down"_s), run.describe().constData());
    QVERIFY(!run.text().contains(SandboxSecret));
}

void tst_CliCredentialsE2e::failuresAreExplained_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("role refused") << u"denied"_s << 1 << u"cannot be assumed"_s;
    QTest::newRow("role not found") << u"norole"_s << 1 << u"EntityNotExist.Role"_s;
    QTest::newRow("bad ARN") << u"badarn"_s << 2 << u"acs:ram::<account ID>:role/<role name>"_s;
    QTest::newRow("unsupported mode") << u"oidc"_s << 2 << u"OIDC mode"_s;
    QTest::newRow("metadata unreachable") << u"ecs"_s << 1 << u"metadata service"_s;
    QTest::newRow("process failed") << u"process"_s << 1 << u"login expired, run sso-login"_s;
    QTest::newRow("URI answers garbage") << u"uri"_s << 1 << u"not credentials"_s;
    QTest::newRow("process disabled") << u"disabled"_s << 2 << u"ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS"_s;
}

void tst_CliCredentialsE2e::failuresAreExplained()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QStringList extra;
    if (kind == u"denied"_s)
        extra = {u"--deny-assume"_s, SandboxKeyId};
    EmulatorProcess emulator(emulatorPath(), extra);
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    QJsonObject profile = roleProfile(u"p"_s, emulator.url());
    if (kind == u"norole"_s)
        profile[u"ram_role_arn"_s] = u"acs:ram::1234567890123456:role/nobody"_s;
    if (kind == u"badarn"_s)
        profile[u"ram_role_arn"_s] = u"arn:aws:iam::1:role/x"_s;
    if (kind == u"oidc"_s)
        profile = QJsonObject {{u"name"_s, u"p"_s}, {u"mode"_s, u"OIDC"_s}};
    if (kind == u"ecs"_s) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_environment.insert(u"FLOWLOG_ECS_METADATA_URL"_s, u"http://127.0.0.1:"_s + QString::number(closed.serverPort()));
        profile = QJsonObject {{u"name"_s, u"p"_s}, {u"mode"_s, u"EcsRamRole"_s}};
    }
    if (kind == u"process"_s || kind == u"disabled"_s) {
        const QString script = writeScript(u"fail.sh"_s, "echo 'login expired, run sso-login' >&2; exit 1");
        profile = QJsonObject {{u"name"_s, u"p"_s}, {u"mode"_s, u"External"_s}, {u"process_command"_s, script}};
        if (kind == u"disabled"_s)
            m_environment.insert(u"ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS"_s, u"true"_s);
    }
    if (kind == u"uri"_s) {
        profile = QJsonObject {{u"name"_s, u"p"_s}, {u"mode"_s, u"CredentialsURI"_s},
            {u"credentials_uri"_s, QString(emulator.url() + u"/credentials-uri?fail=garbage"_s)}};
    }
    // --config-path outranks the home's file (there is none here).
    const QString config = writeConfig({profile});
    QVERIFY(QFile::rename(config, m_home->filePath(u"elsewhere.json"_s)));

    const CliRun run = runCli(createArguments(emulator.url(), u"eni-e2efail0000000001"_s)
        << u"--region"_s << u"cn-hangzhou"_s << u"--profile"_s << u"p"_s << u"--config-path"_s
        << m_home->filePath(u"elsewhere.json"_s));
    QVERIFY2(run.exitCode == exitCode, run.describe().constData());
    QVERIFY2(run.text().contains(mentions), run.describe().constData());
    QVERIFY(!run.text().contains(SandboxSecret));
}

QTEST_GUILESS_MAIN(tst_CliCredentialsE2e)
#include "tst_cli_credentials_e2e.moc"
