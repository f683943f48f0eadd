#include "core/api/apiresponseparser.h"
#include "core/api/flowloginfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ApiResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void scrubbedResultHoldsNoSecretAnywhere();
    void jsonSuccessKeepsIdsAndBody();
    void errorForms_data();
    void errorForms();
    void codeDecidesOverHttpStatus();
    void xmlSuccessBecomesJsonShape();
    void xmlRepeatedElementsBecomeArrays();
    void malformed_data();
    void malformed();
    void malformedMessageQuotesTheAnswer();
    void describeBodyToFlowLogs_data();
    void describeBodyToFlowLogs();
};

void tst_ApiResponseParser::jsonSuccessKeepsIdsAndBody()
{
    const QByteArray body = R"({"RequestId":"R-1","FlowLogId":"fl-abc","Success":"true","ResourceGroupId":"rg-9"})";
    const ApiResult result = ApiResponseParser::parse(200, body);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.transportError, TransportError::None);
    QCOMPARE(result.requestId, u"R-1"_s);
    QCOMPARE(result.flowLogId, u"fl-abc"_s);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.code.isEmpty());
    QCOMPARE(result.body.value("ResourceGroupId"_L1).toString(), u"rg-9"_s);
}

void tst_ApiResponseParser::errorForms_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("recommend");

    QTest::newRow("json") << 400
                          << QByteArray(R"({"RequestId":"R-2","HostId":"vpc.cn-hangzhou.aliyuncs.com",)"
                                        R"("Code":"InvalidParameter","Message":"The parameter invalid.",)"
                                        R"("Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidParameter"})")
                          << u"InvalidParameter"_s << u"The parameter invalid."_s
                          << u"https://api.aliyun.com/troubleshoot?q=InvalidParameter"_s;
    QTest::newRow("xml") << 404
                         << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><RequestId>R-2</RequestId>"
                                       "<HostId>vpc.cn-hangzhou.aliyuncs.com</HostId>"
                                       "<Code>InvalidRegionId.NotFound</Code><Message>区域不存在 &amp; more</Message>"
                                       "<Recommend>https://x.example/r</Recommend></Error>\n")
                         << u"InvalidRegionId.NotFound"_s << u"区域不存在 & more"_s << u"https://x.example/r"_s;
    QTest::newRow("xml without recommend")
        << 400 << QByteArray("<Error><RequestId>R-2</RequestId><HostId>h</HostId><Code>MissingParameter</Code>"
                             "<Message>Missing mandatory parameter</Message></Error>")
        << u"MissingParameter"_s << u"Missing mandatory parameter"_s << QString();
}

void tst_ApiResponseParser::errorForms()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const ApiResult result = ApiResponseParser::parse(status, body);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.transportError, TransportError::None);
    QCOMPARE(result.httpStatus, status);
    QTEST(result.code, "code");
    QTEST(result.message, "message");
    QTEST(result.recommend, "recommend");
    QCOMPARE(result.requestId, u"R-2"_s);
    QVERIFY(!result.hostId.isEmpty());
    QVERIFY(result.flowLogId.isEmpty());
}

void tst_ApiResponseParser::codeDecidesOverHttpStatus()
{
    const ApiResult result
        = ApiResponseParser::parse(200, R"({"RequestId":"R","Code":"Throttling.User","Message":"slow down"})");
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.code, u"Throttling.User"_s);
}

void tst_ApiResponseParser::xmlSuccessBecomesJsonShape()
{
    const ApiResult result = ApiResponseParser::parse(200,
        "<CreateFlowLogResponse>\n  <RequestId>62172DD5</RequestId>\n"
        "  <FlowLogId>flowlog-m5evbtbpt</FlowLogId>\n</CreateFlowLogResponse>");
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.requestId, u"62172DD5"_s);
    QCOMPARE(result.flowLogId, u"flowlog-m5evbtbpt"_s);
}

void tst_ApiResponseParser::xmlRepeatedElementsBecomeArrays()
{
    const ApiResult result = ApiResponseParser::parse(200,
        "<DescribeFlowLogsResponse><RequestId>R</RequestId><TotalCount>2</TotalCount><FlowLogs>"
        "<FlowLog><FlowLogId>fl-1</FlowLogId></FlowLog><FlowLog><FlowLogId>fl-2</FlowLogId></FlowLog>"
        "</FlowLogs></DescribeFlowLogsResponse>");
    QCOMPARE(result.outcome, Outcome::Succeeded);
    const QJsonArray items = result.body["FlowLogs"_L1]["FlowLog"_L1].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1)["FlowLogId"_L1].toString(), u"fl-2"_s);
}

void tst_ApiResponseParser::malformed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("html page") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    static constexpr char binary[] = "\x00\x01\xff\xfe garbage";
    QTest::newRow("binary") << 200 << QByteArray(binary, sizeof binary - 1); // the NULs included, nothing past them
    QTest::newRow("empty 200") << 200 << QByteArray();
    QTest::newRow("empty 503") << 503 << QByteArray();
    QTest::newRow("json array") << 200 << QByteArray("[1,2,3]");
    QTest::newRow("truncated json") << 200 << QByteArray(R"({"RequestId":"R","FlowLo)");
    QTest::newRow("codeless json error status") << 400 << QByteArray(R"({"RequestId":"R"})");
    QTest::newRow("xml error without code") << 400 << QByteArray("<Error><Message>m</Message></Error>");
    QTest::newRow("xml trailing junk") << 200 << QByteArray("<A><B>1</B></A><C/>");
    QTest::newRow("plain text") << 500 << QByteArray("Internal Server Error");
}

void tst_ApiResponseParser::malformed()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const ApiResult result = ApiResponseParser::parse(status, body);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.transportError, TransportError::MalformedResponse);
    QCOMPARE(result.code, u"MalformedResponse"_s);
    QCOMPARE(result.httpStatus, status);
    QVERIFY(!result.message.isEmpty());
}

void tst_ApiResponseParser::malformedMessageQuotesTheAnswer()
{
    const ApiResult result = ApiResponseParser::parse(502, "<html><title>Bad Gateway</title>" + QByteArray(500, 'x'));
    QVERIFY2(result.message.contains("502"_L1), qPrintable(result.message));
    QVERIFY2(result.message.contains("Bad Gateway"_L1), qPrintable(result.message));
    QVERIFY2(result.message.size() < 400, qPrintable(result.message));
}

void tst_ApiResponseParser::describeBodyToFlowLogs_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("total");

    QTest::newRow("json list")
        << QByteArray(R"({"RequestId":"R","TotalCount":"2","FlowLogs":{"FlowLog":[)"
                      R"({"FlowLogId":"fl-1","FlowLogName":"名字","Description":"d","Status":"Active",)"
                      R"("ResourceType":"VPC","ResourceId":"vpc-1","TrafficType":"All","ProjectName":"p",)"
                      R"("LogStoreName":"s","CreationTime":"2026-01-01T00:00:00Z","RegionId":"cn-hangzhou"},)"
                      R"({"FlowLogId":"fl-2"}]}})")
        << 2 << 2;
    QTest::newRow("json empty") << QByteArray(R"({"RequestId":"R","TotalCount":0,"FlowLogs":{"FlowLog":[]}})") << 0
                                << 0;
    QTest::newRow("xml single") << QByteArray("<R><TotalCount>1</TotalCount><FlowLogs><FlowLog><FlowLogId>fl-1"
                                              "</FlowLogId><FlowLogName>名字</FlowLogName></FlowLog></FlowLogs></R>")
                                << 1 << 1;
    QTest::newRow("no list") << QByteArray(R"({"RequestId":"R"})") << 0 << -1;
}

void tst_ApiResponseParser::describeBodyToFlowLogs()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    const ApiResult result = ApiResponseParser::parse(200, body);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    const QList<FlowLogInfo> list = FlowLogInfo::listFromDescribeBody(result.body);
    QCOMPARE(list.size(), count);
    QTEST(FlowLogInfo::totalCount(result.body), "total");
    if (count > 0) {
        QCOMPARE(list.first().flowLogId, u"fl-1"_s);
        QCOMPARE(list.first().flowLogName, u"名字"_s);
    }
    if (count == 2) {
        const FlowLogInfo &first = list.first();
        QCOMPARE(first.status, u"Active"_s);
        QCOMPARE(first.resourceType, u"VPC"_s);
        QCOMPARE(first.resourceId, u"vpc-1"_s);
        QCOMPARE(first.trafficType, u"All"_s);
        QCOMPARE(first.projectName, u"p"_s);
        QCOMPARE(first.logStoreName, u"s"_s);
        QCOMPARE(first.description, u"d"_s);
        QCOMPARE(first.creationTime, u"2026-01-01T00:00:00Z"_s);
        QCOMPARE(first.regionId, u"cn-hangzhou"_s);
    }
}

// Every text the server sent, nested strings of the body included, loses the secret and the token.
void tst_ApiResponseParser::scrubbedResultHoldsNoSecretAnywhere()
{
    const Credentials sts {u"STS.key"_s, u"the-secret-value"_s, u"CAIS+token/0123456789abcdefXYZ"_s};
    const QByteArray echoed = "server string to sign is:GET&%2F&SecurityToken%3DCAIS%252Btoken%252F0123456789abcdefXYZ";
    const ApiResult parsed = ApiResponseParser::parse(400,
        R"({"Code":"SignatureDoesNotMatch","Message":")" + echoed
            + R"(","RequestId":"r-1","Recommend":"see the-secret-value","Deep":{"List":["CAIS+token/0123456789abcdefXYZ"]}})");
    QVERIFY(parsed.message.contains(u"CAIS%252Btoken"_s));
    const ApiResult scrubbed = parsed.scrubbed(sts);
    const QByteArray everything = scrubbed.message.toUtf8() + scrubbed.recommend.toUtf8()
        + QJsonDocument(scrubbed.body).toJson();
    QVERIFY2(!everything.contains("0123456789abcdef"), everything.constData());
    QVERIFY2(!everything.contains("the-secret-value"), everything.constData());
    QCOMPARE(scrubbed.code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(scrubbed.requestId, u"r-1"_s);
}

QTEST_APPLESS_MAIN(tst_ApiResponseParser)
#include "tst_apiresponseparser.moc"
