#include "emulator/requestframing.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxHead = 1024;
constexpr qint64 maxBody = 64;

using Phase = RequestFraming::Phase;
using Refusal = RequestFraming::Refusal;

QByteArray headers(int count, qsizetype valueSize = 1)
{
    QByteArray block;
    for (int i = 0; i < count; ++i)
        block += "X-" + QByteArray::number(i) + ": " + QByteArray(valueSize, 'v') + "\r\n";
    return block;
}

struct Outcome
{
    qsizetype used = 0;
    int completed = 0;
    Phase phase = Phase::BetweenRequests;
    Refusal refusal = Refusal::None;
};

Outcome frameAtOnce(const QByteArray &bytes)
{
    RequestFraming framing(maxHead, maxBody);
    Outcome outcome;
    outcome.used = framing.feed(bytes);
    outcome.completed = framing.completedRequests();
    outcome.phase = framing.phase();
    outcome.refusal = framing.refusal();
    return outcome;
}

// The same bytes as a slow client sends them: one at a time.
Outcome frameByteByByte(const QByteArray &bytes)
{
    RequestFraming framing(maxHead, maxBody);
    Outcome outcome;
    for (char c : bytes) {
        if (framing.phase() == Phase::Closed || framing.phase() == Phase::Refused)
            break;
        outcome.used += framing.feed(QByteArrayView(&c, 1));
    }
    outcome.completed = framing.completedRequests();
    outcome.phase = framing.phase();
    outcome.refusal = framing.refusal();
    return outcome;
}

} // namespace

class tst_RequestFraming : public QObject
{
    Q_OBJECT

private slots:
    void framesRequestsAsQHttpServerDoes_data();
    void framesRequestsAsQHttpServerDoes();
    void refusesWhatIsTooLargeOrAmbiguous_data();
    void refusesWhatIsTooLargeOrAmbiguous();
    void closingRequestLeavesWhatFollowsUnread();
    void expectContinueIsReportedOnceForABodyWithinTheLimit();
    void chunkedFramingCountsTowardsTheBodyLimit();
    void fieldLongerThanQtParsesIsRefused();
};

void tst_RequestFraming::framesRequestsAsQHttpServerDoes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("completed");
    QTest::addColumn<Phase>("phase");

    const QByteArray get = "GET /?Action=DescribeRegions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QTest::newRow("GET") << get << 1 << Phase::BetweenRequests;
    QTest::newRow("no headers at all") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 1 << Phase::BetweenRequests;
    QTest::newRow("two on one connection") << get + get << 2 << Phase::BetweenRequests;
    QTest::newRow("blank lines before a request") << "\r\n\r\n \t" + get << 1 << Phase::BetweenRequests;
    QTest::newRow("LF line ends") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 1 << Phase::BetweenRequests;
    QTest::newRow("LF then CRLF ends the head")
        << QByteArray("GET / HTTP/1.1\nHost: x\n\r\n") << 1 << Phase::BetweenRequests;
    QTest::newRow("head not ended") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << 0 << Phase::Head;
    QTest::newRow("form body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\na=b&c") << 1
                               << Phase::BetweenRequests;
    QTest::newRow("body not all there")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\na=b") << 0 << Phase::Body;
    QTest::newRow("Content-Length 0")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 1 << Phase::BetweenRequests;
    QTest::newRow("the same length twice")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\ncontent-length: 1\r\n\r\nx") << 1
        << Phase::BetweenRequests;
    QTest::newRow("chunked") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                             << 1 << Phase::BetweenRequests;
    QTest::newRow("chunk extension") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n5 ;a=b\r\nhello\r\n0\r\n\r\n")
                                     << 1 << Phase::BetweenRequests;
    QTest::newRow("chunked, then another request")
        << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n" + get << 2
        << Phase::BetweenRequests;
    QTest::newRow("Connection: close")
        << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") << 1 << Phase::Closed;
    QTest::newRow("close among other tokens")
        << QByteArray("GET / HTTP/1.1\r\nConnection: TE, Close\r\n\r\n") << 1 << Phase::Closed;
    QTest::newRow("HTTP/1.0 closes") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << Phase::Closed;
    QTest::newRow("HTTP/1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 1 << Phase::BetweenRequests;
    QTest::newRow("100 fields") << "GET / HTTP/1.1\r\n" + headers(100) + "\r\n"
                                << 1 << Phase::BetweenRequests;
}

// Fed at once or a byte at a time, the requests end at the same places.
void tst_RequestFraming::framesRequestsAsQHttpServerDoes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, completed);
    QFETCH(Phase, phase);
    for (const Outcome &outcome : {frameAtOnce(bytes), frameByteByByte(bytes)}) {
        QCOMPARE(outcome.refusal, Refusal::None);
        QCOMPARE(outcome.completed, completed);
        QCOMPARE(outcome.phase, phase);
        QCOMPARE(outcome.used, bytes.size());
    }
}

void tst_RequestFraming::refusesWhatIsTooLargeOrAmbiguous_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Refusal>("refusal");

    const QByteArray post = "POST / HTTP/1.1\r\n";
    const QByteArray chunked = post + "Transfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("head above the limit") << "GET / HTTP/1.1\r\n" + headers(40, 30) << Refusal::HeadTooLarge;
    QTest::newRow("request line never ending") << "GET /" + QByteArray(2000, 'a') << Refusal::HeadTooLarge;
    QTest::newRow("101 fields") << "GET / HTTP/1.1\r\n" + headers(101) + "\r\n" << Refusal::HeadTooLarge;
    QTest::newRow("declared body above the limit") << post + "Content-Length: 65\r\n\r\n"
                                                   << Refusal::BodyTooLarge;
    QTest::newRow("declared length near 2^63") << post + "Content-Length: 999999999999999999\r\n\r\n"
                                               << Refusal::BodyTooLarge;
    QTest::newRow("chunks adding up above the limit") << chunked + "20\r\n" + QByteArray(32, 'x')
            + "\r\n20\r\n" << Refusal::BodyTooLarge;
    QTest::newRow("chunk size near 2^63") << chunked + "7FFFFFFFFFFFFFF0\r\n" << Refusal::BodyTooLarge;
    QTest::newRow("chunk size of 17 digits") << chunked + "10000000000000000\r\n" << Refusal::Malformed;
    QTest::newRow("chunk size not hexadecimal") << chunked + "zz\r\n" << Refusal::Malformed;
    QTest::newRow("negative chunk size") << chunked + "-5\r\n" << Refusal::Malformed;
    QTest::newRow("chunk size line with LF only") << chunked + "5\nhello" << Refusal::Malformed;
    QTest::newRow("chunk not followed by CRLF") << chunked + "5\r\nhelloX" << Refusal::Malformed;
    QTest::newRow("trailer") << chunked + "0\r\nX-Trailer: 1\r\n\r\n" << Refusal::Malformed;
    QTest::newRow("Content-Length not a number") << post + "Content-Length: 12abc\r\n\r\n"
                                                 << Refusal::Malformed;
    QTest::newRow("Content-Length negative") << post + "Content-Length: -1\r\n\r\n" << Refusal::Malformed;
    QTest::newRow("Content-Length list") << post + "Content-Length: 1, 1\r\n\r\n" << Refusal::Malformed;
    QTest::newRow("two different lengths") << post + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n"
                                           << Refusal::Malformed;
    QTest::newRow("chunked beside a length")
        << post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
        << Refusal::Malformed;
    QTest::newRow("other transfer coding") << post + "Transfer-Encoding: gzip, chunked\r\n\r\n"
                                           << Refusal::Malformed;
    QTest::newRow("transfer coding twice")
        << post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"
        << Refusal::Malformed;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n 2\r\n\r\n")
                                   << Refusal::Malformed;
    QTest::newRow("line without colon")
        << QByteArray("GET / HTTP/1.1\r\nnot a header\r\n\r\n") << Refusal::Malformed;
    QTest::newRow("name not a token")
        << QByteArray("GET / HTTP/1.1\r\nBad Name: 1\r\n\r\n") << Refusal::Malformed;
    QTest::newRow("request line without version") << QByteArray("GET /\r\n\r\n") << Refusal::Malformed;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << Refusal::Malformed;
}

void tst_RequestFraming::refusesWhatIsTooLargeOrAmbiguous()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Refusal, refusal);
    for (const Outcome &outcome : {frameAtOnce(bytes), frameByteByByte(bytes)}) {
        QCOMPARE(outcome.refusal, refusal);
        QCOMPARE(outcome.phase, Phase::Refused);
        QCOMPARE(outcome.completed, 0);
    }
}

// QHttpServer keeps every byte of a chunked body, framing included, until the request is whole.
void tst_RequestFraming::chunkedFramingCountsTowardsTheBodyLimit()
{
    RequestFraming framing(maxHead, maxBody);
    QByteArray bytes = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 20; ++i)
        bytes += "1\r\nx\r\n"; // 20 data bytes, 120 on the wire
    framing.feed(bytes);
    QCOMPARE(framing.refusal(), Refusal::BodyTooLarge);
}

// Qt's header parser gives up on a field longer than 8 KiB, and QHttpServer then reads the request
// as if it had no headers (no body either): such a field is refused even under a larger head limit.
void tst_RequestFraming::fieldLongerThanQtParsesIsRefused()
{
    RequestFraming wide(64 * 1024, maxBody);
    wide.feed(QByteArray(
        "GET / HTTP/1.1\r\nX-Wide: " + QByteArray(RequestFraming::maxHeaderFieldBytes, 'w') + "\r\n\r\n"));
    QCOMPARE(wide.refusal(), Refusal::HeadTooLarge);
}

void tst_RequestFraming::closingRequestLeavesWhatFollowsUnread()
{
    const QByteArray closing = "GET / HTTP/1.1\r\nConnection: close\r\n\r\n";
    RequestFraming framing(maxHead, maxBody);
    QCOMPARE(framing.feed(QByteArray(closing + "GET / HTTP/1.1\r\n\r\n")), closing.size());
    QCOMPARE(framing.completedRequests(), 1);
    QCOMPARE(framing.feed("more"), qsizetype(0));
    QCOMPARE(framing.completedRequests(), 1);
}

void tst_RequestFraming::expectContinueIsReportedOnceForABodyWithinTheLimit()
{
    RequestFraming framing(maxHead, maxBody);
    framing.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    QVERIFY(framing.takeContinueRequest());
    QVERIFY(!framing.takeContinueRequest());
    framing.feed("a=b");
    QCOMPARE(framing.completedRequests(), 1);

    framing.feed("GET / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY(!framing.takeContinueRequest()); // no body to wait for

    RequestFraming refusing(maxHead, maxBody);
    refusing.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n");
    QVERIFY(!refusing.takeContinueRequest()); // the answer is 413 instead
    QCOMPARE(refusing.refusal(), Refusal::BodyTooLarge);
}

QTEST_APPLESS_MAIN(tst_RequestFraming)
#include "tst_requestframing.moc"
