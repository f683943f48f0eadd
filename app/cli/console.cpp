#include "cli/console.h"

#include <cstdio>

QTextStream &Console::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Console::err()
{
    static QTextStream stream(stderr);
    return stream;
}

void Console::printLine(const QString &text)
{
    out() << text << '\n';
    out().flush();
}

void Console::printError(const QString &text)
{
    err() << text << '\n';
    err().flush();
}
