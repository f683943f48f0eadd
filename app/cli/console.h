#pragma once

#include <QString>
#include <QTextStream>

// flowlog-cli's two output streams, UTF-8: results go to standard output, diagnostics to
// standard error, so that a script can parse one and show the other.
class Console
{
public:
    static QTextStream &out();
    static QTextStream &err();
    // Writes one line (a line break is added) and flushes, so that a reader of a pipe sees
    // results as they come.
    static void printLine(const QString &text);
    static void printError(const QString &text);
};
