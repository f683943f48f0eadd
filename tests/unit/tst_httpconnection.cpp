#include "core/api/httpconnection.h"
#include "core/api/httpconnectionpool.h"
#include "core/api/httpresponsereader.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

// A loopback server that reads whole requests and lets each test decide how to answer the n-th one.
class ScriptedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    using Handler = std::function<void(QTcpSocket *socket, int requestIndex)>;

    // With a TLS configuration the server speaks HTTPS.
    explicit ScriptedServer(const std::optional<QSslConfiguration> &tls = std::nullopt)
        : m_server(tls ? new QSslServer : new QTcpServer)
        , m_scheme(tls ? u"https"_s : u"http"_s)
    {
        if (tls)
            static_cast<QSslServer *>(m_server.get())->setSslConfiguration(*tls);
        // A TLS server hands out its connections once their handshake is done.
        connect(
            m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::onNewConnection);
    }

    bool listen() { return m_server->listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(u"%1://127.0.0.1:%2/?Action=Test"_s.arg(m_scheme).arg(m_server->serverPort()));
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    int connections() const { return m_connections; }
    int requests() const { return int(m_requests.size()); }
    QList<QByteArray> requestTexts() const { return m_requests; }

Q_SIGNALS:
    void requestRead();

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            if (socket->bytesAvailable() > 0)
                onReadyRead(socket);
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const qsizetype length = contentLength(buffer.left(headEnd));
            if (buffer.size() < headEnd + 4 + length)
                return;
            m_requests.append(buffer.left(headEnd + 4 + length));
            buffer.remove(0, headEnd + 4 + length);
            const int index = int(m_requests.size()) - 1;
            if (m_handler)
                m_handler(socket, index);
            emit requestRead();
        }
    }

    static qsizetype contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                return line.mid(15).trimmed().toLongLong();
        }
        return 0;
    }

    std::unique_ptr<QTcpServer> m_server;
    QString m_scheme;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

QByteArray answer(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

// Closes with a reset instead of an orderly FIN: the peer's next write fails at once.
void resetConnection(QTcpSocket *socket)
{
    socket->flush();
    const linger noLinger {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
    socket->abort();
}

const HttpConnection::Limits limits {1000, 300, 1024};

// A self-signed certificate for 127.0.0.1 (openssl req -x509 -newkey ec, 100 years), trusted by no
// system CA store.
const char selfSignedCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                                     "MIIBkDCCATagAwIBAgIUEUejjOaURPhdVF/4T/iuDXLicSYwCgYIKoZIzj0EAwIw\n"
                                     "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyODEyNTI0NFoYDzIxMjYxMTA0\n"
                                     "MTI1MjQ0WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
                                     "PQMBBwNCAARwLPj70+MrtN2Gfk32rvXN+Ay6G53rtCfSaNMY1ZouuwqRGB2G8pOh\n"
                                     "IfD1z8XB10xYNrOEx8jWGkBa+gtE+Sklo2QwYjAdBgNVHQ4EFgQUvHkudDtXCv6c\n"
                                     "SyV4TGWju8OGt4wwHwYDVR0jBBgwFoAUvHkudDtXCv6cSyV4TGWju8OGt4wwDwYD\n"
                                     "VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC\n"
                                     "IAlIY9Mjyu31kZ9PqAXJYugsTBVY02G0y1AzdOSPq/+TAiEAnNHwLErWREHdRTuU\n"
                                     "FVt283uojqYRmsPjDQ+CGbasxMc=\n"
                                     "-----END CERTIFICATE-----\n";
const char selfSignedKey[] = "-----BEGIN PRIVATE KEY-----\n"
                             "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgGMOw0rS0sZiVmVmI\n"
                             "S0Dah5O/czblw+aYUEDQe+rpjtOhRANCAARwLPj70+MrtN2Gfk32rvXN+Ay6G53r\n"
                             "tCfSaNMY1ZouuwqRGB2G8pOhIfD1z8XB10xYNrOEx8jWGkBa+gtE+Skl\n"
                             "-----END PRIVATE KEY-----\n";

QSslConfiguration serverTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(QByteArray(selfSignedCertificate)));
    tls.setPrivateKey(QSslKey(QByteArray(selfSignedKey), QSsl::Ec));
    return tls;
}

} // namespace

class tst_HttpConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readerReadsByteByByte_data();
    void readerReadsByteByByte();
    void contentLengthAnswerIsRead();
    void chunkedAnswerIsRead();
    void answerUntilCloseIsRead();
    void keepAliveConnectionIsReused();
    void connectionCloseIsHonoured();
    void resetBeforeWritingReconnectsOnce();
    void lostAfterWritingIsNotResent();
    void oversizeAnswerIsRefused_data();
    void oversizeAnswerIsRefused();
    void silenceAfterWritingIsReadTimeout();
    void unansweredTlsHandshakeIsConnectTimeout();
    void closedPortIsConnectionRefused();
    void untrustedCertificateIsRefused();
    void trustedCertificateCarriesKeptAliveRequests();
    void garbageIsMalformed();
    void headerWithLineBreakIsNotSent();
    void poolReusesOnlyReusableConnections();

private:
    std::optional<HttpResponse> exchange(HttpConnection *connection, const QByteArray &method = "POST",
        const QByteArray &body = "a=1", int timeoutMs = 3000);

    std::unique_ptr<ScriptedServer> m_server;
};

void tst_HttpConnection::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
}

void tst_HttpConnection::cleanup()
{
    m_server.reset();
}

std::optional<HttpResponse> tst_HttpConnection::exchange(
    HttpConnection *connection, const QByteArray &method, const QByteArray &body, int timeoutMs)
{
    QSignalSpy finished(connection, &HttpConnection::finished);
    connection->send(method, m_server->url(), {{"x-acs-action", "Test"}}, body, limits);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return std::nullopt;
    QTest::qWait(20); // a second finished() would show here
    if (finished.size() != 1)
        return std::nullopt;
    return finished.first().first().value<HttpResponse>();
}

void tst_HttpConnection::readerReadsByteByByte_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("content-length") << answer("{\"a\":1}") << QByteArray("{\"a\":1}") << true;
    QTest::newRow("chunked, extension and trailer")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\n"
                      "X-Trailer: 1\r\n\r\n")
        << QByteArray("abcde") << true;
    QTest::newRow("100 continue first")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") + answer("x") << QByteArray("x") << true;
    QTest::newRow("connection close") << answer("x", "Connection: close\r\n") << QByteArray("x") << false;
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx")
                              << QByteArray("x") << false;
}

void tst_HttpConnection::readerReadsByteByByte()
{
    QFETCH(QByteArray, wire);
    HttpResponseReader reader(1024);
    HttpResponseReader::State state = HttpResponseReader::State::Incomplete;
    for (char byte : std::as_const(wire)) {
        QCOMPARE(state, HttpResponseReader::State::Incomplete);
        state = reader.feed(QByteArray(1, byte));
    }
    QCOMPARE(state, HttpResponseReader::State::Complete);
    QTEST(reader.keepAlive(), "keepAlive");
    const HttpResponse response = reader.takeResponse();
    QCOMPARE(response.status, 200);
    QTEST(response.body, "body");
}

void tst_HttpConnection::contentLengthAnswerIsRead()
{
    m_server->setHandler(
        [](QTcpSocket *socket, int) { socket->write(answer("{\"ok\":1}", "X-Acs-Retry-After: 250\r\n")); });
    HttpConnection connection(m_server->url());

    const std::optional<HttpResponse> response = exchange(&connection);
    QVERIFY(response);
    QCOMPARE(response->error, TransportError::None);
    QVERIFY(response->requestWritten);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArray("{\"ok\":1}"));
    QCOMPARE(response->header("x-acs-retry-after"), QByteArray("250"));
    const QByteArray sent = m_server->requestTexts().first();
    QVERIFY2(sent.startsWith("POST /?Action=Test HTTP/1.1\r\n"), sent.constData());
    QVERIFY(sent.contains("\r\ncontent-length: 3\r\n"));
    QVERIFY(sent.endsWith("\r\n\r\na=1"));
}

void tst_HttpConnection::chunkedAnswerIsRead()
{
    m_server->setHandler([](QTcpSocket *socket, int) {
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n");
        socket->flush();
        QTimer::singleShot(30, socket, [socket] { socket->write("3\r\n:1}\r\n0\r\n\r\n"); });
    });
    HttpConnection connection(m_server->url());

    const std::optional<HttpResponse> response = exchange(&connection);
    QVERIFY(response);
    QCOMPARE(response->error, TransportError::None);
    QCOMPARE(response->body, QByteArray("{\"a\":1}"));
    QVERIFY(connection.isReusable());
}

void tst_HttpConnection::answerUntilCloseIsRead()
{
    m_server->setHandler([](QTcpSocket *socket, int) {
        socket->write("HTTP/1.1 200 OK\r\n\r\n{\"until\":\"close\"}");
        socket->disconnectFromHost();
    });
    HttpConnection connection(m_server->url());

    const std::optional<HttpResponse> response = exchange(&connection);
    QVERIFY(response);
    QCOMPARE(response->error, TransportError::None);
    QCOMPARE(response->body, QByteArray("{\"until\":\"close\"}"));
    QVERIFY(!connection.isReusable());
}

void tst_HttpConnection::keepAliveConnectionIsReused()
{
    m_server->setHandler(
        [](QTcpSocket *socket, int index) { socket->write(answer(QByteArray::number(index))); });
    HttpConnection connection(m_server->url());

    for (int i = 0; i < 3; ++i) {
        const std::optional<HttpResponse> response
            = exchange(&connection, i == 1 ? "GET" : "POST", i == 1 ? "" : "a=1");
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray::number(i));
        QVERIFY(connection.isReusable());
    }
    QCOMPARE(m_server->requests(), 3);
    QCOMPARE(m_server->connections(), 1);
}

void tst_HttpConnection::connectionCloseIsHonoured()
{
    m_server->setHandler(
        [](QTcpSocket *socket, int) { socket->write(answer("x", "Connection: close\r\n")); });
    HttpConnection connection(m_server->url());

    QVERIFY(exchange(&connection));
    QVERIFY(!connection.isReusable());
    const std::optional<HttpResponse> second = exchange(&connection);
    QVERIFY(second);
    QCOMPARE(second->error, TransportError::None);
    QCOMPARE(m_server->connections(), 2);
}

// The server drops a kept-alive connection just as the next request is handed to it: nothing of
// that request was written, so a fresh connection carries it, and it reaches the server once.
void tst_HttpConnection::resetBeforeWritingReconnectsOnce()
{
    QTcpSocket *first = nullptr;
    m_server->setHandler([&first](QTcpSocket *socket, int index) {
        if (index == 0)
            first = socket;
        socket->write(answer(QByteArray::number(index)));
    });
    HttpConnection connection(m_server->url());
    QVERIFY(exchange(&connection));
    QVERIFY(first);
    QVERIFY(connection.isReusable());

    resetConnection(first);
    const std::optional<HttpResponse> second = exchange(&connection);
    QVERIFY(second);
    QCOMPARE(second->error, TransportError::None);
    QCOMPARE(second->body, QByteArray("1"));
    QCOMPARE(m_server->requests(), 2);
    QCOMPARE(m_server->connections(), 2);
}

// Unlike Qt's HTTP stack, a request that was written and then lost with its connection is not
// sent again behind the caller's back.
void tst_HttpConnection::lostAfterWritingIsNotResent()
{
    m_server->setHandler([](QTcpSocket *socket, int) { socket->disconnectFromHost(); });
    HttpConnection connection(m_server->url());

    const std::optional<HttpResponse> response = exchange(&connection);
    QVERIFY(response);
    QCOMPARE(response->error, TransportError::ConnectionLost);
    QVERIFY(response->requestWritten);
    QTest::qWait(100);
    QCOMPARE(m_server->requests(), 1);
    QCOMPARE(m_server->connections(), 1);
}

void tst_HttpConnection::oversizeAnswerIsRefused_data()
{
    const QByteArray big(2000, 'x');
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("close");
    QTest::newRow("declared length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n")
                                     << false;
    QTest::newRow("chunked") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7d0\r\n" + big
            + "\r\n0\r\n\r\n" << false;
    QTest::newRow("until close") << "HTTP/1.1 200 OK\r\n\r\n" + big << true;
}

void tst_HttpConnection::oversizeAnswerIsRefused()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, close);
    m_server->setHandler([wire, close](QTcpSocket *socket, int) {
        socket->write(wire);
        if (close)
            socket->disconnectFromHost();
    });
    HttpConnection connection(m_server->url());

    const std::optional<HttpResponse> response = exchange(&connection);
    QVERIFY(response);
    QCOMPARE(response->error, TransportError::ResponseTooLarge);
    QCOMPARE(response->status, 200);
    QVERIFY(!connection.isReusable());
}

void tst_HttpConnection::silenceAfterWritingIsReadTimeout()
{
    HttpConnection connection(m_server->url());
    QElapsedTimer clock;
    clock.start();

    const std::optional<HttpResponse> response = exchange(&connection);
    QVERIFY(response);
    QCOMPARE(response->error, TransportError::ReadTimeout);
    QVERIFY(response->requestWritten);
    QVERIFY(clock.elapsed() >= limits.readTimeoutMs - 10);
    QCOMPARE(m_server->requests(), 1);
}

// The connect timeout covers the TLS handshake: until it is done nothing is written.
void tst_HttpConnection::unansweredTlsHandshakeIsConnectTimeout()
{
    QUrl url = m_server->url();
    url.setScheme(u"https"_s);
    HttpConnection connection(url);
    QSignalSpy finished(&connection, &HttpConnection::finished);
    connection.send("POST", url, {}, "a=1", limits);

    QVERIFY(finished.wait(3000));
    const HttpResponse response = finished.first().first().value<HttpResponse>();
    QCOMPARE(response.error, TransportError::ConnectTimeout);
    QVERIFY(!response.requestWritten);
    QCOMPARE(m_server->requests(), 0);
}

void tst_HttpConnection::closedPortIsConnectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl url = m_server->url();
    url.setPort(closed.serverPort());
    closed.close();
    HttpConnection connection(url);
    QSignalSpy finished(&connection, &HttpConnection::finished);
    connection.send("POST", url, {}, "a=1", limits);

    QVERIFY(finished.wait(3000));
    const HttpResponse response = finished.first().first().value<HttpResponse>();
    QCOMPARE(response.error, TransportError::ConnectionRefused);
    QVERIFY(!response.requestWritten);
}

// Verification is never switched off: a certificate no CA vouches for ends the exchange before a
// byte of the request is written.
void tst_HttpConnection::untrustedCertificateIsRefused()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    ScriptedServer tlsServer(serverTls());
    QVERIFY(tlsServer.listen());
    HttpConnection connection(tlsServer.url());
    QSignalSpy finished(&connection, &HttpConnection::finished);
    connection.send("POST", tlsServer.url(), {}, "a=1", limits);

    QVERIFY(finished.wait(3000));
    const HttpResponse response = finished.first().first().value<HttpResponse>();
    QCOMPARE(response.error, TransportError::TlsFailure);
    QVERIFY(!response.requestWritten);
    QCOMPARE(tlsServer.requests(), 0);
}

void tst_HttpConnection::trustedCertificateCarriesKeptAliveRequests()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    const QSslConfiguration systemDefault = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = systemDefault;
    trusting.addCaCertificate(QSslCertificate(QByteArray(selfSignedCertificate)));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore
        = qScopeGuard([&systemDefault] { QSslConfiguration::setDefaultConfiguration(systemDefault); });
    ScriptedServer tlsServer(serverTls());
    QVERIFY(tlsServer.listen());
    tlsServer.setHandler(
        [](QTcpSocket *socket, int index) { socket->write(answer(QByteArray::number(index))); });
    HttpConnection connection(tlsServer.url());

    for (int i = 0; i < 2; ++i) {
        QSignalSpy finished(&connection, &HttpConnection::finished);
        connection.send("POST", tlsServer.url(), {}, "a=1", limits);
        QVERIFY(finished.wait(3000));
        const HttpResponse response = finished.first().first().value<HttpResponse>();
        QCOMPARE(response.error, TransportError::None);
        QCOMPARE(response.body, QByteArray::number(i));
    }
    QCOMPARE(tlsServer.connections(), 1);
}

void tst_HttpConnection::garbageIsMalformed()
{
    m_server->setHandler([](QTcpSocket *socket, int) { socket->write("SSH-2.0-OpenSSH\r\n\r\n"); });
    HttpConnection connection(m_server->url());

    const std::optional<HttpResponse> response = exchange(&connection);
    QVERIFY(response);
    QCOMPARE(response->error, TransportError::MalformedResponse);
    QVERIFY(!connection.isReusable());
}

void tst_HttpConnection::headerWithLineBreakIsNotSent()
{
    HttpConnection connection(m_server->url());
    QSignalSpy finished(&connection, &HttpConnection::finished);
    connection.send(
        "POST", m_server->url(), {{"x-acs-security-token", "abc\r\nx-injected: 1"}}, "a=1", limits);

    QVERIFY(finished.wait(3000));
    const HttpResponse response = finished.first().first().value<HttpResponse>();
    QCOMPARE(response.error, TransportError::Other);
    QVERIFY(!response.requestWritten);
    QTest::qWait(50);
    QCOMPARE(m_server->connections(), 0);
}

void tst_HttpConnection::poolReusesOnlyReusableConnections()
{
    m_server->setHandler([](QTcpSocket *socket, int index) {
        socket->write(answer("x", index == 1 ? "Connection: close\r\n" : ""));
    });
    HttpConnectionPool pool(2);
    QObject user;

    HttpConnection *first = pool.acquire(m_server->url(), &user);
    QCOMPARE(first->parent(), &user);
    QVERIFY(exchange(first));
    pool.release(first);
    QCOMPARE(pool.idleCount(), 1);
    HttpConnection *again = pool.acquire(m_server->url(), &user);
    QCOMPARE(again, first);
    QCOMPARE(pool.idleCount(), 0);

    QVERIFY(exchange(again)); // answered with Connection: close
    const QPointer<HttpConnection> closed = again;
    pool.release(again);
    QCOMPARE(pool.idleCount(), 0);
    QTRY_VERIFY(closed.isNull());

    QUrl otherOrigin = m_server->url();
    otherOrigin.setHost(u"localhost"_s);
    HttpConnection *fresh = pool.acquire(otherOrigin, &user);
    QCOMPARE(fresh->originKey(), u"http://localhost:%1"_s.arg(m_server->url().port()));
}

QTEST_GUILESS_MAIN(tst_HttpConnection)
#include "tst_httpconnection.moc"
