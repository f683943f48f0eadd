// The emulator as a server facing hostile clients: request size limits, timeouts, Connection:
// close, keep-alive, the connection cap and accept errors. Raw sockets on loopback, so that the
// tests can send what no well-behaved client would.

#include "emulator/emulatorfaults.h"
#include "emulator/vpcemulator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Unsigned: the emulator answers 400 IncompleteSignature, which is all these tests need to see
// that a request was read and answered.
const QByteArray describeRegions = "GET /?Action=DescribeRegions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

struct Answer
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QString code() const { return QJsonDocument::fromJson(body).object().value(u"Code"_s).toString(); }
    bool closes() const { return head.toLower().contains("\r\nconnection: close\r\n"); }
};

// A client that writes exactly what it is given and reads answers framed by Content-Length. It
// waits on the event loop, where the emulator of the same thread serves it.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000); // the kernel completes it, whether the server accepts or not
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // The next whole answer, or status 0 when none came within timeoutMs.
    Answer next(int timeoutMs = 3000)
    {
        std::optional<Answer> answer;
        waitUntil(timeoutMs, [this, &answer] {
            answer = takeAnswer();
            return answer.has_value() || !isConnected();
        });
        return answer.value_or(Answer());
    }
    // true when the server closed the connection within timeoutMs.
    bool closedWithin(int timeoutMs)
    {
        waitUntil(timeoutMs, [this] { return !isConnected(); });
        return !isConnected();
    }
    QByteArray unread() const { return m_received; }

private:
    std::optional<Answer> takeAnswer()
    {
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        Answer answer;
        answer.head = m_received.left(headEnd + 2);
        answer.status = answer.head.mid(9, 3).toInt();
        const qsizetype at = answer.head.toLower().indexOf("\r\ncontent-length: ");
        const qsizetype length = at < 0
            ? 0
            : answer.head.mid(at + 18, answer.head.indexOf("\r\n", at + 2) - at - 18).toLongLong();
        if (m_received.size() < headEnd + 4 + length)
            return std::nullopt;
        answer.body = m_received.mid(headEnd + 4, length);
        m_received.remove(0, headEnd + 4 + length);
        return answer;
    }

    template<typename Done> void waitUntil(int timeoutMs, Done done)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            m_received += m_socket.readAll();
            if (done() || clock.elapsed() >= timeoutMs)
                return;
            QTest::qWait(5);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_received;
};

int highestDescriptor()
{
    int highest = 0;
    if (DIR *directory = ::opendir("/proc/self/fd")) {
        while (const dirent *entry = ::readdir(directory))
            highest = std::max(highest, std::atoi(entry->d_name));
        ::closedir(directory);
    }
    return highest;
}

// Takes every free descriptor below a new, low soft limit but one: the next socket gets that one,
// and the one after it gets EMFILE. Gives them all back when destroyed.
class DescriptorsExhausted
{
public:
    DescriptorsExhausted()
    {
        ::getrlimit(RLIMIT_NOFILE, &m_saved);
        rlimit tight = m_saved;
        tight.rlim_cur = rlim_t(highestDescriptor() + 8);
        ::setrlimit(RLIMIT_NOFILE, &tight);
        for (int descriptor; (descriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;)
            m_taken.append(descriptor);
        if (!m_taken.isEmpty())
            ::close(m_taken.takeLast());
    }
    ~DescriptorsExhausted()
    {
        for (int descriptor : std::as_const(m_taken))
            ::close(descriptor);
        ::setrlimit(RLIMIT_NOFILE, &m_saved);
    }
    Q_DISABLE_COPY_MOVE(DescriptorsExhausted)

private:
    rlimit m_saved {};
    QList<int> m_taken;
};

double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

class tst_EmulatorConnections : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tooLargeOrMalformedRequestIsAnsweredAndClosed_data();
    void tooLargeOrMalformedRequestIsAnsweredAndClosed();
    void declaredOversizeBodyIsRefusedBeforeItIsSent();
    void streamedOversizeBodyIsRefusedAndDropped();
    void keepAliveServesOneRequestAfterAnother();
    void pipelinedRequestsAreAllAnswered();
    void connectionCloseIsHonouredAfterTheAnswer();
    void requestAfterConnectionCloseIsNotServed();
    void http10ClosesUnlessItAsksToKeepAlive();
    void idleConnectionIsClosedAfterTheIdleTimeout();
    void slowHeadersGet408AfterTheHeaderTimeout();
    void slowBodyGets408AfterTheRequestTimeout();
    void pendingAnswerIsNotCutByTheIdleTimeout();
    void expectContinueGetsAnInterimAnswer();
    void connectionsAboveTheCapAreAnswered503();
    void acceptErrorBacksOffAndServesOnceADescriptorIsFree();

private:
    void startWith(const ConnectionLimits &limits);
    quint16 port() const { return quint16(m_emulator->serverUrl().port()); }

    std::unique_ptr<VpcEmulator> m_emulator;
};

void tst_EmulatorConnections::init()
{
    ConnectionLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    limits.maxHeadBytes = 8 * 1024;
    startWith(limits);
}

void tst_EmulatorConnections::cleanup()
{
    m_emulator.reset();
}

void tst_EmulatorConnections::startWith(const ConnectionLimits &limits)
{
    m_emulator = std::make_unique<VpcEmulator>();
    m_emulator->setConnectionLimits(limits);
    QVERIFY(m_emulator->start(QHostAddress::LocalHost, 0));
}

void tst_EmulatorConnections::tooLargeOrMalformedRequestIsAnsweredAndClosed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray post = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    QTest::newRow("head above 8 KiB") << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(9000, 'h') + "\r\n\r\n"
                                      << 431 << u"RequestHeaderFieldsTooLarge"_s;
    QTest::newRow("request line above 8 KiB")
        << "GET /?" + QByteArray(9000, 'q') << 431 << u"RequestHeaderFieldsTooLarge"_s;
    QTest::newRow("declared body above 64 KiB") << post + "Content-Length: 70000\r\n\r\n"
                                                << 413 << u"RequestEntityTooLarge"_s;
    QTest::newRow("chunk above 64 KiB") << post + "Transfer-Encoding: chunked\r\n\r\n20000\r\n"
                                        << 413 << u"RequestEntityTooLarge"_s;
    QTest::newRow("chunk size near 2^63") << post + "Transfer-Encoding: chunked\r\n\r\n7FFFFFFFFFFFFFF0\r\n"
                                          << 413 << u"RequestEntityTooLarge"_s;
    QTest::newRow("length and chunked") << post + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                                        << 400 << u"MalformedRequest"_s;
    QTest::newRow("Content-Length not a number") << post + "Content-Length: 4x\r\n\r\n"
                                                 << 400 << u"MalformedRequest"_s;
}

void tst_EmulatorConnections::tooLargeOrMalformedRequestIsAnsweredAndClosed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    QSignalSpy handled(m_emulator.get(), &VpcEmulator::requestHandled);
    RawClient client(port());
    client.send(request);
    const Answer answer = client.next();
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QVERIFY2(answer.closes(), answer.head.constData());
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    for (const QString &field : {u"RequestId"_s, u"HostId"_s, u"Message"_s, u"Recommend"_s})
        QVERIFY2(!body.value(field).toString().isEmpty(), qPrintable(field));
    QVERIFY(client.closedWithin(3000));
    QCOMPARE(handled.size(), 0); // the emulator's handler never saw it
}

void tst_EmulatorConnections::declaredOversizeBodyIsRefusedBeforeItIsSent()
{
    RawClient client(port());
    client.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 209715200\r\n\r\n");
    const Answer answer = client.next();
    QCOMPARE(answer.status, 413);
    QVERIFY2(answer.head.startsWith("HTTP/1.1 413 Content Too Large\r\n"), answer.head.constData());
    QVERIFY2(answer.body.contains("65536"), answer.body.constData()); // the limit is named
}

// The body goes on past the limit (as a client without Expect: 100-continue sends it): the
// emulator drops it, the client still reads the answer, and the connection ends.
void tst_EmulatorConnections::streamedOversizeBodyIsRefusedAndDropped()
{
    QSignalSpy handled(m_emulator.get(), &VpcEmulator::requestHandled);
    RawClient client(port());
    client.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, 'b') + "\r\n";
    for (int i = 0; i < 8; ++i)
        client.send(chunk); // 128 KiB, twice the limit
    const Answer answer = client.next();
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.code(), u"RequestEntityTooLarge"_s);
    QVERIFY(client.closedWithin(m_emulator->connectionLimits().lingerMs + 2000));
    QCOMPARE(handled.size(), 0);
}

void tst_EmulatorConnections::keepAliveServesOneRequestAfterAnother()
{
    QSignalSpy handled(m_emulator.get(), &VpcEmulator::requestHandled);
    RawClient client(port());
    for (int i = 0; i < 3; ++i) {
        client.send(describeRegions);
        const Answer answer = client.next();
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), u"IncompleteSignature"_s);
        QVERIFY(!answer.closes());
    }
    QVERIFY(client.isConnected());
    QCOMPARE(handled.size(), 3);
}

void tst_EmulatorConnections::pipelinedRequestsAreAllAnswered()
{
    RawClient client(port());
    const QByteArray form
        = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          "Transfer-Encoding: chunked\r\n\r\n6\r\nAction\r\n0\r\n\r\n";
    client.send(describeRegions + form + describeRegions);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.next().status, 400);
    QVERIFY(client.isConnected());
}

void tst_EmulatorConnections::connectionCloseIsHonouredAfterTheAnswer()
{
    RawClient client(port());
    client.send("GET /?Action=DescribeRegions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const Answer answer = client.next();
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.closes(), answer.head.constData());
    QVERIFY(client.closedWithin(1000));
}

void tst_EmulatorConnections::requestAfterConnectionCloseIsNotServed()
{
    QSignalSpy handled(m_emulator.get(), &VpcEmulator::requestHandled);
    RawClient client(port());
    client.send("GET /?Action=DescribeRegions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        + describeRegions);
    QCOMPARE(client.next().status, 400);
    QVERIFY(client.closedWithin(1000));
    QCOMPARE(client.unread(), QByteArray());
    QCOMPARE(handled.size(), 1);
}

void tst_EmulatorConnections::http10ClosesUnlessItAsksToKeepAlive()
{
    RawClient closing(port());
    closing.send("GET /?Action=DescribeRegions HTTP/1.0\r\n\r\n");
    QCOMPARE(closing.next().status, 400);
    QVERIFY(closing.closedWithin(1000));

    RawClient keeping(port());
    keeping.send("GET /?Action=DescribeRegions HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QCOMPARE(keeping.next().status, 400);
    QVERIFY(!keeping.closedWithin(300));
}

void tst_EmulatorConnections::idleConnectionIsClosedAfterTheIdleTimeout()
{
    ConnectionLimits limits;
    limits.idleTimeoutMs = 300;
    startWith(limits);
    RawClient silent(port());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(silent.closedWithin(3000));
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));

    // The idle time starts again after each answer.
    RawClient talking(port());
    QTest::qWait(200);
    talking.send(describeRegions);
    QCOMPARE(talking.next().status, 400);
    QTest::qWait(200);
    QVERIFY(talking.isConnected());
    QVERIFY(talking.closedWithin(3000));
}

// Slowloris: a header line every 100 ms keeps every byte timeout happy, not the header timeout.
void tst_EmulatorConnections::slowHeadersGet408AfterTheHeaderTimeout()
{
    ConnectionLimits limits;
    limits.headerTimeoutMs = 400;
    startWith(limits);
    RawClient client(port());
    client.send("GET / HTTP/1.1\r\n");
    QElapsedTimer clock;
    clock.start();
    Answer answer;
    for (int i = 0; i < 30 && answer.status == 0; ++i) {
        client.send("X-Slow-" + QByteArray::number(i) + ": 1\r\n");
        answer = client.next(100);
    }
    QCOMPARE(answer.status, 408);
    QCOMPARE(answer.code(), u"RequestTimeout"_s);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(client.closedWithin(limits.lingerMs + 2000));
}

void tst_EmulatorConnections::slowBodyGets408AfterTheRequestTimeout()
{
    ConnectionLimits limits;
    limits.requestTimeoutMs = 400;
    startWith(limits);
    RawClient client(port());
    client.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n");
    Answer answer;
    for (int i = 0; i < 30 && answer.status == 0; ++i) {
        client.send("a");
        answer = client.next(100);
    }
    QCOMPARE(answer.status, 408);
    QCOMPARE(answer.code(), u"RequestTimeout"_s);
}

// An answer the emulator holds back (latency, hang) is its own doing, not an idle client.
void tst_EmulatorConnections::pendingAnswerIsNotCutByTheIdleTimeout()
{
    ConnectionLimits limits;
    limits.idleTimeoutMs = 200;
    startWith(limits);
    m_emulator->setFaults(*EmulatorFaults::parse(u"latency=600ms"_s));
    RawClient client(port());
    client.send(describeRegions);
    QCOMPARE(client.next(3000).status, 400);
    QVERIFY(client.closedWithin(3000)); // and idle again afterwards
}

void tst_EmulatorConnections::expectContinueGetsAnInterimAnswer()
{
    RawClient client(port());
    client.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                "Expect: 100-continue\r\nContent-Length: 20\r\n\r\n");
    const Answer interim = client.next(1000);
    QVERIFY2(interim.head == "HTTP/1.1 100 Continue\r\n", interim.head.constData());
    client.send("Action=DescribeRegion");
    const Answer answer = client.next();
    QCOMPARE(answer.status, 400);
}

void tst_EmulatorConnections::connectionsAboveTheCapAreAnswered503()
{
    ConnectionLimits limits;
    limits.maxConnections = 2;
    startWith(limits);
    auto first = std::make_unique<RawClient>(port());
    RawClient second(port());
    QTRY_COMPARE(m_emulator->connectionCount(), 2);

    RawClient third(port());
    const Answer refused = third.next();
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.code(), u"ServiceUnavailable"_s);
    QVERIFY(refused.closes());
    QVERIFY(third.closedWithin(1000));

    first.reset();
    QTRY_COMPARE(m_emulator->connectionCount(), 1);
    RawClient fourth(port());
    fourth.send(describeRegions);
    QCOMPARE(fourth.next().status, 400);
}

// With no descriptor left, accept() fails with EMFILE. Qt 6.4 then stops accepting for good (every
// later client is locked out), or, once QHttpServer takes a queued connection (which switches
// accepting on again), retries at once, forever (a core at 100%). The emulator waits and tries
// again, and serves the client once a descriptor is free.
void tst_EmulatorConnections::acceptErrorBacksOffAndServesOnceADescriptorIsFree()
{
    std::unique_ptr<RawClient> client;
    {
        const DescriptorsExhausted exhausted;
        client = std::make_unique<RawClient>(port());
        QVERIFY(client->isConnected()); // the kernel completed the handshake; the server cannot accept
        client->send(describeRegions);
        const double cpuBefore = cpuSeconds();
        QTest::qWait(1000);
        const double cpu = cpuSeconds() - cpuBefore;
        QVERIFY2(cpu < 0.3, qPrintable(u"%1 s of CPU in 1 s"_s.arg(cpu)));
        QCOMPARE(m_emulator->connectionCount(), 0);
    }
    QCOMPARE(client->next(3000).status, 400); // served once a descriptor is free again
}

QTEST_GUILESS_MAIN(tst_EmulatorConnections)
#include "tst_emulatorconnections.moc"
