// Properties of every parser that reads outside input, checked over generated and mutated inputs
// with fixed seeds (the same inputs every run; a failure names the seed and the input):
// - CsvReader: any table written with CsvReader::quoted() reads back unchanged; mangled files are
//   read or refused with a message, never half-read;
// - HttpResponseReader: an answer reads the same however the bytes are split; mangled answers end
//   in a defined state and never yield a body over the cap;
// - ApiResponseParser: no answer with a non-2xx status is a success, every failure says something;
//   XML nested deeper than its limit is refused, not followed down;
// - AliyunCliConfig: a mangled ~/.aliyun/config.json is read or refused, and the secret it holds
//   never appears in the message.
// The libFuzzer target in tests/fuzz covers the validator the same way with coverage guidance.

#include "core/config/aliyuncliconfig.h"
#include "core/api/apiresponseparser.h"
#include "core/config/credentialsource.h"
#include "cli/csvreader.h"
#include "core/api/httpresponsereader.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Random edits of a valid input: bytes flipped, dropped, duplicated or inserted, ranges cut.
QByteArray mutate(QByteArray data, QRandomGenerator &random)
{
    static const QByteArray interesting = QByteArrayLiteral("\",\r\n\t 0{}[]<>:=&%\\\x00\xff\xe4\xb8");
    const int edits = 1 + int(random.bounded(6));
    for (int i = 0; i < edits; ++i) {
        const qsizetype at = data.isEmpty() ? 0 : qsizetype(random.bounded(quint32(data.size())));
        switch (random.bounded(5)) {
        case 0:
            if (!data.isEmpty())
                data[at] = char(random.bounded(256));
            break;
        case 1:
            data.remove(at, 1 + qsizetype(random.bounded(8)));
            break;
        case 2:
            data.insert(at, interesting.at(qsizetype(random.bounded(quint32(interesting.size())))));
            break;
        case 3:
            data.insert(at, data.mid(at, 1 + qsizetype(random.bounded(16))));
            break;
        default:
            data.truncate(at);
            break;
        }
    }
    return data;
}

QString randomField(QRandomGenerator &random)
{
    static const QStringList pieces = {u"a"_s, u"eni-bp1"_s, u"流日志"_s, u","_s, u"\""_s, u"\n"_s, u"\r\n"_s,
        u" "_s, u"中文, 逗号"_s, u"x\"y"_s, u"'"_s, u"="_s, u"🙂"_s};
    QString field;
    const int length = int(random.bounded(5));
    for (int i = 0; i < length; ++i)
        field += pieces.at(qsizetype(random.bounded(quint32(pieces.size()))));
    return field;
}

QByteArray writeCsv(const QList<QStringList> &records, bool crlf)
{
    QStringList lines;
    for (const QStringList &record : records) {
        QStringList fields;
        for (const QString &field : record)
            fields.append(CsvReader::quoted(field));
        lines.append(fields.join(u','));
    }
    return lines.join(crlf ? u"\r\n"_s : u"\n"_s).toUtf8() + (crlf ? "\r\n" : "\n");
}

// An answer with a body framed by Content-Length or by chunks of random sizes.
QByteArray httpAnswer(int status, const QByteArray &body, bool chunked, QRandomGenerator &random)
{
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + " Reason\r\nContent-Type: application/json\r\n"
        + "x-acs-request-id: 6F1E\r\n";
    if (!chunked)
        return answer + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    answer += "Transfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < body.size();) {
        const qsizetype size = std::min<qsizetype>(body.size() - at, 1 + qsizetype(random.bounded(40)));
        answer += QByteArray::number(size, 16) + "\r\n" + body.mid(at, size) + "\r\n";
        at += size;
    }
    return answer + "0\r\n\r\n";
}

// Feeds bytes in random pieces; a reader still waiting at the end sees the connection close.
HttpResponseReader::State feedInPieces(HttpResponseReader &reader, const QByteArray &bytes, QRandomGenerator &random)
{
    HttpResponseReader::State state = HttpResponseReader::State::Incomplete;
    for (qsizetype at = 0; at < bytes.size() && state == HttpResponseReader::State::Incomplete;) {
        const qsizetype size = 1 + qsizetype(random.bounded(64));
        state = reader.feed(bytes.mid(at, size));
        at += size;
    }
    return state == HttpResponseReader::State::Incomplete ? reader.finishAtClose() : state;
}

const QList<int> Statuses = {200, 400, 403, 404, 500, 503};

} // namespace

class tst_ParserProperties : public QObject
{
    Q_OBJECT

private slots:
    void csvTablesReadBackUnchanged();
    void mangledCsvIsReadWholeOrRefused();
    void httpAnswersReadTheSameHoweverSplit();
    void mangledHttpAnswersEndDefinedAndWithinTheCap();
    void apiAnswersAreNeverSuccessesOutside2xx();
    void xmlNestedBeyondTheDepthLimitIsRefused();
    void mangledAliyunConfigNeverShowsTheSecret();
};

void tst_ParserProperties::csvTablesReadBackUnchanged()
{
    QRandomGenerator random(20261128);
    for (int round = 0; round < 500; ++round) {
        const int columns = 1 + int(random.bounded(6));
        QList<QStringList> records;
        QStringList header;
        for (int c = 0; c < columns; ++c)
            header.append(u"Column%1"_s.arg(c));
        records.append(header);
        const int rows = int(random.bounded(6));
        for (int r = 0; r < rows; ++r) {
            QStringList record;
            for (int c = 0; c < columns; ++c)
                record.append(randomField(random));
            record[0] = u"row"_s + record.at(0); // never a blank line, which a reader may skip
            records.append(record);
        }
        const QByteArray csv = writeCsv(records, random.bounded(2) == 1);
        CsvTable table;
        QString error;
        QVERIFY2(CsvReader::parse(csv, &table, &error), qPrintable(u"round %1: %2\n%3"_s.arg(round).arg(error,
                                                             QString::fromUtf8(csv))));
        QCOMPARE(table.header, header);
        QCOMPARE(table.rows, records.mid(1));
    }
}

void tst_ParserProperties::mangledCsvIsReadWholeOrRefused()
{
    QRandomGenerator random(4180);
    const QByteArray valid = "RegionId,ResourceType,ResourceId,FlowLogName\n"
                             "cn-hangzhou,VSwitch,vsw-1,\"流日志, \"\"一\"\"\"\n"
                             "cn-beijing,VPC,vpc-2,\"two\r\nlines\"\r\n";
    for (int round = 0; round < 3000; ++round) {
        const QByteArray input = mutate(valid, random);
        CsvTable table;
        QString error;
        if (CsvReader::parse(input, &table, &error)) {
            QCOMPARE(table.lines.size(), table.rows.size());
            for (qsizetype i = 0; i < table.lines.size(); ++i)
                QVERIFY(table.lines.at(i) >= 2 && (i == 0 || table.lines.at(i) > table.lines.at(i - 1)));
        } else {
            QVERIFY2(!error.isEmpty(), input.toPercentEncoding().constData());
        }
    }
}

void tst_ParserProperties::httpAnswersReadTheSameHoweverSplit()
{
    QRandomGenerator random(1945);
    for (int round = 0; round < 1000; ++round) {
        const int status = Statuses.at(qsizetype(random.bounded(quint32(Statuses.size()))));
        QByteArray body;
        const int length = int(random.bounded(300));
        for (int i = 0; i < length; ++i)
            body.append(char(random.bounded(256)));
        const QByteArray answer = httpAnswer(status, body, random.bounded(2) == 1, random);
        HttpResponseReader reader(4096);
        QCOMPARE(feedInPieces(reader, answer, random), HttpResponseReader::State::Complete);
        const HttpResponse response = reader.takeResponse();
        QCOMPARE(response.status, status);
        QCOMPARE(response.body, body);
        QCOMPARE(response.header("x-acs-request-id"), QByteArray("6F1E"));
    }
}

void tst_ParserProperties::mangledHttpAnswersEndDefinedAndWithinTheCap()
{
    QRandomGenerator random(1997);
    constexpr qint64 Cap = 512;
    for (int round = 0; round < 3000; ++round) {
        const QByteArray body(qsizetype(random.bounded(Cap * 2)), 'b');
        const QByteArray input = mutate(httpAnswer(200, body, random.bounded(2) == 1, random), random);
        HttpResponseReader reader(Cap);
        const HttpResponseReader::State state = feedInPieces(reader, input, random);
        QVERIFY(state != HttpResponseReader::State::Incomplete);
        if (state == HttpResponseReader::State::Complete)
            QVERIFY2(reader.takeResponse().body.size() <= Cap, input.toPercentEncoding().constData());
    }
    // Over the cap, whichever framing announces it.
    for (const bool chunked : {false, true}) {
        HttpResponseReader reader(Cap);
        QCOMPARE(feedInPieces(reader, httpAnswer(200, QByteArray(Cap + 1, 'b'), chunked, random), random),
            HttpResponseReader::State::TooLarge);
    }
}

void tst_ParserProperties::apiAnswersAreNeverSuccessesOutside2xx()
{
    QRandomGenerator random(2016);
    const QList<QByteArray> bodies = {
        R"({"RequestId":"4F1C","FlowLogId":"fl-bp1example"})",
        R"({"RequestId":"4F1C","HostId":"vpc.aliyuncs.com","Code":"Forbidden.RAM","Message":"denied","Recommend":"https://api.aliyun.com/troubleshoot?q=Forbidden.RAM"})",
        R"(<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>4F1C</RequestId><Code>Throttling.User</Code><Message>Request was denied due to user flow control.</Message></Error>)",
        R"(<?xml version="1.0"?><CreateFlowLogResponse><RequestId>4F1C</RequestId><FlowLogId>fl-1</FlowLogId></CreateFlowLogResponse>)",
        "<html><body>502 Bad Gateway</body></html>",
    };
    for (int round = 0; round < 5000; ++round) {
        const int status = Statuses.at(qsizetype(random.bounded(quint32(Statuses.size()))));
        const QByteArray &valid = bodies.at(qsizetype(random.bounded(quint32(bodies.size()))));
        const QByteArray body = random.bounded(4) == 0 ? valid : mutate(valid, random);
        const ApiResult result = ApiResponseParser::parse(status, body);
        if (status / 100 != 2)
            QVERIFY2(!result.ok(), body.constData());
        if (!result.ok())
            QVERIFY2(!result.code.isEmpty() || !result.message.isEmpty(), body.constData());
        else
            QVERIFY(result.code.isEmpty());
    }
}

// The service nests a few levels (Error > Code; DescribeFlowLogsResponse > FlowLogs > FlowLog > ...);
// deeper bodies are refused as malformed, closed or not, however deep.
void tst_ParserProperties::xmlNestedBeyondTheDepthLimitIsRefused()
{
    const auto nested = [](int depth, bool closed) -> QByteArray {
        QByteArray body = "<Error><Code>Deep</Code>";
        for (int i = 0; i < depth; ++i)
            body += "<a>";
        body += "x";
        for (int i = 0; closed && i < depth; ++i)
            body += "</a>";
        return body + (closed ? "</Error>" : "");
    };
    const int limit = ApiResponseParser::maxXmlDepth;
    QVERIFY(limit >= 8);
    // Error itself is the first level.
    const ApiResult withinLimit = ApiResponseParser::parse(400, nested(limit - 1, true));
    QCOMPARE(withinLimit.code, u"Deep"_s);
    QCOMPARE(withinLimit.transportError, TransportError::None);
    QRandomGenerator random(2026);
    for (int round = 0; round < 50; ++round) {
        const int depth = limit + int(random.bounded(300000u));
        const bool closed = depth < 100000 && random.bounded(2) == 0;
        const ApiResult result = ApiResponseParser::parse(400, nested(depth, closed));
        QVERIFY2(result.transportError == TransportError::MalformedResponse, qPrintable(QString::number(depth)));
        QVERIFY(!result.ok());
        QVERIFY(!result.message.isEmpty());
    }
    QCOMPARE(ApiResponseParser::parse(400, nested(300000, false)).transportError, TransportError::MalformedResponse);
}

void tst_ParserProperties::mangledAliyunConfigNeverShowsTheSecret()
{
    QRandomGenerator random(2026);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"config.json"_s);
    const QByteArray secret = "Sup3rSecretValue9";
    const QByteArray valid = R"({"current":"prod","profiles":[{"name":"prod","mode":"AK","access_key_id":"LTAIprod",)"
                             R"("access_key_secret":")"
        + secret + R"(","region_id":"cn-hangzhou"},{"name":"sts","mode":"StsToken","access_key_id":"STS.x",)"
                   R"("access_key_secret":")"
        + secret + R"(","sts_token":"tok","region_id":"cn-shanghai"}]})";
    for (int round = 0; round < 400; ++round) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(round == 0 ? valid : mutate(valid, random));
        file.close();
        CredentialProblem problem;
        const AliyunCliConfig config = AliyunCliConfig::read(path, &problem);
        QVERIFY(!problem.message().contains(QString::fromLatin1(secret)));
        for (const QString &name : {u"prod"_s, u"sts"_s, QString()}) {
            CredentialProblem loadProblem;
            AliyunCliCredentialSource(name, path).load(&loadProblem);
            QVERIFY(!loadProblem.message().contains(QString::fromLatin1(secret)));
        }
        if (round == 0)
            QCOMPARE(config.profiles().size(), 2);
    }
}

QTEST_GUILESS_MAIN(tst_ParserProperties)
#include "tst_parserproperties.moc"
