#pragma once

#include <QString>
#include <QTextStream>

// flowlog-cli's two output streams, UTF-8: results go to standard output, diagnostics to
// standard error, so that a script can parse one and show the other.
//
// Everything printed goes through visible(): text from the command line, a configuration file or a
// server (names, messages) may hold terminal escape sequences, which would otherwise retitle,
// recolour or rewrite the operator's terminal.
class Console
{
public:
    static QTextStream &out();
    static QTextStream &err();
    // Writes one line (a line break is added) and flushes, so that a reader of a pipe sees
    // results as they come.
    static void printLine(const QString &text);
    static void printError(const QString &text);
    // Control characters (C0 but line feed and tab, DEL, C1) and bidirectional overrides as their
    // notation, "<U+001B>"; everything else as it is.
    static QString visible(const QString &text);
};
