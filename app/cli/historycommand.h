#pragma once

#include "cli/clioptions.h"
#include "core/history/historyentry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// flowlog-cli history: the newest entries of the history the app and the CLI share, as text,
// JSON or CSV. Secrets are never part of it.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static int run(const CliOptions &options);

    // The stable field names of the JSON and CSV forms.
    static QStringList fieldNames();
    static QJsonObject toJson(const HistoryEntry &entry);

private:
    static QString toText(const HistoryEntry &entry);
    static QString toCsv(const HistoryEntry &entry);
};
