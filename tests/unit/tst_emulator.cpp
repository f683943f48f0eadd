#include "core/signing/acs3signature.h"
#include "core/signing/percentencoding.h"
#include "core/signing/requestsigner.h"
#include "emulator/emulatorfaults.h"
#include "emulator/noncecache.h"
#include "emulator/vpcemulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString chineseName = u"流日志-测试_01.v2"_s;
const QString reservedDescription = u"中文 & = + * ~ / ? % 空格"_s;

struct Response
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body = {};
    QJsonObject json = {};
    QByteArray requestIdHeader = {};
    QByteArray retryAfterHeader = {};
    qint64 elapsedMs = 0;

    QString code() const { return json.value(u"Code"_s).toString(); }
    QString message() const { return json.value(u"Message"_s).toString(); }
    QJsonArray flowLogs() const
    {
        return json.value(u"FlowLogs"_s).toObject().value(u"FlowLog"_s).toArray();
    }
};

QueryParameters createParameters(const QString &name = chineseName, const QString &description = reservedDescription)
{
    QueryParameters parameters = {
        {u"RegionId"_s, u"cn-hangzhou"_s},
        {u"ResourceType"_s, u"NetworkInterface"_s},
        {u"ResourceId"_s, u"eni-bp1emulatortest0001"_s},
        {u"TrafficType"_s, u"All"_s},
        {u"ProjectName"_s, u"flowlog-project"_s},
        {u"LogStoreName"_s, u"flowlog-store"_s},
    };
    if (!name.isEmpty())
        parameters.append({u"FlowLogName"_s, name});
    if (!description.isEmpty())
        parameters.append({u"Description"_s, description});
    return parameters;
}

QueryParameters without(QueryParameters parameters, const QString &name)
{
    parameters.removeIf([&name](const auto &parameter) { return parameter.first == name; });
    return parameters;
}

QueryParameters with(QueryParameters parameters, const QString &name, const QString &value)
{
    parameters = without(parameters, name);
    parameters.append({name, value});
    return parameters;
}

} // namespace

class tst_Emulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nonceCacheForgetsExpiredAndOldest();
    void faultSpecParses_data();
    void faultSpecParses();
    void createThenDescribeRoundTripsText_data();
    void createThenDescribeRoundTripsText();
    void v3FormBodyIsAccepted();
    void v3BodyHashMismatchIsRejected();
    void v3HeadersLeftUnsignedAreRejected_data();
    void v3HeadersLeftUnsignedAreRejected();
    void rejects_data();
    void rejects();
    void signatureMismatchEchoesServerStringToSign_data();
    void signatureMismatchEchoesServerStringToSign();
    void reusedNonceIsRejected();
    void missingSignatureIsIncomplete();
    void malformedTimestampIsRejected();
    void otherApiVersionIsRejected();
    void securityToken_data();
    void securityToken();
    void flowLogBecomesActiveAfterDelay();
    void describePages();
    void pageSizeAboveFiftyIsInvalid();
    void deactiveActiveModifyDelete();
    void describeRegions_data();
    void describeRegions();
    void xmlFormatIsHonoured();
    void throttleFaultAsksToRetryLater();
    void unavailableFaultAnswers503();
    void latencyDelaysAnswers();
    void lostResponseStillCreatesFlowLog();
    void scriptedFaultSpecParses_data();
    void scriptedFaultSpecParses();
    void scriptedFaultOnTheWire_data();
    void scriptedFaultOnTheWire();
    void scriptedFaultAppliesToItsActionAndCount();
    void scriptedErrorAnswersTheGatewayError();
    void dripSendsOneBytePerInterval();
    void requestReceivedReportsWhatArrived();
    void delayedAnswerToAClosedConnectionIsDropped();
    void stateFileRoundTrip();
    void stateFileIsWrittenShortlyAfterABurst();

private:
    SignedRequest sign(const QString &action, const QueryParameters &parameters,
        SignatureVersion version = SignatureVersion::V1, const QByteArray &method = "GET",
        const Credentials &credentials = VpcEmulator::defaultAccount(), const RequestSigner &signer = RequestSigner()) const;
    Response send(const SignedRequest &request);
    SignedRequest handSignedV3Post(const QByteArray &action, const QByteArray &body,
        const QByteArrayList &signedNames = {}) const;
    Response call(const QString &action, const QueryParameters &parameters,
        SignatureVersion version = SignatureVersion::V1, const QByteArray &method = "GET");
    QString createFlowLog(const QueryParameters &parameters = createParameters());
    QJsonObject describeOne(const QString &flowLogId);
    QByteArray exchangeRaw(const SignedRequest &request, int waitMs, bool *closed);

    std::unique_ptr<VpcEmulator> m_emulator;
    QNetworkAccessManager m_network;
};

void tst_Emulator::init()
{
    m_emulator = std::make_unique<VpcEmulator>();
    QVERIFY(m_emulator->start(QHostAddress::LocalHost, 0));
    m_network.clearConnectionCache();
}

void tst_Emulator::cleanup()
{
    m_emulator.reset();
}

SignedRequest tst_Emulator::sign(const QString &action, const QueryParameters &parameters, SignatureVersion version,
    const QByteArray &method, const Credentials &credentials, const RequestSigner &signer) const
{
    return signer.sign({action, u"2016-04-28"_s, parameters}, m_emulator->serverUrl(), credentials, version, method);
}

Response tst_Emulator::send(const SignedRequest &signedRequest)
{
    QNetworkRequest request(signedRequest.url);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(5000);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, signedRequest.method, signedRequest.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    Response response;
    response.elapsedMs = timer.elapsed();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    response.requestIdHeader = reply->rawHeader("x-acs-request-id");
    response.retryAfterHeader = reply->rawHeader("x-acs-retry-after");
    reply->deleteLater();
    return response;
}

Response tst_Emulator::call(const QString &action, const QueryParameters &parameters, SignatureVersion version,
    const QByteArray &method)
{
    return send(sign(action, parameters, version, method));
}

QString tst_Emulator::createFlowLog(const QueryParameters &parameters)
{
    const Response response = call(u"CreateFlowLog"_s, parameters);
    return response.json.value(u"FlowLogId"_s).toString();
}

QJsonObject tst_Emulator::describeOne(const QString &flowLogId)
{
    const Response response = call(u"DescribeFlowLogs"_s,
        {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"FlowLogId"_s, flowLogId}});
    const QJsonArray flowLogs = response.flowLogs();
    return flowLogs.size() == 1 ? flowLogs.first().toObject() : QJsonObject();
}

void tst_Emulator::nonceCacheForgetsExpiredAndOldest()
{
    NonceCache cache(1000, 2);
    QVERIFY(cache.remember(u"ak"_s, u"n1"_s, 0));
    QVERIFY(!cache.remember(u"ak"_s, u"n1"_s, 999));
    QVERIFY(cache.remember(u"other-ak"_s, u"n1"_s, 999)); // nonces are per AccessKey
    QVERIFY(cache.remember(u"ak"_s, u"n1"_s, 1000));       // the window has passed
    QVERIFY(cache.remember(u"ak"_s, u"n2"_s, 1001));       // over the cap: the oldest entry goes
    QVERIFY(cache.remember(u"other-ak"_s, u"n1"_s, 1002));
    QCOMPARE(cache.size(), 2);
}

void tst_Emulator::faultSpecParses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("throttle");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("loseResponses");

    QTest::newRow("empty") << u""_s << true << 0.0 << 0 << 0;
    QTest::newRow("all") << u"throttle=0.2,unavailable=0.05,latency=50ms,lose-response=1"_s << true << 0.2 << 50 << 1;
    QTest::newRow("seconds") << u"latency=2s"_s << true << 0.0 << 2000 << 0;
    QTest::newRow("probability above one") << u"throttle=1.5"_s << false << 0.0 << 0 << 0;
    QTest::newRow("unknown key") << u"explode=1"_s << false << 0.0 << 0 << 0;
    QTest::newRow("no value") << u"latency"_s << false << 0.0 << 0 << 0;
    // NaN compares false with both bounds, and would never throttle.
    QTest::newRow("probability NaN") << u"throttle=nan"_s << false << 0.0 << 0 << 0;
    QTest::newRow("unavailable NaN") << u"unavailable=NaN"_s << false << 0.0 << 0 << 0;
    // 3,000,000 s in milliseconds does not fit an int.
    QTest::newRow("latency beyond an hour") << u"latency=3000000s"_s << false << 0.0 << 0 << 0;
    QTest::newRow("latency of an hour") << u"latency=3600s"_s << true << 0.0 << 3600000 << 0;
    QTest::newRow("retry-after beyond an hour") << u"retry-after=3600001ms"_s << false << 0.0 << 0 << 0;
}

void tst_Emulator::faultSpecParses()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString error;
    const auto faults = EmulatorFaults::parse(spec, &error);
    QCOMPARE(faults.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        return;
    QTEST(faults->throttleProbability, "throttle");
    QTEST(faults->latencyMs, "latencyMs");
    QTEST(faults->loseResponses, "loseResponses");
}

void tst_Emulator::createThenDescribeRoundTripsText_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("v1 GET") << SignatureVersion::V1 << QByteArray("GET");
    QTest::newRow("v1 POST form") << SignatureVersion::V1 << QByteArray("POST");
    QTest::newRow("V3 POST") << SignatureVersion::V3 << QByteArray("POST");
    QTest::newRow("V3 GET") << SignatureVersion::V3 << QByteArray("GET");
}

void tst_Emulator::createThenDescribeRoundTripsText()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    const Response created = call(u"CreateFlowLog"_s, createParameters(), version, method);
    QCOMPARE(created.status, 200);
    const QString flowLogId = created.json.value(u"FlowLogId"_s).toString();
    QVERIFY2(QRegularExpression(u"^fl-[a-z0-9]{20}$"_s).match(flowLogId).hasMatch(), qPrintable(flowLogId));
    const QString requestId = created.json.value(u"RequestId"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"_s)
                .match(requestId)
                .hasMatch());
    QCOMPARE(QString::fromLatin1(created.requestIdHeader), requestId);

    const Response described = call(u"DescribeFlowLogs"_s,
        {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"FlowLogId"_s, flowLogId}}, version, method);
    QCOMPARE(described.status, 200);
    QCOMPARE(described.json.value(u"TotalCount"_s).toVariant().toInt(), 1);
    const QJsonObject flowLog = described.flowLogs().first().toObject();
    QCOMPARE(flowLog.value(u"FlowLogName"_s).toString().toUtf8(), chineseName.toUtf8());
    QCOMPARE(flowLog.value(u"Description"_s).toString().toUtf8(), reservedDescription.toUtf8());
    QCOMPARE(flowLog.value(u"Status"_s).toString(), u"Activating"_s);
    QCOMPARE(flowLog.value(u"ResourceType"_s).toString(), u"NetworkInterface"_s);
    QCOMPARE(flowLog.value(u"RegionId"_s).toString(), u"cn-hangzhou"_s);
}

// The official SDKs may send RPC parameters in a form body under a V3 signature: the body is
// hashed into x-acs-content-sha256 and the parameters count as if they were in the query.
// A V3 POST with a form body, signed by hand over the headers named in signedNames (all when empty),
// for what the client's own signer never sends.
SignedRequest tst_Emulator::handSignedV3Post(const QByteArray &action, const QByteArray &body,
    const QByteArrayList &signedNames) const
{
    const Credentials account = VpcEmulator::defaultAccount();
    HeaderList headers = {
        {"host", RequestSigner::hostHeader(m_emulator->serverUrl())},
        {"content-type", "application/x-www-form-urlencoded"},
        {"x-acs-action", action},
        {"x-acs-version", "2016-04-28"},
        {"x-acs-date", RequestSigner::timestamp(QDateTime::currentDateTimeUtc()).toLatin1()},
        {"x-acs-signature-nonce", RequestSigner::randomNonce().toLatin1()},
        {"x-acs-content-sha256", Acs3Signature::hexSha256(body)},
    };
    HeaderList signedOnes;
    for (const auto &header : headers) {
        if (signedNames.isEmpty() || signedNames.contains(header.first))
            signedOnes.append(header);
    }
    QByteArray signedHeaders;
    const QByteArray canonical
        = Acs3Signature::canonicalRequest({"POST", "/", {}, signedOnes, Acs3Signature::hexSha256(body)}, &signedHeaders);
    const QByteArray signature = Acs3Signature::signature(account.accessKeySecret, Acs3Signature::stringToSign(canonical));
    headers.append({QByteArrayLiteral("Authorization"), Acs3Signature::authorization(account.accessKeyId, signedHeaders, signature)});
    SignedRequest request;
    request.method = "POST";
    request.url = m_emulator->serverUrl();
    request.url.setPath(u"/"_s);
    request.headers = headers;
    request.body = body;
    return request;
}

void tst_Emulator::v3FormBodyIsAccepted()
{
    QByteArray body;
    for (const auto &[name, value] : createParameters())
        body += (body.isEmpty() ? "" : "&") + PercentEncoding::encode(name) + '=' + PercentEncoding::encode(value);
    const SignedRequest request = handSignedV3Post("CreateFlowLog", body);

    const Response created = send(request);
    QCOMPARE(created.status, 200);
    const QJsonObject flowLog = describeOne(created.json.value(u"FlowLogId"_s).toString());
    QCOMPARE(flowLog.value(u"Description"_s).toString(), reservedDescription);
}

void tst_Emulator::v3BodyHashMismatchIsRejected()
{
    SignedRequest request = sign(u"DescribeRegions"_s, {}, SignatureVersion::V3, "POST");
    request.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.body = "RegionId=cn-hangzhou"; // not what x-acs-content-sha256 (empty body) promised
    const Response response = send(request);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), u"SignatureDoesNotMatch"_s);
}

// A signature over "host" alone would let anyone replay it with another nonce, date or action:
// host, content-type and every x-acs-* header must be among the signed ones.
void tst_Emulator::v3HeadersLeftUnsignedAreRejected_data()
{
    QTest::addColumn<QByteArrayList>("signedNames");
    QTest::addColumn<QString>("unsignedName");
    QTest::newRow("host only") << QByteArrayList {"host"} << u"content-type"_s; // the first one sent
    QTest::newRow("all but the nonce") << QByteArrayList {"host", "content-type", "x-acs-action", "x-acs-version",
        "x-acs-date", "x-acs-content-sha256"} << u"x-acs-signature-nonce"_s;
    QTest::newRow("all but content-type") << QByteArrayList {"host", "x-acs-action", "x-acs-version", "x-acs-date",
        "x-acs-signature-nonce", "x-acs-content-sha256"} << u"content-type"_s;
}

void tst_Emulator::v3HeadersLeftUnsignedAreRejected()
{
    QFETCH(QByteArrayList, signedNames);
    QFETCH(QString, unsignedName);
    const SignedRequest request = handSignedV3Post("DescribeRegions", "RegionId=cn-hangzhou", signedNames);

    const Response response = send(request);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), u"IncompleteSignature"_s);
    QVERIFY2(response.json.value(u"Message"_s).toString().contains(unsignedName),
        qPrintable(response.json.value(u"Message"_s).toString()));
}

void tst_Emulator::rejects_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<int>("clockOffsetSeconds");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryParameters>("parameters");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageMentions");

    const Credentials sandbox = VpcEmulator::defaultAccount();
    const Credentials unknown {u"no-such-key"_s, sandbox.accessKeySecret, {}};
    const QString create = u"CreateFlowLog"_s;
    for (const SignatureVersion version : {SignatureVersion::V1, SignatureVersion::V3}) {
        const QByteArray tag = SignatureVersions::name(version).toLatin1() + ": ";
        QTest::addRow("%s%s", tag.constData(), "unknown AccessKey") << version << unknown << 0 << create << createParameters() << 404
                                                 << u"InvalidAccessKeyId.NotFound"_s << u""_s;
        QTest::addRow("%s%s", tag.constData(), "clock 16 min slow") << version << sandbox << -16 * 60 << create << createParameters()
                                                 << 400 << u"InvalidTimeStamp.Expired"_s << u""_s;
        QTest::addRow("%s%s", tag.constData(), "clock 16 min fast") << version << sandbox << 16 * 60 << create << createParameters()
                                                 << 400 << u"InvalidTimeStamp.Expired"_s << u""_s;
        QTest::addRow("%s%s", tag.constData(), "missing ResourceId") << version << sandbox << 0 << create
                                                  << without(createParameters(), u"ResourceId"_s) << 400
                                                  << u"MissingParameter"_s << u"ResourceId"_s;
        QTest::addRow("%s%s", tag.constData(), "missing RegionId") << version << sandbox << 0 << create
                                                << without(createParameters(), u"RegionId"_s) << 400
                                                << u"MissingParameter"_s << u"RegionId"_s;
        QTest::addRow("%s%s", tag.constData(), "name starts with a digit") << version << sandbox << 0 << create
                                                        << with(createParameters(), u"FlowLogName"_s, u"1abc"_s) << 400
                                                        << u"InvalidParameter"_s << u"FlowLogName"_s;
        QTest::addRow("%s%s", tag.constData(), "unknown TrafficType") << version << sandbox << 0 << create
                                                   << with(createParameters(), u"TrafficType"_s, u"Some"_s) << 400
                                                   << u"InvalidParameter"_s << u"TrafficType"_s;
        QTest::addRow("%s%s", tag.constData(), "unknown region") << version << sandbox << 0 << create
                                              << with(createParameters(), u"RegionId"_s, u"xx-nowhere-9"_s) << 404
                                              << u"InvalidRegionId.NotFound"_s << u""_s;
        QTest::addRow("%s%s", tag.constData(), "unknown action") << version << sandbox << 0 << u"LaunchRocket"_s << QueryParameters()
                                              << 404 << u"InvalidAction.NotFound"_s << u""_s;
    }
}

void tst_Emulator::rejects()
{
    QFETCH(SignatureVersion, version);
    QFETCH(Credentials, credentials);
    QFETCH(int, clockOffsetSeconds);
    QFETCH(QString, action);
    QFETCH(QueryParameters, parameters);
    const RequestSigner signer(
        [clockOffsetSeconds] { return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds); });
    const Response response = send(sign(action, parameters, version, "POST", credentials, signer));
    QTEST(response.status, "status");
    QTEST(response.code(), "code");
    QFETCH(QString, messageMentions);
    QVERIFY2(response.message().contains(messageMentions), qPrintable(response.message()));
    QVERIFY(!response.json.value(u"RequestId"_s).toString().isEmpty());
    QVERIFY(!response.json.value(u"HostId"_s).toString().isEmpty());
    QVERIFY(response.json.value(u"Recommend"_s).toString().contains(response.code()));
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_Emulator::signatureMismatchEchoesServerStringToSign_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("v1 GET") << SignatureVersion::V1 << QByteArray("GET");
    QTest::newRow("v1 POST") << SignatureVersion::V1 << QByteArray("POST");
    QTest::newRow("V3 POST") << SignatureVersion::V3 << QByteArray("POST");
}

void tst_Emulator::signatureMismatchEchoesServerStringToSign()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    Credentials wrongSecret = VpcEmulator::defaultAccount();
    wrongSecret.accessKeySecret = u"not-the-secret"_s;
    const SignedRequest request = sign(u"CreateFlowLog"_s, createParameters(), version, method, wrongSecret);
    const Response response = send(request);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), u"SignatureDoesNotMatch"_s);
    // Same parameters, same encoding: the server's string to sign is the client's, byte for byte.
    QCOMPARE(response.message(),
        u"Specified signature is not matched with our calculation. server string to sign is:"_s
            + QString::fromUtf8(request.stringToSign));
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_Emulator::reusedNonceIsRejected()
{
    const RequestSigner signer({}, [] { return u"0f3c1e1a-fixed-nonce"_s; });
    const Response first = send(sign(u"DescribeRegions"_s, {}, SignatureVersion::V1, "GET", VpcEmulator::defaultAccount(), signer));
    QCOMPARE(first.status, 200);
    const Response second = send(sign(u"DescribeRegions"_s, {}, SignatureVersion::V3, "GET", VpcEmulator::defaultAccount(), signer));
    QCOMPARE(second.status, 400);
    QCOMPARE(second.code(), u"SignatureNonceUsed"_s);
}

void tst_Emulator::missingSignatureIsIncomplete()
{
    SignedRequest request = sign(u"DescribeRegions"_s, {});
    QUrlQuery query(request.url);
    query.removeAllQueryItems(u"Signature"_s);
    request.url.setQuery(query);
    const Response response = send(request);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), u"IncompleteSignature"_s);
    QVERIFY(response.message().contains(u"Signature"_s));
}

void tst_Emulator::malformedTimestampIsRejected()
{
    SignedRequest request = sign(u"DescribeRegions"_s, {}, SignatureVersion::V3);
    for (auto &[name, value] : request.headers) {
        if (name == "x-acs-date")
            value = "28/11/2026 10:00";
    }
    QCOMPARE(send(request).code(), u"InvalidTimeStamp.Format"_s);
}

void tst_Emulator::otherApiVersionIsRejected()
{
    const SignedRequest request = RequestSigner().sign({u"DescribeRegions"_s, u"2013-01-01"_s, {}},
        m_emulator->serverUrl(), VpcEmulator::defaultAccount(), SignatureVersion::V1, "GET");
    const Response response = send(request);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), u"InvalidVersion"_s);
    // ECS's version routes to the ECS actions, which do not include the VPC API's.
    const SignedRequest ecs = RequestSigner().sign({u"DescribeRegions"_s, u"2014-05-26"_s, {}},
        m_emulator->serverUrl(), VpcEmulator::defaultAccount(), SignatureVersion::V1, "GET");
    QCOMPARE(send(ecs).code(), u"InvalidAction.NotFound"_s);
}

void tst_Emulator::securityToken_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");
    for (const SignatureVersion version : {SignatureVersion::V1, SignatureVersion::V3}) {
        const QByteArray tag = SignatureVersions::name(version).toLatin1() + ": ";
        QTest::addRow("%s%s", tag.constData(), "right token") << version << u"sts-token-value"_s << QString();
        QTest::addRow("%s%s", tag.constData(), "no token") << version << QString() << u"InvalidSecurityToken.Malformed"_s;
        QTest::addRow("%s%s", tag.constData(), "wrong token") << version << u"other-token"_s << u"InvalidSecurityToken.MismatchWithAccessKey"_s;
    }
}

void tst_Emulator::securityToken()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QString, token);
    QFETCH(QString, code);
    Credentials account = VpcEmulator::defaultAccount();
    account.securityToken = u"sts-token-value"_s;
    m_emulator->setAccounts({account});
    account.securityToken = token;
    const Response response = send(sign(u"DescribeRegions"_s, {}, version, "POST", account));
    QCOMPARE(response.code(), code);
    QCOMPARE(response.status, code.isEmpty() ? 200 : 400);
}

void tst_Emulator::flowLogBecomesActiveAfterDelay()
{
    m_emulator->setActivationDelay(300);
    const QString flowLogId = createFlowLog();
    QCOMPARE(describeOne(flowLogId).value(u"Status"_s).toString(), u"Activating"_s);
    QTRY_COMPARE_WITH_TIMEOUT(describeOne(flowLogId).value(u"Status"_s).toString(), u"Active"_s, 3000);

    m_emulator->setActivationDelay(0);
    QCOMPARE(describeOne(createFlowLog()).value(u"Status"_s).toString(), u"Active"_s);
}

void tst_Emulator::describePages()
{
    for (int i = 0; i < 12; ++i)
        QVERIFY(!createFlowLog(with(createParameters(), u"FlowLogName"_s, u"log-%1"_s.arg(i))).isEmpty());
    const Response page = call(u"DescribeFlowLogs"_s,
        {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"PageNumber"_s, u"3"_s}, {u"PageSize"_s, u"5"_s}});
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(u"TotalCount"_s).toVariant().toInt(), 12);
    QCOMPARE(page.json.value(u"PageNumber"_s).toVariant().toInt(), 3);
    QCOMPARE(page.json.value(u"PageSize"_s).toVariant().toInt(), 5);
    QCOMPARE(page.flowLogs().size(), 2);
    QCOMPARE(page.flowLogs().at(0).toObject().value(u"FlowLogName"_s).toString(), u"log-10"_s);

    const Response filtered = call(u"DescribeFlowLogs"_s,
        {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"FlowLogName"_s, u"log-7"_s}});
    QCOMPARE(filtered.flowLogs().size(), 1);
    const Response otherRegion = call(u"DescribeFlowLogs"_s, {{u"RegionId"_s, u"cn-beijing"_s}});
    QCOMPARE(otherRegion.json.value(u"TotalCount"_s).toVariant().toInt(), 0);
}

void tst_Emulator::pageSizeAboveFiftyIsInvalid()
{
    const Response response = call(u"DescribeFlowLogs"_s,
        {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"PageSize"_s, u"51"_s}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), u"InvalidParameter"_s);
    QVERIFY(response.message().contains(u"PageSize"_s));
}

void tst_Emulator::deactiveActiveModifyDelete()
{
    m_emulator->setActivationDelay(0);
    const QString id = createFlowLog();
    const QueryParameters target = {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"FlowLogId"_s, id}};

    QCOMPARE(call(u"DeactiveFlowLog"_s, target).status, 200);
    QCOMPARE(describeOne(id).value(u"Status"_s).toString(), u"Inactive"_s);
    QCOMPARE(call(u"ActiveFlowLog"_s, target).status, 200);
    QCOMPARE(describeOne(id).value(u"Status"_s).toString(), u"Active"_s);

    const Response modified = call(u"ModifyFlowLogAttribute"_s,
        target + QueryParameters {{u"FlowLogName"_s, u"新名称"_s}, {u"Description"_s, u"改过的 描述"_s}});
    QCOMPARE(modified.status, 200);
    QCOMPARE(describeOne(id).value(u"FlowLogName"_s).toString(), u"新名称"_s);
    QCOMPARE(describeOne(id).value(u"Description"_s).toString(), u"改过的 描述"_s);
    const Response invalidName = call(u"ModifyFlowLogAttribute"_s, target + QueryParameters {{u"FlowLogName"_s, u"_x"_s}});
    QCOMPARE(invalidName.code(), u"InvalidParameter"_s);

    QCOMPARE(call(u"DeleteFlowLog"_s, target).status, 200);
    QCOMPARE(m_emulator->flowLogCount(), 0);
    const Response again = call(u"DeleteFlowLog"_s, target);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.code(), u"InvalidFlowLogId.NotFound"_s);
    QCOMPARE(call(u"DeleteFlowLog"_s, {{u"RegionId"_s, u"cn-hangzhou"_s}}).code(), u"MissingParameter"_s);
}

void tst_Emulator::describeRegions_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hangzhou");
    QTest::newRow("zh-CN") << u"zh-CN"_s << u"华东1（杭州）"_s;
    QTest::newRow("en-US") << u"en-US"_s << u"China (Hangzhou)"_s;
}

void tst_Emulator::describeRegions()
{
    QFETCH(QString, language);
    const Response response = call(u"DescribeRegions"_s, {{u"AcceptLanguage"_s, language}}, SignatureVersion::V3);
    QCOMPARE(response.status, 200);
    const QJsonArray regions = response.json.value(u"Regions"_s).toObject().value(u"Region"_s).toArray();
    QCOMPARE(regions.size(), 27);
    for (const QJsonValue &value : regions) {
        const QJsonObject region = value.toObject();
        if (region.value(u"RegionId"_s).toString() != u"cn-hangzhou"_s)
            continue;
        QTEST(region.value(u"LocalName"_s).toString(), "hangzhou");
        QCOMPARE(region.value(u"RegionEndpoint"_s).toString(), u"vpc.cn-hangzhou.aliyuncs.com"_s);
        return;
    }
    QFAIL("cn-hangzhou missing");
}

void tst_Emulator::xmlFormatIsHonoured()
{
    const Response regions = call(u"DescribeRegions"_s, {{u"Format"_s, u"XML"_s}}, SignatureVersion::V3);
    QCOMPARE(regions.status, 200);
    QVERIFY2(regions.body.contains("<DescribeRegionsResponse>"), regions.body.constData());
    QVERIFY(regions.body.contains("<Region><LocalName>"));
    const Response error = call(u"DeleteFlowLog"_s, {{u"Format"_s, u"XML"_s}, {u"RegionId"_s, u"cn-hangzhou"_s}},
        SignatureVersion::V3);
    QVERIFY2(error.body.contains("<Error>") && error.body.contains("<Code>MissingParameter</Code>"),
        error.body.constData());
}

void tst_Emulator::throttleFaultAsksToRetryLater()
{
    m_emulator->setFaults(*EmulatorFaults::parse(u"throttle=1,retry-after=250ms"_s));
    const Response response = call(u"CreateFlowLog"_s, createParameters());
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), u"Throttling.User"_s);
    QCOMPARE(response.retryAfterHeader, QByteArray("250"));
    QCOMPARE(m_emulator->flowLogCount(), 0);
    m_emulator->setFaults({});
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).status, 200);
}

void tst_Emulator::unavailableFaultAnswers503()
{
    m_emulator->setFaults(*EmulatorFaults::parse(u"unavailable=1"_s));
    const Response response = call(u"CreateFlowLog"_s, createParameters());
    QCOMPARE(response.status, 503);
    QCOMPARE(response.code(), u"ServiceUnavailable"_s);
    QCOMPARE(m_emulator->flowLogCount(), 0);
}

void tst_Emulator::latencyDelaysAnswers()
{
    m_emulator->setFaults(*EmulatorFaults::parse(u"latency=300ms"_s));
    const Response response = call(u"DescribeRegions"_s, {});
    QCOMPARE(response.status, 200);
    QVERIFY2(response.elapsedMs >= 290, qPrintable(QString::number(response.elapsedMs)));
}

// A raw socket, because QNetworkAccessManager silently re-sends a request whose connection closed
// before any answer, which would hide exactly what is tested here.
void tst_Emulator::lostResponseStillCreatesFlowLog()
{
    m_emulator->setFaults(*EmulatorFaults::parse(u"lose-response=1"_s));
    const SignedRequest request = sign(u"CreateFlowLog"_s, createParameters());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_emulator->serverUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET " + request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: "
        + RequestSigner::hostHeader(request.url) + "\r\n\r\n");
    QByteArray received;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(received, QByteArray());
    QCOMPARE(m_emulator->flowLogCount(), 1);
    QCOMPARE(m_emulator->faults().loseResponses, 0);

    const Response next = call(u"CreateFlowLog"_s, createParameters());
    QCOMPARE(next.status, 200);
    const Response found = call(u"DescribeFlowLogs"_s,
        {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"ResourceId"_s, u"eni-bp1emulatortest0001"_s}});
    QCOMPARE(found.flowLogs().size(), 2);
}

void tst_Emulator::scriptedFaultSpecParses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("normalized"); // empty: invalid

    QTest::newRow("hang, counted") << u"hang=CreateFlowLog:1"_s << u"hang=CreateFlowLog:1"_s;
    QTest::newRow("any action, every request") << u"garbage=*"_s << u"garbage=*"_s;
    QTest::newRow("error") << u"error=DescribeFlowLogs:InternalError:3"_s
                           << u"error=DescribeFlowLogs:InternalError:3"_s;
    QTest::newRow("xml error") << u"xml-error=CreateFlowLog:Forbidden.RAM"_s
                               << u"xml-error=CreateFlowLog:Forbidden.RAM"_s;
    QTest::newRow("lose-response per action")
        << u"lose-response=DeleteFlowLog:2"_s << u"lose-response=DeleteFlowLog:2"_s;
    QTest::newRow("unknown mode") << u"explode=CreateFlowLog"_s << QString();
    QTest::newRow("no action") << u"hang="_s << QString();
    QTest::newRow("lower-case action") << u"hang=createflowlog"_s << QString();
    QTest::newRow("zero count") << u"hang=CreateFlowLog:0"_s << QString();
    QTest::newRow("negative count") << u"close=CreateFlowLog:-1"_s << QString();
    QTest::newRow("too many parts") << u"drip=CreateFlowLog:1:2"_s << QString();
    QTest::newRow("error without code") << u"error=CreateFlowLog"_s << QString();
    QTest::newRow("error with unknown code") << u"error=CreateFlowLog:Nope"_s << QString();
    QTest::newRow("bad drip interval") << u"drip-interval=fast"_s << QString();
}

void tst_Emulator::scriptedFaultSpecParses()
{
    QFETCH(QString, spec);
    QFETCH(QString, normalized);
    QString error;
    const auto faults = EmulatorFaults::parse(spec, &error);
    QCOMPARE(faults.has_value(), !normalized.isEmpty());
    if (!faults) {
        QVERIFY2(error.contains(spec) && error.contains(u"hang"_s) && error.contains(u"InternalError"_s),
            qPrintable(error));
        return;
    }
    QCOMPARE(faults->scripted.size(), 1);
    QCOMPARE(faults->scripted.first().toString(), normalized);
    QVERIFY(!faults->isEmpty());
    QVERIFY(faults->toString().endsWith(normalized));
}

// Sends the request over a raw socket and collects what comes back within waitMs, or until the
// emulator closes the connection.
QByteArray tst_Emulator::exchangeRaw(const SignedRequest &request, int waitMs, bool *closed)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_emulator->serverUrl().port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
        + " HTTP/1.1\r\nHost: " + RequestSigner::hostHeader(request.url) + "\r\n\r\n");
    QByteArray received;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    *closed = disconnected.wait(waitMs);
    received += socket.readAll();
    return received;
}

void tst_Emulator::scriptedFaultOnTheWire_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("acts");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<QByteArray>("starts"); // what the answer begins with
    QTest::addColumn<QByteArray>("contains"); // and holds
    QTest::addColumn<qsizetype>("minimumSize");

    QTest::newRow("hang") << u"hang=CreateFlowLog"_s << false << false << QByteArray() << QByteArray()
                          << qsizetype(0);
    QTest::newRow("act-then-hang") << u"act-then-hang=CreateFlowLog"_s << true << false << QByteArray()
                                   << QByteArray() << qsizetype(0);
    QTest::newRow("close") << u"close=CreateFlowLog"_s << false << true << QByteArray() << QByteArray()
                           << qsizetype(0);
    QTest::newRow("lose-response") << u"lose-response=CreateFlowLog:1"_s << true << true << QByteArray()
                                   << QByteArray() << qsizetype(0);
    QTest::newRow("garbage") << u"garbage=CreateFlowLog"_s << false << false << QByteArray("HTTP/1.1 200 ")
                             << QByteArray("not json") << qsizetype(0);
    QTest::newRow("oversize") << u"oversize=CreateFlowLog"_s << false << false << QByteArray("HTTP/1.1 200 ")
                              << QByteArray("Content-Length: 2097152\r\n") << qsizetype(2 * 1024 * 1024);
    QTest::newRow("oversize chunked")
        << u"oversize-chunked=CreateFlowLog"_s << false << false << QByteArray("HTTP/1.1 200 ")
        << QByteArray("Transfer-Encoding: chunked\r\n") << qsizetype(2 * 1024 * 1024);
    QTest::newRow("oversize unframed")
        << u"oversize-unframed=CreateFlowLog"_s << false << true << QByteArray("HTTP/1.1 200 ")
        << QByteArray("Connection: close\r\n") << qsizetype(2 * 1024 * 1024);
    QTest::newRow("lying length") << u"lying-length=CreateFlowLog"_s << false << true
                                  << QByteArray("HTTP/1.1 200 ") << QByteArray("Content-Length: ")
                                  << qsizetype(0);
    QTest::newRow("lying chunk") << u"lying-chunk=CreateFlowLog"_s << false << true
                                 << QByteArray("HTTP/1.1 200 ") << QByteArray("\r\n\r\n7FFFFFFFFFFFFFF0\r\n")
                                 << qsizetype(2 * 1024 * 1024);
    QTest::newRow("redirect") << u"redirect=CreateFlowLog"_s << false << false << QByteArray("HTTP/1.1 302 ")
                              << QByteArray("\r\nLocation: http://127.0.0.1:1/") << qsizetype(0);
    QTest::newRow("nested xml") << u"nested-xml=CreateFlowLog"_s << false << false
                                << QByteArray("HTTP/1.1 400 ") << QByteArray("<Error><a><a><a>")
                                << qsizetype(900000);
}

void tst_Emulator::scriptedFaultOnTheWire()
{
    QFETCH(QString, spec);
    QFETCH(bool, acts);
    QFETCH(bool, closes);
    QFETCH(QByteArray, starts);
    QFETCH(QByteArray, contains);
    QFETCH(qsizetype, minimumSize);
    m_emulator->setFaults(*EmulatorFaults::parse(spec));

    bool closed = false;
    const QByteArray received = exchangeRaw(sign(u"CreateFlowLog"_s, createParameters()), 300, &closed);
    QCOMPARE(closed, closes);
    QCOMPARE(m_emulator->flowLogCount(), acts ? 1 : 0);
    if (starts.isEmpty()) {
        QCOMPARE(received, QByteArray());
        return;
    }
    QVERIFY2(received.startsWith(starts), received.left(200).constData());
    QVERIFY2(received.contains(contains), received.left(200).constData());
    QVERIFY2(received.size() >= minimumSize, qPrintable(QString::number(received.size())));
    QVERIFY(received.size() < 1024 * 1024 || minimumSize > 1024 * 1024);
    if (spec.startsWith(u"lying-length"_s)) {
        const qsizetype headEnd = received.indexOf("\r\n\r\n") + 4;
        const QByteArray head = received.left(headEnd);
        const qsizetype at = head.indexOf("Content-Length: ") + 16;
        const qint64 declared = head.mid(at, head.indexOf("\r\n", at) - at).toLongLong();
        QVERIFY2(declared > received.size() - headEnd, head.constData());
    }
}

void tst_Emulator::scriptedFaultAppliesToItsActionAndCount()
{
    m_emulator->setFaults(*EmulatorFaults::parse(u"error=DescribeRegions:InternalError:2"_s));
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).status, 200);
    QCOMPARE(call(u"DescribeRegions"_s, {}).status, 500);
    QCOMPARE(m_emulator->faults().scripted.first().count, 1);
    QCOMPARE(call(u"DescribeRegions"_s, {}).status, 500);
    QCOMPARE(call(u"DescribeRegions"_s, {}).status, 200);
    QCOMPARE(m_emulator->faults().scripted.first().count, 0);
}

void tst_Emulator::scriptedErrorAnswersTheGatewayError()
{
    m_emulator->setFaults(*EmulatorFaults::parse(u"error=CreateFlowLog:Throttling.User:1,retry-after=250ms,"
                                                 "xml-error=CreateFlowLog:Forbidden.RAM:1"_s));
    const Response throttled = call(u"CreateFlowLog"_s, createParameters());
    QCOMPARE(throttled.status, 400);
    QCOMPARE(throttled.code(), u"Throttling.User"_s);
    QCOMPARE(throttled.retryAfterHeader, QByteArray("250"));
    const Response forbidden = call(u"CreateFlowLog"_s, createParameters());
    QCOMPARE(forbidden.status, 403);
    QVERIFY2(forbidden.body.contains("<Code>Forbidden.RAM</Code>"), forbidden.body.constData());
    QCOMPARE(m_emulator->flowLogCount(), 0);
    QCOMPARE(call(u"CreateFlowLog"_s, createParameters()).status, 200);
}

void tst_Emulator::dripSendsOneBytePerInterval()
{
    m_emulator->setFaults(*EmulatorFaults::parse(u"drip=CreateFlowLog,drip-interval=100ms"_s));
    bool closed = false;
    const QByteArray received = exchangeRaw(sign(u"CreateFlowLog"_s, createParameters()), 450, &closed);
    QVERIFY(!closed);
    QCOMPARE(m_emulator->flowLogCount(), 1);
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY2(headEnd > 0 && received.startsWith("HTTP/1.1 200 "), received.constData());
    const qsizetype bodyBytes = received.size() - headEnd - 4;
    QVERIFY2(bodyBytes >= 2 && bodyBytes <= 5, qPrintable(QString::number(bodyBytes)));
}

void tst_Emulator::requestReceivedReportsWhatArrived()
{
    QSignalSpy received(m_emulator.get(), &VpcEmulator::requestReceived);
    const SignedRequest signedRequest
        = sign(u"CreateFlowLog"_s, createParameters(), SignatureVersion::V3, "POST");
    QCOMPARE(send(signedRequest).status, 200);
    Credentials wrong = VpcEmulator::defaultAccount();
    wrong.accessKeySecret = u"wrong"_s;
    QCOMPARE(send(sign(u"DescribeRegions"_s, {}, SignatureVersion::V1, "GET", wrong)).status, 400);

    QCOMPARE(received.size(), 2);
    const auto created = received.at(0).at(0).value<ObservedRequest>();
    QCOMPARE(created.action, u"CreateFlowLog"_s);
    QCOMPARE(created.method, QByteArray("POST"));
    QCOMPARE(created.signatureVersion, SignatureVersion::V3);
    QVERIFY(created.signatureValid());
    QVERIFY(created.rejectedWith.isEmpty());
    QCOMPARE(created.parameter(u"FlowLogName"_s), chineseName);
    QVERIFY(!created.nonce.isEmpty());
    const auto rejected = received.at(1).at(0).value<ObservedRequest>();
    QCOMPARE(rejected.action, u"DescribeRegions"_s);
    QCOMPARE(rejected.signatureVersion, SignatureVersion::V1);
    QCOMPARE(rejected.rejectedWith, u"SignatureDoesNotMatch"_s);
    QVERIFY(!rejected.signatureValid());
    QVERIFY(!rejected.nonce.isEmpty());
}

void tst_Emulator::delayedAnswerToAClosedConnectionIsDropped()
{
    m_emulator->setFaults(*EmulatorFaults::parse(u"latency=100ms"_s));
    const SignedRequest request = sign(u"DescribeRegions"_s, {});
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_emulator->serverUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET " + request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
            + " HTTP/1.1\r\nHost: " + RequestSigner::hostHeader(request.url) + "\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        QTest::qWait(20); // the request is being held back when the client goes away
    }
    QTest::qWait(200);
    QCOMPARE(call(u"DescribeRegions"_s, {}).status, 200);
}

void tst_Emulator::stateFileRoundTrip()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"state.json"_s);
    QString error;
    QVERIFY(m_emulator->setStateFile(path, &error));
    m_emulator->setActivationDelay(0); // Active at once, so that it can be deleted after the restart
    const QString id = createFlowLog();
    QVERIFY(QFile::exists(path));

    m_emulator = std::make_unique<VpcEmulator>();
    QVERIFY(m_emulator->start());
    QVERIFY(m_emulator->setStateFile(path, &error));
    QCOMPARE(m_emulator->flowLogCount(), 1);
    const QJsonObject flowLog = describeOne(id);
    QCOMPARE(flowLog.value(u"FlowLogName"_s).toString(), chineseName);
    QCOMPARE(flowLog.value(u"Description"_s).toString(), reservedDescription);

    m_emulator->setActivationDelay(0); // deleted at once, not Deleting for a while
    QCOMPARE(call(u"DeleteFlowLog"_s, {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"FlowLogId"_s, id}}).status, 200);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!createFlowLog().isEmpty());
    m_emulator.reset(); // writes what a spaced-out save may still hold back
    VpcEmulator reloaded;
    QVERIFY(reloaded.setStateFile(path));
    QCOMPARE(reloaded.flowLogCount(), 5);
}

void tst_Emulator::stateFileIsWrittenShortlyAfterABurst()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    QVERIFY(m_emulator->setStateFile(path));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!createFlowLog().isEmpty());
    const auto savedCount = [&path] {
        VpcEmulator reader;
        reader.setStateFile(path);
        return reader.flowLogCount();
    };
    QTRY_COMPARE_WITH_TIMEOUT(savedCount(), 5, 2000);
}

QTEST_GUILESS_MAIN(tst_Emulator)
#include "tst_emulator.moc"
