// flowlog-emulator's actions on existing flow logs: the transient statuses (Activating,
// Deactivating, Deleting) after the delay, the status conflicts, DescribeFlowLogs' default page,
// flow logs made from Log Service, tags and resource groups, and the state file over all of it.
#include "core/signing/requestsigner.h"
#include "emulator/emulatorfaults.h"
#include "emulator/inventoryfile.h"
#include "emulator/vpcemulator.h"

#include <QFile>
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

namespace {

const QString region = u"cn-hangzhou"_s;

struct Response
{
    int status = 0;
    QJsonObject json = {};

    QString code() const { return json.value(u"Code"_s).toString(); }
    QString message() const { return json.value(u"Message"_s).toString(); }
    QJsonArray flowLogs() const { return json[u"FlowLogs"_s][u"FlowLog"_s].toArray(); }
};

FlowLogRecord record(const QString &id, const QString &status, qint64 settlesAtMs = 0)
{
    FlowLogRecord flowLog;
    flowLog.flowLogId = id;
    flowLog.regionId = region;
    flowLog.flowLogName = id;
    flowLog.resourceType = u"VPC"_s;
    flowLog.resourceId = u"vpc-bp1flowlogstest00000001"_s;
    flowLog.trafficType = u"All"_s;
    flowLog.projectName = u"p"_s;
    flowLog.logStoreName = u"l"_s;
    flowLog.creationTime = u"2026-12-01T00:00:00Z"_s;
    flowLog.status = status;
    flowLog.settlesAtMs = settlesAtMs;
    return flowLog;
}

QueryParameters target(const QString &id)
{
    return {{u"RegionId"_s, region}, {u"FlowLogId"_s, id}};
}

QStringList tagTexts(const QJsonObject &flowLog)
{
    QStringList texts;
    for (const QJsonValue &tag : flowLog[u"Tags"_s][u"Tag"_s].toArray())
        texts.append(tag[u"Key"_s].toString() + u'=' + tag[u"Value"_s].toString());
    return texts;
}

} // namespace

class tst_EmulatorFlowLogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void stoppingAndDeletingPassThroughTheirTransientStatus();
    void transientStatusesConflict_data();
    void transientStatusesConflict();
    void startingAnActiveAndStoppingAnInactiveChangeNothing();
    void scriptedConflictsPersistForTheirCount();
    void describePageSizeDefaultsToTwenty();
    void logServiceFlowLogsAreListedButNotManaged();
    void tagResourcesAddsAndReplaces();
    void tagResourcesRefuses_data();
    void tagResourcesRefuses();
    void untagResourcesRemovesKeysOrAll();
    void moveResourceGroupChangesTheGroup();
    void stateFileKeepsTransientStatusesAndLosesTheDeleted();
    void inventoryFileSetsServiceTypeAndDelivery();
    void sandboxSeedHasAFailedDeliveryAndALogServiceFlowLog();

private:
    Response call(const QString &action, const QueryParameters &parameters);
    QString createFlowLog();
    QJsonObject describeOne(const QString &flowLogId);
    QString statusOf(const QString &flowLogId) { return describeOne(flowLogId)[u"Status"_s].toString(); }

    std::unique_ptr<VpcEmulator> m_emulator;
    QNetworkAccessManager m_network;
};

void tst_EmulatorFlowLogs::init()
{
    m_emulator = std::make_unique<VpcEmulator>();
    QVERIFY(m_emulator->start(QHostAddress::LocalHost, 0));
    m_network.clearConnectionCache();
}

void tst_EmulatorFlowLogs::cleanup()
{
    m_emulator.reset();
}

Response tst_EmulatorFlowLogs::call(const QString &action, const QueryParameters &parameters)
{
    const SignedRequest signedRequest = RequestSigner().sign({action, u"2016-04-28"_s, parameters},
        m_emulator->serverUrl(), VpcEmulator::defaultAccount(), SignatureVersion::V1, "GET");
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

QString tst_EmulatorFlowLogs::createFlowLog()
{
    const Response response = call(u"CreateFlowLog"_s,
        {{u"RegionId"_s, region}, {u"ResourceType"_s, u"NetworkInterface"_s},
            {u"ResourceId"_s, u"eni-bp1flowlogstest0001"_s}, {u"TrafficType"_s, u"All"_s},
            {u"ProjectName"_s, u"flowlog-project"_s}, {u"LogStoreName"_s, u"flowlog-store"_s}});
    return response.json.value(u"FlowLogId"_s).toString();
}

QJsonObject tst_EmulatorFlowLogs::describeOne(const QString &flowLogId)
{
    const QJsonArray flowLogs = call(u"DescribeFlowLogs"_s, target(flowLogId)).flowLogs();
    return flowLogs.size() == 1 ? flowLogs.first().toObject() : QJsonObject();
}

void tst_EmulatorFlowLogs::stoppingAndDeletingPassThroughTheirTransientStatus()
{
    m_emulator->setActivationDelay(300);
    const QString id = createFlowLog();
    QCOMPARE(statusOf(id), u"Activating"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"Active"_s, 3000);

    QCOMPARE(call(u"DeactiveFlowLog"_s, target(id)).status, 200);
    QCOMPARE(statusOf(id), u"Deactivating"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"Inactive"_s, 3000);

    QCOMPARE(call(u"ActiveFlowLog"_s, target(id)).status, 200);
    QCOMPARE(statusOf(id), u"Activating"_s);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"Active"_s, 3000);

    QCOMPARE(call(u"DeleteFlowLog"_s, target(id)).status, 200);
    // Still listed, as Deleting, also by the Status filter.
    QCOMPARE(statusOf(id), u"Deleting"_s);
    const Response deleting
        = call(u"DescribeFlowLogs"_s, {{u"RegionId"_s, region}, {u"Status"_s, u"Deleting"_s}});
    QCOMPARE(deleting.flowLogs().size(), 1);
    QCOMPARE(m_emulator->flowLogCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        call(u"DescribeFlowLogs"_s, {{u"RegionId"_s, region}}).json[u"TotalCount"_s].toString(), u"0"_s,
        3000);
    QCOMPARE(m_emulator->flowLogCount(), 0);
    const Response gone = call(u"DeleteFlowLog"_s, target(id));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.code(), u"InvalidFlowLogId.NotFound"_s);

    // Without a delay every transition is over at once.
    m_emulator->setActivationDelay(0);
    const QString quick = createFlowLog();
    QCOMPARE(call(u"DeactiveFlowLog"_s, target(quick)).status, 200);
    QCOMPARE(statusOf(quick), u"Inactive"_s);
    QCOMPARE(call(u"DeleteFlowLog"_s, target(quick)).status, 200);
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_EmulatorFlowLogs::transientStatusesConflict_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("action");
    for (const QString &status : {u"Activating"_s, u"Deactivating"_s, u"Deleting"_s}) {
        for (const QString &action :
            {u"ActiveFlowLog"_s, u"DeactiveFlowLog"_s, u"DeleteFlowLog"_s, u"ModifyFlowLogAttribute"_s})
            QTest::addRow("%s %s", qPrintable(status), qPrintable(action)) << status << action;
    }
}

void tst_EmulatorFlowLogs::transientStatusesConflict()
{
    QFETCH(QString, status);
    QFETCH(QString, action);
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 60'000;
    m_emulator->addFlowLog(record(u"fl-transient0000000000001"_s, status, later));
    const Response response = call(
        action, target(u"fl-transient0000000000001"_s) + QueryParameters {{u"FlowLogName"_s, u"x1"_s}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), u"IncorrectStatus.flowlog"_s);
    QVERIFY2(response.message().contains(status), qPrintable(response.message()));
    QCOMPARE(statusOf(u"fl-transient0000000000001"_s), status);
    QCOMPARE(describeOne(u"fl-transient0000000000001"_s)[u"FlowLogName"_s].toString(),
        u"fl-transient0000000000001"_s);
}

void tst_EmulatorFlowLogs::startingAnActiveAndStoppingAnInactiveChangeNothing()
{
    m_emulator->setActivationDelay(60'000);
    m_emulator->addFlowLog(record(u"fl-active00000000000000001"_s, u"Active"_s));
    m_emulator->addFlowLog(record(u"fl-inactive000000000000001"_s, u"Inactive"_s));
    QCOMPARE(call(u"ActiveFlowLog"_s, target(u"fl-active00000000000000001"_s)).status, 200);
    QCOMPARE(statusOf(u"fl-active00000000000000001"_s), u"Active"_s);
    QCOMPARE(call(u"DeactiveFlowLog"_s, target(u"fl-inactive000000000000001"_s)).status, 200);
    QCOMPARE(statusOf(u"fl-inactive000000000000001"_s), u"Inactive"_s);
    // A settled transition is no conflict: Activating whose moment has passed reads Active.
    m_emulator->addFlowLog(record(u"fl-settled0000000000000001"_s, u"Activating"_s, 1));
    QCOMPARE(call(u"DeactiveFlowLog"_s, target(u"fl-settled0000000000000001"_s)).status, 200);
    QCOMPARE(statusOf(u"fl-settled0000000000000001"_s), u"Deactivating"_s);
}

void tst_EmulatorFlowLogs::scriptedConflictsPersistForTheirCount()
{
    m_emulator->setActivationDelay(0);
    const QString id = createFlowLog();
    QString error;
    const auto faults = EmulatorFaults::parse(
        u"error=DeleteFlowLog:IncorrectStatus.flowlog:2,error=ActiveFlowLog:TaskConflict"_s, &error);
    QVERIFY2(faults, qPrintable(error));
    m_emulator->setFaults(*faults);
    for (int i = 0; i < 2; ++i) {
        const Response conflict = call(u"DeleteFlowLog"_s, target(id));
        QCOMPARE(conflict.status, 400);
        QCOMPARE(conflict.code(), u"IncorrectStatus.flowlog"_s);
    }
    for (int i = 0; i < 3; ++i) {
        const Response conflict = call(u"ActiveFlowLog"_s, target(id));
        QCOMPARE(conflict.status, 400);
        QCOMPARE(conflict.code(), u"TaskConflict"_s);
    }
    QCOMPARE(call(u"DeleteFlowLog"_s, target(id)).status, 200);
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_EmulatorFlowLogs::describePageSizeDefaultsToTwenty()
{
    for (int i = 0; i < 25; ++i)
        m_emulator->addFlowLog(record(u"fl-page%1"_s.arg(i, 18, 10, QLatin1Char('0')), u"Active"_s));
    const Response first = call(u"DescribeFlowLogs"_s, {{u"RegionId"_s, region}});
    QCOMPARE(first.json[u"PageSize"_s].toString(), u"20"_s);
    QCOMPARE(first.json[u"TotalCount"_s].toString(), u"25"_s);
    QCOMPARE(first.flowLogs().size(), 20);
    const Response second = call(u"DescribeFlowLogs"_s, {{u"RegionId"_s, region}, {u"PageNumber"_s, u"2"_s}});
    QCOMPARE(second.flowLogs().size(), 5);
    const Response fifty = call(u"DescribeFlowLogs"_s, {{u"RegionId"_s, region}, {u"PageSize"_s, u"50"_s}});
    QCOMPARE(fifty.flowLogs().size(), 25);
    QCOMPARE(call(u"DescribeFlowLogs"_s, {{u"RegionId"_s, region}, {u"PageSize"_s, u"51"_s}}).code(),
        u"InvalidParameter"_s);
}

void tst_EmulatorFlowLogs::logServiceFlowLogsAreListedButNotManaged()
{
    FlowLogRecord sls = record(u"fl-sls000000000000000001"_s, u"Active"_s);
    sls.serviceType = u"sls"_s;
    m_emulator->addFlowLog(sls);
    m_emulator->addFlowLog(record(u"fl-user00000000000000001"_s, u"Active"_s));
    QCOMPARE(describeOne(u"fl-sls000000000000000001"_s)[u"ServiceType"_s].toString(), u"sls"_s);
    const QJsonValue userMade = describeOne(u"fl-user00000000000000001"_s)[u"ServiceType"_s];
    QVERIFY(userMade.isString() && userMade.toString().isEmpty());
    for (const QString &action :
        {u"ActiveFlowLog"_s, u"DeactiveFlowLog"_s, u"DeleteFlowLog"_s, u"ModifyFlowLogAttribute"_s}) {
        const Response refused = call(action, target(u"fl-sls000000000000000001"_s));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.code(), u"OperationUnsupported.ServiceType"_s);
        QVERIFY2(refused.message().contains(u"Log Service"_s), qPrintable(refused.message()));
    }
    QCOMPARE(statusOf(u"fl-sls000000000000000001"_s), u"Active"_s);
    QCOMPARE(m_emulator->flowLogCount(), 2);
}

void tst_EmulatorFlowLogs::tagResourcesAddsAndReplaces()
{
    m_emulator->addFlowLog(record(u"fl-tags0000000000000001"_s, u"Active"_s));
    m_emulator->addFlowLog(record(u"fl-tags0000000000000002"_s, u"Active"_s));
    const QueryParameters both = {{u"RegionId"_s, region}, {u"ResourceType"_s, u"FLOWLOG"_s},
        {u"ResourceId.1"_s, u"fl-tags0000000000000001"_s}, {u"ResourceId.2"_s, u"fl-tags0000000000000002"_s}};
    const Response tagged = call(u"TagResources"_s,
        both
            + QueryParameters {{u"Tag.1.Key"_s, u"env"_s}, {u"Tag.1.Value"_s, u"prod"_s},
                {u"Tag.2.Key"_s, u"团队"_s}, {u"Tag.2.Value"_s, u""_s}});
    QCOMPARE(tagged.status, 200);
    QVERIFY(tagged.json.contains(u"RequestId"_s));
    QCOMPARE(tagTexts(describeOne(u"fl-tags0000000000000001"_s)), (QStringList {u"env=prod"_s, u"团队="_s}));
    QCOMPARE(tagTexts(describeOne(u"fl-tags0000000000000002"_s)), (QStringList {u"env=prod"_s, u"团队="_s}));
    // The type is case-insensitive; an existing key gets the new value.
    QCOMPARE(call(u"TagResources"_s,
                 {{u"RegionId"_s, region}, {u"ResourceType"_s, u"flowlog"_s},
                     {u"ResourceId.1"_s, u"fl-tags0000000000000001"_s}, {u"Tag.1.Key"_s, u"env"_s},
                     {u"Tag.1.Value"_s, u"dev"_s}})
                 .status,
        200);
    QCOMPARE(tagTexts(describeOne(u"fl-tags0000000000000001"_s)), (QStringList {u"env=dev"_s, u"团队="_s}));
    const Response filtered = call(u"DescribeFlowLogs"_s,
        {{u"RegionId"_s, region}, {u"Tags.1.Key"_s, u"env"_s}, {u"Tags.1.Value"_s, u"prod"_s}});
    QCOMPARE(filtered.flowLogs().size(), 1);
    QCOMPARE(filtered.flowLogs().first()[u"FlowLogId"_s].toString(), u"fl-tags0000000000000002"_s);

    // 20 tags a resource: 18 more fit, 19 do not (and then none is added, to either flow log).
    QueryParameters eighteen = both;
    for (int i = 1; i <= 18; ++i)
        eighteen += QueryParameters {
            {u"Tag.%1.Key"_s.arg(i), u"k%1"_s.arg(i)}, {u"Tag.%1.Value"_s.arg(i), u"v"_s}};
    QCOMPARE(call(u"TagResources"_s, eighteen).status, 200);
    QCOMPARE(tagTexts(describeOne(u"fl-tags0000000000000002"_s)).size(), 20);
    const Response tooMany = call(u"TagResources"_s,
        both + QueryParameters {{u"Tag.1.Key"_s, u"one-more"_s}, {u"Tag.1.Value"_s, u"v"_s}});
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.code(), u"QuotaExceeded.TagNum"_s);
    QCOMPARE(tagTexts(describeOne(u"fl-tags0000000000000001"_s)).size(), 20);
}

void tst_EmulatorFlowLogs::tagResourcesRefuses_data()
{
    QTest::addColumn<QueryParameters>("parameters");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named");
    const QueryParameters tag = {{u"Tag.1.Key"_s, u"env"_s}, {u"Tag.1.Value"_s, u"prod"_s}};
    const QueryParameters one = {{u"ResourceId.1"_s, u"fl-refuse000000000000001"_s}};
    const QueryParameters flowLogType = {{u"ResourceType"_s, u"FLOWLOG"_s}};
    const QueryParameters inRegion = {{u"RegionId"_s, region}};
    QTest::newRow("no RegionId") << flowLogType + one + tag << 400 << u"MissingParameter"_s << u"RegionId"_s;
    QTest::newRow("no ResourceType") << inRegion + one + tag << 400 << u"MissingParameter"_s
                                     << u"ResourceType"_s;
    QTest::newRow("ResourceType VPC")
        << inRegion + QueryParameters {{u"ResourceType"_s, u"VPC"_s}} + one + tag << 400
        << u"InvalidParameter"_s << u"ResourceType"_s;
    QTest::newRow("no ResourceId") << inRegion + flowLogType + tag << 400 << u"MissingParameter"_s
                                   << u"ResourceId"_s;
    QTest::newRow("no tag") << inRegion + flowLogType + one << 400 << u"MissingParameter"_s << u"Tag.1.Key"_s;
    QTest::newRow("reserved prefix") << inRegion + flowLogType + one
            + QueryParameters {{u"Tag.1.Key"_s, u"aliyun-x"_s}, {u"Tag.1.Value"_s, u"v"_s}}
                                     << 400 << u"InvalidParameter"_s << u"Tag.1.Key"_s;
    QTest::newRow("empty key") << inRegion + flowLogType + one + QueryParameters {{u"Tag.1.Key"_s, u""_s}}
                               << 400 << u"InvalidParameter"_s << u"Tag.1.Key"_s;
    QTest::newRow("unknown flow log")
        << inRegion + flowLogType + QueryParameters {{u"ResourceId.1"_s, u"fl-nosuchflowlog00000001"_s}} + tag
        << 404 << u"InvalidFlowLogId.NotFound"_s << u""_s;
}

void tst_EmulatorFlowLogs::tagResourcesRefuses()
{
    QFETCH(QueryParameters, parameters);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, named);
    m_emulator->addFlowLog(record(u"fl-refuse000000000000001"_s, u"Active"_s));
    const Response refused = call(u"TagResources"_s, parameters);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.code(), code);
    QVERIFY2(refused.message().contains(named), qPrintable(refused.message()));
    QVERIFY(tagTexts(describeOne(u"fl-refuse000000000000001"_s)).isEmpty());
}

void tst_EmulatorFlowLogs::untagResourcesRemovesKeysOrAll()
{
    FlowLogRecord tagged = record(u"fl-untag000000000000001"_s, u"Active"_s);
    tagged.tags = {{u"env"_s, u"prod"_s}, {u"team"_s, u"net"_s}, {u"cost"_s, u"42"_s}};
    m_emulator->addFlowLog(tagged);
    const QueryParameters base = {{u"RegionId"_s, region}, {u"ResourceType"_s, u"FLOWLOG"_s},
        {u"ResourceId.1"_s, u"fl-untag000000000000001"_s}};
    // The VPC API spells it UnTagResources.
    QCOMPARE(call(u"UntagResources"_s, base + QueryParameters {{u"TagKey.1"_s, u"env"_s}}).code(),
        u"InvalidAction.NotFound"_s);
    const Response untagged = call(u"UnTagResources"_s,
        base
            + QueryParameters {
                {u"TagKey.1"_s, u"env"_s}, {u"TagKey.2"_s, u"absent"_s}, {u"All"_s, u"false"_s}});
    QCOMPARE(untagged.status, 200);
    QCOMPARE(
        tagTexts(describeOne(u"fl-untag000000000000001"_s)), (QStringList {u"team=net"_s, u"cost=42"_s}));
    QCOMPARE(call(u"UnTagResources"_s, base + QueryParameters {{u"TagKey.1"_s, u"acs:x"_s}}).code(),
        u"InvalidParameter"_s);
    QCOMPARE(call(u"UnTagResources"_s, base + QueryParameters {{u"All"_s, u"yes"_s}}).code(),
        u"InvalidParameter"_s);
    QCOMPARE(call(u"UnTagResources"_s, base + QueryParameters {{u"All"_s, u"true"_s}}).status, 200);
    QVERIFY(tagTexts(describeOne(u"fl-untag000000000000001"_s)).isEmpty());
    QCOMPARE(call(u"UnTagResources"_s,
                 {{u"RegionId"_s, region}, {u"ResourceType"_s, u"FLOWLOG"_s},
                     {u"ResourceId.1"_s, u"fl-nosuchflowlog00000001"_s}, {u"All"_s, u"true"_s}})
                 .status,
        404);
}

void tst_EmulatorFlowLogs::moveResourceGroupChangesTheGroup()
{
    m_emulator->addFlowLog(record(u"fl-move0000000000000001"_s, u"Active"_s));
    QCOMPARE(describeOne(u"fl-move0000000000000001"_s)[u"ResourceGroupId"_s].toString(),
        FlowLogRecord::defaultResourceGroupId());
    const QueryParameters move = {{u"RegionId"_s, region}, {u"ResourceType"_s, u"FlowLog"_s},
        {u"ResourceId"_s, u"fl-move0000000000000001"_s}, {u"NewResourceGroupId"_s, u"rg-acfmnewgroup0001"_s}};
    const Response moved = call(u"MoveResourceGroup"_s, move);
    QCOMPARE(moved.status, 200);
    QVERIFY(moved.json.contains(u"RequestId"_s));
    QCOMPARE(
        describeOne(u"fl-move0000000000000001"_s)[u"ResourceGroupId"_s].toString(), u"rg-acfmnewgroup0001"_s);
    const Response byGroup = call(
        u"DescribeFlowLogs"_s, {{u"RegionId"_s, region}, {u"ResourceGroupId"_s, u"rg-acfmnewgroup0001"_s}});
    QCOMPARE(byGroup.flowLogs().size(), 1);

    QueryParameters noGroup = move;
    noGroup.removeLast();
    const Response missing = call(u"MoveResourceGroup"_s, noGroup);
    QCOMPARE(missing.code(), u"MissingParameter"_s);
    QVERIFY(missing.message().contains(u"NewResourceGroupId"_s));
    QueryParameters otherType = move;
    otherType[1].second = u"Vpc"_s;
    QCOMPARE(call(u"MoveResourceGroup"_s, otherType).code(), u"InvalidParameter"_s);
    QueryParameters unknown = move;
    unknown[2].second = u"fl-nosuchflowlog00000001"_s;
    QCOMPARE(call(u"MoveResourceGroup"_s, unknown).code(), u"InvalidFlowLogId.NotFound"_s);
}

void tst_EmulatorFlowLogs::stateFileKeepsTransientStatusesAndLosesTheDeleted()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"state.json"_s);
    QVERIFY(m_emulator->setStateFile(path));
    m_emulator->setActivationDelay(800);
    m_emulator->addFlowLog(record(u"fl-stopping000000000001"_s, u"Active"_s));
    m_emulator->addFlowLog(record(u"fl-deleting000000000001"_s, u"Active"_s));
    FlowLogRecord tagged = record(u"fl-tagged00000000000001"_s, u"Inactive"_s);
    tagged.serviceType = u"sls"_s;
    m_emulator->addFlowLog(tagged);
    QCOMPARE(call(u"DeactiveFlowLog"_s, target(u"fl-stopping000000000001"_s)).status, 200);
    QCOMPARE(call(u"DeleteFlowLog"_s, target(u"fl-deleting000000000001"_s)).status, 200);
    QCOMPARE(call(u"TagResources"_s,
                 {{u"RegionId"_s, region}, {u"ResourceType"_s, u"FLOWLOG"_s},
                     {u"ResourceId.1"_s, u"fl-tagged00000000000001"_s}, {u"Tag.1.Key"_s, u"env"_s},
                     {u"Tag.1.Value"_s, u"prod"_s}})
                 .status,
        200);
    m_emulator.reset(); // writes what a spaced-out save may still hold back

    auto reloaded = std::make_unique<VpcEmulator>();
    QVERIFY(reloaded->setStateFile(path));
    QCOMPARE(reloaded->flowLogCount(), 3);
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &flowLog : reloaded->flowLogs())
        byId.insert(flowLog[u"FlowLogId"_s].toString(), flowLog);
    QCOMPARE(byId[u"fl-stopping000000000001"_s][u"Status"_s].toString(), u"Deactivating"_s);
    QCOMPARE(byId[u"fl-deleting000000000001"_s][u"Status"_s].toString(), u"Deleting"_s);
    QCOMPARE(byId[u"fl-tagged00000000000001"_s][u"ServiceType"_s].toString(), u"sls"_s);
    QCOMPARE(tagTexts(byId[u"fl-tagged00000000000001"_s]), QStringList {u"env=prod"_s});

    // At its moment the deleted one goes: from the listing, and from the file without a request.
    QTRY_COMPARE_WITH_TIMEOUT(reloaded->flowLogCount(), 2, 3000);
    const auto fileHasDeleting = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("fl-deleting000000000001");
    };
    QTRY_VERIFY_WITH_TIMEOUT(!fileHasDeleting(), 3000);
    reloaded.reset();
    VpcEmulator settled;
    QVERIFY(settled.setStateFile(path));
    QCOMPARE(settled.flowLogCount(), 2);
    QCOMPARE(settled.flowLogs().first()[u"Status"_s].toString(), u"Inactive"_s);
}

void tst_EmulatorFlowLogs::inventoryFileSetsServiceTypeAndDelivery()
{
    const auto file = [](const QByteArray &flowLogKeys) -> QByteArray {
        return R"({"regions": [{"regionId": "cn-hangzhou",
            "vpcs": [{"vpcId": "vpc-bp1inventoryfile000001"}],
            "flowLogs": [{"flowLogId": "fl-file0000000000000001", "resourceType": "VPC",
                          "resourceId": "vpc-bp1inventoryfile000001", "projectName": "p", "logStoreName": "l")"
            + flowLogKeys + "}]}]}";
    };
    QString error;
    const auto sls = InventoryFile::parse(
        file(
            R"(, "serviceType": "sls", "deliverStatus": "FAILED", "deliverErrorMessage": "UnavaliableTarget")"),
        0, &error);
    QVERIFY2(sls, qPrintable(error));
    QCOMPARE(sls->flowLogs.first().serviceType, u"sls"_s);
    QCOMPARE(sls->flowLogs.first().deliverErrorMessage, u"UnavaliableTarget"_s);
    QCOMPARE(InventoryFile::parse(file({}), 0, &error)->flowLogs.first().serviceType, QString());

    QVERIFY(!InventoryFile::parse(file(R"(, "serviceType": "SLS-console")"), 0, &error));
    QVERIFY2(error.contains(u"serviceType"_s), qPrintable(error));
    QVERIFY(!InventoryFile::parse(
        file(R"(, "deliverStatus": "FAILED", "deliverErrorMessage": "Oops")"), 0, &error));
    QVERIFY2(error.contains(u"deliverErrorMessage"_s), qPrintable(error));
    QVERIFY(!InventoryFile::parse(file(R"(, "deliverErrorMessage": "ProjectNotExist")"), 0, &error));
    QVERIFY2(error.contains(u"FAILED"_s), qPrintable(error));
}

void tst_EmulatorFlowLogs::sandboxSeedHasAFailedDeliveryAndALogServiceFlowLog()
{
    m_emulator->setActivationDelay(0);
    QString error;
    QVERIFY2(m_emulator->loadInventory(QStringLiteral(FLOWLOG_SANDBOX_INVENTORY), &error), qPrintable(error));
    const QJsonObject failed = describeOne(u"fl-datavswfail6r7s8t9u0"_s);
    QCOMPARE(failed[u"FlowLogDeliverStatus"_s].toString(), u"FAILED"_s);
    QCOMPARE(failed[u"FlowLogDeliverErrorMessage"_s].toString(), u"ProjectNotExist"_s);
    QCOMPARE(failed[u"ServiceType"_s].toString(), QString());
    const QJsonObject sls = describeOne(u"fl-prodslsdb0i1j2k3l4m5"_s);
    QCOMPARE(sls[u"ServiceType"_s].toString(), u"sls"_s);
    QCOMPARE(sls[u"Status"_s].toString(), u"Active"_s);
    QCOMPARE(call(u"DeleteFlowLog"_s, target(u"fl-prodslsdb0i1j2k3l4m5"_s)).code(),
        u"OperationUnsupported.ServiceType"_s);
    // Both are on vSwitches of VPCs whose coverage they do not change.
    QCOMPARE(sls[u"ResourceType"_s].toString(), u"VSwitch"_s);
    QCOMPARE(failed[u"ResourceType"_s].toString(), u"VSwitch"_s);
}

QTEST_GUILESS_MAIN(tst_EmulatorFlowLogs)
#include "tst_emulatorflowlogs.moc"
