#pragma once

#include "cli/clilanguage.h"

#include <QCoreApplication>
#include <QStringList>

// flowlog-cli: picks the language, parses the arguments and runs one command. Returns the exit
// status (see ExitCode).
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication() = default;
    Q_DISABLE_COPY_MOVE(CliApplication)

    // Sets the organisation and application names every FlowLog Studio executable uses.
    static void setIdentity();
    int run(const QStringList &arguments);

private:
    CliLanguage m_language;
};
