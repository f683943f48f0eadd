// flowlog-cli resources and coverage end to end: the real executables against a flowlog-emulator
// process loaded with a small inventory file (one VPC of each coverage state, enough VPCs,
// vSwitches and ENIs to need several pages), over loopback HTTP.

#include "support/clirun.h"
#include "support/emulatorprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Region = u"cn-hangzhou"_s;
const QString OtherRegion = u"cn-beijing"_s;
const int FillerVpcs = 52; // with the five below: 57 VPCs, two pages of DescribeVpcs
const int FillerVSwitches = 55; // in vpc-e2epartial: 60 vSwitches in all
const int NetworkInterfaces = 520; // two NextToken pages of 500

QString cliPath()
{
    return QString::fromUtf8(FLOWLOG_CLI_PATH);
}

QJsonObject flowLog(
    const QString &id, const QString &type, const QString &resourceId, const QString &trafficType = u"All"_s)
{
    return {{u"flowLogId"_s, id}, {u"resourceType"_s, type}, {u"resourceId"_s, resourceId},
        {u"trafficType"_s, trafficType}, {u"projectName"_s, u"e2e-project"_s},
        {u"logStoreName"_s, u"e2e-logstore"_s}, {u"status"_s, u"Active"_s}};
}

QJsonObject vpc(const QString &id, const QString &name, int index)
{
    return {{u"vpcId"_s, id}, {u"vpcName"_s, name}, {u"cidrBlock"_s, u"10.%1.0.0/16"_s.arg(index)}};
}

QJsonObject vSwitch(const QString &id, const QString &vpcId, int vpcIndex, int index)
{
    return {{u"vSwitchId"_s, id}, {u"vpcId"_s, vpcId},
        {u"zoneId"_s, index % 2 ? u"cn-hangzhou-h"_s : u"cn-hangzhou-i"_s},
        {u"cidrBlock"_s, u"10.%1.%2.0/24"_s.arg(vpcIndex).arg(index)},
        {u"vSwitchName"_s, u"vsw-name-%1"_s.arg(index)}};
}

// covered: vpc-e2ecovered (VPC, All, Active); partial: vpc-e2epartial (a vSwitch's flow log only),
// vpc-e2eallow (VPC, Allow only), vpc-e2eeni (an ENI's flow log only); uncovered: vpc-e2eempty and
// the fillers. In cn-beijing one covered VPC.
QByteArray inventoryJson()
{
    QJsonArray vpcs {vpc(u"vpc-e2ecovered"_s, u"生产网络"_s, 1), vpc(u"vpc-e2epartial"_s, u"staging"_s, 2),
        vpc(u"vpc-e2eallow"_s, u"测试"_s, 3), vpc(u"vpc-e2eeni"_s, u"eni-only"_s, 4),
        vpc(u"vpc-e2eempty"_s, u""_s, 5)};
    for (int i = 0; i < FillerVpcs; ++i)
        vpcs.append(vpc(u"vpc-e2efiller%1"_s.arg(i, 3, 10, QChar(u'0')), u"filler %1"_s.arg(i), 10 + i));
    QJsonObject large = vSwitch(u"vsw-e2ecovered"_s, u"vpc-e2ecovered"_s, 1, 1);
    large.insert(u"cidrBlock"_s, u"10.1.16.0/20"_s); // room for the ENIs
    QJsonArray vSwitches {large, vSwitch(u"vsw-e2eallow"_s, u"vpc-e2eallow"_s, 3, 1),
        vSwitch(u"vsw-e2eeni"_s, u"vpc-e2eeni"_s, 4, 1), vSwitch(u"vsw-e2eempty"_s, u"vpc-e2eempty"_s, 5, 1)};
    for (int i = 0; i < FillerVSwitches + 1; ++i)
        vSwitches.append(
            vSwitch(u"vsw-e2epartial%1"_s.arg(i, 3, 10, QChar(u'0')), u"vpc-e2epartial"_s, 2, i));
    QJsonArray enis;
    for (int i = 0; i < NetworkInterfaces; ++i) {
        QJsonObject eni {{u"networkInterfaceId"_s, u"eni-e2e%1"_s.arg(i, 4, 10, QChar(u'0'))},
            {u"vSwitchId"_s, i == 0 ? u"vsw-e2eeni"_s : u"vsw-e2ecovered"_s},
            {u"networkInterfaceName"_s, u"eni %1"_s.arg(i)}};
        if (i % 2)
            eni.insert(u"instanceId"_s, u"i-e2e%1"_s.arg(i));
        enis.append(eni);
    }
    const QJsonArray flowLogs {flowLog(u"fl-e2ecovered"_s, u"VPC"_s, u"vpc-e2ecovered"_s),
        flowLog(u"fl-e2evsw"_s, u"VSwitch"_s, u"vsw-e2epartial007"_s),
        flowLog(u"fl-e2eallow"_s, u"VPC"_s, u"vpc-e2eallow"_s, u"Allow"_s),
        flowLog(u"fl-e2eeni"_s, u"NetworkInterface"_s, u"eni-e2e0000"_s)};
    const QJsonObject hangzhou {{u"regionId"_s, Region}, {u"vpcs"_s, vpcs}, {u"vSwitches"_s, vSwitches},
        {u"networkInterfaces"_s, enis}, {u"flowLogs"_s, flowLogs}};
    const QJsonObject beijing {{u"regionId"_s, OtherRegion},
        {u"vpcs"_s, QJsonArray {vpc(u"vpc-e2ebeijing"_s, u"北京"_s, 1)}},
        {u"flowLogs"_s, QJsonArray {flowLog(u"fl-e2ebeijing"_s, u"VPC"_s, u"vpc-e2ebeijing"_s)}}};
    return QJsonDocument(QJsonObject {{u"regions"_s, QJsonArray {hangzhou, beijing}}}).toJson();
}

QHash<QString, QString> statesOf(const QJsonObject &answer)
{
    QHash<QString, QString> states;
    for (const QJsonValue &vpc : answer.value(u"vpcs"_s).toArray())
        states.insert(vpc[u"id"_s].toString(), vpc[u"state"_s].toString());
    return states;
}

QJsonObject vpcEntry(const QJsonObject &answer, const QString &id)
{
    for (const QJsonValue &vpc : answer.value(u"vpcs"_s).toArray()) {
        if (vpc[u"id"_s].toString() == id)
            return vpc.toObject();
    }
    return {};
}

} // namespace

class tst_CliInventoryE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void resourcesListEveryPage_data();
    void resourcesListEveryPage();
    void resourcesNarrowToOneVpc();
    void resourcesAcceptLowerCaseAliases();
    void coverageJudgesEveryVpcAndExitsThree();
    void coverageTextInBothLanguages_data();
    void coverageTextInBothLanguages();
    void coverageOfACoveredRegionExitsZero();
    void coverageOfAllRegions();
    void throttlingDuringALongListingIsRetried();
    void forbiddenEniListingIsAWarning();
    void forbiddenEniListingStillJudgesCoverageByVpcFilteredCalls();
    void forbiddenFlowLogListingMakesVpcsUnknown();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    CliRun run(QStringList arguments, const QString &endpoint, int timeoutMs = 60000);
    std::unique_ptr<EmulatorProcess> startEmulator(const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_inventory;
    QProcessEnvironment m_environment;
    std::unique_ptr<EmulatorProcess> m_emulator;
};

void tst_CliInventoryE2e::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_inventory = m_dir.filePath(u"inventory.json"_s);
    QFile file(m_inventory);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(inventoryJson());
}

void tst_CliInventoryE2e::init()
{
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s) || name.startsWith(u"FLOWLOG_"_s)
            || name.startsWith(u"XDG_"_s))
            m_environment.remove(name);
    }
    m_environment.insert(u"HOME"_s, m_dir.path());
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"sandbox-access-key-id"_s);
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"sandbox-access-key-secret"_s);
    m_emulator = startEmulator();
    QVERIFY2(m_emulator->isListening(), m_emulator->error().constData());
}

std::unique_ptr<EmulatorProcess> tst_CliInventoryE2e::startEmulator(const QStringList &extra)
{
    return std::make_unique<EmulatorProcess>(
        QString::fromUtf8(FLOWLOG_EMULATOR_PATH), QStringList {u"--inventory"_s, m_inventory} + extra);
}

CliRun tst_CliInventoryE2e::run(QStringList arguments, const QString &endpoint, int timeoutMs)
{
    arguments << u"--endpoint"_s << endpoint;
    return runCliProgram(cliPath(), arguments, m_environment, timeoutMs);
}

void tst_CliInventoryE2e::resourcesListEveryPage_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("VPC, past 50") << u"VPC"_s
                                  << FillerVpcs
            + 5 << QStringList {u"cidrBlock"_s, u"id"_s, u"name"_s, u"resourceType"_s, u"status"_s};
    QTest::newRow("VSwitch, past 50") << u"VSwitch"_s << FillerVSwitches + 5
                                      << QStringList {u"cidrBlock"_s, u"id"_s, u"name"_s, u"resourceType"_s,
                                             u"status"_s, u"vpcId"_s, u"zoneId"_s};
    QTest::newRow("NetworkInterface, past 500")
        << u"NetworkInterface"_s << NetworkInterfaces
        << QStringList {u"id"_s, u"instanceId"_s, u"name"_s, u"privateIpAddress"_s, u"resourceType"_s,
               u"status"_s, u"vSwitchId"_s, u"vpcId"_s, u"zoneId"_s};
}

void tst_CliInventoryE2e::resourcesListEveryPage()
{
    QFETCH(QString, type);
    QFETCH(int, count);
    QFETCH(QStringList, keys);
    const CliRun listed
        = run({u"resources"_s, u"--region"_s, Region, u"--resource-type"_s, type, u"--output"_s, u"json"_s},
            m_emulator->url());
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonObject answer = listed.json();
    QCOMPARE(answer.value(u"ok"_s).toBool(), true);
    QCOMPARE(answer.value(u"regionId"_s).toString(), Region);
    QCOMPARE(answer.value(u"resourceType"_s).toString(), type);
    const QJsonArray resources = answer.value(u"resources"_s).toArray();
    QCOMPARE(resources.size(), count);
    QSet<QString> ids;
    for (const QJsonValue &resource : resources) {
        QStringList present = resource.toObject().keys();
        present.sort();
        QCOMPARE(present, keys);
        QCOMPARE(resource[u"resourceType"_s].toString(), type);
        ids.insert(resource[u"id"_s].toString());
    }
    QCOMPARE(ids.size(), count); // no page read twice
    if (type == u"NetworkInterface"_s) {
        const QJsonObject first = resources.at(0).toObject();
        QVERIFY(!first.value(u"privateIpAddress"_s).toString().isEmpty());
        QVERIFY(!first.value(u"vpcId"_s).toString().isEmpty());
    }
}

void tst_CliInventoryE2e::resourcesNarrowToOneVpc()
{
    const CliRun listed = run({u"resources"_s, u"--region"_s, Region, u"--resource-type"_s, u"VSwitch"_s,
                                  u"--vpc-id"_s, u"vpc-e2eallow"_s, u"--output"_s, u"json"_s},
        m_emulator->url());
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray resources = listed.json().value(u"resources"_s).toArray();
    QCOMPARE(resources.size(), 1);
    QCOMPARE(resources.at(0)[u"id"_s].toString(), u"vsw-e2eallow"_s);
    QCOMPARE(resources.at(0)[u"vpcId"_s].toString(), u"vpc-e2eallow"_s);
}

void tst_CliInventoryE2e::resourcesAcceptLowerCaseAliases()
{
    for (const QString &alias : {u"vpc"_s, u"vswitch"_s, u"eni"_s, u"networkinterface"_s}) {
        const CliRun listed = run(
            {u"resources"_s, u"--region"_s, OtherRegion, u"--resource-type"_s, alias}, m_emulator->url());
        QVERIFY2(listed.exitCode == 0, listed.describe().constData());
        if (alias == u"vpc"_s) {
            QVERIFY2(listed.out.contains(u"vpc-e2ebeijing"_s), listed.describe().constData());
            QVERIFY2(listed.out.contains(u"北京"_s), listed.describe().constData());
        }
    }
}

void tst_CliInventoryE2e::coverageJudgesEveryVpcAndExitsThree()
{
    const CliRun checked
        = run({u"coverage"_s, u"--region"_s, Region, u"--output"_s, u"json"_s}, m_emulator->url());
    QVERIFY2(checked.exitCode == 3, checked.describe().constData());
    const QJsonObject answer = checked.json();
    QCOMPARE(answer.value(u"ok"_s).toBool(), true);
    const QHash<QString, QString> states = statesOf(answer);
    QCOMPARE(states.size(), FillerVpcs + 5);
    QCOMPARE(states.value(u"vpc-e2ecovered"_s), u"covered"_s);
    QCOMPARE(states.value(u"vpc-e2epartial"_s), u"partial"_s);
    QCOMPARE(states.value(u"vpc-e2eallow"_s), u"partial"_s);
    QCOMPARE(states.value(u"vpc-e2eeni"_s), u"partial"_s);
    QCOMPARE(states.value(u"vpc-e2eempty"_s), u"uncovered"_s);
    const QJsonObject allow = vpcEntry(answer, u"vpc-e2eallow"_s);
    QCOMPARE(allow.value(u"reasonCode"_s).toString(), u"onlyAllowOrDrop"_s);
    QVERIFY(allow.value(u"reason"_s).toString().contains(u"fl-e2eallow"_s));
    QCOMPARE(allow.value(u"flowLogIds"_s).toArray(), QJsonArray {u"fl-e2eallow"_s});
    QCOMPARE(allow.value(u"regionId"_s).toString(), Region);
    QCOMPARE(allow.value(u"name"_s).toString(), u"测试"_s);
    const QJsonObject partial = vpcEntry(answer, u"vpc-e2epartial"_s);
    QCOMPARE(partial.value(u"reasonCode"_s).toString(), u"onlyNarrowerResources"_s);
    QCOMPARE(partial.value(u"flowLogIds"_s).toArray(), QJsonArray {u"fl-e2evsw"_s});
    QCOMPARE(vpcEntry(answer, u"vpc-e2eempty"_s).value(u"reasonCode"_s).toString(), u"noFlowLog"_s);
    const QJsonObject counts = answer.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"covered"_s).toInt(), 1);
    QCOMPARE(counts.value(u"partial"_s).toInt(), 3);
    QCOMPARE(counts.value(u"uncovered"_s).toInt(), FillerVpcs + 1);
    QCOMPARE(counts.value(u"unknown"_s).toInt(), 0);
}

void tst_CliInventoryE2e::coverageTextInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh") << u"zh"_s;
}

void tst_CliInventoryE2e::coverageTextInBothLanguages()
{
    QFETCH(QString, language);
    const CliRun checked
        = run({u"coverage"_s, u"--region"_s, Region, u"--lang"_s, language}, m_emulator->url());
    QVERIFY2(checked.exitCode == 3, checked.describe().constData());
    const QStringList lines = checked.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), FillerVpcs + 5 + 2); // header, one line per VPC, counts
    QString covered;
    for (const QString &line : lines) {
        if (line.contains(u"vpc-e2ecovered"_s))
            covered = line;
    }
    QVERIFY2(covered.contains(u"vpc-e2ecovered"_s) && covered.contains(u"生产网络"_s), qPrintable(covered));
    QVERIFY2(lines.constLast().startsWith(QString::number(FillerVpcs + 5)), qPrintable(lines.constLast()));
    QVERIFY2(lines.constLast().contains(u" · 1 covered"_s) || lines.constLast().contains(u"已覆盖 1 "_s), qPrintable(lines.constLast()));
    // The state column starts at the same terminal column on each line, Chinese names included.
    QVERIFY2(covered.contains(u"生产网络    "_s) || covered.contains(u"生产网络  "_s), qPrintable(covered));
    if (language == u"en"_s) {
        // "VPC(s)" until the English catalogue has the plural.
        const QRegularExpression counts(
            u"^%1 VPC(s|\\(s\\)) · 1 covered · 3 partial · %2 uncovered$"_s.arg(FillerVpcs + 5)
                .arg(FillerVpcs + 1));
        QVERIFY2(counts.match(lines.constLast()).hasMatch(), qPrintable(lines.constLast()));
        QVERIFY2(covered.contains(u"covered"_s), qPrintable(covered));
    }
}

void tst_CliInventoryE2e::coverageOfACoveredRegionExitsZero()
{
    const CliRun checked
        = run({u"coverage"_s, u"--region"_s, OtherRegion, u"--output"_s, u"json"_s}, m_emulator->url());
    QVERIFY2(checked.exitCode == 0, checked.describe().constData());
    QCOMPARE(statesOf(checked.json()).value(u"vpc-e2ebeijing"_s), u"covered"_s);
    const CliRun empty = run({u"coverage"_s, u"--region"_s, u"cn-shanghai"_s}, m_emulator->url());
    QVERIFY2(empty.exitCode == 0, empty.describe().constData());
}

void tst_CliInventoryE2e::coverageOfAllRegions()
{
    const CliRun checked
        = run({u"coverage"_s, u"--all-regions"_s, u"--output"_s, u"json"_s}, m_emulator->url());
    QVERIFY2(checked.exitCode == 3, checked.describe().constData());
    const QJsonObject answer = checked.json();
    const QHash<QString, QString> states = statesOf(answer);
    QCOMPARE(states.size(), FillerVpcs + 6);
    QCOMPARE(states.value(u"vpc-e2ebeijing"_s), u"covered"_s);
    QVERIFY(answer.value(u"regions"_s).toArray().size() > 2); // every region DescribeRegions names
}

void tst_CliInventoryE2e::throttlingDuringALongListingIsRetried()
{
    const auto throttled
        = startEmulator({u"--faults"_s, u"throttle=0.2,retry-after=20ms"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(throttled->isListening(), throttled->error().constData());
    const CliRun listed = run({u"resources"_s, u"--region"_s, Region, u"--resource-type"_s, u"eni"_s,
                                  u"--retries"_s, u"10"_s, u"--output"_s, u"json"_s},
        throttled->url());
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QCOMPARE(listed.json().value(u"resources"_s).toArray().size(), NetworkInterfaces);
    const CliRun checked
        = run({u"coverage"_s, u"--region"_s, Region, u"--retries"_s, u"10"_s, u"--output"_s, u"json"_s},
            throttled->url());
    QVERIFY2(checked.exitCode == 3, checked.describe().constData());
    const CliRun calm
        = run({u"coverage"_s, u"--region"_s, Region, u"--output"_s, u"json"_s}, m_emulator->url());
    QCOMPARE(statesOf(checked.json()), statesOf(calm.json()));
}

void tst_CliInventoryE2e::forbiddenEniListingIsAWarning()
{
    const auto forbidden = startEmulator({u"--faults"_s, u"error=DescribeNetworkInterfaces:Forbidden.RAM"_s});
    QVERIFY2(forbidden->isListening(), forbidden->error().constData());
    const QStringList arguments {
        u"resources"_s, u"--region"_s, Region, u"--resource-type"_s, u"NetworkInterface"_s};
    const CliRun text = run(arguments, forbidden->url());
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.err.contains(u"warning"_s) && text.err.contains(u"typed IDs still work"_s),
        text.describe().constData());
    QVERIFY2(text.err.contains(u"ecs:DescribeNetworkInterfaces"_s), text.describe().constData());
    const CliRun json = run(arguments + QStringList {u"--output"_s, u"json"_s}, forbidden->url());
    QCOMPARE(json.exitCode, 1);
    const QJsonObject answer = json.json();
    QCOMPARE(answer.value(u"ok"_s).toBool(true), false);
    QCOMPARE(answer.value(u"code"_s).toString(), u"Forbidden.RAM"_s);
    QVERIFY(answer.value(u"warning"_s).toString().contains(u"typed IDs still work"_s));
    QVERIFY(!answer.contains(u"resources"_s));
}

// Which VPC the ENI's flow log belongs to is then asked of DescribeFlowLogs with VpcId.
void tst_CliInventoryE2e::forbiddenEniListingStillJudgesCoverageByVpcFilteredCalls()
{
    const auto forbidden = startEmulator({u"--faults"_s, u"error=DescribeNetworkInterfaces:Forbidden.RAM"_s});
    QVERIFY2(forbidden->isListening(), forbidden->error().constData());
    const CliRun checked
        = run({u"coverage"_s, u"--region"_s, Region, u"--output"_s, u"json"_s}, forbidden->url());
    QVERIFY2(checked.exitCode == 3, checked.describe().constData());
    const QJsonObject answer = checked.json();
    QCOMPARE(statesOf(answer).value(u"vpc-e2eeni"_s), u"partial"_s);
    QCOMPARE(vpcEntry(answer, u"vpc-e2eeni"_s).value(u"flowLogIds"_s).toArray(), QJsonArray {u"fl-e2eeni"_s});
    QCOMPARE(statesOf(answer).value(u"vpc-e2eempty"_s), u"uncovered"_s);
    const QJsonArray warnings = answer.value(u"regions"_s).toArray().at(0)[u"warnings"_s].toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0)[u"code"_s].toString(), u"Forbidden.RAM"_s);
    QCOMPARE(warnings.at(0)[u"action"_s].toString(), u"DescribeNetworkInterfaces"_s);
}

void tst_CliInventoryE2e::forbiddenFlowLogListingMakesVpcsUnknown()
{
    const auto forbidden = startEmulator({u"--faults"_s, u"error=DescribeFlowLogs:Forbidden.RAM"_s});
    QVERIFY2(forbidden->isListening(), forbidden->error().constData());
    const CliRun checked
        = run({u"coverage"_s, u"--region"_s, Region, u"--output"_s, u"json"_s}, forbidden->url());
    QVERIFY2(checked.exitCode == 1, checked.describe().constData());
    const QJsonObject answer = checked.json();
    QCOMPARE(answer.value(u"ok"_s).toBool(true), false);
    const QHash<QString, QString> states = statesOf(answer);
    QCOMPARE(states.size(), FillerVpcs + 5);
    for (const QString &state : states)
        QCOMPARE(state, u"unknown"_s);
    QCOMPARE(answer.value(u"counts"_s)[u"unknown"_s].toInt(), FillerVpcs + 5);
    QCOMPARE(answer.value(u"regions"_s).toArray().at(0)[u"code"_s].toString(), u"Forbidden.RAM"_s);
    const CliRun text = run({u"coverage"_s, u"--region"_s, Region}, forbidden->url());
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.err.contains(u"Forbidden.RAM"_s), text.describe().constData());
}

void tst_CliInventoryE2e::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("coverage without a region") << QStringList {u"coverage"_s};
    QTest::newRow("coverage with both")
        << QStringList {u"coverage"_s, u"--region"_s, Region, u"--all-regions"_s};
    QTest::newRow("resources without a type") << QStringList {u"resources"_s, u"--region"_s, Region};
    QTest::newRow("resources with a bad type")
        << QStringList {u"resources"_s, u"--region"_s, Region, u"--resource-type"_s, u"Router"_s};
    QTest::newRow("bad output") << QStringList {
        u"coverage"_s, u"--region"_s, Region, u"--output"_s, u"csv"_s};
}

void tst_CliInventoryE2e::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun refused = run(arguments, m_emulator->url());
    QVERIFY2(refused.exitCode == 2, refused.describe().constData());
}

QTEST_GUILESS_MAIN(tst_CliInventoryE2e)
#include "tst_cli_inventory_e2e.moc"
