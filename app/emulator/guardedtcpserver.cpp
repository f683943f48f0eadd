#include "emulator/guardedtcpserver.h"

#include "emulator/connectionguard.h"
#include "emulator/emulatorerror.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// UndefinedBehaviorSanitizer checks a call's object by reading it through a pipe it opens; when no
// descriptor is left (exactly when accept() fails with EMFILE) that fails and it reports a sound
// object as corrupt. The accept loop is therefore not checked for that.
#if defined(__clang__) || defined(__GNUC__)
#define FLOWLOG_RUNS_WITHOUT_DESCRIPTORS __attribute__((no_sanitize("vptr")))
#else
#define FLOWLOG_RUNS_WITHOUT_DESCRIPTORS
#endif

constexpr int firstBackOffMs = 50;
constexpr int longestBackOffMs = 1000;

#ifdef Q_OS_UNIX
int acceptOne(qintptr listening)
{
#ifdef Q_OS_LINUX
    return ::accept4(int(listening), nullptr, nullptr, SOCK_CLOEXEC);
#else
    const int descriptor = ::accept(int(listening), nullptr, nullptr);
    if (descriptor >= 0)
        ::fcntl(descriptor, F_SETFD, FD_CLOEXEC);
    return descriptor;
#endif
}
#endif

} // namespace

GuardedTcpServer::GuardedTcpServer(QObject *httpServer, const ConnectionLimits &limits)
    : m_httpServer(httpServer)
    , m_limits(limits)
{
}

bool GuardedTcpServer::start(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    m_descriptorLimit = descriptorLimit();
#ifdef Q_OS_UNIX
    // Qt's read notifier on the listening socket is switched off; this one takes its place.
    pauseAccepting();
    m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &GuardedTcpServer::acceptPending);
#endif
    return true;
}

void GuardedTcpServer::setLimits(const ConnectionLimits &limits)
{
    m_limits = limits;
}

FLOWLOG_RUNS_WITHOUT_DESCRIPTORS int GuardedTcpServer::effectiveMaxConnections() const
{
    if (m_descriptorLimit < 0)
        return m_limits.maxConnections;
    const qint64 room = m_descriptorLimit - reservedDescriptors - refusalSlots;
    return int(std::clamp<qint64>(room, 1, m_limits.maxConnections));
}

qint64 GuardedTcpServer::raiseDescriptorLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? -1 : qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

qint64 GuardedTcpServer::descriptorLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

FLOWLOG_RUNS_WITHOUT_DESCRIPTORS void GuardedTcpServer::acceptPending()
{
#ifdef Q_OS_UNIX
    while (hasRoom()) {
        const int descriptor = acceptOne(socketDescriptor());
        if (descriptor >= 0) {
            m_backOffMs = 0;
            incomingConnection(descriptor);
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            backOff(); // EMFILE, ENFILE, ENOBUFS, ENOMEM: retrying at once would only spin
        return;
    }
    // Full: the kernel keeps the next clients in the listen queue until a connection ends.
    m_waitingForRoom = true;
    m_notifier->setEnabled(false);
#endif
}

FLOWLOG_RUNS_WITHOUT_DESCRIPTORS void GuardedTcpServer::backOff()
{
    m_notifier->setEnabled(false);
    m_backOffMs = std::clamp(m_backOffMs * 2, firstBackOffMs, longestBackOffMs);
    QTimer::singleShot(m_backOffMs, this, &GuardedTcpServer::resumeAccepting);
}

// Runs when descriptors may still be short (the end of a back-off): not checked, like backOff().
FLOWLOG_RUNS_WITHOUT_DESCRIPTORS void GuardedTcpServer::resumeAccepting()
{
    if (!m_waitingForRoom)
        m_notifier->setEnabled(true);
}

FLOWLOG_RUNS_WITHOUT_DESCRIPTORS bool GuardedTcpServer::hasRoom() const
{
    return m_served < effectiveMaxConnections() || m_refusing < refusalSlots;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_served < effectiveMaxConnections()) {
        serve(descriptor);
    } else if (m_refusing < refusalSlots) {
        refuseConnection(descriptor);
    } else {
        QTcpSocket dropped; // only where Qt accepts by itself (not Unix)
        dropped.setSocketDescriptor(descriptor);
        dropped.abort();
    }
}

QTcpSocket *GuardedTcpServer::adopt(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (socket->setSocketDescriptor(descriptor))
        return socket;
    delete socket;
#ifdef Q_OS_UNIX
    ::close(int(descriptor)); // a socket that did not take it does not close it either
#endif
    return nullptr;
}

// The guard connects to readyRead first; QHttpServer takes the socket inside
// addPendingConnection() (Qt 6.4 emits pendingConnectionAvailable there, which bind() connected).
void GuardedTcpServer::serve(qintptr descriptor)
{
    QTcpSocket *socket = adopt(descriptor);
    if (!socket)
        return;
    ++m_served;
    connect(socket, &QObject::destroyed, this, [this] { connectionEnded(true); });
    auto *guard = new ConnectionGuard(socket, m_httpServer, m_limits);
    addPendingConnection(socket);
    guard->followServer();
#ifdef Q_OS_UNIX
    pauseAccepting(); // nextPendingConnection(), called by QHttpServer, switched Qt's accept loop on again
#endif
}

void GuardedTcpServer::refuseConnection(qintptr descriptor)
{
    QTcpSocket *socket = adopt(descriptor);
    if (!socket)
        return;
    ++m_refusing;
    connect(socket, &QObject::destroyed, this, [this] { connectionEnded(false); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto *guard = new ConnectionGuard(socket, nullptr, m_limits);
    guard->refuse({503, u"ServiceUnavailable"_s,
                      u"The emulator serves at most %1 connections at once; try again later."_s.arg(
                          effectiveMaxConnections())},
        false);
}

void GuardedTcpServer::connectionEnded(bool served)
{
    --(served ? m_served : m_refusing);
    if (!m_waitingForRoom || !m_notifier)
        return;
    m_waitingForRoom = false;
    m_notifier->setEnabled(true);
}
