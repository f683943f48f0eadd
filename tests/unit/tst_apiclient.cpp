#include "core/api/apiclient.h"
#include "core/api/errorcatalog.h"
#include "core/api/flowloginfo.h"
#include "core/api/httpconnection.h"
#include "emulator/vpcemulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const Credentials account {u"LTAI5tFakeKeyId0001"_s, u"fake-secret-Zq8w"_s, {}};
const Credentials stsAccount {u"STS.FakeKeyId0002"_s, u"sts-secret-Pp3r"_s, u"CAIS-fake-security-token"_s};

FlowLogRequest sampleRequest()
{
    FlowLogRequest request;
    request.regionId = u"cn-hangzhou"_s;
    request.resourceType = ResourceType::NetworkInterface;
    request.resourceId = u"eni-bp1test0001"_s;
    request.trafficType = TrafficType::All;
    request.projectName = u"flow-project"_s;
    request.logStoreName = u"flow-store"_s;
    request.flowLogName = u"流日志-测试_1"_s;
    request.description = u"描述 with reserved: a&b=c+d %2F /?#[]@!$'()*,; ~ end"_s;
    return request;
}

// One request as the emulator received it, and when.
struct Received
{
    ObservedRequest request;
    qint64 atMs = 0;
};

bool isRequestId(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

} // namespace

// Every behaviour is checked over both transports (see main()).
class tst_ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit tst_ApiClient(HttpTransport transport)
        : m_transport(transport)
    {
    }

private slots:
    void init();
    void cleanup();

    void createSucceedsWithVerifiedSignature_data();
    void createSucceedsWithVerifiedSignature();
    void wrongSecretIsRejectedByTheServer();
    void jsonErrorGivesCodeMessageAndRecommend();
    void xmlErrorIsParsed();
    void throttlingWaitsForRetryAfter();
    void serviceUnavailableIsRetried();
    void everyAttemptHasAFreshNonce();
    void connectionRefusedIsRetriedThenFails();
    void readTimeoutAdoptsTheExistingFlowLog_data();
    void readTimeoutAdoptsTheExistingFlowLog();
    void lostConnectionAdoptsTheExistingFlowLog();
    void afterAnUnknownOutcomeTheExistingFlowLogIsAdoptedWithoutCreating();
    void afterAnUnknownOutcomeWithNothingFoundItCreates();
    void readTimeoutWithNothingFoundCreatesAgain();
    void readTimeoutWithFailedCheckIsUnknown();
    void readTimeoutOnReadOnlyCallIsRetried();
    void garbageIsMalformedResponse();
    void oversizeAnswerIsRejected_data();
    void oversizeAnswerIsRejected();
    void cancelWhileWaitingForTheAnswer_data();
    void cancelWhileWaitingForTheAnswer();
    void cancelBeforeSendingSendsNothing();
    void stsTokenIsSent_data();
    void stsTokenIsSent();
    void describeFlowLogsListsFlowLogs();
    void previewSignsWithoutSending();
    void destroyingTheClientMidCallAbortsTheReply();

private:
    std::optional<ApiResult> waitForResult(ApiCallHandle *handle, int timeoutMs = 5000);
    void useSignature(SignatureVersion version, const QByteArray &method);
    void startEmulator(const Credentials &emulatorAccount);
    void setFaults(const QString &spec);
    int count(const QString &action) const;
    QString onlyFlowLogId() const;

    HttpTransport m_transport;
    std::unique_ptr<VpcEmulator> m_emulator;
    QList<Received> m_received;
    QElapsedTimer m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ApiClient::startEmulator(const Credentials &emulatorAccount)
{
    m_received.clear();
    m_emulator = std::make_unique<VpcEmulator>();
    m_emulator->setAccounts({emulatorAccount});
    m_emulator->setActivationDelay(0);
    QVERIFY(m_emulator->start());
    connect(m_emulator.get(), &VpcEmulator::requestReceived, this, [this](const ObservedRequest &request) {
        m_received.append({request, m_clock.elapsed()});
    });
}

void tst_ApiClient::setFaults(const QString &spec)
{
    QString error;
    const std::optional<EmulatorFaults> faults = EmulatorFaults::parse(spec, &error);
    QVERIFY2(faults, qPrintable(error));
    m_emulator->setFaults(*faults);
}

int tst_ApiClient::count(const QString &action) const
{
    return int(std::count_if(m_received.begin(), m_received.end(),
        [&action](const Received &received) { return received.request.action == action; }));
}

QString tst_ApiClient::onlyFlowLogId() const
{
    const QList<QJsonObject> flowLogs = m_emulator->flowLogs();
    return flowLogs.size() == 1 ? flowLogs.first().value("FlowLogId"_L1).toString() : QString();
}

void tst_ApiClient::init()
{
    m_clock.start();
    startEmulator(account);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ClientSettings settings;
    settings.endpoint = m_emulator->serverUrl();
    settings.connectTimeoutMs = 1000;
    settings.readTimeoutMs = 300;
    settings.maxAttempts = 3;
    settings.initialBackoffMs = 10;
    settings.maxBackoffMs = 2000;
    settings.maxResponseBytes = 64 * 1024;
    settings.transport = m_transport;
    m_client->setSettings(settings);
    m_client->setCredentials(account);
}

void tst_ApiClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_emulator.reset();
}

std::optional<ApiResult> tst_ApiClient::waitForResult(ApiCallHandle *handle, int timeoutMs)
{
    QSignalSpy finished(handle, &ApiCallHandle::finished);
    if (!finished.wait(timeoutMs) || finished.size() != 1)
        return std::nullopt;
    return finished.first().first().value<ApiResult>();
}

void tst_ApiClient::useSignature(SignatureVersion version, const QByteArray &method)
{
    ClientSettings settings = m_client->settings();
    settings.signatureVersion = version;
    settings.method = method;
    m_client->setSettings(settings);
}

void tst_ApiClient::createSucceedsWithVerifiedSignature_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("v3 POST") << SignatureVersion::V3 << QByteArray("POST");
    QTest::newRow("v3 GET") << SignatureVersion::V3 << QByteArray("GET");
    QTest::newRow("v1 GET") << SignatureVersion::V1 << QByteArray("GET");
    QTest::newRow("v1 POST") << SignatureVersion::V1 << QByteArray("POST");
}

void tst_ApiClient::createSucceedsWithVerifiedSignature()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    useSignature(version, method);
    const FlowLogRequest request = sampleRequest();

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(request));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->code + u' ' + result->message));
    QCOMPARE(result->attempts, 1);
    QVERIFY(!result->adoptedExisting);
    QCOMPARE(result->flowLogId, onlyFlowLogId());
    QVERIFY2(isRequestId(result->requestId), qPrintable(result->requestId));

    QCOMPARE(m_received.size(), 1);
    const ObservedRequest received = m_received.first().request;
    QVERIFY(received.signatureValid());
    QVERIFY(received.rejectedWith.isEmpty());
    QCOMPARE(received.signatureVersion, version);
    QCOMPARE(received.method, method);
    QCOMPARE(received.action, u"CreateFlowLog"_s);
    QCOMPARE(received.parameter(u"FlowLogName"_s), request.flowLogName);
    QCOMPARE(received.parameter(u"Description"_s), request.description);
    QCOMPARE(received.parameter(u"ResourceType"_s), u"NetworkInterface"_s);
    QCOMPARE(received.parameter(u"TrafficType"_s), u"All"_s);
}

void tst_ApiClient::wrongSecretIsRejectedByTheServer()
{
    Credentials wrong = account;
    wrong.accessKeySecret = u"not-the-secret"_s;
    m_client->setCredentials(wrong);

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(sampleRequest()));
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Failed);
    QCOMPARE(result->code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(result->attempts, 1);
    QVERIFY(!ErrorCatalog::serverStringToSign(result->message).isEmpty());
    QVERIFY(!result->message.contains(wrong.accessKeySecret));
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_ApiClient::jsonErrorGivesCodeMessageAndRecommend()
{
    setFaults(u"error=CreateFlowLog:ResourceNotFound.VPC:1"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(sampleRequest()));
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Failed);
    QCOMPARE(result->transportError, TransportError::None);
    QCOMPARE(result->httpStatus, 404);
    QCOMPARE(result->code, u"ResourceNotFound.VPC"_s);
    QCOMPARE(result->message, u"The specified VPC does not exist."_s);
    QCOMPARE(result->recommend,
        u"https://api.aliyun.com/troubleshoot?q=ResourceNotFound.VPC&product=Vpc&requestId=%1"_s.arg(
            result->requestId));
    QVERIFY2(isRequestId(result->requestId), qPrintable(result->requestId));
    QCOMPARE(result->hostId, u"127.0.0.1:%1"_s.arg(m_emulator->serverUrl().port()));
    QCOMPARE(result->attempts, 1);
    QCOMPARE(count(u"CreateFlowLog"_s), 1);
}

void tst_ApiClient::xmlErrorIsParsed()
{
    setFaults(u"xml-error=CreateFlowLog:Forbidden.RAM:1"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(sampleRequest()));
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Failed);
    QCOMPARE(result->httpStatus, 403);
    QCOMPARE(result->code, u"Forbidden.RAM"_s);
    QCOMPARE(result->message, u"User not authorized to operate on the specified resource."_s);
    QVERIFY2(isRequestId(result->requestId), qPrintable(result->requestId));
}

void tst_ApiClient::throttlingWaitsForRetryAfter()
{
    setFaults(u"error=CreateFlowLog:Throttling.User:1,retry-after=250ms"_s);

    ApiCallHandle *handle = m_client->createFlowLog(sampleRequest());
    QSignalSpy attempts(handle, &ApiCallHandle::attemptStarted);
    const std::optional<ApiResult> result = waitForResult(handle);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->code));
    QCOMPARE(result->attempts, 2);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(1).at(0).toInt(), 2);
    QCOMPARE(attempts.at(1).at(1).toInt(), 250);
    QCOMPARE(m_received.size(), 2);
    QVERIFY2(m_received.at(1).atMs - m_received.at(0).atMs >= 250,
        qPrintable(QString::number(m_received.at(1).atMs - m_received.at(0).atMs)));
    QVERIFY(result->elapsedMs >= 250);
}

void tst_ApiClient::serviceUnavailableIsRetried()
{
    setFaults(u"error=CreateFlowLog:ServiceUnavailable:1"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(sampleRequest()));
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->attempts, 2);
    QCOMPARE(count(u"CreateFlowLog"_s), 2);
    QCOMPARE(count(u"DescribeFlowLogs"_s), 0);
    QCOMPARE(m_emulator->flowLogCount(), 1);
}

void tst_ApiClient::everyAttemptHasAFreshNonce()
{
    setFaults(u"error=CreateFlowLog:ServiceUnavailable:2"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(sampleRequest()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->code));
    QCOMPARE(result->attempts, 3);
    QCOMPARE(m_received.size(), 3);
    QSet<QString> nonces;
    for (const Received &received : std::as_const(m_received)) {
        QVERIFY(received.request.signatureValid());
        QVERIFY(received.request.rejectedWith.isEmpty());
        nonces.insert(received.request.nonce);
    }
    QCOMPARE(nonces.size(), 3);
}

void tst_ApiClient::connectionRefusedIsRetriedThenFails()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ClientSettings settings = m_client->settings();
    settings.endpoint.setPort(port);
    m_client->setSettings(settings);

    ApiCallHandle *handle = m_client->createFlowLog(sampleRequest());
    QSignalSpy attempts(handle, &ApiCallHandle::attemptStarted);
    const std::optional<ApiResult> result = waitForResult(handle);
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Failed);
    QCOMPARE(result->transportError, TransportError::ConnectionRefused);
    QCOMPARE(result->code, u"ConnectionRefused"_s);
    QCOMPARE(result->attempts, 3);
    QCOMPARE(attempts.size(), 3);
    QVERIFY(!result->message.isEmpty());
}

void tst_ApiClient::readTimeoutAdoptsTheExistingFlowLog_data()
{
    createSucceedsWithVerifiedSignature_data();
}

void tst_ApiClient::readTimeoutAdoptsTheExistingFlowLog()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    useSignature(version, method);
    setFaults(u"act-then-hang=CreateFlowLog:1"_s);
    const FlowLogRequest request = sampleRequest();

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(request));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->code + u' ' + result->message));
    QVERIFY(result->adoptedExisting);
    QCOMPARE(result->flowLogId, onlyFlowLogId());
    QCOMPARE(result->attempts, 1);
    QCOMPARE(count(u"CreateFlowLog"_s), 1);
    QCOMPARE(count(u"DescribeFlowLogs"_s), 1);
    const ObservedRequest check = m_received.last().request;
    QCOMPARE(check.parameter(u"RegionId"_s), request.regionId);
    QCOMPARE(check.parameter(u"ResourceId"_s), request.resourceId);
    QCOMPARE(check.parameter(u"ProjectName"_s), request.projectName);
    QCOMPARE(check.parameter(u"LogStoreName"_s), request.logStoreName);
    QCOMPARE(check.parameter(u"FlowLogName"_s), request.flowLogName);
}

void tst_ApiClient::lostConnectionAdoptsTheExistingFlowLog()
{
    setFaults(u"lose-response=CreateFlowLog:1"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(sampleRequest()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->code + u' ' + result->message));
    QVERIFY(result->adoptedExisting);
    QCOMPARE(m_emulator->flowLogCount(), 1);
    // Qt's HTTP stack may resend a request whose connection closed unanswered; the gateway refuses
    // that copy for its reused nonce. The client itself never signed a second CreateFlowLog.
    QSet<QString> createNonces;
    for (const Received &received : std::as_const(m_received)) {
        if (received.request.action == "CreateFlowLog"_L1)
            createNonces.insert(received.request.nonce);
    }
    QCOMPARE(createNonces.size(), 1);
}

// Sending again what an earlier run left Unknown (a crash, a lost answer): the flow log that run
// created is found and adopted, and no CreateFlowLog is sent at all.
void tst_ApiClient::afterAnUnknownOutcomeTheExistingFlowLogIsAdoptedWithoutCreating()
{
    const FlowLogRequest request = sampleRequest();
    const std::optional<ApiResult> earlier = waitForResult(m_client->createFlowLog(request));
    QVERIFY(earlier && earlier->ok());

    const std::optional<ApiResult> result
        = waitForResult(m_client->createFlowLog(request, ApiClient::CreateMode::IfAbsent));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->code + u' ' + result->message));
    QVERIFY(result->adoptedExisting);
    QCOMPARE(result->flowLogId, earlier->flowLogId);
    QCOMPARE(result->attempts, 0);
    QCOMPARE(count(u"CreateFlowLog"_s), 1);
    QCOMPARE(count(u"DescribeFlowLogs"_s), 1);
    QCOMPARE(m_emulator->flowLogCount(), 1);
}

void tst_ApiClient::afterAnUnknownOutcomeWithNothingFoundItCreates()
{
    const std::optional<ApiResult> result
        = waitForResult(m_client->createFlowLog(sampleRequest(), ApiClient::CreateMode::IfAbsent));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->code + u' ' + result->message));
    QVERIFY(!result->adoptedExisting);
    QCOMPARE(result->attempts, 1);
    QCOMPARE(m_received.first().request.action, u"DescribeFlowLogs"_s);
    QCOMPARE(count(u"CreateFlowLog"_s), 1);
    QCOMPARE(m_emulator->flowLogCount(), 1);
}

void tst_ApiClient::readTimeoutWithNothingFoundCreatesAgain()
{
    setFaults(u"hang=CreateFlowLog:1"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(sampleRequest()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->code + u' ' + result->message));
    QVERIFY(!result->adoptedExisting);
    QCOMPARE(result->attempts, 2);
    QCOMPARE(count(u"CreateFlowLog"_s), 2);
    QCOMPARE(count(u"DescribeFlowLogs"_s), 1);
    QCOMPARE(m_emulator->flowLogCount(), 1);
}

void tst_ApiClient::readTimeoutWithFailedCheckIsUnknown()
{
    setFaults(u"act-then-hang=CreateFlowLog:1,error=DescribeFlowLogs:InternalError:3"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(sampleRequest()));
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Unknown);
    QCOMPARE(result->transportError, TransportError::ReadTimeout);
    QVERIFY(!result->adoptedExisting);
    QCOMPARE(count(u"CreateFlowLog"_s), 1);
    QCOMPARE(count(u"DescribeFlowLogs"_s), 3);
}

void tst_ApiClient::readTimeoutOnReadOnlyCallIsRetried()
{
    setFaults(u"hang=DescribeFlowLogs:1"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->describeFlowLogs({u"cn-hangzhou"_s}));
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->attempts, 2);
}

void tst_ApiClient::garbageIsMalformedResponse()
{
    setFaults(u"garbage=DescribeFlowLogs:1"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->describeFlowLogs({u"cn-hangzhou"_s}));
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Failed);
    QCOMPARE(result->transportError, TransportError::MalformedResponse);
    QCOMPARE(result->httpStatus, 200);
    QVERIFY(result->message.contains("not json"_L1));
    QCOMPARE(result->attempts, 1);
}

void tst_ApiClient::oversizeAnswerIsRejected_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("with Content-Length") << u"oversize"_s;
    QTest::newRow("until close") << u"oversize-unframed"_s;
}

void tst_ApiClient::oversizeAnswerIsRejected()
{
    QFETCH(QString, fault);
    setFaults(fault + u"=DescribeFlowLogs:1"_s);

    const std::optional<ApiResult> result = waitForResult(m_client->describeFlowLogs({u"cn-hangzhou"_s}));
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Failed);
    QCOMPARE(result->transportError, TransportError::ResponseTooLarge);
    QCOMPARE(result->code, u"ResponseTooLarge"_s);
    QVERIFY2(result->message.contains(QString::number(64 * 1024)), qPrintable(result->message));
    QCOMPARE(result->attempts, 1);
}

void tst_ApiClient::cancelWhileWaitingForTheAnswer_data()
{
    QTest::addColumn<bool>("create");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("read-only call") << false << Outcome::Cancelled;
    QTest::newRow("create, already sent") << true << Outcome::Unknown;
}

void tst_ApiClient::cancelWhileWaitingForTheAnswer()
{
    QFETCH(bool, create);
    ClientSettings settings = m_client->settings();
    settings.readTimeoutMs = 3000;
    m_client->setSettings(settings);
    const QString action = create ? u"CreateFlowLog"_s : u"DescribeFlowLogs"_s;
    setFaults(u"hang=%1:1"_s.arg(action));
    QSignalSpy received(m_emulator.get(), &VpcEmulator::requestReceived);

    ApiCallHandle *handle
        = create ? m_client->createFlowLog(sampleRequest()) : m_client->describeFlowLogs({u"cn-hangzhou"_s});
    QSignalSpy finished(handle, &ApiCallHandle::finished);
    QVERIFY(received.wait(2000));
    handle->cancel();
    handle->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1000);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    const ApiResult result = finished.first().first().value<ApiResult>();
    QTEST(result.outcome, "outcome");
    QCOMPARE(result.code, u"Cancelled"_s);
    QCOMPARE(m_received.size(), 1);
}

void tst_ApiClient::cancelBeforeSendingSendsNothing()
{
    ApiCallHandle *handle = m_client->createFlowLog(sampleRequest());
    QSignalSpy finished(handle, &ApiCallHandle::finished);
    handle->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1000);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiResult>().outcome, Outcome::Cancelled);
    QCOMPARE(m_received.size(), 0);
}

void tst_ApiClient::stsTokenIsSent_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("v3") << SignatureVersion::V3;
    QTest::newRow("v1") << SignatureVersion::V1;
}

void tst_ApiClient::stsTokenIsSent()
{
    QFETCH(SignatureVersion, version);
    startEmulator(stsAccount);
    ClientSettings settings = m_client->settings();
    settings.endpoint = m_emulator->serverUrl();
    settings.signatureVersion = version;
    m_client->setSettings(settings);
    m_client->setCredentials(stsAccount);

    const std::optional<ApiResult> result = waitForResult(m_client->createFlowLog(sampleRequest()));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->code + u' ' + result->message));
    QCOMPARE(m_received.first().request.securityToken, stsAccount.securityToken);
    QVERIFY(m_received.first().request.rejectedWith.isEmpty());
}

void tst_ApiClient::describeFlowLogsListsFlowLogs()
{
    FlowLogRecord first;
    first.flowLogId = u"fl-a"_s;
    first.regionId = u"cn-hangzhou"_s;
    first.resourceType = u"VPC"_s;
    first.resourceId = u"vpc-1"_s;
    first.flowLogName = u"甲"_s;
    first.status = u"Active"_s;
    m_emulator->addFlowLog(first);
    FlowLogRecord second = first;
    second.flowLogId = u"fl-b"_s;
    second.resourceId = u"vpc-2"_s;
    second.flowLogName.clear();
    m_emulator->addFlowLog(second);
    FlowLogFilter filter;
    filter.regionId = u"cn-hangzhou"_s;
    filter.resourceId = u"vpc-1"_s;

    const std::optional<ApiResult> result = waitForResult(m_client->describeFlowLogs(filter));
    QVERIFY(result);
    QVERIFY(result->ok());
    const QList<FlowLogInfo> list = FlowLogInfo::listFromDescribeBody(result->body);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().flowLogId, u"fl-a"_s);
    QCOMPARE(list.first().flowLogName, u"甲"_s);
    QCOMPARE(FlowLogInfo::totalCount(result->body), 1);
    const ObservedRequest received = m_received.first().request;
    QCOMPARE(received.parameter(u"PageSize"_s), u"50"_s);
    QVERIFY(received.parameter(u"FlowLogId"_s).isEmpty());
    QVERIFY(!received.parameters.contains(qMakePair(u"FlowLogId"_s, QString())));
}

void tst_ApiClient::previewSignsWithoutSending()
{
    const SignedRequest preview = m_client->preview(sampleRequest());
    QCOMPARE(preview.method, QByteArray("POST"));
    QVERIFY(preview.url.toString().startsWith(m_emulator->serverUrl().toString()));
    QVERIFY(!preview.stringToSign.isEmpty());
    QVERIFY(!preview.redactedText().contains(account.accessKeySecret));
    QTest::qWait(50);
    QCOMPARE(m_received.size(), 0);
}

void tst_ApiClient::destroyingTheClientMidCallAbortsTheReply()
{
    ClientSettings settings = m_client->settings();
    settings.readTimeoutMs = 3000;
    m_client->setSettings(settings);
    setFaults(u"hang=DescribeFlowLogs:1"_s);
    QSignalSpy received(m_emulator.get(), &VpcEmulator::requestReceived);
    m_client->describeFlowLogs({u"cn-hangzhou"_s});
    QVERIFY(received.wait(2000));
    if (m_transport == HttpTransport::KeepAlive) {
        const QList<HttpConnection *> connections = m_client->findChildren<HttpConnection *>();
        QCOMPARE(connections.size(), 1);
        const QPointer<HttpConnection> connection = connections.first();
        m_client.reset();
        QVERIFY(connection.isNull());
        return;
    }
    QCOMPARE(m_network->findChildren<QNetworkReply *>().size(), 1);

    m_client.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_network->findChildren<QNetworkReply *>().size(), 0, 1000);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    tst_ApiClient overQtNetwork(HttpTransport::QtNetwork);
    tst_ApiClient overOwnConnections(HttpTransport::KeepAlive);
    const int failedQt = QTest::qExec(&overQtNetwork, argc, argv);
    return failedQt + QTest::qExec(&overOwnConnections, argc, argv);
}
#include "tst_apiclient.moc"
