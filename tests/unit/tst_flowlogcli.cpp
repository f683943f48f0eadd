// flowlog-cli as a process: exit codes, streams and what it prints, against an emulator running
// in this test's event loop on loopback.

#include "core/config/appsettings.h"
#include "core/history/historyexporter.h"
#include "core/history/historystore.h"
#include "emulator/vpcemulator.h"
#include "support/clirun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {


QStringList fieldArguments(const QString &resourceId)
{
    return {u"--region"_s, u"cn-hangzhou"_s, u"--resource-type"_s, u"NetworkInterface"_s, u"--resource-id"_s,
        resourceId, u"--traffic-type"_s, u"All"_s, u"--project"_s, u"cli-project"_s, u"--logstore"_s,
        u"cli-logstore"_s, u"--name"_s, u"流日志-命令行"_s, u"--description"_s, u"中文, 说明"_s};
}

} // namespace

class tst_FlowLogCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void validateAcceptsAValidRequest();
    void validateRejectsAndListsEveryFinding();
    void validateJsonListsFindings();
    void usageErrorsExitTwoOnStandardError_data();
    void usageErrorsExitTwoOnStandardError();
    void missingCredentialsNameTheThreePlaces();
    void dryRunPrintsSignedRequestWithoutSecret();
    void dryRunWithoutCredentialsSignsWithPlaceholder();
    void plainHttpEndpointMustBeLoopback();
    void createRecordsTheAttemptInTheHistory();
    void createFailureExitsOneAndExplains();
    void createWritesAnUnknownRowBeforeSending();
    void batchSendsValidRowsAndReportsOthers();
    void batchFileProblemsExitTwo_data();
    void batchFileProblemsExitTwo();
    void batchKeepsToConcurrency();
    void batchKeepsToRate();
    void historyPrintsCsv();
    void historyPathFromTheSettingsIsTheOneTheCliWrites();
    void historyPathFromTheEnvironmentOutranksTheSettings();
    void settingsOfTheEarlierLayoutAreMovedOnce();
    void langOptionIsAccepted();
    void dryRunSendsTodaysParametersFlattened();
    void validateNamesTheTagParameter();
    void describeShowsTodaysFields();

private:
    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment);
    CliRun run(const QStringList &arguments) { return run(arguments, m_environment); }
    QProcessEnvironment withCredentials(const QString &secret = VpcEmulator::defaultAccount().accessKeySecret,
        const QString &token = {}) const;
    QString endpoint() const { return m_emulator->serverUrl().toString(); }
    QString writeFile(const QString &name, const QByteArray &data);
    QString writeRows(int count);
    qint64 timedBatch(const QStringList &options);
    QString settingsFile(const QString &folder = u"flowlog-studio"_s) const;
    void writeHistoryPathSetting(const QString &file, const QString &historyPath);
    int historyRows(const QString &path);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<VpcEmulator> m_emulator;
    QProcessEnvironment m_environment;
};

void tst_FlowLogCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_emulator = std::make_unique<VpcEmulator>();
    m_emulator->setActivationDelay(0);
    QVERIFY(m_emulator->start());
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s))
            m_environment.remove(name);
    }
    m_environment.insert(u"HOME"_s, m_home->path());
    m_environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    m_environment.insert(u"FLOWLOG_HISTORY"_s, m_home->filePath(u"history.sqlite"_s));
    m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    m_environment.remove(u"LANGUAGE"_s);
    m_environment.remove(u"LC_ALL"_s);
}

CliRun tst_FlowLogCli::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return runCliProgram(QString::fromUtf8(FLOWLOG_CLI_PATH), arguments, environment, 20000);
}

QProcessEnvironment tst_FlowLogCli::withCredentials(const QString &secret, const QString &token) const
{
    QProcessEnvironment environment = m_environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, VpcEmulator::defaultAccount().accessKeyId);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, secret);
    if (!token.isEmpty())
        environment.insert(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, token);
    return environment;
}

QString tst_FlowLogCli::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(m_home->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return file.fileName();
}

void tst_FlowLogCli::validateAcceptsAValidRequest()
{
    const CliRun result = run(QStringList {u"validate"_s} + fieldArguments(u"eni-0123456789abcdef"_s));
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.out.contains(u"valid"_s), result.describe().constData());
}

void tst_FlowLogCli::validateRejectsAndListsEveryFinding()
{
    const CliRun result = run({u"validate"_s, u"--region"_s, u"cn-hangzhou"_s, u"--resource-type"_s, u"Instance"_s,
        u"--traffic-type"_s, u"Everything"_s, u"--name"_s, u"1x"_s});
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    for (const QString &code : {u"resource-type.unknown"_s, u"traffic-type.unknown"_s, u"project.missing"_s,
             u"name.first-character"_s})
        QVERIFY2(result.out.contains(code), qPrintable(code + u'\n' + result.out));
}

void tst_FlowLogCli::validateJsonListsFindings()
{
    const CliRun result = run({u"validate"_s, u"--output"_s, u"json"_s, u"--region"_s, u"cn-hangzhou"_s});
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    const QJsonObject answer = result.json();
    QCOMPARE(answer.value(u"valid"_s).toBool(true), false);
    const QJsonArray findings = answer.value(u"findings"_s).toArray();
    QVERIFY(findings.size() >= 4);
    const QJsonObject first = findings.first().toObject();
    QVERIFY(!first.value(u"code"_s).toString().isEmpty());
    QVERIFY(!first.value(u"message"_s).toString().isEmpty());
    QCOMPARE(first.value(u"severity"_s).toString(), u"error"_s);
}

void tst_FlowLogCli::usageErrorsExitTwoOnStandardError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList {u"remove"_s};
    QTest::newRow("unknown option") << QStringList {u"validate"_s, u"--colour"_s};
    QTest::newRow("bad output") << QStringList {u"history"_s, u"--output"_s, u"yaml"_s};
    QTest::newRow("unknown tag escape") << QStringList {u"validate"_s, u"--tag"_s, u"a\\q=1"_s};
    QTest::newRow("tag without equals") << QStringList {u"create"_s, u"--tag"_s, u"env"_s};
    QTest::newRow("delete without yes") << QStringList {u"delete"_s, u"--region"_s, u"cn-hangzhou"_s,
        u"--flow-log-id"_s, u"fl-1"_s};
    QTest::newRow("modify with nothing") << QStringList {u"modify"_s, u"--region"_s, u"cn-hangzhou"_s,
        u"--flow-log-id"_s, u"fl-1"_s};
    QTest::newRow("modify bad interval") << QStringList {u"modify"_s, u"--region"_s, u"cn-hangzhou"_s,
        u"--flow-log-id"_s, u"fl-1"_s, u"--aggregation-interval"_s, u"7"_s};
    QTest::newRow("deactivate without id") << QStringList {u"deactivate"_s, u"--region"_s, u"cn-hangzhou"_s};
}

void tst_FlowLogCli::usageErrorsExitTwoOnStandardError()
{
    QFETCH(QStringList, arguments);
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void tst_FlowLogCli::missingCredentialsNameTheThreePlaces()
{
    const CliRun result = run(QStringList {u"create"_s, u"--endpoint"_s, endpoint()} + fieldArguments(u"eni-0123456789abcdef"_s));
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    for (const QString &place : {u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"--profile"_s, u"config.json"_s})
        QVERIFY2(result.err.contains(place), result.describe().constData());
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_FlowLogCli::dryRunPrintsSignedRequestWithoutSecret()
{
    const QString secret = u"the-secret-that-never-shows"_s;
    const QString token = u"TOKENHEAD-hidden-middle-of-the-token-TOKENTAIL"_s;
    const CliRun result = run(QStringList {u"create"_s, u"--dry-run"_s, u"--endpoint"_s, endpoint()}
            + fieldArguments(u"eni-0123456789abcdef"_s),
        withCredentials(secret, token));
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.out.contains(u"ACS3-HMAC-SHA256"_s), result.describe().constData());
    QVERIFY2(result.out.contains(VpcEmulator::defaultAccount().accessKeyId), result.describe().constData());
    QVERIFY(!result.out.contains(secret) && !result.err.contains(secret));
    QVERIFY(!result.out.contains(u"hidden-middle"_s));
    QCOMPARE(m_emulator->flowLogCount(), 0);
    QVERIFY(!QFile::exists(m_home->filePath(u"history.sqlite"_s)));
}

void tst_FlowLogCli::dryRunWithoutCredentialsSignsWithPlaceholder()
{
    const CliRun result = run(QStringList {u"create"_s, u"--dry-run"_s, u"--signature"_s, u"v1"_s, u"--output"_s,
                               u"json"_s} + fieldArguments(u"eni-0123456789abcdef"_s));
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.contains(u"placeholder"_s), result.describe().constData());
    const QJsonObject answer = result.json();
    QVERIFY(answer.value(u"placeholderCredentials"_s).toBool());
    QVERIFY2(answer.value(u"request"_s).toString().contains(u"https://vpc.cn-hangzhou.aliyuncs.com"_s), result.describe().constData());
    QVERIFY(answer.value(u"request"_s).toString().contains(u"Signature="_s));
}

void tst_FlowLogCli::plainHttpEndpointMustBeLoopback()
{
    const CliRun result = run(QStringList {u"create"_s, u"--dry-run"_s, u"--endpoint"_s, u"http://example.com"_s}
            + fieldArguments(u"eni-0123456789abcdef"_s),
        withCredentials());
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(result.err.contains(u"http://example.com"_s), result.describe().constData());
}

void tst_FlowLogCli::createRecordsTheAttemptInTheHistory()
{
    const CliRun result = run(QStringList {u"create"_s, u"--endpoint"_s, endpoint(), u"--output"_s, u"json"_s}
            + fieldArguments(u"eni-0123456789abcdef"_s),
        withCredentials());
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QJsonObject answer = result.json();
    QVERIFY(answer.value(u"ok"_s).toBool());
    const QString flowLogId = answer.value(u"flowLogId"_s).toString();
    QVERIFY2(flowLogId.startsWith(u"fl-"_s), result.describe().constData());
    for (const QString &key : {u"requestId"_s, u"code"_s, u"message"_s, u"httpStatus"_s, u"attempts"_s,
             u"elapsedMs"_s, u"adoptedExisting"_s})
        QVERIFY2(answer.contains(key), qPrintable(key));
    QCOMPARE(m_emulator->flowLogCount(), 1);

    HistoryStore history;
    QVERIFY(history.open(m_home->filePath(u"history.sqlite"_s)));
    const QList<HistoryEntry> entries = history.entries();
    QCOMPARE(entries.size(), 1);
    const HistoryEntry &entry = entries.constFirst();
    QCOMPARE(entry.outcome, Outcome::Succeeded);
    QCOMPARE(entry.flowLogId, flowLogId);
    QCOMPARE(entry.source, u"cli"_s);
    QCOMPARE(entry.profile, u"env"_s);
    QCOMPARE(entry.request.flowLogName, u"流日志-命令行"_s);
    QCOMPARE(entry.endpoint, endpoint());
    QVERIFY(!entry.requestText.isEmpty());
    QVERIFY(!entry.requestText.contains(VpcEmulator::defaultAccount().accessKeySecret));
}

void tst_FlowLogCli::createFailureExitsOneAndExplains()
{
    const CliRun result = run(QStringList {u"create"_s, u"--endpoint"_s, endpoint()} + fieldArguments(u"eni-0123456789abcdef"_s),
        withCredentials(u"not-the-secret"_s));
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.err.contains(u"SignatureDoesNotMatch"_s), result.describe().constData());
    QVERIFY2(result.err.count(u'\n') >= 3, result.describe().constData()); // code, explanation, what to do, ...
    HistoryStore history;
    QVERIFY(history.open(m_home->filePath(u"history.sqlite"_s)));
    QCOMPARE(history.entries().constFirst().outcome, Outcome::Failed);
    QCOMPARE(history.entries().constFirst().errorCode, u"SignatureDoesNotMatch"_s);
}

QString tst_FlowLogCli::writeRows(int count)
{
    QByteArray csv = "RegionId,ResourceType,ResourceId,TrafficType,ProjectName,LogStoreName\n";
    for (int i = 0; i < count; ++i)
        csv += "cn-hangzhou,VPC,vpc-timed" + QByteArray::number(i).rightJustified(12, '0') + ",All,cli-project,cli-logstore\n";
    return writeFile(u"timed.csv"_s, csv);
}

qint64 tst_FlowLogCli::timedBatch(const QStringList &options)
{
    QElapsedTimer timer;
    timer.start();
    const CliRun result = run(QStringList {u"batch"_s, writeRows(4), u"--endpoint"_s, endpoint(), u"--no-history"_s} + options,
        withCredentials());
    const qint64 elapsed = timer.elapsed();
    if (result.exitCode != 0 || result.jsonLines().size() != 4)
        qWarning("%s", result.describe().constData());
    return result.exitCode == 0 && result.jsonLines().size() == 4 ? elapsed : -1;
}

void tst_FlowLogCli::batchKeepsToConcurrency()
{
    EmulatorFaults faults;
    faults.latencyMs = 300;
    m_emulator->setFaults(faults);
    // Four calls of 300 ms each, one at a time, cannot take less than 1.2 s; four at once take 0.3 s.
    const qint64 serial = timedBatch({u"--concurrency"_s, u"1"_s});
    QVERIFY2(serial >= 1200, qPrintable(QString::number(serial)));
    const qint64 parallel = timedBatch({u"--concurrency"_s, u"4"_s});
    QVERIFY2(parallel >= 300 && parallel < serial, qPrintable(QString::number(parallel)));
}

void tst_FlowLogCli::batchKeepsToRate()
{
    // Four calls at 8 per second start 125 ms apart: the last not before 375 ms.
    const qint64 elapsed = timedBatch({u"--concurrency"_s, u"4"_s, u"--rate"_s, u"8"_s});
    QVERIFY2(elapsed >= 375, qPrintable(QString::number(elapsed)));
}

void tst_FlowLogCli::createWritesAnUnknownRowBeforeSending()
{
    EmulatorFaults faults;
    faults.latencyMs = 1500;
    m_emulator->setFaults(faults);
    QProcess process;
    process.setProcessEnvironment(withCredentials());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromUtf8(FLOWLOG_CLI_PATH),
        QStringList {u"create"_s, u"--endpoint"_s, endpoint()} + fieldArguments(u"eni-0123456789abcdef"_s));
    HistoryStore history;
    QVERIFY(history.open(m_home->filePath(u"history.sqlite"_s)));
    // While the answer is held back, the attempt is already on record as "unknown".
    QTRY_COMPARE_WITH_TIMEOUT(history.count(), 1, 1400);
    QCOMPARE(history.entries().constFirst().outcome, Outcome::Unknown);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(history.entries().constFirst().outcome, Outcome::Succeeded);
}

void tst_FlowLogCli::batchSendsValidRowsAndReportsOthers()
{
    QByteArray csv = "\xEF\xBB\xBFRegionId,ResourceType,ResourceId,TrafficType,ProjectName,LogStoreName,FlowLogName,"
                     "Description\r\n";
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("cn-hangzhou,VSwitch,vsw-batch%1,Drop,p,cli-logstore,\"流日志_%1\",\"说明, \"\"%1\"\"\"\r\n")
                   .arg(i, 12, 10, QLatin1Char('0'))
                   .toUtf8();
    csv += "cn-hangzhou,VSwitch,vsw-batchinvalid00,Sometimes,p,l,,\r\n";
    const QString path = writeFile(u"rows.csv"_s, csv);
    const CliRun result = run({u"batch"_s, path, u"--endpoint"_s, endpoint(), u"--concurrency"_s, u"8"_s}, withCredentials());
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    const QList<QJsonObject> lines = result.jsonLines();
    QCOMPARE(lines.size(), 41);
    int ok = 0;
    for (const QJsonObject &line : lines) {
        if (line.value(u"ok"_s).toBool()) {
            ++ok;
            // Sent with a warning: project "p" is shorter than Log Service allows.
            QCOMPARE(line.value(u"findings"_s).toArray().first().toObject().value(u"severity"_s).toString(),
                u"warning"_s);
            continue;
        }
        QCOMPARE(line.value(u"row"_s).toInt(), 41);
        QCOMPARE(line.value(u"code"_s).toString(), u"ValidationFailed"_s);
        QVERIFY(!line.value(u"findings"_s).toArray().isEmpty());
    }
    QCOMPARE(ok, 40);
    QCOMPARE(m_emulator->flowLogCount(), 40);
    HistoryStore history;
    QVERIFY(history.open(m_home->filePath(u"history.sqlite"_s)));
    const QList<HistoryEntry> entries = history.entries();
    QCOMPARE(entries.size(), 40);
    for (const HistoryEntry &entry : entries) {
        QCOMPARE(entry.source, u"batch"_s);
        QCOMPARE(entry.outcome, Outcome::Succeeded);
        QVERIFY(entry.request.description.startsWith(u"说明, \"0"_s));
    }
}

void tst_FlowLogCli::batchFileProblemsExitTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("unknown column") << QByteArray("RegionId,Colour\ncn-hangzhou,red\n") << u"Colour"_s;
    QTest::newRow("missing column") << QByteArray("RegionId,ResourceType,ResourceId,TrafficType,ProjectName\n")
                                    << u"LogStoreName"_s;
    QTest::newRow("unclosed quote") << QByteArray("RegionId\n\"cn-hangzhou\n") << u"2"_s;
    QTest::newRow("no file") << QByteArray() << u"nothing-here.csv"_s;
}

void tst_FlowLogCli::batchFileProblemsExitTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentioned);
    const QString path = content.isEmpty() ? m_home->filePath(u"nothing-here.csv"_s) : writeFile(u"bad.csv"_s, content);
    const CliRun result = run({u"batch"_s, path, u"--endpoint"_s, endpoint()}, withCredentials());
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(result.err.contains(mentioned), result.describe().constData());
    QVERIFY(result.out.isEmpty());
}

void tst_FlowLogCli::historyPrintsCsv()
{
    QVERIFY(run(QStringList {u"create"_s, u"--endpoint"_s, endpoint()} + fieldArguments(u"eni-0123456789abcdef"_s),
                withCredentials())
                .exitCode
        == 0);
    const CliRun result = run({u"history"_s, u"--output"_s, u"csv"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QStringList lines = result.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(result.outBytes.startsWith("\xEF\xBB\xBFtime,profile,regionId,"));
    QVERIFY(lines.at(0).contains(u",code,message,"_s));
    QVERIFY2(lines.at(1).contains(u"\"中文, 说明\""_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(u",success,"_s));
    // The same file as the app's export of the same rows, byte for byte, in both formats.
    HistoryStore history;
    QVERIFY(history.open(m_home->filePath(u"history.sqlite"_s)));
    const QList<HistoryEntry> entries = history.entries(20, HistoryStore::Detail::Summary);
    QCOMPARE(result.outBytes, HistoryExporter::toCsv(entries));
    const CliRun json = run({u"history"_s, u"--output"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    QCOMPARE(json.outBytes, HistoryExporter::toJson(entries));
    const QJsonObject row = QJsonDocument::fromJson(json.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(row.value(u"regionId"_s).toString(), u"cn-hangzhou"_s);
    QCOMPARE(row.value(u"outcome"_s).toString(), u"success"_s);
}

QString tst_FlowLogCli::settingsFile(const QString &folder) const
{
    return m_home->filePath(u"config/%1/flowlog.conf"_s.arg(folder));
}

// Written as the settings dialog writes it, through AppSettings' key.
void tst_FlowLogCli::writeHistoryPathSetting(const QString &file, const QString &historyPath)
{
    QSettings settings(file, QSettings::IniFormat);
    settings.setValue(SettingsKeys::HistoryPath, historyPath);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

int tst_FlowLogCli::historyRows(const QString &path)
{
    if (!QFile::exists(path))
        return 0;
    HistoryStore history;
    return history.open(path) ? history.count() : -1;
}

void tst_FlowLogCli::historyPathFromTheSettingsIsTheOneTheCliWrites()
{
    const QString chosen = m_home->filePath(u"chosen/my-history.sqlite"_s);
    writeHistoryPathSetting(settingsFile(), chosen);
    QProcessEnvironment environment = withCredentials();
    environment.remove(u"FLOWLOG_HISTORY"_s);
    const CliRun created = run(QStringList {u"create"_s, u"--endpoint"_s, endpoint(), u"--output"_s, u"json"_s}
            + fieldArguments(u"eni-0123456789abcdef"_s),
        environment);
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QCOMPARE(historyRows(chosen), 1);
    QVERIFY(!QFile::exists(m_home->filePath(u"data/flowlog-studio/history.sqlite"_s)));
    QVERIFY(!QFile::exists(m_home->filePath(u"history.sqlite"_s)));
    // Reading goes to the same file.
    const CliRun listed = run({u"history"_s, u"--output"_s, u"json"_s}, environment);
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
}

void tst_FlowLogCli::historyPathFromTheEnvironmentOutranksTheSettings()
{
    const QString chosen = m_home->filePath(u"chosen/my-history.sqlite"_s);
    writeHistoryPathSetting(settingsFile(), chosen);
    const CliRun created = run(QStringList {u"create"_s, u"--endpoint"_s, endpoint(), u"--output"_s, u"json"_s}
            + fieldArguments(u"eni-0123456789abcdef"_s),
        withCredentials());
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QCOMPARE(historyRows(m_home->filePath(u"history.sqlite"_s)), 1);
    QVERIFY(!QFile::exists(chosen));
}

// Releases before the flowlog-studio folders kept the settings under ~/.config/FlowLogStudio/.
void tst_FlowLogCli::settingsOfTheEarlierLayoutAreMovedOnce()
{
    const QString chosen = m_home->filePath(u"chosen/old-history.sqlite"_s);
    const QString earlier = settingsFile(u"FlowLogStudio"_s);
    writeHistoryPathSetting(earlier, chosen);
    QVERIFY(QDir(m_home->path()).mkpath(u"data/FlowLogStudio/flowlog"_s));
    const QString earlierSandbox = writeFile(u"data/FlowLogStudio/flowlog/sandbox-flowlogs.json"_s, "[]\n");
    QProcessEnvironment environment = m_environment;
    environment.remove(u"FLOWLOG_HISTORY"_s);
    QVERIFY(!earlierSandbox.isEmpty());
    const CliRun first = run({u"history"_s}, environment);
    QVERIFY2(first.exitCode == 0, first.describe().constData());
    QVERIFY2(first.err.contains(chosen), first.describe().constData());
    QVERIFY(!QFile::exists(earlier));
    QVERIFY(QFile::exists(settingsFile()));
    // The data go to the one data folder, ~/.local/share/flowlog-studio.
    QVERIFY(!QFile::exists(earlierSandbox));
    QFile sandbox(m_home->filePath(u"data/flowlog-studio/sandbox-flowlogs.json"_s));
    QVERIFY(sandbox.open(QIODevice::ReadOnly));
    QCOMPARE(sandbox.readAll(), QByteArray("[]\n"));
    // Once moved, a file left at the earlier place (an older release ran again) is not taken over.
    writeHistoryPathSetting(earlier, m_home->filePath(u"elsewhere.sqlite"_s));
    const CliRun second = run({u"history"_s}, environment);
    QVERIFY2(second.err.contains(chosen), second.describe().constData());
    QVERIFY(QFile::exists(earlier));
}

void tst_FlowLogCli::langOptionIsAccepted()
{
    // Without the translations compiled in, both languages fall back to the English source text;
    // the option itself must be accepted by every command.
    for (const QString &language : {u"zh"_s, u"en"_s}) {
        const CliRun result = run({u"validate"_s, u"--lang"_s, language, u"--region"_s, u"cn-hangzhou"_s});
        QVERIFY2(result.exitCode == 2, result.describe().constData());
        QVERIFY(!result.out.isEmpty());
    }
}

// Today's parameters go out as the SDKs flatten them, 1-based and in the order typed.
void tst_FlowLogCli::dryRunSendsTodaysParametersFlattened()
{
    const CliRun result = run(QStringList {u"create"_s, u"--dry-run"_s, u"--endpoint"_s, endpoint()}
            + fieldArguments(u"eni-0123456789abcdef"_s)
            + QStringList {u"--aggregation-interval"_s, u"1"_s, u"--traffic-path"_s, u"internetGateway"_s,
                u"--traffic-path"_s, u"all"_s, u"--ip-version"_s, u"dualstack"_s, u"--resource-group-id"_s,
                u"rg-acfm1"_s, u"--tag"_s, u"env=prod"_s, u"--tag"_s, u"k\\;1=a\\=b"_s, u"--tag"_s, u"empty="_s},
        withCredentials());
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    for (const QString &parameter : {u"AggregationInterval=1"_s, u"TrafficPath.1=internetGateway"_s,
             u"TrafficPath.2=all"_s, u"IpVersion=DualStack"_s, u"ResourceGroupId=rg-acfm1"_s, u"Tag.1.Key=env"_s,
             u"Tag.1.Value=prod"_s, u"Tag.2.Key=k%3B1"_s, u"Tag.2.Value=a%3Db"_s, u"Tag.3.Key=empty"_s,
             u"Tag.3.Value=&"_s})
        QVERIFY2(result.out.contains(parameter), qPrintable(parameter + u'\n' + result.out));
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_FlowLogCli::validateNamesTheTagParameter()
{
    const CliRun result = run(QStringList {u"validate"_s} + fieldArguments(u"eni-0123456789abcdef"_s)
        + QStringList {u"--tag"_s, u"ok=1"_s, u"--tag"_s, u"acs:x=2"_s, u"--aggregation-interval"_s, u"7"_s});
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(result.out.contains(u"Tag.2.Key [tag.key-reserved-prefix]"_s), result.describe().constData());
    QVERIFY2(result.out.contains(u"AggregationInterval [aggregation-interval.invalid]"_s), result.describe().constData());
}

// describe shows today's fields in one shape, from an answer that has them all (a canned server:
// the emulator need not store them for this).
void tst_FlowLogCli::describeShowsTodaysFields()
{
    const QByteArray body = R"({"RequestId":"R-1","Success":"true","TotalCount":"1","PageNumber":"1","PageSize":"50",
        "FlowLogs":{"FlowLog":[{"FlowLogId":"fl-canned","Status":"Active","FlowLogName":"n","ResourceType":"VPC",
        "ResourceId":"vpc-1","TrafficType":"All","ProjectName":"p","LogStoreName":"l","RegionId":"cn-hangzhou",
        "CreationTime":"2026-01-01T00:00:00Z","AggregationInterval":5,
        "TrafficPath":{"TrafficPathList":["all","internetGateway"]},"IpVersion":"DualStack",
        "ResourceGroupId":"rg-acfm1","Tags":{"Tag":[{"Key":"k;1","Value":"a=b"},{"Key":"环境","Value":""}]},
        "BusinessStatus":"FinancialLocked","FlowLogDeliverStatus":"FAILED",
        "FlowLogDeliverErrorMessage":"ProjectNotExist","ServiceType":"sls"}]}})";
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server, &body]() {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &body]() {
            socket->setProperty("seen", QByteArray(socket->property("seen").toByteArray() + socket->readAll()));
            const QByteArray seen = socket->property("seen").toByteArray();
            const qsizetype end = seen.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype length = QRegularExpression(u"(?i)content-length: *(\\d+)"_s)
                                         .match(QString::fromLatin1(seen.first(end)))
                                         .captured(1)
                                         .toLongLong();
            if (seen.size() < end + 4 + length)
                return;
            socket->write(QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=utf-8\r\n"
                                     "Content-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body));
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
    const QString url = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
    const QStringList arguments {u"describe"_s, u"--endpoint"_s, url, u"--region"_s, u"cn-hangzhou"_s,
        u"--retries"_s, u"0"_s};

    const CliRun json = run(arguments + QStringList {u"--output"_s, u"json"_s}, withCredentials());
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    const QJsonObject flowLog = json.json().value(u"flowLogs"_s).toArray().first().toObject();
    QCOMPARE(flowLog.value(u"aggregationInterval"_s).toInt(), 5);
    QCOMPARE(flowLog.value(u"trafficPaths"_s).toArray(), QJsonArray({u"all"_s, u"internetGateway"_s}));
    QCOMPARE(flowLog.value(u"ipVersion"_s).toString(), u"DualStack"_s);
    QCOMPARE(flowLog.value(u"resourceGroupId"_s).toString(), u"rg-acfm1"_s);
    QCOMPARE(flowLog.value(u"tags"_s).toArray(),
        QJsonArray({QJsonObject {{u"key"_s, u"k;1"_s}, {u"value"_s, u"a=b"_s}},
            QJsonObject {{u"key"_s, u"环境"_s}, {u"value"_s, u""_s}}}));
    QCOMPARE(flowLog.value(u"businessStatus"_s).toString(), u"FinancialLocked"_s);
    QCOMPARE(flowLog.value(u"flowLogDeliverStatus"_s).toString(), u"FAILED"_s);
    QCOMPARE(flowLog.value(u"flowLogDeliverErrorMessage"_s).toString(), u"ProjectNotExist"_s);
    QCOMPARE(flowLog.value(u"serviceType"_s).toString(), u"sls"_s);
    // One shape: the API's nested forms are not repeated beside it.
    QVERIFY(!flowLog.contains(u"trafficPath"_s));
    QVERIFY(!flowLog.contains(u"deliverStatus"_s));

    const CliRun text = run(arguments, withCredentials());
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    for (const QString &shown : {u"interval 5 min"_s, u"traffic path all, internetGateway"_s,
             u"IP version DualStack"_s, u"resource group rg-acfm1"_s, u"tags k\\;1=a=b;环境="_s,
             u"business status FinancialLocked"_s, u"delivery FAILED (ProjectNotExist)"_s, u"created by sls"_s})
        QVERIFY2(text.out.contains(shown), qPrintable(shown + u'\n' + text.out));
}

QTEST_GUILESS_MAIN(tst_FlowLogCli)
#include "tst_flowlogcli.moc"
