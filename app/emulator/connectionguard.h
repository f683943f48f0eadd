#pragma once

#include "emulator/connectionlimits.h"
#include "emulator/requestframing.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;
struct EmulatorError;

// Keeps one client connection within ConnectionLimits while QHttpServer serves it: the size of
// each request's head and body, the idle, header and request timeouts, and Connection: close.
//
// QHttpServer 6.4 reads a request into memory whole, without any limit, before anyone sees it.
// The guard is connected to the socket's readyRead before QHttpServer is, so it sees every new
// byte first (peek(): nothing is taken from QHttpServer); a second slot, connected after
// QHttpServer's, notes what QHttpServer left unread, so that each byte is followed exactly once.
// When a limit is crossed the guard takes the connection from QHttpServer, drops what arrived,
// answers the gateway's error itself (413, 431, 400 or 408, JSON, Connection: close), reads and
// drops what the client still sends for a short while (so the client reads the answer instead of a
// reset) and closes. A child of its socket; VpcEmulator tells it when an answer is written.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    // httpServer: the QHttpServer that will read the socket (null for a connection that is only
    // refused). Connect it before handing the socket to QHttpServer.
    ConnectionGuard(QTcpSocket *socket, QObject *httpServer, const ConnectionLimits &limits);

    static ConnectionGuard *of(QTcpSocket *socket);

    // Call once QHttpServer has taken the socket (its readyRead slot is connected).
    void followServer();
    // A whole answer was written for the oldest request not yet answered.
    void answerWritten();
    // The client asked to close after this answer (Connection: close, or HTTP/1.0).
    bool closesAfterAnswer() const;
    // Answers error itself and closes the connection. With linger, what the client still sends is
    // read and dropped for up to lingerMs first (it may be in the middle of a body); without, the
    // connection closes as soon as the answer is out (a connection refused before its request).
    void refuse(const EmulatorError &error, bool linger = true);

private:
    enum class Wait { None, Idle, Header, Request, Linger };

    void beforeServerReads();
    void afterServerRead();
    void follow(const QByteArray &fresh);
    void refuseFraming();
    void rearm(bool requestBegan);
    void arm(Wait wait, int milliseconds);
    void timedOut();
    void detachServer();
    void dropInput();
    void halfCloseWhenFlushed();

    QTcpSocket *m_socket;
    QObject *m_httpServer;
    ConnectionLimits m_limits;
    RequestFraming m_framing;
    QTimer m_timer;
    Wait m_wait = Wait::None;
    QElapsedTimer m_requestClock; // since the first byte of the current request
    qint64 m_arrived = 0; // every byte followed so far
    qint64 m_unread = 0; // of those, what QHttpServer had not read yet when it last ran
    qint64 m_requestsEnd = -1; // where the request that closes the connection ends
    int m_answered = 0;
    bool m_refused = false;
    bool m_detached = false;
    bool m_halfClosed = false;
    bool m_lingers = true;
};
