#pragma once

#include "emulator/connectionlimits.h"

#include <QTcpServer>

class QSocketNotifier;
class QTcpSocket;

// The listening socket QHttpServer is bound to: every connection it accepts gets a
// ConnectionGuard before QHttpServer sees it, and no more than maxConnections are served at once.
//
// Above that, a few connections at a time are answered 503 ServiceUnavailable and closed; when
// even those are taken, accepting pauses until a connection ends, so the process never runs out
// of file descriptors through its clients. Should accept() fail all the same (EMFILE from
// descriptors held elsewhere), Qt 6.4's own accept loop stops accepting for good, or, as soon as
// QHttpServer takes a queued connection (nextPendingConnection() switches accepting on again),
// retries at once, forever: one core at 100% and every client locked out. On Unix this server
// accepts by itself instead and, after an accept error, waits 50 ms, doubling up to 1 s, before it
// tries again.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    static constexpr int refusalSlots = 16; // connections being refused at once
    static constexpr int reservedDescriptors = 64; // left to the rest of the process

    // httpServer: the QHttpServer this server will be bound to.
    GuardedTcpServer(QObject *httpServer, const ConnectionLimits &limits);

    bool start(const QHostAddress &address, quint16 port);
    // Applies to connections accepted from now on.
    void setLimits(const ConnectionLimits &limits);
    // maxConnections, lowered so that connections, refusals and the reserve fit in the process's
    // file-descriptor limit as it was at start().
    int effectiveMaxConnections() const;
    int connectionCount() const { return m_served; }

    // Raises the soft RLIMIT_NOFILE to the hard one (the common soft 1024 would otherwise cap a
    // server that may have more); returns the soft limit now in force, -1 where there is none.
    static qint64 raiseDescriptorLimit();
    static qint64 descriptorLimit();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void acceptPending();
    void backOff();
    void resumeAccepting();
    QTcpSocket *adopt(qintptr descriptor);
    void serve(qintptr descriptor);
    void refuseConnection(qintptr descriptor);
    void connectionEnded(bool served);
    bool hasRoom() const;

    QObject *m_httpServer;
    ConnectionLimits m_limits;
    QSocketNotifier *m_notifier = nullptr;
    qint64 m_descriptorLimit = -1; // when the server started
    int m_served = 0;
    int m_refusing = 0;
    int m_backOffMs = 0;
    bool m_waitingForRoom = false;
};
