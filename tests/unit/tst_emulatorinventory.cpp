#include "core/api/apiclient.h"
#include "emulator/inventoryfile.h"
#include "emulator/inventorygenerator.h"
#include "emulator/vpcemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The account's resources in the emulator: the VPC and ECS actions over them, their paging, the
// inventory file and the generator, and what they change for CreateFlowLog and DescribeFlowLogs.
namespace {

const QString vpcVersion = u"2016-04-28"_s;
const QString ecsVersion = u"2014-05-26"_s;
const QString region = u"cn-hangzhou"_s;

// A small account: vpc A (a vSwitch, two ENIs), vpc B in cn-hangzhou, vpc C in cn-shanghai.
const char smallInventory[] = R"({"regions": [
  {"regionId": "cn-hangzhou",
   "vpcs": [{"vpcId": "vpc-bp1aaaaaaaaaaaaaaaaaaaa", "vpcName": "生产环境 VPC", "cidrBlock": "10.0.0.0/8"},
            {"vpcId": "vpc-bp1bbbbbbbbbbbbbbbbbbbb", "vpcName": "staging", "cidrBlock": "192.168.0.0/16"}],
   "vSwitches": [{"vSwitchId": "vsw-bp1aaaaaaaaaaaaaaaaaaaa", "vpcId": "vpc-bp1aaaaaaaaaaaaaaaaaaaa",
                  "zoneId": "cn-hangzhou-h", "cidrBlock": "10.1.0.0/24"}],
   "networkInterfaces": [
     {"networkInterfaceId": "eni-bp1aaaaaaaaaaaaaaaaaaaa", "vSwitchId": "vsw-bp1aaaaaaaaaaaaaaaaaaaa",
      "instanceId": "i-bp1aaaaaaaaaaaaaaaaaa", "primaryIpAddress": "10.1.0.10"},
     {"networkInterfaceId": "eni-bp1bbbbbbbbbbbbbbbbbbbb", "vSwitchId": "vsw-bp1aaaaaaaaaaaaaaaaaaaa"}]},
  {"regionId": "cn-shanghai",
   "vpcs": [{"vpcId": "vpc-uf6cccccccccccccccccccc"}]}]})";

QueryParameters flowLogOn(const QString &type, const QString &id, const QString &regionId = region)
{
    return {{u"RegionId"_s, regionId}, {u"ResourceType"_s, type}, {u"ResourceId"_s, id},
        {u"TrafficType"_s, u"All"_s}, {u"ProjectName"_s, u"flowlog-project"_s},
        {u"LogStoreName"_s, u"flowlog-store"_s}};
}

QStringList idsOf(const QJsonArray &items, const QString &key)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item[key].toString());
    return ids;
}

} // namespace

class tst_EmulatorInventory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createVpcAndVSwitchAnswerRealShapes();
    void createRefusesUnknownParents();
    void createVSwitchChecksZoneAndBlock();
    void describeVpcsPagesPastFifty();
    void describeVpcsFilters();
    void describeVSwitchesNeedsRegionOrVpc();
    void networkInterfacesPagePastFiveHundredByToken();
    void maxResultsIsClamped();
    void deprecatedPageNumberPaging();
    void badNextTokenIsRefused();
    void networkInterfaceFilters();
    void createNetworkInterfaceIsListed();
    void createFlowLogRefusesUnknownResource_data();
    void createFlowLogRefusesUnknownResource();
    void withoutInventoryAnyIdIsAccepted();
    void vpcIdFilterCoversVSwitchesAndEnis();
    void vpcIdFilterWithoutInventory();
    void inventoryFileErrorsNameTheProblem_data();
    void inventoryFileErrorsNameTheProblem();
    void inventoryFlowLogsSeedOnlyANewState();
    void generatorIsDeterministicAndCounts();
    void sandboxInventoryHasCoveredPartialAndUncoveredVpcs();

private:
    ApiResult call(const QString &action, const QString &version, const QueryParameters &parameters);
    void loadSmallInventory();
    QJsonArray allNetworkInterfaces(const QueryParameters &filters, int maxResults, int *pages);

    std::unique_ptr<VpcEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
};

void tst_EmulatorInventory::init()
{
    m_emulator = std::make_unique<VpcEmulator>();
    m_emulator->setActivationDelay(0);
    QVERIFY(m_emulator->start(QHostAddress::LocalHost, 0));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ClientSettings settings;
    settings.endpoint = m_emulator->serverUrl();
    settings.maxAttempts = 1;
    m_client->setSettings(settings);
    m_client->setCredentials(VpcEmulator::defaultAccount());
}

void tst_EmulatorInventory::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_emulator.reset();
}

ApiResult tst_EmulatorInventory::call(
    const QString &action, const QString &version, const QueryParameters &parameters)
{
    ApiCallHandle *handle = m_client->call(ApiCall {action, version, parameters}, true);
    QSignalSpy finished(handle, &ApiCallHandle::finished);
    if (!finished.wait(10000) || finished.size() != 1)
        return {};
    return finished.first().first().value<ApiResult>();
}

void tst_EmulatorInventory::loadSmallInventory()
{
    const QString path = m_dir.filePath(u"small.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(smallInventory);
    file.close();
    QString error;
    QVERIFY2(m_emulator->loadInventory(path, &error), qPrintable(error));
}

// Every ENI the filters match, following NextToken; *pages counts the calls.
QJsonArray tst_EmulatorInventory::allNetworkInterfaces(
    const QueryParameters &filters, int maxResults, int *pages)
{
    QJsonArray all;
    QString token;
    *pages = 0;
    do {
        QueryParameters parameters
            = filters + QueryParameters {{u"MaxResults"_s, QString::number(maxResults)}};
        if (!token.isEmpty())
            parameters.append({u"NextToken"_s, token});
        const ApiResult result = call(u"DescribeNetworkInterfaces"_s, ecsVersion, parameters);
        if (!result.ok() || ++*pages > 100)
            return {};
        for (const QJsonValue &item :
            result.body[u"NetworkInterfaceSets"_s][u"NetworkInterfaceSet"_s].toArray())
            all.append(item);
        token = result.body[u"NextToken"_s].toString();
    } while (!token.isEmpty());
    return all;
}

void tst_EmulatorInventory::createVpcAndVSwitchAnswerRealShapes()
{
    const ApiResult vpc = call(u"CreateVpc"_s, vpcVersion,
        {{u"RegionId"_s, region}, {u"CidrBlock"_s, u"10.0.0.0/8"_s}, {u"VpcName"_s, u"生产环境 VPC"_s}});
    QVERIFY2(vpc.ok(), qPrintable(vpc.code + vpc.message));
    const QString vpcId = vpc.body[u"VpcId"_s].toString();
    QVERIFY(vpcId.startsWith(u"vpc-bp1"_s));
    QCOMPARE(vpcId.size(), 25);
    QVERIFY(vpc.body[u"VRouterId"_s].toString().startsWith(u"vrt-bp1"_s));
    QVERIFY(vpc.body[u"RouteTableId"_s].toString().startsWith(u"vtb-bp1"_s));
    QVERIFY(vpc.body[u"ResourceGroupId"_s].toString().startsWith(u"rg-"_s));
    const ApiResult vSwitch = call(u"CreateVSwitch"_s, vpcVersion,
        {{u"RegionId"_s, region}, {u"VpcId"_s, vpcId}, {u"ZoneId"_s, u"cn-hangzhou-h"_s},
            {u"CidrBlock"_s, u"10.1.0.0/24"_s}, {u"VSwitchName"_s, u"web"_s}});
    QVERIFY2(vSwitch.ok(), qPrintable(vSwitch.code + vSwitch.message));
    const QString vSwitchId = vSwitch.body[u"VSwitchId"_s].toString();
    QVERIFY(vSwitchId.startsWith(u"vsw-bp1"_s));

    const ApiResult listed = call(u"DescribeVpcs"_s, vpcVersion, {{u"RegionId"_s, region}});
    QCOMPARE(listed.body[u"TotalCount"_s].toInt(), 1);
    const QJsonObject item = listed.body[u"Vpcs"_s][u"Vpc"_s][0].toObject();
    QCOMPARE(item[u"VpcName"_s].toString(), u"生产环境 VPC"_s);
    QCOMPARE(item[u"CidrBlock"_s].toString(), u"10.0.0.0/8"_s);
    QCOMPARE(item[u"Status"_s].toString(), u"Available"_s);
    QCOMPARE(item[u"VSwitchIds"_s][u"VSwitchId"_s].toArray(), QJsonArray {vSwitchId});
    QVERIFY(item[u"OwnerId"_s].isDouble());
    const ApiResult vSwitches = call(u"DescribeVSwitches"_s, vpcVersion, {{u"VpcId"_s, vpcId}});
    const QJsonObject sw = vSwitches.body[u"VSwitches"_s][u"VSwitch"_s][0].toObject();
    QCOMPARE(sw[u"ZoneId"_s].toString(), u"cn-hangzhou-h"_s);
    QCOMPARE(sw[u"AvailableIpAddressCount"_s].toInt(), 252);
    QCOMPARE(sw[u"VpcId"_s].toString(), vpcId);
}

void tst_EmulatorInventory::createRefusesUnknownParents()
{
    const ApiResult vSwitch = call(u"CreateVSwitch"_s, vpcVersion,
        {{u"RegionId"_s, region}, {u"VpcId"_s, u"vpc-bp1doesnotexist000000"_s},
            {u"ZoneId"_s, u"cn-hangzhou-h"_s}, {u"CidrBlock"_s, u"10.1.0.0/24"_s}});
    QCOMPARE(vSwitch.httpStatus, 404);
    QCOMPARE(vSwitch.code, u"InvalidVpcId.NotFound"_s);
    const ApiResult eni = call(u"CreateNetworkInterface"_s, ecsVersion,
        {{u"RegionId"_s, region}, {u"VSwitchId"_s, u"vsw-bp1doesnotexist000000"_s},
            {u"SecurityGroupId"_s, u"sg-bp1aaaaaaaaaaaaaaaaa"_s}});
    QCOMPARE(eni.httpStatus, 404);
    QCOMPARE(eni.code, u"InvalidVSwitchId.NotFound"_s);
    const ApiResult missing = call(u"CreateVSwitch"_s, vpcVersion, {{u"RegionId"_s, region}});
    QCOMPARE(missing.code, u"MissingParameter"_s);
}

void tst_EmulatorInventory::createVSwitchChecksZoneAndBlock()
{
    loadSmallInventory();
    const QueryParameters base {{u"RegionId"_s, region}, {u"VpcId"_s, u"vpc-bp1aaaaaaaaaaaaaaaaaaaa"_s}};
    const auto create = [&](const QString &zone, const QString &cidr) {
        return call(u"CreateVSwitch"_s, vpcVersion,
            base + QueryParameters {{u"ZoneId"_s, zone}, {u"CidrBlock"_s, cidr}});
    };
    QCOMPARE(create(u"cn-shanghai-a"_s, u"10.2.0.0/24"_s).code, u"InvalidZoneId.NotFound"_s);
    QCOMPARE(create(u"cn-hangzhou-i"_s, u"10.2.0.1/24"_s).code, u"InvalidCidrBlock.Malformed"_s);
    QCOMPARE(create(u"cn-hangzhou-i"_s, u"172.16.0.0/24"_s).code, u"InvalidCidrBlock.Malformed"_s);
    QCOMPARE(create(u"cn-hangzhou-i"_s, u"10.1.0.0/25"_s).code, u"InvalidCidrBlock.Overlapped"_s);
    QVERIFY(create(u"cn-hangzhou-i"_s, u"10.2.0.0/24"_s).ok());
}

void tst_EmulatorInventory::describeVpcsPagesPastFifty()
{
    m_emulator->generateInventory({1, 120, 0, 0, 0, 7});
    QSet<QString> seen;
    for (int page = 1; page <= 3; ++page) {
        const ApiResult result = call(u"DescribeVpcs"_s, vpcVersion,
            {{u"RegionId"_s, u"cn-qingdao"_s}, {u"PageNumber"_s, QString::number(page)},
                {u"PageSize"_s, u"50"_s}});
        QVERIFY2(result.ok(), qPrintable(result.code));
        QCOMPARE(result.body[u"TotalCount"_s].toInt(), 120);
        QCOMPARE(result.body[u"PageNumber"_s].toInt(), page);
        const QStringList ids = idsOf(result.body[u"Vpcs"_s][u"Vpc"_s].toArray(), u"VpcId"_s);
        QCOMPARE(ids.size(), page < 3 ? 50 : 20);
        for (const QString &id : ids)
            seen.insert(id);
    }
    QCOMPARE(seen.size(), 120);
    const ApiResult tooLarge
        = call(u"DescribeVpcs"_s, vpcVersion, {{u"RegionId"_s, u"cn-qingdao"_s}, {u"PageSize"_s, u"51"_s}});
    QCOMPARE(tooLarge.code, u"InvalidParameter"_s);
    const ApiResult byDefault = call(u"DescribeVpcs"_s, vpcVersion, {{u"RegionId"_s, u"cn-qingdao"_s}});
    QCOMPARE(byDefault.body[u"PageSize"_s].toInt(), 10);
    QCOMPARE(byDefault.body[u"Vpcs"_s][u"Vpc"_s].toArray().size(), 10);
}

void tst_EmulatorInventory::describeVpcsFilters()
{
    loadSmallInventory();
    const auto describe = [&](const QueryParameters &filters) {
        return call(u"DescribeVpcs"_s, vpcVersion, QueryParameters {{u"RegionId"_s, region}} + filters);
    };
    QCOMPARE(describe({}).body[u"TotalCount"_s].toInt(), 2);
    const ApiResult byIds = describe({{u"VpcId"_s,
        u"vpc-bp1bbbbbbbbbbbbbbbbbbbb,vpc-uf6cccccccccccccccccccc,vpc-bp1aaaaaaaaaaaaaaaaaaaa"_s}});
    QCOMPARE(idsOf(byIds.body[u"Vpcs"_s][u"Vpc"_s].toArray(), u"VpcId"_s),
        QStringList({u"vpc-bp1aaaaaaaaaaaaaaaaaaaa"_s, u"vpc-bp1bbbbbbbbbbbbbbbbbbbb"_s}));
    const ApiResult byName = describe({{u"VpcName"_s, u"staging"_s}});
    QCOMPARE(idsOf(byName.body[u"Vpcs"_s][u"Vpc"_s].toArray(), u"VpcId"_s),
        QStringList {u"vpc-bp1bbbbbbbbbbbbbbbbbbbb"_s});
    QStringList many;
    for (int i = 0; i < 21; ++i)
        many.append(u"vpc-bp1%1"_s.arg(i));
    QCOMPARE(describe({{u"VpcId"_s, many.join(u',')}}).code, u"InvalidParameter"_s);
    const ApiResult shanghai = call(u"DescribeVpcs"_s, vpcVersion, {{u"RegionId"_s, u"cn-shanghai"_s}});
    QCOMPARE(shanghai.body[u"TotalCount"_s].toInt(), 1);
}

void tst_EmulatorInventory::describeVSwitchesNeedsRegionOrVpc()
{
    loadSmallInventory();
    const ApiResult neither = call(u"DescribeVSwitches"_s, vpcVersion, {});
    QCOMPARE(neither.code, u"MissingParameter"_s);
    const ApiResult byVpc
        = call(u"DescribeVSwitches"_s, vpcVersion, {{u"VpcId"_s, u"vpc-bp1aaaaaaaaaaaaaaaaaaaa"_s}});
    QCOMPARE(byVpc.body[u"TotalCount"_s].toInt(), 1);
    const ApiResult otherZone = call(
        u"DescribeVSwitches"_s, vpcVersion, {{u"RegionId"_s, region}, {u"ZoneId"_s, u"cn-hangzhou-i"_s}});
    QCOMPARE(otherZone.body[u"TotalCount"_s].toInt(), 0);
    const ApiResult byId = call(u"DescribeVSwitches"_s, vpcVersion,
        {{u"RegionId"_s, region}, {u"VSwitchId"_s, u"vsw-bp1aaaaaaaaaaaaaaaaaaaa"_s},
            {u"ZoneId"_s, u"cn-hangzhou-h"_s}});
    QCOMPARE(byId.body[u"VSwitches"_s][u"VSwitch"_s][0][u"CidrBlock"_s].toString(), u"10.1.0.0/24"_s);
}

void tst_EmulatorInventory::networkInterfacesPagePastFiveHundredByToken()
{
    m_emulator->generateInventory({1, 3, 6, 1200, 0, 3});
    int pages = 0;
    const QJsonArray all = allNetworkInterfaces({{u"RegionId"_s, u"cn-qingdao"_s}}, 1000, &pages);
    QCOMPARE(pages, 3); // 500 (1000 is clamped), 500, 200
    QCOMPARE(all.size(), 1200);
    const QStringList ids = idsOf(all, u"NetworkInterfaceId"_s);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 1200);
    const QJsonObject item = all.first().toObject();
    for (const QString &field : {u"NetworkInterfaceName"_s, u"Status"_s, u"Type"_s, u"VpcId"_s,
             u"VSwitchId"_s, u"ZoneId"_s, u"InstanceId"_s, u"PrivateIpAddress"_s, u"MacAddress"_s,
             u"CreationTime"_s, u"Description"_s, u"ResourceGroupId"_s, u"OwnerId"_s})
        QVERIFY2(item.contains(field), qPrintable(field));
    QVERIFY(item[u"OwnerId"_s].isString());
    QVERIFY(item[u"MacAddress"_s].toString().startsWith(u"00:16:3e:"_s));
}

void tst_EmulatorInventory::maxResultsIsClamped()
{
    m_emulator->generateInventory({1, 1, 1, 30, 0, 3});
    const ApiResult small = call(u"DescribeNetworkInterfaces"_s, ecsVersion,
        {{u"RegionId"_s, u"cn-qingdao"_s}, {u"MaxResults"_s, u"3"_s}});
    QCOMPARE(small.body[u"NetworkInterfaceSets"_s][u"NetworkInterfaceSet"_s].toArray().size(), 10);
    QVERIFY(!small.body[u"NextToken"_s].toString().isEmpty());
    QCOMPARE(small.body[u"TotalCount"_s].toInt(), 30);
}

void tst_EmulatorInventory::deprecatedPageNumberPaging()
{
    m_emulator->generateInventory({1, 1, 2, 1100, 0, 3});
    const QueryParameters base {{u"RegionId"_s, u"cn-qingdao"_s}};
    const ApiResult first = call(
        u"DescribeNetworkInterfaces"_s, ecsVersion, base + QueryParameters {{u"PageSize"_s, u"1000"_s}});
    QCOMPARE(first.body[u"NetworkInterfaceSets"_s][u"NetworkInterfaceSet"_s].toArray().size(), 1000);
    QCOMPARE(first.body[u"TotalCount"_s].toInt(), 1100);
    QCOMPARE(first.body[u"NextToken"_s].toString(), QString());
    const ApiResult second = call(u"DescribeNetworkInterfaces"_s, ecsVersion,
        base + QueryParameters {{u"PageSize"_s, u"1000"_s}, {u"PageNumber"_s, u"2"_s}});
    QCOMPARE(second.body[u"NetworkInterfaceSets"_s][u"NetworkInterfaceSet"_s].toArray().size(), 100);
    const ApiResult byDefault = call(u"DescribeNetworkInterfaces"_s, ecsVersion, base);
    QCOMPARE(byDefault.body[u"PageSize"_s].toInt(), 10);
    QCOMPARE(
        call(u"DescribeNetworkInterfaces"_s, ecsVersion, base + QueryParameters {{u"PageSize"_s, u"1001"_s}})
            .code,
        u"InvalidParameter"_s);
}

void tst_EmulatorInventory::badNextTokenIsRefused()
{
    m_emulator->generateInventory({1, 1, 2, 40, 0, 3});
    const QueryParameters base {{u"RegionId"_s, u"cn-qingdao"_s}, {u"MaxResults"_s, u"10"_s}};
    const ApiResult garbage = call(u"DescribeNetworkInterfaces"_s, ecsVersion,
        base + QueryParameters {{u"NextToken"_s, u"AAAAAdDWBF2"_s}});
    QCOMPARE(garbage.httpStatus, 400);
    QCOMPARE(garbage.code, u"InvalidNextToken.Malformed"_s);
    const QString token
        = call(u"DescribeNetworkInterfaces"_s, ecsVersion, base).body[u"NextToken"_s].toString();
    QVERIFY(!token.isEmpty());
    const ApiResult otherQuery = call(u"DescribeNetworkInterfaces"_s, ecsVersion,
        base + QueryParameters {{u"NextToken"_s, token}, {u"Status"_s, u"InUse"_s}});
    QCOMPARE(otherQuery.code, u"InvalidNextToken.Malformed"_s);
    QVERIFY(call(u"DescribeNetworkInterfaces"_s, ecsVersion, base + QueryParameters {{u"NextToken"_s, token}})
                .ok());
}

void tst_EmulatorInventory::networkInterfaceFilters()
{
    loadSmallInventory();
    const auto ids = [&](const QueryParameters &filters) {
        const ApiResult result = call(
            u"DescribeNetworkInterfaces"_s, ecsVersion, QueryParameters {{u"RegionId"_s, region}} + filters);
        return idsOf(result.body[u"NetworkInterfaceSets"_s][u"NetworkInterfaceSet"_s].toArray(),
            u"NetworkInterfaceId"_s);
    };
    const QString attached = u"eni-bp1aaaaaaaaaaaaaaaaaaaa"_s;
    const QString free = u"eni-bp1bbbbbbbbbbbbbbbbbbbb"_s;
    QCOMPARE(ids({}), QStringList({attached, free}));
    QCOMPARE(ids({{u"InstanceId"_s, u"i-bp1aaaaaaaaaaaaaaaaaa"_s}}), QStringList {attached});
    QCOMPARE(ids({{u"Status"_s, u"Available"_s}}), QStringList {free});
    QCOMPARE(ids({{u"Type"_s, u"Primary"_s}}), QStringList {attached});
    QCOMPARE(ids({{u"NetworkInterfaceId.1"_s, free}, {u"NetworkInterfaceId.2"_s, u"eni-bp1nothere"_s}}),
        QStringList {free});
    QCOMPARE(ids({{u"VpcId"_s, u"vpc-bp1bbbbbbbbbbbbbbbbbbbb"_s}}), QStringList());
    QCOMPARE(ids({{u"VSwitchId"_s, u"vsw-bp1aaaaaaaaaaaaaaaaaaaa"_s}, {u"Status"_s, u"InUse"_s}}),
        QStringList {attached});
    const ApiResult item = call(u"DescribeNetworkInterfaces"_s, ecsVersion,
        {{u"RegionId"_s, region}, {u"NetworkInterfaceId.1"_s, attached}});
    QCOMPARE(
        item.body[u"NetworkInterfaceSets"_s][u"NetworkInterfaceSet"_s][0][u"PrivateIpAddress"_s].toString(),
        u"10.1.0.10"_s);
    QCOMPARE(call(u"DescribeNetworkInterfaces"_s, ecsVersion, {}).code, u"MissingParameter"_s);
}

void tst_EmulatorInventory::createNetworkInterfaceIsListed()
{
    loadSmallInventory();
    const ApiResult created = call(u"CreateNetworkInterface"_s, ecsVersion,
        {{u"RegionId"_s, region}, {u"VSwitchId"_s, u"vsw-bp1aaaaaaaaaaaaaaaaaaaa"_s},
            {u"SecurityGroupId"_s, u"sg-bp1aaaaaaaaaaaaaaaaa"_s},
            {u"NetworkInterfaceName"_s, u"数据库网卡"_s}, {u"PrimaryIpAddress"_s, u"10.1.0.77"_s}});
    QVERIFY2(created.ok(), qPrintable(created.code + created.message));
    const QString id = created.body[u"NetworkInterfaceId"_s].toString();
    QVERIFY(id.startsWith(u"eni-bp1"_s));
    QCOMPARE(created.body[u"VpcId"_s].toString(), u"vpc-bp1aaaaaaaaaaaaaaaaaaaa"_s);
    QCOMPARE(created.body[u"ZoneId"_s].toString(), u"cn-hangzhou-h"_s);
    QCOMPARE(created.body[u"Status"_s].toString(), u"Available"_s);
    QCOMPARE(created.body[u"PrivateIpAddress"_s].toString(), u"10.1.0.77"_s);
    const ApiResult listed = call(u"DescribeNetworkInterfaces"_s, ecsVersion,
        {{u"RegionId"_s, region}, {u"NetworkInterfaceId.1"_s, id}});
    QCOMPARE(listed.body[u"NetworkInterfaceSets"_s][u"NetworkInterfaceSet"_s][0][u"NetworkInterfaceName"_s]
                 .toString(),
        u"数据库网卡"_s);
    const ApiResult outside = call(u"CreateNetworkInterface"_s, ecsVersion,
        {{u"RegionId"_s, region}, {u"VSwitchId"_s, u"vsw-bp1aaaaaaaaaaaaaaaaaaaa"_s},
            {u"SecurityGroupId"_s, u"sg-bp1aaaaaaaaaaaaaaaaa"_s}, {u"PrimaryIpAddress"_s, u"10.9.0.1"_s}});
    QCOMPARE(outside.code, u"InvalidParameter"_s);
}

void tst_EmulatorInventory::createFlowLogRefusesUnknownResource_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown VPC") << u"VPC"_s << u"vpc-bp1nothere00000000000"_s << region
                                 << u"ResourceNotFound.VPC"_s;
    QTest::newRow("VPC of another region")
        << u"VPC"_s << u"vpc-uf6cccccccccccccccccccc"_s << region << u"ResourceNotFound.VPC"_s;
    QTest::newRow("unknown vSwitch") << u"VSwitch"_s << u"vsw-bp1nothere00000000000"_s << region
                                     << u"ResourceNotFound.VSwitch"_s;
    QTest::newRow("unknown ENI") << u"NetworkInterface"_s << u"eni-bp1nothere00000000000"_s << region
                                 << u"ResourceNotFound.NetworkInterface"_s;
    QTest::newRow("known VPC") << u"VPC"_s << u"vpc-bp1aaaaaaaaaaaaaaaaaaaa"_s << region << QString();
    QTest::newRow("known ENI") << u"NetworkInterface"_s << u"eni-bp1bbbbbbbbbbbbbbbbbbbb"_s << region
                               << QString();
    QTest::newRow("VPC in its region")
        << u"VPC"_s << u"vpc-uf6cccccccccccccccccccc"_s << u"cn-shanghai"_s << QString();
}

void tst_EmulatorInventory::createFlowLogRefusesUnknownResource()
{
    QFETCH(QString, type);
    QFETCH(QString, id);
    QFETCH(QString, regionId);
    QFETCH(QString, code);
    loadSmallInventory();
    const ApiResult result = call(u"CreateFlowLog"_s, vpcVersion, flowLogOn(type, id, regionId));
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.code + result.message));
        return;
    }
    QCOMPARE(result.httpStatus, 404);
    QCOMPARE(result.code, code);
    QCOMPARE(result.message, u"The specified resource of %1 is not found."_s.arg(id));
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_EmulatorInventory::withoutInventoryAnyIdIsAccepted()
{
    QVERIFY(!m_emulator->inventory().inUse());
    QVERIFY(
        call(u"CreateFlowLog"_s, vpcVersion, flowLogOn(u"VSwitch"_s, u"vsw-bp1anything0000000000"_s)).ok());
}

void tst_EmulatorInventory::vpcIdFilterCoversVSwitchesAndEnis()
{
    loadSmallInventory();
    for (const auto &[type, id] : {std::pair {u"VPC"_s, u"vpc-bp1aaaaaaaaaaaaaaaaaaaa"_s},
             {u"VSwitch"_s, u"vsw-bp1aaaaaaaaaaaaaaaaaaaa"_s},
             {u"NetworkInterface"_s, u"eni-bp1bbbbbbbbbbbbbbbbbbbb"_s},
             {u"VPC"_s, u"vpc-bp1bbbbbbbbbbbbbbbbbbbb"_s}})
        QVERIFY(call(u"CreateFlowLog"_s, vpcVersion, flowLogOn(type, id)).ok());
    const ApiResult filtered = call(u"DescribeFlowLogs"_s, vpcVersion,
        {{u"RegionId"_s, region}, {u"VpcId"_s, u"vpc-bp1aaaaaaaaaaaaaaaaaaaa"_s}});
    const QJsonArray items = filtered.body[u"FlowLogs"_s][u"FlowLog"_s].toArray();
    QCOMPARE(filtered.body[u"TotalCount"_s].toString(), u"3"_s);
    QCOMPARE(idsOf(items, u"ResourceType"_s), QStringList({u"VPC"_s, u"VSwitch"_s, u"NetworkInterface"_s}));
    for (const QJsonValue &item : items)
        QVERIFY(!item.toObject().contains(u"VpcId"_s));
}

void tst_EmulatorInventory::vpcIdFilterWithoutInventory()
{
    const QString vpcId = u"vpc-bp1free000000000000000"_s;
    QVERIFY(call(u"CreateFlowLog"_s, vpcVersion, flowLogOn(u"VPC"_s, vpcId)).ok());
    QVERIFY(
        call(u"CreateFlowLog"_s, vpcVersion, flowLogOn(u"VSwitch"_s, u"vsw-bp1free000000000000000"_s)).ok());
    const ApiResult filtered
        = call(u"DescribeFlowLogs"_s, vpcVersion, {{u"RegionId"_s, region}, {u"VpcId"_s, vpcId}});
    QCOMPARE(
        idsOf(filtered.body[u"FlowLogs"_s][u"FlowLog"_s].toArray(), u"ResourceId"_s), QStringList {vpcId});
}

void tst_EmulatorInventory::inventoryFileErrorsNameTheProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\"regions\": [") << u"not JSON"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"regions": [{"regionId": "cn-hangzhou", "vpc": []}]})")
                                 << u"regions[0]: unknown key \"vpc\""_s;
    QTest::newRow("unknown region") << QByteArray(R"({"regions": [{"regionId": "mars-1"}]})")
                                    << u"regions[0].regionId: \"mars-1\""_s;
    QTest::newRow("vSwitch without its VPC") << QByteArray(
        R"({"regions": [{"regionId": "cn-hangzhou", "vSwitches": [{"vSwitchId": "vsw-1", "vpcId": "vpc-x", "zoneId": "cn-hangzhou-h", "cidrBlock": "10.0.0.0/24"}]}]})")
                                             << u"regions[0].vSwitches[0].vpcId: no VPC vpc-x in cn-hangzhou"_s;
    QTest::newRow("bad CIDR") << QByteArray(
        R"({"regions": [{"regionId": "cn-hangzhou", "vpcs": [{"vpcId": "vpc-1", "cidrBlock": "10.0.0.1/8"}]}]})")
                              << u"regions[0].vpcs[0].cidrBlock"_s;
    QTest::newRow("duplicate ID") << QByteArray(
        R"({"regions": [{"regionId": "cn-hangzhou", "vpcs": [{"vpcId": "vpc-1"}, {"vpcId": "vpc-1"}]}]})")
                                  << u"regions[0].vpcs[1].vpcId: vpc-1 appears twice"_s;
    QTest::newRow("flow log on nothing") << QByteArray(
        R"({"regions": [{"regionId": "cn-hangzhou", "flowLogs": [{"resourceType": "VPC", "resourceId": "vpc-1", "projectName": "p", "logStoreName": "l"}]}]})")
                                         << u"regions[0].flowLogs[0].resourceId: no VPC vpc-1 in cn-hangzhou"_s;
    QTest::newRow("bad status") << QByteArray(
        R"({"regions": [{"regionId": "cn-hangzhou", "vpcs": [{"vpcId": "vpc-1"}], "flowLogs": [{"resourceType": "VPC", "resourceId": "vpc-1", "projectName": "p", "logStoreName": "l", "status": "On"}]}]})")
                                << u"regions[0].flowLogs[0].status: \"On\" is not one of"_s;
}

void tst_EmulatorInventory::inventoryFileErrorsNameTheProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    QString error;
    QVERIFY(!m_emulator->loadInventory(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!m_emulator->inventory().inUse());
    QVERIFY(!m_emulator->loadInventory(m_dir.filePath(u"missing.json"_s), &error));
    QCOMPARE(error, u"no such file"_s);
}

void tst_EmulatorInventory::inventoryFlowLogsSeedOnlyANewState()
{
    const QByteArray json = R"({"regions": [{"regionId": "cn-hangzhou", "vpcs": [{"vpcId": "vpc-bp1seed"}],
        "flowLogs": [{"flowLogId": "fl-seed", "resourceType": "VPC", "resourceId": "vpc-bp1seed",
                      "projectName": "p", "logStoreName": "l", "deliverStatus": "FAILED",
                      "deliverErrorMessage": "ProjectNotExist"}]}]})";
    const QString inventory = m_dir.filePath(u"seed.json"_s);
    QFile file(inventory);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    const QString state = m_dir.filePath(u"state.json"_s);
    QFile::remove(state);
    {
        VpcEmulator first;
        QVERIFY(first.setStateFile(state));
        QVERIFY(first.loadInventory(inventory));
        QCOMPARE(first.flowLogCount(), 1);
        const QJsonObject item = first.flowLogs().first();
        QCOMPARE(item[u"FlowLogDeliverStatus"_s].toString(), u"FAILED"_s);
        QCOMPARE(item[u"FlowLogDeliverErrorMessage"_s].toString(), u"ProjectNotExist"_s);
        QVERIFY(!item.contains(u"VpcId"_s));
    }
    VpcEmulator second;
    QVERIFY(second.setStateFile(state));
    QVERIFY(second.loadInventory(inventory));
    QCOMPARE(second.flowLogCount(), 1); // kept from the state file, not seeded twice
}

void tst_EmulatorInventory::generatorIsDeterministicAndCounts()
{
    const InventorySpec spec {3, 30, 90, 900, 200, 42};
    const InventoryContents one = InventoryGenerator::generate(spec, 0);
    const InventoryContents two = InventoryGenerator::generate(spec, 0);
    InventorySpec otherSeed = spec;
    otherSeed.seed = 43;
    const InventoryContents three = InventoryGenerator::generate(otherSeed, 0);
    QCOMPARE(one.store.vpcCount(), 30);
    QCOMPARE(one.store.vSwitchCount(), 90);
    QCOMPARE(one.store.networkInterfaceCount(), 900);
    QCOMPARE(one.flowLogs.size(), 200);
    QCOMPARE(one.store.regionIds().size(), 3);
    QCOMPARE(one.store.networkInterface(899).networkInterfaceId,
        two.store.networkInterface(899).networkInterfaceId);
    QCOMPARE(one.flowLogs.last().resourceId, two.flowLogs.last().resourceId);
    QVERIFY(one.store.vpc(0).vpcId != three.store.vpc(0).vpcId);
    QSet<QString> statuses, deliveries, types;
    for (const FlowLogRecord &record : one.flowLogs) {
        statuses.insert(record.status);
        deliveries.insert(record.deliverStatus);
        types.insert(record.resourceType);
    }
    QVERIFY(statuses.contains(u"Inactive"_s) && statuses.contains(u"Active"_s));
    QVERIFY(deliveries.contains(u"FAILED"_s));
    QCOMPARE(types.size(), 3);
    QString error;
    QVERIFY(!InventorySpec::parse(u"vpcs=lots"_s, &error));
    QVERIFY(error.contains(u"vpcs=lots"_s));
    QCOMPARE(InventorySpec::parse(u"regions=20,vpcs=2000,seed=9"_s, &error)->vpcs, 2000);
}

// The sandbox's seed account: one VPC covered (an Active, All, VPC-level flow log), one partly
// (only narrower or Drop flow logs), one not at all.
void tst_EmulatorInventory::sandboxInventoryHasCoveredPartialAndUncoveredVpcs()
{
    QString error;
    const auto contents = InventoryFile::read(QStringLiteral(FLOWLOG_SANDBOX_INVENTORY), 0, &error);
    QVERIFY2(contents, qPrintable(error));
    int covered = 0;
    int partial = 0;
    int uncovered = 0;
    for (const int index : contents->store.region(region).vpcs) {
        const QString vpcId = contents->store.vpc(index).vpcId;
        bool full = false;
        bool some = false;
        for (const FlowLogRecord &record : contents->flowLogs) {
            if (record.vpcId != vpcId)
                continue;
            some = true;
            full = full
                || (record.resourceType == u"VPC"_s && record.trafficType == u"All"_s
                    && record.status == u"Active"_s);
        }
        covered += full;
        partial += some && !full;
        uncovered += !some;
    }
    QVERIFY(covered >= 1 && partial >= 1 && uncovered >= 1);
    QVERIFY(contents->store.networkInterfaceCount() >= 4);
}

QTEST_GUILESS_MAIN(tst_EmulatorInventory)
#include "tst_emulatorinventory.moc"
