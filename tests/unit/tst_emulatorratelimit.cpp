// flowlog-emulator's flow control and flow-log quota: the token bucket on a fake clock (burst,
// refill, the exact retry-after, one bucket per account and action), the rate's textual form, and
// over HTTP the Throttling.User answer of a call that does nothing, AssumeRole's own bucket,
// temporary credentials counting against their account, the unlimited metadata service, and
// OperationFailed.ExceedPurchaseLimit with the quota freed by a delete.
#include "core/signing/requestsigner.h"
#include "emulator/ratelimiter.h"
#include "emulator/vpcemulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString region = u"cn-hangzhou"_s;
const QString vpcVersion = u"2016-04-28"_s;
const QString account = u"1234567890123456"_s;

struct Response
{
    int status = 0;
    QByteArray body = {};
    QJsonObject json = {};
    QByteArray retryAfter = {}; // x-acs-retry-after; empty when not sent

    QString code() const { return json.value(u"Code"_s).toString(); }
    QString message() const { return json.value(u"Message"_s).toString(); }
    Credentials credentials() const
    {
        const QJsonObject object = json.value(u"Credentials"_s).toObject();
        return {object.value(u"AccessKeyId"_s).toString(), object.value(u"AccessKeySecret"_s).toString(),
            object.value(u"SecurityToken"_s).toString()};
    }
};

QueryParameters createParameters(const QString &regionId = region)
{
    return {{u"RegionId"_s, regionId}, {u"ResourceType"_s, u"NetworkInterface"_s},
        {u"ResourceId"_s, u"eni-bp1ratelimittest001"_s}, {u"TrafficType"_s, u"All"_s},
        {u"ProjectName"_s, u"flowlog-project"_s}, {u"LogStoreName"_s, u"flowlog-store"_s}};
}

FlowLogRecord existingFlowLog(const QString &id, const QString &regionId)
{
    FlowLogRecord flowLog;
    flowLog.flowLogId = id;
    flowLog.regionId = regionId;
    flowLog.resourceType = u"VPC"_s;
    flowLog.resourceId = u"vpc-bp1ratelimittest000001"_s;
    flowLog.trafficType = u"All"_s;
    flowLog.projectName = u"p"_s;
    flowLog.logStoreName = u"l"_s;
    flowLog.creationTime = u"2026-12-01T00:00:00Z"_s;
    flowLog.status = u"Active"_s;
    return flowLog;
}

} // namespace

class tst_EmulatorRateLimit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bucketAllowsABurstThenRefusesWithTheExactWait();
    void bucketRefillsContinuouslyUpToOneSecond();
    void bucketBelowOnePerSecondStillHoldsOneCall();
    void bucketsAreSeparatePerActionAndPerAccount();
    void noRateMeansNoLimit();
    void rateText_data();
    void rateText();

    void throttledCallAnswersThrottlingUserAndDoesNothing();
    void throttledAnswerInXmlKeepsTheGatewayFormat();
    void unauthenticatedRequestsAreRejectedAndTakeNoToken();
    void assumeRoleHasItsOwnBucketAndTemporaryKeysShareTheAccounts();
    void accessKeysOfOneAccountShareItsBucket();
    void metadataServiceAndCredentialsUriAreNotLimited();

    void quotaRefusesTheNextCreateUntilADeleteFreesIt();
    void quotaCountsTheAccountsFlowLogsInEveryRegion();

private:
    Response send(const SignedRequest &request);
    Response call(const QString &action, const QueryParameters &parameters,
        const Credentials &credentials = VpcEmulator::defaultAccount(), const QString &version = vpcVersion);
    Response plain(const QString &path);

    std::unique_ptr<VpcEmulator> m_emulator;
    QNetworkAccessManager m_network;
    qint64 m_nowMs = 0; // the rate limiter's clock
};

void tst_EmulatorRateLimit::init()
{
    m_nowMs = 0;
    m_emulator = std::make_unique<VpcEmulator>();
    m_emulator->setActivationDelay(0);
    m_emulator->setRateLimitClock([this] { return m_nowMs; });
    QVERIFY(m_emulator->start(QHostAddress::LocalHost, 0));
    m_network.clearConnectionCache();
}

void tst_EmulatorRateLimit::cleanup()
{
    m_emulator.reset();
}

Response tst_EmulatorRateLimit::send(const SignedRequest &signedRequest)
{
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
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    response.retryAfter = reply->rawHeader("x-acs-retry-after");
    reply->deleteLater();
    return response;
}

Response tst_EmulatorRateLimit::call(const QString &action, const QueryParameters &parameters,
    const Credentials &credentials, const QString &version)
{
    return send(RequestSigner().sign(
        {action, version, parameters}, m_emulator->serverUrl(), credentials, SignatureVersion::V1, "POST"));
}

Response tst_EmulatorRateLimit::plain(const QString &path)
{
    QUrl url = m_emulator->serverUrl();
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    SignedRequest request;
    request.method = "GET";
    request.url = url;
    return send(request);
}

void tst_EmulatorRateLimit::bucketAllowsABurstThenRefusesWithTheExactWait()
{
    RateLimiter limiter;
    qint64 now = 0;
    limiter.setClock([&now] { return now; });
    limiter.setRate(10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 0);
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 100);
    now = 30; // 0.3 of a token has come back
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 70);
    now = 99;
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 1);
    now = 100;
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 0);
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 100); // a refused call took nothing
}

void tst_EmulatorRateLimit::bucketRefillsContinuouslyUpToOneSecond()
{
    RateLimiter limiter;
    qint64 now = 0;
    limiter.setClock([&now] { return now; });
    limiter.setRate(4);
    QCOMPARE(limiter.capacity(), 4.0);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(limiter.acquire(account, u"DescribeFlowLogs"_s), 0);
    now = 500; // two tokens
    QCOMPARE(limiter.acquire(account, u"DescribeFlowLogs"_s), 0);
    QCOMPARE(limiter.acquire(account, u"DescribeFlowLogs"_s), 0);
    QCOMPARE(limiter.acquire(account, u"DescribeFlowLogs"_s), 250);
    now = 60000; // a minute idle: still one second's burst, not sixty
    for (int i = 0; i < 4; ++i)
        QCOMPARE(limiter.acquire(account, u"DescribeFlowLogs"_s), 0);
    QCOMPARE(limiter.acquire(account, u"DescribeFlowLogs"_s), 250);
}

void tst_EmulatorRateLimit::bucketBelowOnePerSecondStillHoldsOneCall()
{
    RateLimiter limiter;
    qint64 now = 0;
    limiter.setClock([&now] { return now; });
    limiter.setRate(0.5);
    QCOMPARE(limiter.capacity(), 1.0);
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 0);
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 2000);
    now = 1500;
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 500);
    now = 2000;
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 0);
}

void tst_EmulatorRateLimit::bucketsAreSeparatePerActionAndPerAccount()
{
    RateLimiter limiter;
    limiter.setClock([] { return qint64(0); });
    limiter.setRate(1);
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 0);
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 1000);
    QCOMPARE(limiter.acquire(account, u"DeleteFlowLog"_s), 0);
    QCOMPARE(limiter.acquire(u"9999999999999999"_s, u"CreateFlowLog"_s), 0);
    QCOMPARE(limiter.acquire(u"9999999999999999"_s, u"CreateFlowLog"_s), 1000);
    limiter.setRate(1); // a new rate: every bucket starts full
    QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 0);
}

void tst_EmulatorRateLimit::noRateMeansNoLimit()
{
    RateLimiter limiter;
    limiter.setClock([] { return qint64(0); });
    QVERIFY(!limiter.isEnabled());
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(limiter.acquire(account, u"CreateFlowLog"_s), 0);
    limiter.setRate(-3);
    QCOMPARE(limiter.rate(), 0.0);
    limiter.setRate(qQNaN());
    QVERIFY(!limiter.isEnabled());
}

void tst_EmulatorRateLimit::rateText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("rate"); // -1: refused
    QTest::newRow("N/s") << u"20/s"_s << 20.0;
    QTest::newRow("N") << u"20"_s << 20.0;
    QTest::newRow("fraction") << u"2.5/s"_s << 2.5;
    QTest::newRow("zero: off") << u"0"_s << 0.0;
    QTest::newRow("the maximum") << u"1000000/s"_s << 1000000.0;
    QTest::newRow("negative") << u"-1/s"_s << -1.0;
    QTest::newRow("text") << u"fast"_s << -1.0;
    QTest::newRow("empty") << QString() << -1.0;
    QTest::newRow("unit only") << u"/s"_s << -1.0;
    QTest::newRow("per minute") << u"20/min"_s << -1.0;
    QTest::newRow("nan") << u"nan"_s << -1.0;
    QTest::newRow("inf") << u"inf/s"_s << -1.0;
    QTest::newRow("above the maximum") << u"1000001"_s << -1.0;
}

void tst_EmulatorRateLimit::rateText()
{
    QFETCH(QString, text);
    QFETCH(double, rate);
    QString error;
    const std::optional<double> parsed = RateLimiter::parseRate(text, &error);
    if (rate < 0) {
        QVERIFY(!parsed);
        QVERIFY2(error.contains(u"N/s"_s) && error.contains(u'"' + text + u'"'), qPrintable(error));
        return;
    }
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, rate);
}

void tst_EmulatorRateLimit::throttledCallAnswersThrottlingUserAndDoesNothing()
{
    m_emulator->setRateLimit(2);
    QCOMPARE(m_emulator->rateLimit(), 2.0);
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).status, 200);
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).status, 200);
    QSignalSpy handled(m_emulator.get(), &VpcEmulator::requestHandled);
    m_nowMs = 100;
    const Response throttled = call(u"CreateFlowLog"_s, createParameters());
    QCOMPARE(throttled.status, 400);
    QCOMPARE(throttled.code(), u"Throttling.User"_s);
    QCOMPARE(throttled.message(), u"Request was denied due to user flow control."_s);
    QCOMPARE(throttled.retryAfter, QByteArray("400")); // 0.2 of a token back, 0.8 to go at 2/s
    QVERIFY(throttled.json.contains(u"RequestId"_s) && throttled.json.contains(u"HostId"_s));
    QCOMPARE(m_emulator->flowLogCount(), 2);
    QCOMPARE(handled.count(), 1);
    QCOMPARE(handled.first().at(1).toString(), u"Throttling.User"_s);

    QCOMPARE(call(u"DescribeFlowLogs"_s, {{u"RegionId"_s, region}}).status, 200); // its own bucket
    m_nowMs = 500;
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).status, 200);
    QCOMPARE(m_emulator->flowLogCount(), 3);
}

void tst_EmulatorRateLimit::throttledAnswerInXmlKeepsTheGatewayFormat()
{
    m_emulator->setRateLimit(1);
    const auto describeRegionsInXml = [this] {
        return send(RequestSigner().sign({u"DescribeRegions"_s, vpcVersion, {{u"Format"_s, u"XML"_s}}},
            m_emulator->serverUrl(), VpcEmulator::defaultAccount(), SignatureVersion::V3, "POST"));
    };
    QCOMPARE(describeRegionsInXml().status, 200);
    const Response throttled = describeRegionsInXml();
    QCOMPARE(throttled.status, 400);
    QVERIFY2(throttled.body.contains("<Error>") && throttled.body.contains("<Code>Throttling.User</Code>"),
        throttled.body.constData());
    QCOMPARE(throttled.retryAfter, QByteArray("1000"));
}

void tst_EmulatorRateLimit::unauthenticatedRequestsAreRejectedAndTakeNoToken()
{
    m_emulator->setRateLimit(1);
    Credentials wrong = VpcEmulator::defaultAccount();
    wrong.accessKeySecret = u"not-the-secret"_s;
    for (int i = 0; i < 3; ++i) {
        const Response rejected = call(u"DescribeRegions"_s, {}, wrong);
        QCOMPARE(rejected.code(), u"SignatureDoesNotMatch"_s);
        QVERIFY(rejected.retryAfter.isEmpty());
    }
    QCOMPARE(call(u"DescribeRegions"_s, {}).status, 200);
    QCOMPARE(call(u"DescribeRegions"_s, {}).code(), u"Throttling.User"_s);
    QCOMPARE(call(u"DescribeRegions"_s, {}, wrong).code(), u"SignatureDoesNotMatch"_s); // still checked first
}

void tst_EmulatorRateLimit::assumeRoleHasItsOwnBucketAndTemporaryKeysShareTheAccounts()
{
    m_emulator->setRateLimit(1);
    const QueryParameters assume {{u"RoleArn"_s, VpcEmulator::defaultAssumableRole()},
        {u"RoleSessionName"_s, u"rate-limit-test"_s}};
    const Response assumed = call(u"AssumeRole"_s, assume, VpcEmulator::defaultAccount(), u"2015-04-01"_s);
    QCOMPARE(assumed.status, 200);
    const Credentials temporary = assumed.credentials();
    QVERIFY(temporary.isSts());

    QCOMPARE(call(u"DescribeRegions"_s, {}).status, 200); // AssumeRole did not drain this bucket
    const Response throttled = call(u"DescribeRegions"_s, {}, temporary);
    QCOMPARE(throttled.code(), u"Throttling.User"_s); // the same account's bucket
    QCOMPARE(throttled.retryAfter, QByteArray("1000"));
    const Response again = call(u"AssumeRole"_s, assume, temporary, u"2015-04-01"_s);
    QCOMPARE(again.code(), u"Throttling.User"_s);
    m_nowMs = 1000;
    QCOMPARE(call(u"AssumeRole"_s, assume, temporary, u"2015-04-01"_s).status, 200);
}

void tst_EmulatorRateLimit::accessKeysOfOneAccountShareItsBucket()
{
    const Credentials second {u"second-access-key-id"_s, u"second-access-key-secret"_s, {}};
    m_emulator->setAccounts({VpcEmulator::defaultAccount(), second});
    m_emulator->setRateLimit(1);
    QCOMPARE(call(u"DescribeRegions"_s, {}).status, 200);
    QCOMPARE(call(u"DescribeRegions"_s, {}, second).code(), u"Throttling.User"_s);
}

void tst_EmulatorRateLimit::metadataServiceAndCredentialsUriAreNotLimited()
{
    m_emulator->setRateLimit(1);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(plain(u"/latest/meta-data/ram/security-credentials/"_s).status, 200);
        const Response uri = plain(u"/credentials-uri"_s);
        QCOMPARE(uri.status, 200);
        QCOMPARE(uri.code(), u"Success"_s);
    }
    QCOMPARE(call(u"DescribeRegions"_s, {}).status, 200); // and they took nothing from any bucket
}

void tst_EmulatorRateLimit::quotaRefusesTheNextCreateUntilADeleteFreesIt()
{
    m_emulator->setFlowLogQuota(2);
    QCOMPARE(m_emulator->flowLogQuota(), 2);
    const QString first = call(u"CreateFlowLog"_s, createParameters()).json.value(u"FlowLogId"_s).toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).status, 200);
    const Response refused = call(u"CreateFlowLog"_s, createParameters());
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), u"OperationFailed.ExceedPurchaseLimit"_s);
    QCOMPARE(refused.message(), u"You have reached the limit of purchase quantity."_s);
    QCOMPARE(m_emulator->flowLogCount(), 2);

    QCOMPARE(call(u"DeleteFlowLog"_s, {{u"RegionId"_s, region}, {u"FlowLogId"_s, first}}).status, 200);
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).status, 200);
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).code(), u"OperationFailed.ExceedPurchaseLimit"_s);
    QCOMPARE(m_emulator->flowLogCount(), 2);
}

void tst_EmulatorRateLimit::quotaCountsTheAccountsFlowLogsInEveryRegion()
{
    m_emulator->addFlowLog(existingFlowLog(u"fl-ratelimittestbeijing"_s, u"cn-beijing"_s));
    m_emulator->setFlowLogQuota(2);
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters(u"cn-shanghai"_s)).status, 200);
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).code(), u"OperationFailed.ExceedPurchaseLimit"_s);
    m_emulator->setFlowLogQuota(0);
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).status, 200);
}

QTEST_GUILESS_MAIN(tst_EmulatorRateLimit)
#include "tst_emulatorratelimit.moc"
