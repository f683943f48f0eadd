// Properties of every parser that reads outside input, checked over generated and mutated inputs
// with fixed seeds (the same inputs every run; a failure names the seed and the input):
// - CsvReader: any table written with CsvWriter::quoted() reads back unchanged; mangled files are
//   read or refused with a message, never half-read;
// - ApiResponseParser: no answer with a non-2xx status is a success, every failure says something;
//   XML nested deeper than its limit is refused, not followed down (the body cap of the answer
//   itself is asserted over QNetworkAccessManager in tst_apiclient);
// - AliyunCliConfig: a mangled ~/.aliyun/config.json is read or refused, and the secret it holds
//   never appears in the message.
// The libFuzzer target in tests/fuzz covers the validator the same way with coverage guidance.

#include "core/batch/csvreader.h"
#include "core/api/apiresponseparser.h"
#include "core/config/aliyuncliconfig.h"
#include "core/config/credentialsource.h"
#include "core/history/csvwriter.h"

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
            fields.append(CsvWriter::quoted(field));
        lines.append(fields.join(u','));
    }
    return lines.join(crlf ? u"\r\n"_s : u"\n"_s).toUtf8() + (crlf ? "\r\n" : "\n");
}

const QList<int> Statuses = {200, 400, 403, 404, 500, 503};

} // namespace

class tst_ParserProperties : public QObject
{
    Q_OBJECT

private slots:
    void csvTablesReadBackUnchanged();
    void mangledCsvIsReadWholeOrRefused();
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
