#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The one way the app, flowlog-cli and the emulator read a file they are given (a batch CSV,
// ~/.aliyun/config.json, a state file): only a regular file, found by following symbolic links,
// and only up to a size cap. A FIFO would block before the event loop runs and /dev/zero would be
// read until memory runs out; both are refused with a message that says how to fix it.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)

public:
    enum class Problem { None, Missing, NotRegularFile, TooLarge, Unreadable };

    struct Result
    {
        QByteArray data = {};
        Problem problem = Problem::None;
        QString reason = {}; // translated, without the path ("not a regular file ..."); empty when ok
        bool ok() const { return problem == Problem::None; }
    };

    static Result read(const QString &path, qint64 maxBytes);
};
