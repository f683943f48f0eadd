#include "cli/historycommand.h"

#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/config/appsettings.h"
#include "core/history/historyexporter.h"
#include "core/history/historystore.h"

#include <QFile>

using namespace Qt::StringLiterals;

int HistoryCommand::run(const CliOptions &options)
{
    HistoryStore store;
    if (!store.open(AppSettings::load().effectiveHistoryPath())) {
        Console::printError(store.errorString());
        return ExitFailure;
    }
    const QList<HistoryEntry> entries = store.entries(options.limit, HistoryStore::Detail::Summary);
    if (options.output == OutputFormat::Json) {
        writeBytes(HistoryExporter::toJson(entries));
    } else if (options.output == OutputFormat::Csv) {
        writeBytes(HistoryExporter::toCsv(entries));
    } else {
        if (entries.isEmpty())
            Console::printError(tr("The history is empty (%1).").arg(store.path()));
        for (const HistoryEntry &entry : entries)
            Console::out() << Console::visible(toText(entry)) << '\n'; // names and messages from servers
    }
    Console::out().flush();
    return ExitSuccess;
}

// The same files as the app's export, byte for byte: through a QString the CSV's byte-order mark
// would be dropped (QString::fromUtf8 skips it).
void HistoryCommand::writeBytes(const QByteArray &data)
{
    Console::out().flush();
    QFile output;
    if (output.open(stdout, QIODevice::WriteOnly))
        output.write(data);
}

QString HistoryCommand::toText(const HistoryEntry &entry)
{
    const QString result = entry.outcome == Outcome::Succeeded
        ? entry.flowLogId
        : QString(entry.errorCode + u' ' + entry.messageText()).simplified(); // one line per entry
    return tr("#%1  %2  %3  %4  %5 %6 %7  %8")
        .arg(QString::number(entry.id), entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), entry.source,
            Outcomes::label(entry.outcome), entry.request.regionId, ResourceTypes::apiName(entry.request.resourceType),
            entry.request.resourceId, result);
}
