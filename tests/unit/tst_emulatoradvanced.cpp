#include "core/signing/requestsigner.h"
#include "emulator/vpcemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The parameters CreateFlowLog gained after 2016 (sampling interval, traffic path, IP version,
// resource group, tags) as the emulator stores, returns, filters and modifies them.
namespace {

struct Response
{
    int status = 0;
    QJsonObject json = {};

    QString code() const { return json.value(u"Code"_s).toString(); }
    QString message() const { return json.value(u"Message"_s).toString(); }
    QJsonArray flowLogs() const { return json[u"FlowLogs"_s][u"FlowLog"_s].toArray(); }
};

QueryParameters baseParameters()
{
    return {
        {u"RegionId"_s, u"cn-hangzhou"_s},
        {u"ResourceType"_s, u"VPC"_s},
        {u"ResourceId"_s, u"vpc-bp1advanced000001"_s},
        {u"TrafficType"_s, u"All"_s},
        {u"ProjectName"_s, u"flowlog-project"_s},
        {u"LogStoreName"_s, u"flowlog-store"_s},
    };
}

QueryParameters everyNewParameter()
{
    return baseParameters() + QueryParameters {
        {u"AggregationInterval"_s, u"1"_s},
        {u"TrafficPath.1"_s, u"all"_s},
        {u"TrafficPath.2"_s, u"internetGateway"_s},
        {u"IpVersion"_s, u"DualStack"_s},
        {u"ResourceGroupId"_s, u"rg-acfmtest0000001"_s},
        {u"Tag.1.Key"_s, u"env"_s},
        {u"Tag.1.Value"_s, u"生产"_s},
        {u"Tag.2.Key"_s, u"team"_s},
        {u"Tag.2.Value"_s, QString(u""_s)},
    };
}

QJsonArray tagsJson(const QList<std::pair<QString, QString>> &tags)
{
    QJsonArray array;
    for (const auto &[key, value] : tags)
        array.append(QJsonObject {{u"Key"_s, key}, {u"Value"_s, value}});
    return array;
}

} // namespace

class tst_EmulatorAdvanced : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newParametersAreStoredAndReturned();
    void createAnswerCarriesResourceGroupAndSuccess();
    void defaultsWhenNotSent();
    void invalidThirdTagKeyNamesTagThreeKey_data();
    void invalidThirdTagKeyNamesTagThreeKey();
    void invalidNewValuesAreRefused_data();
    void invalidNewValuesAreRefused();
    void describeFiltersByResourceGroup();
    void describeFiltersByTags_data();
    void describeFiltersByTags();
    void trafficPathRefusedWhenNotEnabled();
    void modifyChangesIntervalAndIpVersion();
    void modifyRefusesABadInterval_data();
    void modifyRefusesABadInterval();
    void stateFileKeepsTheNewParameters();

private:
    Response call(const QString &action, const QueryParameters &parameters);
    QString create(const QueryParameters &parameters);
    QJsonObject describeOne(const QString &flowLogId);

    std::unique_ptr<VpcEmulator> m_emulator;
    QNetworkAccessManager m_network;
};

void tst_EmulatorAdvanced::init()
{
    m_emulator = std::make_unique<VpcEmulator>();
    // Active at once: a flow log still Activating refuses ModifyFlowLogAttribute (IncorrectStatus.flowlog).
    m_emulator->setActivationDelay(0);
    QVERIFY(m_emulator->start(QHostAddress::LocalHost, 0));
}

void tst_EmulatorAdvanced::cleanup()
{
    m_emulator.reset();
}

Response tst_EmulatorAdvanced::call(const QString &action, const QueryParameters &parameters)
{
    const SignedRequest signedRequest = RequestSigner().sign({action, u"2016-04-28"_s, parameters},
        m_emulator->serverUrl(), VpcEmulator::defaultAccount(), SignatureVersion::V3, "POST");
    QNetworkRequest request(signedRequest.url);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, signedRequest.method, signedRequest.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return response;
}

QString tst_EmulatorAdvanced::create(const QueryParameters &parameters)
{
    return call(u"CreateFlowLog"_s, parameters).json.value(u"FlowLogId"_s).toString();
}

QJsonObject tst_EmulatorAdvanced::describeOne(const QString &flowLogId)
{
    const QJsonArray flowLogs =
        call(u"DescribeFlowLogs"_s, {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"FlowLogId"_s, flowLogId}}).flowLogs();
    return flowLogs.size() == 1 ? flowLogs.first().toObject() : QJsonObject();
}

void tst_EmulatorAdvanced::newParametersAreStoredAndReturned()
{
    const QJsonObject flowLog = describeOne(create(everyNewParameter()));
    QCOMPARE(flowLog.value(u"AggregationInterval"_s), QJsonValue(1));
    QCOMPARE(flowLog[u"TrafficPath"_s][u"TrafficPathList"_s].toArray(),
        QJsonArray({u"all"_s, u"internetGateway"_s}));
    QCOMPARE(flowLog.value(u"IpVersion"_s).toString(), u"DualStack"_s);
    QCOMPARE(flowLog.value(u"ResourceGroupId"_s).toString(), u"rg-acfmtest0000001"_s);
    QCOMPARE(flowLog[u"Tags"_s][u"Tag"_s].toArray(), tagsJson({{u"env"_s, u"生产"_s}, {u"team"_s, u""_s}}));
    QCOMPARE(flowLog.value(u"BusinessStatus"_s).toString(), u"Normal"_s);
    QCOMPARE(flowLog.value(u"FlowLogDeliverStatus"_s).toString(), u"SUCCESS"_s);
    QVERIFY(flowLog.value(u"FlowLogDeliverErrorMessage"_s).isString());
    QVERIFY(flowLog.value(u"ServiceType"_s).toString().isEmpty());
    QVERIFY(!flowLog.value(u"CreationTime"_s).toString().isEmpty());
}

void tst_EmulatorAdvanced::createAnswerCarriesResourceGroupAndSuccess()
{
    const Response answer = call(u"CreateFlowLog"_s, everyNewParameter());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(u"ResourceGroupId"_s).toString(), u"rg-acfmtest0000001"_s);
    QCOMPARE(answer.json.value(u"Success"_s), QJsonValue(u"true"_s)); // a string, as the Go SDK reads it
    QVERIFY(answer.json.value(u"FlowLogId"_s).toString().startsWith(u"fl-"_s));
    QVERIFY(!answer.json.value(u"RequestId"_s).toString().isEmpty());
}

void tst_EmulatorAdvanced::defaultsWhenNotSent()
{
    const Response answer = call(u"CreateFlowLog"_s, baseParameters());
    QCOMPARE(answer.json.value(u"ResourceGroupId"_s).toString(), FlowLogRecord::defaultResourceGroupId());
    const QJsonObject flowLog = describeOne(answer.json.value(u"FlowLogId"_s).toString());
    QCOMPARE(flowLog.value(u"AggregationInterval"_s), QJsonValue(10));
    QCOMPARE(flowLog[u"TrafficPath"_s][u"TrafficPathList"_s].toArray(), QJsonArray({u"all"_s}));
    QCOMPARE(flowLog.value(u"IpVersion"_s).toString(), u"IPV4"_s);
    QCOMPARE(flowLog.value(u"ResourceGroupId"_s).toString(), u"rg-acfmsandbox0default"_s);
    QCOMPARE(flowLog[u"Tags"_s][u"Tag"_s].toArray(), QJsonArray());
}

void tst_EmulatorAdvanced::invalidThirdTagKeyNamesTagThreeKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << u""_s;
    QTest::newRow("reserved prefix") << u"aliyun-owner"_s;
    QTest::newRow("url") << u"see-https://example.com"_s;
    QTest::newRow("duplicate of the first") << u"env"_s;
    QTest::newRow("129 characters") << QString(129, u'k');
}

void tst_EmulatorAdvanced::invalidThirdTagKeyNamesTagThreeKey()
{
    QFETCH(QString, key);
    const Response answer = call(u"CreateFlowLog"_s,
        everyNewParameter() + QueryParameters {{u"Tag.3.Key"_s, key}, {u"Tag.3.Value"_s, u"v"_s}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), u"InvalidParameter"_s);
    QVERIFY2(answer.message().contains(u"Tag.3.Key"_s), qPrintable(answer.message()));
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_EmulatorAdvanced::invalidNewValuesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("interval in seconds") << u"AggregationInterval"_s << u"60"_s;
    QTest::newRow("unknown path") << u"TrafficPath.2"_s << u"natGateway"_s;
    QTest::newRow("IP version case") << u"IpVersion"_s << u"IPv6"_s;
    QTest::newRow("tag value with a reserved prefix") << u"Tag.2.Value"_s << u"acs:x"_s;
}

void tst_EmulatorAdvanced::invalidNewValuesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QueryParameters parameters = everyNewParameter();
    parameters.removeIf([&name](const auto &parameter) { return parameter.first == name; });
    parameters.append({name, value});
    const Response answer = call(u"CreateFlowLog"_s, parameters);
    QCOMPARE(answer.code(), u"InvalidParameter"_s);
    QVERIFY2(answer.message().contains(name), qPrintable(answer.message()));
}

void tst_EmulatorAdvanced::describeFiltersByResourceGroup()
{
    const QString inGroup = create(everyNewParameter());
    create(baseParameters());
    const Response found = call(u"DescribeFlowLogs"_s,
        {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"ResourceGroupId"_s, u"rg-acfmtest0000001"_s}});
    QCOMPARE(found.flowLogs().size(), 1);
    QCOMPARE(found.flowLogs().first()[u"FlowLogId"_s].toString(), inGroup);
    QCOMPARE(found.json.value(u"TotalCount"_s).toString(), u"1"_s);
}

void tst_EmulatorAdvanced::describeFiltersByTags_data()
{
    QTest::addColumn<QueryParameters>("filter");
    QTest::addColumn<int>("matches");
    QTest::newRow("key and value") << QueryParameters {{u"Tags.1.Key"_s, u"env"_s}, {u"Tags.1.Value"_s, u"生产"_s}}
                                   << 1;
    QTest::newRow("other value") << QueryParameters {{u"Tags.1.Key"_s, u"env"_s}, {u"Tags.1.Value"_s, u"测试"_s}}
                                 << 0;
    QTest::newRow("key without value") << QueryParameters {{u"Tags.1.Key"_s, u"team"_s}} << 1;
    QTest::newRow("empty value sent") << QueryParameters {{u"Tags.1.Key"_s, u"team"_s}, {u"Tags.1.Value"_s, u""_s}}
                                      << 1;
    QTest::newRow("every tag required")
        << QueryParameters {{u"Tags.1.Key"_s, u"env"_s}, {u"Tags.2.Key"_s, u"owner"_s}} << 0;
    QTest::newRow("both tags") << QueryParameters {{u"Tags.1.Key"_s, u"env"_s}, {u"Tags.2.Key"_s, u"team"_s}} << 1;
    // Tag.N is CreateFlowLog's spelling; DescribeFlowLogs reads only Tags.N.
    QTest::newRow("singular ignored") << QueryParameters {{u"Tag.1.Key"_s, u"owner"_s}} << 2;
}

void tst_EmulatorAdvanced::describeFiltersByTags()
{
    QFETCH(QueryParameters, filter);
    create(everyNewParameter());
    create(baseParameters());
    const Response found =
        call(u"DescribeFlowLogs"_s, QueryParameters {{u"RegionId"_s, u"cn-hangzhou"_s}} + filter);
    QCOMPARE(found.status, 200);
    QTEST(int(found.flowLogs().size()), "matches");
}

void tst_EmulatorAdvanced::trafficPathRefusedWhenNotEnabled()
{
    m_emulator->setTrafficPathEnabled(false);
    const Response refused = call(u"CreateFlowLog"_s, everyNewParameter());
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), u"OperationDenied.TrafficPathNotEnabled"_s);
    QVERIFY(refused.message().contains(u"ticket"_s));
    QCOMPARE(m_emulator->flowLogCount(), 0);
    // Without TrafficPath the same account creates flow logs, with the default path.
    const QJsonObject flowLog = describeOne(create(baseParameters()));
    QCOMPARE(flowLog[u"TrafficPath"_s][u"TrafficPathList"_s].toArray(), QJsonArray({u"all"_s}));
}

void tst_EmulatorAdvanced::modifyChangesIntervalAndIpVersion()
{
    const QString id = create(baseParameters());
    const Response answer = call(u"ModifyFlowLogAttribute"_s, {{u"RegionId"_s, u"cn-hangzhou"_s},
        {u"FlowLogId"_s, id}, {u"AggregationInterval"_s, u"5"_s}, {u"IpVersion"_s, u"DualStack"_s}});
    QCOMPARE(answer.status, 200);
    const QJsonObject flowLog = describeOne(id);
    QCOMPARE(flowLog.value(u"AggregationInterval"_s), QJsonValue(5));
    QCOMPARE(flowLog.value(u"IpVersion"_s).toString(), u"DualStack"_s);
    // What is not sent stays.
    call(u"ModifyFlowLogAttribute"_s, {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"FlowLogId"_s, id},
        {u"FlowLogName"_s, u"renamed"_s}});
    QCOMPARE(describeOne(id).value(u"AggregationInterval"_s), QJsonValue(5));
}

void tst_EmulatorAdvanced::modifyRefusesABadInterval_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("interval 2") << u"AggregationInterval"_s << u"2"_s;
    QTest::newRow("interval text") << u"AggregationInterval"_s << u"ten"_s;
    QTest::newRow("IP version") << u"IpVersion"_s << u"IPV6"_s;
}

void tst_EmulatorAdvanced::modifyRefusesABadInterval()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const QString id = create(baseParameters());
    const Response answer = call(u"ModifyFlowLogAttribute"_s,
        {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"FlowLogId"_s, id}, {name, value}});
    QCOMPARE(answer.code(), u"InvalidParameter"_s);
    QVERIFY2(answer.message().contains(name), qPrintable(answer.message()));
    QCOMPARE(describeOne(id).value(u"AggregationInterval"_s), QJsonValue(10));
    QCOMPARE(describeOne(id).value(u"IpVersion"_s).toString(), u"IPV4"_s);
}

void tst_EmulatorAdvanced::stateFileKeepsTheNewParameters()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    QVERIFY(m_emulator->setStateFile(path));
    const QString id = create(everyNewParameter());
    const QJsonObject before = describeOne(id);
    m_emulator.reset(); // writes pending changes

    init();
    QVERIFY(m_emulator->setStateFile(path));
    QJsonObject after = describeOne(id);
    after.remove(u"Status"_s); // Activating may have become Active meanwhile
    QJsonObject expected = before;
    expected.remove(u"Status"_s);
    QCOMPARE(after, expected);
}

QTEST_GUILESS_MAIN(tst_EmulatorAdvanced)
#include "tst_emulatoradvanced.moc"
