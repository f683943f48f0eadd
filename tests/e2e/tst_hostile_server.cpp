// A hostile server and hostile clients, end to end: flowlog-cli against every flowlog-emulator
// fault mode that spoils an answer must fail cleanly (exit status 1, an explanation on stderr),
// within its time budget and in bounded memory; and the emulator, as a process, must refuse
// uploads, idle and slow connections and excess connections without growing.

#include "support/clirun.h"
#include "support/emulatorprocess.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// Each call has --total-timeout 1; a create whose answer is spoiled makes at most two calls (the
// create and the duplicate check before it would send again). The margin is for starting the
// process on a loaded machine, under the sanitizers too.
constexpr int callBudgetMs = 1000;
constexpr int callsAtMost = 2;
constexpr int startMarginMs = 3000;
// What a spoiled answer may cost the client above a successful create: the hostile answers are
// at most 2 MiB and the client reads at most 1 MiB; the readers this replaced took gigabytes.
constexpr qint64 extraMemoryKiB = 64 * 1024;
// What a refused upload may add to the emulator's peak: QHttpServer may hold up to three copies of
// a request within the 2 MiB body limit, plus what one read from the socket brings.
constexpr qint64 uploadGrowthKiB = 24 * 1024;

QString cliPath()
{
    return QString::fromUtf8(FLOWLOG_CLI_PATH);
}

QString emulatorPath()
{
    return QString::fromUtf8(FLOWLOG_EMULATOR_PATH);
}

// The largest peak resident set of the children reaped so far (the CLI runs, and the emulators
// of earlier tests), in KiB: it can only grow, so a run that ends below a bound stayed below it.
qint64 childrenPeakKiB()
{
    rusage usage {};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

qint64 processPeakKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression peak(u"VmHWM:\\s+(\\d+) kB"_s);
    return peak.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

QStringList createArguments(const QString &endpoint)
{
    return {u"create"_s, u"--endpoint"_s, endpoint, u"--region"_s, u"cn-hangzhou"_s, u"--resource-type"_s,
        u"NetworkInterface"_s, u"--resource-id"_s, u"eni-hostile0000000001"_s, u"--traffic-type"_s, u"All"_s,
        u"--project"_s, u"hostile-project"_s, u"--logstore"_s, u"hostile-logstore"_s, u"--timeout"_s,
        QString::number(callBudgetMs / 1000), u"--total-timeout"_s, QString::number(callBudgetMs / 1000),
        u"--retries"_s, u"0"_s};
}

bool hasRawControlCharacters(const QByteArray &text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x20 && c != '\n'; });
}

// The status of the first answer on a raw connection (0: none), reading for up to timeoutMs.
int firstStatus(QTcpSocket &socket, QByteArray *received, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!received->contains("\r\n\r\n") && clock.elapsed() < timeoutMs
        && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(50);
        *received += socket.readAll();
    }
    *received += socket.readAll();
    return received->startsWith("HTTP/1.1 ") ? received->mid(9, 3).toInt() : 0;
}

bool closedWithin(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

} // namespace

class tst_HostileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void spoiledAnswerFailsCleanlyInTimeAndMemory_data();
    void spoiledAnswerFailsCleanlyInTimeAndMemory();
    void oversizeUploadIsRefusedWithoutGrowing_data();
    void oversizeUploadIsRefusedWithoutGrowing();
    void idleConnectionIsClosedAfterTheIdleTimeout();
    void slowHeadersAreAnswered408();
    void connectionCloseIsHonoured();
    void connectionsAboveTheCapAreAnswered503();
    void descriptorLimitIsRaisedToTheHardLimit();

private:
    CliRun runCli(const QStringList &arguments)
    {
        return runCliProgram(cliPath(), arguments, m_environment, 60000);
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    qint64 m_baselineKiB = 0;
};

void tst_HostileServer::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY2(QFile::exists(emulatorPath()), qPrintable(emulatorPath()));
    // Under AddressSanitizer freed memory waits in a quarantine instead of being reused, which
    // would count as growth here; without ASan the option is ignored.
    const QByteArray asan = qgetenv("ASAN_OPTIONS");
    qputenv("ASAN_OPTIONS", asan + (asan.isEmpty() ? "" : ":") + "quarantine_size_mb=0");

    // What a successful create costs: the bound for the hostile ones is set above it.
    init();
    {
        EmulatorProcess emulator(emulatorPath());
        QVERIFY2(emulator.isListening(), emulator.error().constData());
        const CliRun run = runCli(createArguments(emulator.url()));
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        m_baselineKiB = childrenPeakKiB();
    }
    cleanup();
    qInfo("a successful create peaks at %lld KiB", m_baselineKiB);
}

void tst_HostileServer::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s) || name.startsWith(u"FLOWLOG_"_s)
            || name.startsWith(u"XDG_"_s))
            m_environment.remove(name);
    }
    m_environment.insert(u"HOME"_s, m_home->path());
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    m_environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    m_environment.insert(u"FLOWLOG_HISTORY"_s, m_home->filePath(u"history.sqlite"_s));
    m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_environment.insert(u"LANGUAGE"_s, u"en"_s);
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"sandbox-access-key-id"_s);
    m_environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"sandbox-access-key-secret"_s);
}

void tst_HostileServer::cleanup()
{
    m_home.reset();
}

void tst_HostileServer::spoiledAnswerFailsCleanlyInTimeAndMemory_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("codes"); // what the explanation starts with, a regular expression

    // Every action is spoiled, the duplicate check included, so no create can end well.
    QTest::newRow("hang") << u"hang"_s << u"ReadTimeout"_s;
    QTest::newRow("act-then-hang") << u"act-then-hang"_s << u"ReadTimeout"_s;
    // Qt sends the request once more on a fresh connection; the emulator then sees its nonce again.
    QTest::newRow("close") << u"close"_s << u"ConnectionLost|SignatureNonceUsed"_s;
    QTest::newRow("lose-response") << u"lose-response"_s << u"ConnectionLost|SignatureNonceUsed"_s;
    QTest::newRow("drip") << u"drip"_s << u"ReadTimeout"_s;
    QTest::newRow("garbage") << u"garbage"_s << u"MalformedResponse"_s;
    QTest::newRow("oversize") << u"oversize"_s << u"ResponseTooLarge"_s;
    QTest::newRow("oversize-chunked") << u"oversize-chunked"_s << u"ResponseTooLarge"_s;
    QTest::newRow("oversize-unframed") << u"oversize-unframed"_s << u"ResponseTooLarge"_s;
    QTest::newRow("lying-length") << u"lying-length"_s << u"ConnectionLost"_s;
    QTest::newRow("lying-chunk") << u"lying-chunk"_s << u"ResponseTooLarge"_s;
    QTest::newRow("nested-xml") << u"nested-xml"_s << u"MalformedResponse"_s;
    QTest::newRow("redirect") << u"redirect"_s << u"MalformedResponse"_s;
}

void tst_HostileServer::spoiledAnswerFailsCleanlyInTimeAndMemory()
{
    QFETCH(QString, mode);
    QFETCH(QString, codes);
    EmulatorProcess emulator(emulatorPath(), {u"--faults"_s, mode + u"=*"_s});
    QVERIFY2(emulator.isListening(), emulator.error().constData());

    const CliRun run = runCli(createArguments(emulator.url()));
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    const QRegularExpression explained(
        u"^Failed: (%1) .+\\n(.+\\n)*What to do: .+"_s.arg(codes), QRegularExpression::MultilineOption);
    QVERIFY2(explained.match(run.err).hasMatch(), run.describe().constData());
    QVERIFY2(!hasRawControlCharacters(run.errBytes), run.describe().constData());
    QVERIFY2(run.elapsedMs <= callsAtMost * callBudgetMs + startMarginMs,
        qPrintable(u"%1 ms\n"_s.arg(run.elapsedMs) + QString::fromUtf8(run.describe())));
    const qint64 peakKiB = childrenPeakKiB();
    QVERIFY2(peakKiB <= m_baselineKiB + extraMemoryKiB,
        qPrintable(u"peak %1 KiB, a successful create %2 KiB"_s.arg(peakKiB).arg(m_baselineKiB)));
}

void tst_HostileServer::oversizeUploadIsRefusedWithoutGrowing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("chunked");
    const QByteArray post
        = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n";
    QTest::newRow("declared 200 MiB") << post + "Content-Length: 209715200\r\n\r\n" << false;
    QTest::newRow("chunked, no length") << post + "Transfer-Encoding: chunked\r\n\r\n" << true;
}

// 32 MiB are sent as fast as the emulator takes them, whatever it answers meanwhile.
void tst_HostileServer::oversizeUploadIsRefusedWithoutGrowing()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, chunked);
    EmulatorProcess emulator(emulatorPath());
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    const qint64 before = processPeakKiB(emulator.processId());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(head);
    const QByteArray block(256 * 1024, 'a');
    const QByteArray piece = chunked ? "40000\r\n" + block + "\r\n" : block;
    QByteArray received;
    for (int i = 0; i < 128 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(piece);
        socket.waitForBytesWritten(2000);
        received += socket.readAll();
    }
    QCOMPARE(firstStatus(socket, &received, 3000), 413);
    QVERIFY2(received.contains("\"Code\":\"RequestEntityTooLarge\""), received.constData());
    const qint64 after = processPeakKiB(emulator.processId());
    qInfo("the emulator's peak: %lld KiB before, %lld KiB after", before, after);
    QVERIFY2(after - before <= uploadGrowthKiB, qPrintable(u"peak %1 KiB → %2 KiB"_s.arg(before).arg(after)));
}

void tst_HostileServer::idleConnectionIsClosedAfterTheIdleTimeout()
{
    EmulatorProcess emulator(emulatorPath(), {u"--idle-timeout"_s, u"300"_s});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(closedWithin(socket, 3000));
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
}

void tst_HostileServer::slowHeadersAreAnswered408()
{
    EmulatorProcess emulator(emulatorPath(), {u"--header-timeout"_s, u"300"_s});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /?Action=DescribeRegions HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QByteArray received;
    int status = 0;
    for (int i = 0; i < 20 && status == 0; ++i) {
        socket.write("X-Slow: " + QByteArray::number(i) + "\r\n");
        status = firstStatus(socket, &received, 100);
    }
    QCOMPARE(status, 408);
    QVERIFY(closedWithin(socket, 5000));
}

void tst_HostileServer::connectionCloseIsHonoured()
{
    EmulatorProcess emulator(emulatorPath());
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /?Action=DescribeRegions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray received;
    QCOMPARE(firstStatus(socket, &received, 3000), 400); // unsigned: IncompleteSignature
    QVERIFY2(received.contains("\r\nConnection: close\r\n"), received.constData());
    QVERIFY(closedWithin(socket, 2000));
}

void tst_HostileServer::connectionsAboveTheCapAreAnswered503()
{
    EmulatorProcess emulator(emulatorPath(), {u"--max-connections"_s, u"2"_s});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    QTcpSocket held[2];
    for (QTcpSocket &socket : held) {
        socket.connectToHost(QHostAddress::LocalHost, emulator.port());
        QVERIFY(socket.waitForConnected(5000));
    }
    QTest::qWait(200); // both accepted
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(refused.waitForConnected(5000));
    QByteArray received;
    QCOMPARE(firstStatus(refused, &received, 3000), 503);
    QVERIFY2(received.contains("\"Code\":\"ServiceUnavailable\""), received.constData());
    QVERIFY(closedWithin(refused, 2000));
}

// A soft limit of 256 descriptors (the hard one above it) would cap the emulator at 176
// connections; it raises the soft limit to the hard one at start.
void tst_HostileServer::descriptorLimitIsRaisedToTheHardLimit()
{
    rlimit limit {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max <= 256)
        QSKIP("the hard descriptor limit is 256 or lower here");
    EmulatorProcess emulator(
        emulatorPath(), {}, {u"/bin/sh"_s, u"-c"_s, u"ulimit -S -n 256 && exec \"$0\" \"$@\""_s});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    QFile limits(u"/proc/%1/limits"_s.arg(emulator.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    static const QRegularExpression openFiles(u"Max open files\\s+(\\S+)\\s+(\\S+)"_s);
    const QRegularExpressionMatch match = openFiles.match(QString::fromLatin1(limits.readAll()));
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1), match.captured(2));
}

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_hostile_server.moc"
