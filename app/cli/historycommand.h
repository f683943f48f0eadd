#pragma once

#include "cli/clioptions.h"
#include "core/history/historyentry.h"

#include <QCoreApplication>

// flowlog-cli history: the newest entries of the history the app and the CLI share, as text, or
// as the app's export writes them (HistoryExporter: JSON or CSV). Secrets are never part of it.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static int run(const CliOptions &options);

private:
    static QString toText(const HistoryEntry &entry);
    static void writeBytes(const QByteArray &data);
};
