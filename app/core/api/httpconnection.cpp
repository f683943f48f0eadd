#include "core/api/httpconnection.h"

#include "core/signing/requestsigner.h"

#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>

namespace {

// Servers close idle connections after a few seconds (5 s is common); one idle longer is not reused,
// so that a request is not written into a connection the server is closing.
constexpr qint64 maxIdleMs = 4000;

bool isHttps(const QUrl &url)
{
    return url.scheme() == QLatin1String("https");
}

int portOf(const QUrl &url)
{
    return url.port(isHttps(url) ? 443 : 80);
}

// A line break in a header (a pasted security token, say) would let it add headers of its own.
bool hasLineBreak(const HeaderList &headers)
{
    return std::any_of(headers.cbegin(), headers.cend(), [](const QPair<QByteArray, QByteArray> &header) {
        return header.first.contains('\n') || header.first.contains('\r') || header.second.contains('\n')
            || header.second.contains('\r');
    });
}

QByteArray requestHead(
    const QByteArray &method, const QUrl &url, const HeaderList &headers, qsizetype bodySize)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray head;
    head.reserve(512);
    head += method + ' ' + target + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (const auto &[name, value] : headers) {
        hasHost = hasHost || name.compare("host", Qt::CaseInsensitive) == 0;
        head += name + ": " + value + "\r\n";
    }
    if (!hasHost)
        head += "host: " + RequestSigner::hostHeader(url) + "\r\n";
    if (bodySize > 0 || method != "GET")
        head += "content-length: " + QByteArray::number(bodySize) + "\r\n";
    return head + "\r\n";
}

} // namespace

HttpConnection::HttpConnection(const QUrl &origin, QObject *parent)
    : QObject(parent)
    , m_origin(origin)
    , m_originKey(originKey(origin))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
}

HttpConnection::~HttpConnection()
{
    closeSocket();
}

QString HttpConnection::originKey(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host(QUrl::FullyEncoded) + QLatin1Char(':')
        + QString::number(portOf(url));
}

void HttpConnection::send(const QByteArray &method, const QUrl &url, const HeaderList &headers,
    const QByteArray &body, const Limits &limits)
{
    Q_ASSERT(!m_busy);
    m_reused = isReusable();
    m_busy = true;
    m_limits = limits;
    m_request = requestHead(method, url, headers, body.size()) + body;
    m_reader.emplace(limits.maxResponseBytes);
    m_written = 0;
    m_requestWritten = false;
    if (hasLineBreak(headers)) {
        // Reported later, as every other outcome is, and not at all after abort().
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_busy)
                    fail(TransportError::Other);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_reused)
        onSocketReady();
    else
        openSocket();
}

void HttpConnection::abort()
{
    m_busy = false;
    m_timer.stop();
    closeSocket();
}

bool HttpConnection::isReusable() const
{
    return !m_busy && m_connected && m_keepAlive && m_socket->state() == QAbstractSocket::ConnectedState
        && m_socket->bytesAvailable() == 0 && m_idle.isValid() && m_idle.elapsed() < maxIdleMs;
}

void HttpConnection::openSocket()
{
    closeSocket();
    const bool tls = isHttps(m_origin);
    m_socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    // Only used where no proxy is configured (see ApiClient); Qt's HTTP stack serves the others.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::onSocketError);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    m_timer.start(m_limits.connectTimeoutMs);
    const QString host = m_origin.host();
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::onSocketReady);
        ssl->connectToHostEncrypted(host, quint16(portOf(m_origin)));
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &HttpConnection::onSocketReady);
        m_socket->connectToHost(host, quint16(portOf(m_origin)));
    }
}

void HttpConnection::closeSocket()
{
    m_connected = false;
    m_keepAlive = false;
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void HttpConnection::onSocketReady()
{
    if (!m_connected)
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_connected = true;
    m_timer.start(m_limits.readTimeoutMs);
    m_socket->write(m_request);
}

void HttpConnection::onBytesWritten(qint64 bytes)
{
    if (!m_busy)
        return;
    m_written += bytes;
    m_requestWritten = m_written >= m_request.size();
    m_timer.start(m_limits.readTimeoutMs);
}

void HttpConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!m_busy) {
        closeSocket(); // nothing was asked: a connection that talks on its own is not reused
        return;
    }
    m_timer.start(m_limits.readTimeoutMs);
    switch (m_reader->feed(bytes)) {
    case HttpResponseReader::State::Incomplete:
        return;
    case HttpResponseReader::State::Complete:
        complete(m_reader->takeResponse(), m_reader->keepAlive());
        return;
    case HttpResponseReader::State::TooLarge:
        fail(TransportError::ResponseTooLarge, m_reader->takeResponse().status);
        return;
    case HttpResponseReader::State::Malformed:
        fail(TransportError::MalformedResponse);
        return;
    }
}

// Also reached on "disconnected": whichever comes first ends the exchange.
void HttpConnection::onSocketError()
{
    if (!m_busy) {
        closeSocket();
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead(); // what came before the close is part of the answer
    if (!m_busy)
        return;
    if (m_reader->hasStarted() && m_reader->finishAtClose() == HttpResponseReader::State::Complete) {
        complete(m_reader->takeResponse(), false);
        return;
    }
    if (!reconnectIfUnsent())
        fail(socketError());
}

// A kept-alive connection the server closed before any byte of this request was written: the
// server never saw it, so a fresh connection may carry it.
bool HttpConnection::reconnectIfUnsent()
{
    if (!m_reused || m_written > 0 || m_reader->hasStarted())
        return false;
    m_reused = false;
    openSocket();
    return true;
}

TransportError HttpConnection::socketError() const
{
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return TransportError::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return TransportError::HostNotFound;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return m_connected ? TransportError::ConnectionLost : TransportError::TlsFailure;
    default:
        return m_connected ? TransportError::ConnectionLost : TransportError::Other;
    }
}

// Silence for too long: before the whole request was written the server cannot have acted on it.
void HttpConnection::onTimeout()
{
    if (!m_busy)
        return;
    fail(m_requestWritten ? TransportError::ReadTimeout : TransportError::ConnectTimeout);
}

void HttpConnection::fail(TransportError error, int status)
{
    closeSocket();
    HttpResponse response;
    response.error = error;
    response.status = status;
    endExchange(std::move(response));
}

void HttpConnection::complete(HttpResponse response, bool keepAlive)
{
    // An answer means the server took the request, even one it had not fully read.
    m_requestWritten = true;
    if (keepAlive && m_socket->bytesAvailable() == 0) {
        m_keepAlive = true;
        m_idle.start();
    } else {
        closeSocket();
    }
    endExchange(std::move(response));
}

// Last: a receiver may delete this connection or send the next request from its slot.
void HttpConnection::endExchange(HttpResponse response)
{
    m_busy = false;
    m_timer.stop();
    response.requestWritten = m_requestWritten;
    emit finished(response);
}
