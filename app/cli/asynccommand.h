#pragma once

#include "cli/exitcode.h"

#include <QObject>

// A command that waits for the network: start() either finishes at once (bad input, dry run) or
// leaves the work to the event loop and reports the exit code through finished().
class AsyncCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncCommand)

public:
    static constexpr int Pending = -1;

    using QObject::QObject;
    ~AsyncCommand() override = default;

    // An exit code when the command is already done, else Pending; finished() follows later.
    virtual int start() = 0;
    // Ctrl+C: stop, cancel what is in flight, record the outcomes, then finished(ExitInterrupted).
    // By default there is nothing to record.
    virtual void interrupt() { Q_EMIT finished(ExitInterrupted); }

Q_SIGNALS:
    void finished(int exitCode);
};
