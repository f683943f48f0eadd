#include "core/platform/interruption.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The handler may only do async-signal-safe things: it writes one byte to a pipe that the event
// loop watches (the "self-pipe" way of Qt's Unix signal documentation).
int signalPipe[2] = {-1, -1};
struct sigaction previousInt = {};
struct sigaction previousTerm = {};

void onInterruptSignal(int number)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
    // The next one is not waited for: the default action ends the process.
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    ::sigaction(number, &fallback, nullptr);
}

} // namespace

Interruption::Interruption(QObject *parent)
    : QObject(parent)
{
    if (::pipe(signalPipe) != 0)
        return;
    for (const int fd : signalPipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    struct sigaction handler = {};
    handler.sa_handler = onInterruptSignal;
    sigemptyset(&handler.sa_mask);
    handler.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &handler, &previousInt);
    ::sigaction(SIGTERM, &handler, &previousTerm);
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Interruption::onSignal);
}

Interruption::~Interruption()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &previousInt, nullptr);
    ::sigaction(SIGTERM, &previousTerm, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
}

void Interruption::onSignal()
{
    char byte = 0;
    [[maybe_unused]] const ssize_t read = ::read(signalPipe[0], &byte, 1);
    m_notifier->setEnabled(false); // once: a second signal takes the default action
    Q_EMIT requested();
}

#else

Interruption::Interruption(QObject *parent)
    : QObject(parent)
{
}

Interruption::~Interruption() = default;

void Interruption::onSignal() {}

#endif
