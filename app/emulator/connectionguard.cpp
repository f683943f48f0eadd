#include "emulator/connectionguard.h"

#include "emulator/emulatorerror.h"
#include "emulator/responsebody.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {

EmulatorError framingError(RequestFraming::Refusal refusal, const QString &reason)
{
    switch (refusal) {
    case RequestFraming::Refusal::HeadTooLarge:
        return {431, u"RequestHeaderFieldsTooLarge"_s, reason};
    case RequestFraming::Refusal::BodyTooLarge:
        return {413, u"RequestEntityTooLarge"_s, reason};
    case RequestFraming::Refusal::Malformed:
    case RequestFraming::Refusal::None:
        break;
    }
    return {400, u"MalformedRequest"_s, reason};
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QObject *httpServer, const ConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_limits(limits)
    , m_framing(limits.maxHeadBytes, limits.maxBodyBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::timedOut);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServerReads);
    arm(Wait::Idle, m_limits.idleTimeoutMs);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ConnectionGuard::followServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServerRead);
}

void ConnectionGuard::answerWritten()
{
    ++m_answered;
    if (m_refused || m_answered < m_framing.completedRequests())
        return;
    if (m_framing.phase() == RequestFraming::Phase::Closed)
        m_socket->disconnectFromHost(); // after what is written has gone out
    else if (m_framing.phase() == RequestFraming::Phase::BetweenRequests)
        arm(Wait::Idle, m_limits.idleTimeoutMs);
}

bool ConnectionGuard::closesAfterAnswer() const
{
    return m_framing.phase() == RequestFraming::Phase::Closed
        && m_answered + 1 >= m_framing.completedRequests();
}

// What QHttpServer has not read yet is still in the socket's buffer: of that, the guard has seen
// all but the bytes that came since QHttpServer last ran.
void ConnectionGuard::beforeServerReads()
{
    if (m_refused || m_detached) {
        dropInput();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_unread)
        return; // QHttpServer asked to be called again for what it left (the next request)
    const QByteArray fresh = m_socket->peek(available).sliced(qsizetype(m_unread));
    m_unread = available;
    follow(fresh);
}

void ConnectionGuard::follow(const QByteArray &fresh)
{
    const bool wasBetween = m_framing.phase() == RequestFraming::Phase::BetweenRequests;
    const int completedBefore = m_framing.completedRequests();
    const qsizetype used = m_framing.feed(fresh);
    m_arrived += fresh.size();
    if (m_framing.phase() == RequestFraming::Phase::Refused) {
        refuseFraming();
        return;
    }
    if (m_framing.takeContinueRequest())
        m_socket->write(ResponseBody::statusLine(100) + "\r\n");
    if (m_framing.phase() == RequestFraming::Phase::Closed && m_requestsEnd < 0)
        m_requestsEnd = m_arrived - (fresh.size() - used);
    rearm(wasBetween || m_framing.completedRequests() != completedBefore);
}

// Once QHttpServer has read the request after which the connection closes, it is given nothing
// more: a client that sends another request after "Connection: close" gets no answer to it.
void ConnectionGuard::afterServerRead()
{
    if (m_refused || m_detached)
        return;
    m_unread = m_socket->bytesAvailable();
    if (m_requestsEnd >= 0 && m_arrived - m_unread >= m_requestsEnd) {
        detachServer();
        dropInput();
    }
}

void ConnectionGuard::refuseFraming()
{
    refuse(framingError(m_framing.refusal(), m_framing.refusalReason()));
}

void ConnectionGuard::refuse(const EmulatorError &error, bool linger)
{
    if (m_refused)
        return;
    m_refused = true;
    m_lingers = linger;
    detachServer();
    dropInput();
    const QByteArray body = error.body(ResponseBody::newRequestId(), {}, false);
    m_socket->write(ResponseBody::statusLine(error.httpStatus)
        + "Content-Type: application/json;charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::halfCloseWhenFlushed);
    halfCloseWhenFlushed();
    arm(Wait::Linger, m_limits.lingerMs);
}

// The timer follows what the connection waits for: the next request (idle), the end of a
// request's head, the end of its body. While an answer is pending nothing runs: how long the
// emulator takes is its own business (latency, hang).
void ConnectionGuard::rearm(bool requestBegan)
{
    if (requestBegan && m_framing.phase() != RequestFraming::Phase::BetweenRequests)
        m_requestClock.start();
    switch (m_framing.phase()) {
    case RequestFraming::Phase::Head:
        if (m_wait != Wait::Header || requestBegan)
            arm(Wait::Header, int(m_limits.headerTimeoutMs - m_requestClock.elapsed()));
        return;
    case RequestFraming::Phase::Body:
        if (m_wait != Wait::Request || requestBegan)
            arm(Wait::Request, int(m_limits.requestTimeoutMs - m_requestClock.elapsed()));
        return;
    case RequestFraming::Phase::BetweenRequests:
        if (m_answered >= m_framing.completedRequests()) {
            if (m_wait != Wait::Idle)
                arm(Wait::Idle, m_limits.idleTimeoutMs);
            return;
        }
        break;
    case RequestFraming::Phase::Closed:
    case RequestFraming::Phase::Refused:
        break;
    }
    arm(Wait::None, 0);
}

void ConnectionGuard::arm(Wait wait, int milliseconds)
{
    m_wait = wait;
    if (wait == Wait::None)
        m_timer.stop();
    else
        m_timer.start(std::max(milliseconds, 0));
}

void ConnectionGuard::timedOut()
{
    switch (m_wait) {
    case Wait::Idle:
        m_socket->disconnectFromHost();
        break;
    case Wait::Header:
        refuse({408, u"RequestTimeout"_s,
            u"The request line and headers did not arrive within %1 ms."_s.arg(m_limits.headerTimeoutMs)});
        break;
    case Wait::Request:
        refuse({408, u"RequestTimeout"_s,
            u"The request did not arrive whole within %1 ms."_s.arg(m_limits.requestTimeoutMs)});
        break;
    case Wait::Linger:
        m_socket->abort();
        if (!m_httpServer)
            m_socket->deleteLater();
        break;
    case Wait::None:
        break;
    }
}

// QHttpServer's slot on readyRead has the server as its context; what it buffered for the
// request it was reading is released with the read transaction it had opened.
void ConnectionGuard::detachServer()
{
    if (m_detached)
        return;
    m_detached = true;
    if (m_httpServer)
        disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
}

void ConnectionGuard::dropInput()
{
    m_socket->skip(m_socket->bytesAvailable());
}

// Only the sending side is shut: a client still sending then reads the answer and an orderly end,
// not a reset that could discard the answer before it is read. Without lingering, what arrived is
// dropped first, so that the close is an orderly one too.
void ConnectionGuard::halfCloseWhenFlushed()
{
    if (m_halfClosed || m_socket->bytesToWrite() > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_halfClosed = true;
    if (!m_lingers) {
        dropInput();
        m_socket->disconnectFromHost();
        return;
    }
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}
