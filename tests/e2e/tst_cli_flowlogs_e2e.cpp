// flowlog-cli describe, start, stop, modify and delete end to end: the real executables against a
// flowlog-emulator process loaded with an inventory of one VPC and its vSwitches, each with a flow
// log (more than a page of DescribeFlowLogs), over loopback HTTP; every action in the history.

#include "support/clirun.h"
#include "support/emulatorprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Region = u"cn-hangzhou"_s;
const int VSwitchFlowLogs = 60; // with the VPC's and the Log Service one: 62, two pages of 50
const QString VpcFlowLog = u"fl-e2evpc0000000000001"_s;
const QString LogServiceFlowLog = u"fl-e2esls0000000000001"_s;

QString cliPath()
{
    return QString::fromUtf8(FLOWLOG_CLI_PATH);
}

QString vSwitchFlowLog(int index)
{
    return u"fl-e2evsw%1"_s.arg(index, 14, 10, QChar(u'0'));
}

QByteArray inventoryJson()
{
    QJsonArray vSwitches;
    QJsonArray flowLogs {QJsonObject {{u"flowLogId"_s, VpcFlowLog}, {u"flowLogName"_s, u"生产 VPC"_s},
                             {u"resourceType"_s, u"VPC"_s}, {u"resourceId"_s, u"vpc-e2eflowlogs"_s},
                             {u"projectName"_s, u"e2e-project"_s}, {u"logStoreName"_s, u"e2e-logstore"_s}},
        QJsonObject {{u"flowLogId"_s, LogServiceFlowLog}, {u"resourceType"_s, u"VPC"_s},
            {u"resourceId"_s, u"vpc-e2eflowlogs"_s}, {u"projectName"_s, u"e2e-project"_s},
            {u"logStoreName"_s, u"e2e-logstore"_s}, {u"serviceType"_s, u"sls"_s}}};
    for (int i = 0; i < VSwitchFlowLogs; ++i) {
        const QString vSwitchId = u"vsw-e2eflowlogs%1"_s.arg(i, 3, 10, QChar(u'0'));
        vSwitches.append(QJsonObject {{u"vSwitchId"_s, vSwitchId}, {u"vpcId"_s, u"vpc-e2eflowlogs"_s},
            {u"zoneId"_s, u"cn-hangzhou-h"_s}, {u"cidrBlock"_s, u"10.9.%1.0/24"_s.arg(i)}});
        flowLogs.append(QJsonObject {{u"flowLogId"_s, vSwitchFlowLog(i)}, {u"resourceType"_s, u"VSwitch"_s},
            {u"resourceId"_s, vSwitchId}, {u"trafficType"_s, i % 2 ? u"Allow"_s : u"All"_s},
            {u"projectName"_s, u"e2e-project"_s}, {u"logStoreName"_s, u"e2e-logstore"_s},
            {u"status"_s, i < 10 ? u"Inactive"_s : u"Active"_s}});
    }
    const QJsonObject hangzhou {{u"regionId"_s, Region},
        {u"vpcs"_s, QJsonArray {QJsonObject {{u"vpcId"_s, u"vpc-e2eflowlogs"_s}, {u"cidrBlock"_s, u"10.9.0.0/16"_s}}}},
        {u"vSwitches"_s, vSwitches}, {u"flowLogs"_s, flowLogs}};
    return QJsonDocument(QJsonObject {{u"regions"_s, QJsonArray {hangzhou}}}).toJson();
}

} // namespace

class tst_CliFlowLogsE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void describeReadsEveryPageWithTheDocumentedKeys();
    void describeFilters_data();
    void describeFilters();
    void stopAndStartWaitForTheRestingStatusAndAreRecorded();
    void modifyChangesNameIntervalAndTags();
    void deleteNeedsYesAndThenTheFlowLogIsGone();
    void anUnknownIdFailsAndSeveralIdsGiveALineEach();
    void aStatusConflictIsWaitedOut();
    void aLogServiceFlowLogIsRefused();
    void invalidInputExitsTwo_data();
    void invalidInputExitsTwo();

private:
    CliRun run(QStringList arguments, const QString &endpoint = {}, int timeoutMs = 60000);
    QJsonObject describeOne(const QString &flowLogId);

    QTemporaryDir m_dir;
    QString m_inventory;
    QProcessEnvironment m_environment;
    std::unique_ptr<EmulatorProcess> m_emulator;
};

void tst_CliFlowLogsE2e::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_inventory = m_dir.filePath(u"inventory.json"_s);
    QFile file(m_inventory);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(inventoryJson());
}

void tst_CliFlowLogsE2e::init()
{
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s) || name.startsWith(u"FLOWLOG_"_s) || name.startsWith(u"XDG_"_s))
            m_environment.remove(name);
    }
    m_environment.insert(u"HOME"_s, m_dir.path());
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"sandbox-access-key-id"_s);
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"sandbox-access-key-secret"_s);
    m_environment.insert(u"FLOWLOG_HISTORY"_s,
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
    m_emulator = std::make_unique<EmulatorProcess>(
        QString::fromUtf8(FLOWLOG_EMULATOR_PATH), QStringList {u"--inventory"_s, m_inventory});
    QVERIFY2(m_emulator->isListening(), m_emulator->error().constData());
}

CliRun tst_CliFlowLogsE2e::run(QStringList arguments, const QString &endpoint, int timeoutMs)
{
    arguments << u"--endpoint"_s << (endpoint.isEmpty() ? m_emulator->url() : endpoint);
    return runCliProgram(cliPath(), arguments, m_environment, timeoutMs);
}

QJsonObject tst_CliFlowLogsE2e::describeOne(const QString &flowLogId)
{
    const CliRun described
        = run({u"describe"_s, u"--region"_s, Region, u"--flow-log-id"_s, flowLogId, u"--output"_s, u"json"_s});
    return described.json().value(u"flowLogs"_s).toArray().first().toObject();
}

void tst_CliFlowLogsE2e::describeReadsEveryPageWithTheDocumentedKeys()
{
    const CliRun described = run({u"describe"_s, u"--region"_s, Region, u"--all-pages"_s, u"--output"_s, u"json"_s});
    QVERIFY2(described.exitCode == 0, described.describe().constData());
    const QJsonObject answer = described.json();
    QCOMPARE(answer.value(u"ok"_s).toBool(), true);
    const QJsonArray flowLogs = answer.value(u"flowLogs"_s).toArray();
    QCOMPARE(flowLogs.size(), VSwitchFlowLogs + 2);
    QSet<QString> ids;
    for (const QJsonValue &flowLog : flowLogs) {
        for (const QString &key : {u"flowLogId"_s, u"flowLogName"_s, u"description"_s, u"resourceType"_s,
                 u"resourceId"_s, u"trafficType"_s, u"projectName"_s, u"logStoreName"_s, u"status"_s,
                 u"aggregationInterval"_s, u"flowLogDeliverStatus"_s})
            QVERIFY2(flowLog.toObject().contains(key), qPrintable(key));
        ids.insert(flowLog[u"flowLogId"_s].toString());
    }
    QCOMPARE(ids.size(), VSwitchFlowLogs + 2);
    QCOMPARE(answer.value(u"totalCount"_s).toInt(), VSwitchFlowLogs + 2);
}

void tst_CliFlowLogsE2e::describeFilters_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<int>("count");
    QTest::newRow("--status") << QStringList {u"--status"_s, u"Inactive"_s} << 10;
    QTest::newRow("--status, lower case") << QStringList {u"--status"_s, u"inactive"_s} << 10;
    QTest::newRow("--traffic-type alias") << QStringList {u"--traffic-type"_s, u"allow"_s} << VSwitchFlowLogs / 2;
    QTest::newRow("--resource-type") << QStringList {u"--resource-type"_s, u"vpc"_s} << 2;
    QTest::newRow("--vpc-id") << QStringList {u"--vpc-id"_s, u"vpc-e2eflowlogs"_s} << VSwitchFlowLogs + 2;
    QTest::newRow("--vpc-id of another") << QStringList {u"--vpc-id"_s, u"vpc-other"_s} << 0;
}

void tst_CliFlowLogsE2e::describeFilters()
{
    QFETCH(QStringList, filter);
    QFETCH(int, count);
    const CliRun described = run(QStringList {u"describe"_s, u"--region"_s, Region, u"--all-pages"_s, u"--output"_s,
                                     u"json"_s}
        + filter);
    QVERIFY2(described.exitCode == 0, described.describe().constData());
    QCOMPARE(described.json().value(u"flowLogs"_s).toArray().size(), count);
}

void tst_CliFlowLogsE2e::stopAndStartWaitForTheRestingStatusAndAreRecorded()
{
    const CliRun stopped = run({u"stop"_s, u"--region"_s, Region, u"--flow-log-id"_s, VpcFlowLog, u"--wait"_s,
        u"--output"_s, u"json"_s});
    QVERIFY2(stopped.exitCode == 0, stopped.describe().constData());
    const QJsonObject line = stopped.json();
    QCOMPARE(line.value(u"ok"_s).toBool(), true);
    QCOMPARE(line.value(u"outcome"_s).toString(), u"success"_s);
    QCOMPARE(line.value(u"status"_s).toString(), u"Inactive"_s);
    QCOMPARE(line.value(u"flowLogId"_s).toString(), VpcFlowLog);
    QVERIFY(!line.value(u"requestId"_s).toString().isEmpty());
    QCOMPARE(describeOne(VpcFlowLog).value(u"status"_s).toString(), u"Inactive"_s);

    const CliRun started = run({u"activate"_s, u"--region"_s, Region, u"--flow-log-id"_s, VpcFlowLog, u"--wait"_s});
    QVERIFY2(started.exitCode == 0, started.describe().constData());
    QCOMPARE(describeOne(VpcFlowLog).value(u"status"_s).toString(), u"Active"_s);

    const CliRun history = runCliProgram(cliPath(), {u"history"_s, u"--output"_s, u"json"_s}, m_environment);
    QVERIFY2(history.exitCode == 0, history.describe().constData());
    QVERIFY2(history.out.contains(u"\"action\":\"stop\""_s) || history.out.contains(u"\"action\": \"stop\""_s),
        history.describe().constData());
    QVERIFY2(history.out.contains(u"\"action\":\"start\""_s) || history.out.contains(u"\"action\": \"start\""_s),
        history.describe().constData());
}

void tst_CliFlowLogsE2e::modifyChangesNameIntervalAndTags()
{
    const CliRun modified = run({u"modify"_s, u"--region"_s, Region, u"--flow-log-id"_s, vSwitchFlowLog(20),
        u"--name"_s, u"改名后的流日志"_s, u"--aggregation-interval"_s, u"1"_s, u"--tag"_s, u"env=生产"_s,
        u"--resource-group-id"_s, u"rg-acfme2emoved0001"_s, u"--output"_s, u"json"_s});
    QVERIFY2(modified.exitCode == 0, modified.describe().constData());
    QJsonObject flowLog = describeOne(vSwitchFlowLog(20));
    QCOMPARE(flowLog.value(u"flowLogName"_s).toString(), u"改名后的流日志"_s);
    QCOMPARE(flowLog.value(u"aggregationInterval"_s).toInt(), 1);
    QCOMPARE(flowLog.value(u"resourceGroupId"_s).toString(), u"rg-acfme2emoved0001"_s);
    QCOMPARE(flowLog.value(u"tags"_s).toArray(), (QJsonArray {QJsonObject {{u"key"_s, u"env"_s}, {u"value"_s, u"生产"_s}}}));

    const CliRun untagged = run({u"modify"_s, u"--region"_s, Region, u"--flow-log-id"_s, vSwitchFlowLog(20),
        u"--untag"_s, u"env"_s});
    QVERIFY2(untagged.exitCode == 0, untagged.describe().constData());
    QCOMPARE(describeOne(vSwitchFlowLog(20)).value(u"tags"_s).toArray().size(), 0);
}

void tst_CliFlowLogsE2e::deleteNeedsYesAndThenTheFlowLogIsGone()
{
    const CliRun refused = run({u"delete"_s, u"--region"_s, Region, u"--flow-log-id"_s, vSwitchFlowLog(30)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"--yes"_s), refused.describe().constData());
    QCOMPARE(describeOne(vSwitchFlowLog(30)).value(u"flowLogId"_s).toString(), vSwitchFlowLog(30));

    const CliRun deleted = run({u"delete"_s, u"--region"_s, Region, u"--flow-log-id"_s, vSwitchFlowLog(30), u"--yes"_s,
        u"--wait"_s, u"--output"_s, u"json"_s});
    QVERIFY2(deleted.exitCode == 0, deleted.describe().constData());
    QCOMPARE(deleted.json().value(u"outcome"_s).toString(), u"success"_s);
    const CliRun described = run({u"describe"_s, u"--region"_s, Region, u"--flow-log-id"_s, vSwitchFlowLog(30),
        u"--output"_s, u"json"_s});
    QCOMPARE(described.json().value(u"flowLogs"_s).toArray().size(), 0);

    // Deleting it again: it is gone, which is what was asked.
    const CliRun again = run({u"delete"_s, u"--region"_s, Region, u"--flow-log-id"_s, vSwitchFlowLog(30), u"--yes"_s,
        u"--output"_s, u"json"_s});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(again.json().value(u"alreadyDone"_s).toBool(), true);
}

void tst_CliFlowLogsE2e::anUnknownIdFailsAndSeveralIdsGiveALineEach()
{
    const CliRun started = run({u"start"_s, u"--region"_s, Region, u"--flow-log-id"_s, vSwitchFlowLog(1),
        u"--flow-log-id"_s, vSwitchFlowLog(2), u"--flow-log-id"_s, u"fl-e2enotthere000000001"_s, u"--output"_s,
        u"json"_s});
    QCOMPARE(started.exitCode, 1);
    const QList<QJsonObject> lines = started.jsonLines();
    QCOMPARE(lines.size(), 3);
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &line : lines)
        byId.insert(line.value(u"flowLogId"_s).toString(), line);
    QCOMPARE(byId.value(vSwitchFlowLog(1)).value(u"outcome"_s).toString(), u"success"_s);
    QCOMPARE(byId.value(vSwitchFlowLog(2)).value(u"outcome"_s).toString(), u"success"_s);
    const QJsonObject unknown = byId.value(u"fl-e2enotthere000000001"_s);
    QCOMPARE(unknown.value(u"ok"_s).toBool(), false);
    QCOMPARE(unknown.value(u"outcome"_s).toString(), u"failed"_s);
    QCOMPARE(unknown.value(u"code"_s).toString(), u"InvalidFlowLogId.NotFound"_s);
}

void tst_CliFlowLogsE2e::aStatusConflictIsWaitedOut()
{
    EmulatorProcess busy(QString::fromUtf8(FLOWLOG_EMULATOR_PATH),
        {u"--inventory"_s, m_inventory, u"--faults"_s, u"error=DeactiveFlowLog:IncorrectStatus.flowlog:1"_s});
    QVERIFY2(busy.isListening(), busy.error().constData());
    const CliRun stopped = run({u"stop"_s, u"--region"_s, Region, u"--flow-log-id"_s, vSwitchFlowLog(40),
                                   u"--output"_s, u"json"_s},
        busy.url());
    QVERIFY2(stopped.exitCode == 0, stopped.describe().constData());
    QCOMPARE(stopped.json().value(u"outcome"_s).toString(), u"success"_s);
    QVERIFY2(stopped.json().value(u"attempts"_s).toInt() >= 2, stopped.describe().constData());
    QCOMPARE(stopped.json().value(u"status"_s).toString(), u"Deactivating"_s); // accepted, not followed
}

void tst_CliFlowLogsE2e::aLogServiceFlowLogIsRefused()
{
    const CliRun stopped = run({u"stop"_s, u"--region"_s, Region, u"--flow-log-id"_s, LogServiceFlowLog,
        u"--output"_s, u"json"_s});
    QCOMPARE(stopped.exitCode, 1);
    QCOMPARE(stopped.json().value(u"code"_s).toString(), u"OperationUnsupported.ServiceType"_s);
    QCOMPARE(describeOne(LogServiceFlowLog).value(u"status"_s).toString(), u"Active"_s);
}

void tst_CliFlowLogsE2e::invalidInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no flow log") << QStringList {u"stop"_s, u"--region"_s, Region};
    QTest::newRow("modify with nothing") << QStringList {u"modify"_s, u"--region"_s, Region, u"--flow-log-id"_s, VpcFlowLog};
    QTest::newRow("bad interval") << QStringList {u"modify"_s, u"--region"_s, Region, u"--flow-log-id"_s, VpcFlowLog,
        u"--aggregation-interval"_s, u"7"_s};
    QTest::newRow("bad status filter") << QStringList {u"describe"_s, u"--region"_s, Region, u"--status"_s, u"Sleeping"_s};
}

void tst_CliFlowLogsE2e::invalidInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun refused = run(arguments);
    QVERIFY2(refused.exitCode == 2, refused.describe().constData());
}

QTEST_GUILESS_MAIN(tst_CliFlowLogsE2e)
#include "tst_cli_flowlogs_e2e.moc"
