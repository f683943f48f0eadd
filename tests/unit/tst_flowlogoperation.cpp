#include "core/api/apiclient.h"
#include "core/api/errorcatalog.h"
#include "core/manage/flowlogoperation.h"
#include "emulator/emulatorfaults.h"
#include "emulator/flowlogrecord.h"
#include "emulator/vpcemulator.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(FlowLogChange)

using namespace Qt::StringLiterals;

namespace {

const QString region = u"cn-hangzhou"_s;

FlowLogRecord record(const QString &flowLogId, const QString &status)
{
    FlowLogRecord flowLog;
    flowLog.flowLogId = flowLogId;
    flowLog.regionId = region;
    flowLog.flowLogName = u"ops-log"_s;
    flowLog.resourceType = u"VPC"_s;
    flowLog.resourceId = u"vpc-bp1opsexample0001"_s;
    flowLog.trafficType = u"All"_s;
    flowLog.projectName = u"ops-project"_s;
    flowLog.logStoreName = u"ops-logstore"_s;
    flowLog.creationTime = u"2026-12-01T08:00:00Z"_s;
    flowLog.status = status;
    return flowLog;
}

FlowLogOperationRequest operationOn(FlowLogAction action, const QString &flowLogId, bool wait = true)
{
    FlowLogOperationRequest request;
    request.action = action;
    request.regionId = region;
    request.flowLogId = flowLogId;
    request.wait = wait;
    return request;
}

} // namespace

class tst_FlowLogOperation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesAndStatusesOfTheActions();
    void conflictAndGoneCodes();
    void startWaitsUntilActive();
    void startOfAnActiveFlowLogSucceeds();
    void stopSucceeds();
    void deleteWaitsUntilGone();
    void modifyChangesTheAttributes();
    void modifyCallsCarryTheirParameters_data();
    void modifyCallsCarryTheirParameters();
    void conflictIsWaitedOutThenSucceeds();
    void persistingConflictFailsWithItsCode();
    void lostAnswerIsCheckedNotSentTwice();
    void deleteOfAnUnknownFlowLogIsAlreadyDone();
    void startOfAnUnknownFlowLogFails();
    void waitEndsUnknownAfterTheTimeout();
    void cancelBeforeSendingIsCancelled();
    void cancelWhileWaitingIsUnknown();

private:
    std::unique_ptr<FlowLogOperation> newOperation(const FlowLogOperationRequest &request);
    std::optional<FlowLogOperationResult> run(FlowLogOperation *operation, int timeoutMs = 10000);
    void setFaults(const QString &spec);
    int count(const QString &action) const;
    QJsonObject stored(const QString &flowLogId) const;

    std::unique_ptr<VpcEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    QList<ObservedRequest> m_received;
};

void tst_FlowLogOperation::init()
{
    m_received.clear();
    m_emulator = std::make_unique<VpcEmulator>();
    m_emulator->setActivationDelay(200);
    QVERIFY(m_emulator->start());
    connect(m_emulator.get(), &VpcEmulator::requestReceived, this,
        [this](const ObservedRequest &request) { m_received.append(request); });
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ClientSettings settings;
    settings.endpoint = m_emulator->serverUrl();
    settings.idleTimeoutMs = 1000;
    settings.totalTimeoutMs = 3000;
    settings.initialBackoffMs = 10;
    settings.maxBackoffMs = 100;
    m_client->setSettings(settings);
    m_client->setCredentials(VpcEmulator::defaultAccount());
}

void tst_FlowLogOperation::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_emulator.reset();
}

std::unique_ptr<FlowLogOperation> tst_FlowLogOperation::newOperation(const FlowLogOperationRequest &request)
{
    auto operation = std::make_unique<FlowLogOperation>(m_client.get(), request);
    operation->setPollInterval(20, 100);
    operation->setConflictBackoff(20, 80);
    operation->setConflictBudget(5000);
    operation->setWaitTimeout(5000);
    return operation;
}

std::optional<FlowLogOperationResult> tst_FlowLogOperation::run(FlowLogOperation *operation, int timeoutMs)
{
    QSignalSpy finished(operation, &FlowLogOperation::finished);
    operation->start();
    if (!finished.wait(timeoutMs))
        return std::nullopt;
    QTest::qWait(50); // finished() comes once
    if (finished.size() != 1)
        return std::nullopt;
    return finished.first().first().value<FlowLogOperationResult>();
}

void tst_FlowLogOperation::setFaults(const QString &spec)
{
    QString error;
    const std::optional<EmulatorFaults> faults = EmulatorFaults::parse(spec, &error);
    QVERIFY2(faults, qPrintable(error));
    m_emulator->setFaults(*faults);
}

int tst_FlowLogOperation::count(const QString &action) const
{
    return int(std::count_if(m_received.begin(), m_received.end(),
        [&action](const ObservedRequest &request) { return request.action == action; }));
}

QJsonObject tst_FlowLogOperation::stored(const QString &flowLogId) const
{
    for (const QJsonObject &flowLog : m_emulator->flowLogs()) {
        if (flowLog.value("FlowLogId"_L1).toString() == flowLogId)
            return flowLog;
    }
    return {};
}

void tst_FlowLogOperation::namesAndStatusesOfTheActions()
{
    for (FlowLogAction action : {FlowLogAction::Create, FlowLogAction::Start, FlowLogAction::Stop,
             FlowLogAction::Modify, FlowLogAction::Delete}) {
        QCOMPARE(FlowLogActions::fromApiName(FlowLogActions::apiName(action)), action);
        QVERIFY(!FlowLogActions::label(action).isEmpty());
    }
    QCOMPARE(FlowLogActions::apiName(FlowLogAction::Stop), u"stop"_s);
    QCOMPARE(FlowLogActions::fromApiName(u"activate"), FlowLogAction::Start);
    QCOMPARE(FlowLogActions::fromApiName(u"deactivate"), FlowLogAction::Stop);
    QCOMPARE(FlowLogActions::fromApiName(u"Delete"), FlowLogAction::Delete);
    QVERIFY(!FlowLogActions::fromApiName(u"restart"));
    QVERIFY(!FlowLogActions::fromApiName(u""));
    QCOMPARE(FlowLogActions::apiAction(FlowLogAction::Start), u"ActiveFlowLog"_s);
    QCOMPARE(FlowLogActions::apiAction(FlowLogAction::Stop), u"DeactiveFlowLog"_s);
    QCOMPARE(FlowLogActions::apiAction(FlowLogAction::Modify), u"ModifyFlowLogAttribute"_s);
    QCOMPARE(FlowLogActions::apiAction(FlowLogAction::Delete), u"DeleteFlowLog"_s);
    QCOMPARE(FlowLogActions::targetStatus(FlowLogAction::Start), u"Active"_s);
    QCOMPARE(FlowLogActions::targetStatus(FlowLogAction::Stop), u"Inactive"_s);
    QVERIFY(FlowLogActions::targetStatus(FlowLogAction::Delete).isEmpty());
    QVERIFY(FlowLogActions::targetStatus(FlowLogAction::Modify).isEmpty());
    QCOMPARE(FlowLogActions::transientStatus(FlowLogAction::Start), u"Activating"_s);
    QCOMPARE(FlowLogActions::transientStatus(FlowLogAction::Stop), u"Deactivating"_s);
    QCOMPARE(FlowLogActions::transientStatus(FlowLogAction::Delete), u"Deleting"_s);
    QVERIFY(FlowLogActions::transientStatus(FlowLogAction::Modify).isEmpty());
}

void tst_FlowLogOperation::conflictAndGoneCodes()
{
    for (const QString &code : {u"IncorrectStatus.flowlog"_s, u"IncorrectStatus"_s, u"InvalidStatus"_s,
             u"TaskConflict"_s, u"LastTokenProcessing"_s, u"OperationFailed.LastTokenProcessing"_s,
             u"OperationConflict"_s}) {
        QVERIFY2(FlowLogOperation::isStatusConflict(code), qPrintable(code));
        QVERIFY2(ErrorCatalog::isKnown(code), qPrintable(code));
        QCOMPARE(ErrorCatalog::kind(code), ErrorKind::TransientConflict);
    }
    QVERIFY(!FlowLogOperation::isStatusConflict(u"Throttling.User"_s));
    QVERIFY(!FlowLogOperation::isStatusConflict(u"InvalidFlowLogId.NotFound"_s));
    for (const QString &code : {u"InvalidFlowLogId.NotFound"_s, u"Instance.IsNotAvailable"_s,
             u"Instance.IsNotPostPay"_s})
        QVERIFY2(FlowLogOperation::meansGone(code), qPrintable(code));
    QVERIFY(!FlowLogOperation::meansGone(u"OperationConflict"_s));
}

void tst_FlowLogOperation::startWaitsUntilActive()
{
    m_emulator->addFlowLog(record(u"fl-start00000000000001"_s, u"Inactive"_s));
    auto operation = newOperation(operationOn(FlowLogAction::Start, u"fl-start00000000000001"_s));
    QSignalSpy seen(operation.get(), &FlowLogOperation::statusSeen);
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Succeeded);
    QCOMPARE(result->status, u"Active"_s);
    QVERIFY(result->flowLog);
    QCOMPARE(result->flowLog->flowLogName, u"ops-log"_s);
    QVERIFY(!result->alreadyDone);
    QVERIFY(!result->timedOut);
    QVERIFY(!result->call.requestId.isEmpty());
    QCOMPARE(count(u"ActiveFlowLog"_s), 1);
    QCOMPARE(seen.first().first().toString(), u"Activating"_s);
    QCOMPARE(seen.last().first().toString(), u"Active"_s);
    QCOMPARE(stored(u"fl-start00000000000001"_s).value("Status"_L1).toString(), u"Active"_s);
}

void tst_FlowLogOperation::startOfAnActiveFlowLogSucceeds()
{
    m_emulator->addFlowLog(record(u"fl-active0000000000001"_s, u"Active"_s));
    auto operation = newOperation(operationOn(FlowLogAction::Start, u"fl-active0000000000001"_s));
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Succeeded);
    QCOMPARE(result->status, u"Active"_s);
    QVERIFY(!result->timedOut);
}

void tst_FlowLogOperation::stopSucceeds()
{
    m_emulator->addFlowLog(record(u"fl-stop000000000000001"_s, u"Active"_s));
    auto operation = newOperation(operationOn(FlowLogAction::Stop, u"fl-stop000000000000001"_s));
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Succeeded);
    QCOMPARE(result->status, u"Inactive"_s);
    QCOMPARE(count(u"DeactiveFlowLog"_s), 1);
    QCOMPARE(stored(u"fl-stop000000000000001"_s).value("Status"_L1).toString(), u"Inactive"_s);
}

void tst_FlowLogOperation::deleteWaitsUntilGone()
{
    m_emulator->addFlowLog(record(u"fl-delete0000000000001"_s, u"Active"_s));
    auto operation = newOperation(operationOn(FlowLogAction::Delete, u"fl-delete0000000000001"_s));
    QSignalSpy seen(operation.get(), &FlowLogOperation::statusSeen);
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Succeeded);
    QVERIFY(result->status.isEmpty());
    QVERIFY(!result->flowLog);
    QVERIFY(!result->alreadyDone);
    QCOMPARE(m_emulator->flowLogCount(), 0);
    QCOMPARE(count(u"DeleteFlowLog"_s), 1);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().first().toString(), QString());
}

void tst_FlowLogOperation::modifyChangesTheAttributes()
{
    m_emulator->addFlowLog(record(u"fl-modify0000000000001"_s, u"Active"_s));
    FlowLogOperationRequest request = operationOn(FlowLogAction::Modify, u"fl-modify0000000000001"_s);
    request.change.attributes.flowLogName = u"renamed-log"_s;
    request.change.attributes.description = u"after the audit"_s;
    request.change.attributes.aggregationInterval = 1;
    auto operation = newOperation(request);
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Succeeded);
    QCOMPARE(count(u"ModifyFlowLogAttribute"_s), 1);
    QCOMPARE(count(u"DescribeFlowLogs"_s), 0); // Modify does not wait
    const QJsonObject flowLog = stored(u"fl-modify0000000000001"_s);
    QCOMPARE(flowLog.value("FlowLogName"_L1).toString(), u"renamed-log"_s);
    QCOMPARE(flowLog.value("Description"_L1).toString(), u"after the audit"_s);
    QCOMPARE(flowLog.value("AggregationInterval"_L1).toInt(), 1);
}

void tst_FlowLogOperation::modifyCallsCarryTheirParameters_data()
{
    QTest::addColumn<FlowLogChange>("change");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("parameters"); // name=value, in any order

    FlowLogChange tags;
    tags.addTags = {{u"team"_s, u"net"_s}, {u"env"_s, QString()}};
    QTest::newRow("tags") << tags << u"TagResources"_s
                          << QStringList {u"RegionId=cn-hangzhou"_s, u"ResourceType=FLOWLOG"_s,
                                 u"ResourceId.1=fl-params0000000000001"_s, u"Tag.1.Key=team"_s,
                                 u"Tag.1.Value=net"_s, u"Tag.2.Key=env"_s, u"Tag.2.Value="_s};
    FlowLogChange untag;
    untag.removeTagKeys = {u"team"_s, u"old"_s};
    QTest::newRow("untag") << untag << u"UnTagResources"_s
                           << QStringList {u"RegionId=cn-hangzhou"_s, u"ResourceType=FLOWLOG"_s,
                                  u"ResourceId.1=fl-params0000000000001"_s, u"TagKey.1=team"_s,
                                  u"TagKey.2=old"_s};
    FlowLogChange group;
    group.resourceGroupId = u"rg-acfmopsgroup0001"_s;
    QTest::newRow("resource group") << group << u"MoveResourceGroup"_s
                                    << QStringList {u"RegionId=cn-hangzhou"_s, u"ResourceType=FlowLog"_s,
                                           u"ResourceId=fl-params0000000000001"_s,
                                           u"NewResourceGroupId=rg-acfmopsgroup0001"_s};
}

// What the emulator does with these actions does not matter here: what is sent does.
void tst_FlowLogOperation::modifyCallsCarryTheirParameters()
{
    QFETCH(FlowLogChange, change);
    QFETCH(QString, action);
    QFETCH(QStringList, parameters);
    m_emulator->addFlowLog(record(u"fl-params0000000000001"_s, u"Active"_s));
    FlowLogOperationRequest request = operationOn(FlowLogAction::Modify, u"fl-params0000000000001"_s);
    request.change = change;
    auto operation = newOperation(request);
    QVERIFY(run(operation.get()));
    const auto sent = std::find_if(m_received.begin(), m_received.end(),
        [&action](const ObservedRequest &observed) { return observed.action == action; });
    QVERIFY(sent != m_received.end());
    QCOMPARE(count(u"ModifyFlowLogAttribute"_s), 0); // no attributes: not called
    for (const QString &parameter : parameters) {
        const QString name = parameter.section(u'=', 0, 0);
        QVERIFY2(!sent->parameter(name).isNull(), qPrintable(name));
        QCOMPARE(sent->parameter(name), parameter.section(u'=', 1));
    }
}

void tst_FlowLogOperation::conflictIsWaitedOutThenSucceeds()
{
    m_emulator->addFlowLog(record(u"fl-conflict00000000001"_s, u"Inactive"_s));
    setFaults(u"error=ActiveFlowLog:OperationConflict:2"_s);
    auto operation = newOperation(operationOn(FlowLogAction::Start, u"fl-conflict00000000001"_s));
    QSignalSpy waiting(operation.get(), &FlowLogOperation::conflictWaiting);
    QSignalSpy sending(operation.get(), &FlowLogOperation::sending);
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Succeeded);
    QCOMPARE(result->conflictRetries, 2);
    QCOMPARE(result->status, u"Active"_s);
    QCOMPARE(count(u"ActiveFlowLog"_s), 3);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.first().at(0).toString(), u"OperationConflict"_s);
    QCOMPARE(waiting.first().at(1).toInt(), 20);
    QCOMPARE(waiting.last().at(1).toInt(), 40); // doubled
    QCOMPARE(sending.size(), 3);
    QCOMPARE(sending.last().at(0).toInt(), 3);
}

void tst_FlowLogOperation::persistingConflictFailsWithItsCode()
{
    m_emulator->addFlowLog(record(u"fl-busy00000000000001"_s, u"Inactive"_s));
    setFaults(u"error=ActiveFlowLog:OperationConflict"_s);
    auto operation = newOperation(operationOn(FlowLogAction::Start, u"fl-busy00000000000001"_s));
    operation->setConflictBudget(300);
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Failed);
    QCOMPARE(result->call.code, u"OperationConflict"_s);
    QVERIFY(result->conflictRetries >= 2);
    QVERIFY(count(u"ActiveFlowLog"_s) >= 3);
    QVERIFY(ErrorCatalog::explain(result->call.code).known);
    QVERIFY(result->elapsedMs >= 300);
}

void tst_FlowLogOperation::lostAnswerIsCheckedNotSentTwice()
{
    m_emulator->addFlowLog(record(u"fl-lost00000000000001"_s, u"Active"_s));
    setFaults(u"lose-response=DeactiveFlowLog:1"_s);
    auto operation = newOperation(operationOn(FlowLogAction::Stop, u"fl-lost00000000000001"_s));
    QSignalSpy checking(operation.get(), &FlowLogOperation::checkingStatus);
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Succeeded);
    QCOMPARE(result->status, u"Inactive"_s);
    QCOMPARE(checking.size(), 1);
    // Qt's HTTP stack may resend a request whose connection closed unanswered; the gateway refuses
    // that copy for its reused nonce. The operation itself signed one DeactiveFlowLog.
    QSet<QString> nonces;
    for (const ObservedRequest &request : std::as_const(m_received)) {
        if (request.action == "DeactiveFlowLog"_L1)
            nonces.insert(request.nonce);
    }
    QCOMPARE(nonces.size(), 1);
}

void tst_FlowLogOperation::deleteOfAnUnknownFlowLogIsAlreadyDone()
{
    auto operation = newOperation(operationOn(FlowLogAction::Delete, u"fl-nosuch0000000000001"_s));
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Succeeded);
    QVERIFY(result->alreadyDone);
    QCOMPARE(result->call.code, u"InvalidFlowLogId.NotFound"_s);
    QCOMPARE(count(u"DeleteFlowLog"_s), 1);
}

void tst_FlowLogOperation::startOfAnUnknownFlowLogFails()
{
    auto operation = newOperation(operationOn(FlowLogAction::Start, u"fl-nosuch0000000000002"_s));
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Failed);
    QCOMPARE(result->call.code, u"InvalidFlowLogId.NotFound"_s);
    QVERIFY(!result->alreadyDone);
    QVERIFY(ErrorCatalog::explain(result->call.code).known);
}

void tst_FlowLogOperation::waitEndsUnknownAfterTheTimeout()
{
    m_emulator->setActivationDelay(60'000);
    m_emulator->addFlowLog(record(u"fl-slow00000000000001"_s, u"Inactive"_s));
    auto operation = newOperation(operationOn(FlowLogAction::Start, u"fl-slow00000000000001"_s));
    operation->setWaitTimeout(300);
    const auto result = run(operation.get());
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Unknown);
    QVERIFY(result->timedOut);
    QCOMPARE(result->status, u"Activating"_s);
    QVERIFY(result->call.ok()); // the start itself was accepted
    QVERIFY(count(u"DescribeFlowLogs"_s) >= 2);
}

void tst_FlowLogOperation::cancelBeforeSendingIsCancelled()
{
    m_emulator->addFlowLog(record(u"fl-cancel0000000000001"_s, u"Inactive"_s));
    auto operation = newOperation(operationOn(FlowLogAction::Start, u"fl-cancel0000000000001"_s));
    QSignalSpy finished(operation.get(), &FlowLogOperation::finished);
    operation->start();
    operation->cancel();
    operation->cancel();
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<FlowLogOperationResult>();
    QCOMPARE(result.outcome, Outcome::Cancelled);
    QCOMPARE(count(u"ActiveFlowLog"_s), 0);
    QCOMPARE(stored(u"fl-cancel0000000000001"_s).value("Status"_L1).toString(), u"Inactive"_s);
}

void tst_FlowLogOperation::cancelWhileWaitingIsUnknown()
{
    m_emulator->setActivationDelay(60'000);
    m_emulator->addFlowLog(record(u"fl-cancel0000000000002"_s, u"Inactive"_s));
    auto operation = newOperation(operationOn(FlowLogAction::Start, u"fl-cancel0000000000002"_s));
    QSignalSpy finished(operation.get(), &FlowLogOperation::finished);
    QSignalSpy seen(operation.get(), &FlowLogOperation::statusSeen);
    operation->start();
    QVERIFY(seen.wait(5000));
    operation->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<FlowLogOperationResult>().outcome, Outcome::Unknown);
}

QTEST_GUILESS_MAIN(tst_FlowLogOperation)
#include "tst_flowlogoperation.moc"
