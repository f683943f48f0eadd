// What recording a batch costs per row, as `flowlog-cli batch` writes it: every row is added as
// "unknown" in chunks of CONCURRENCY before it is sent, and its outcome is written back in chunks of
// 256 (the batch's flush size). Each run uses a fresh file; the median of RUNS is printed.
//   history_write_bench [--rows 2000] [--concurrency 8] [--runs 5]
#include "core/history/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype FlushRows = 256;

HistoryEntry pendingEntry(int n)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = u"env"_s;
    entry.endpoint = u"http://127.0.0.1:8080"_s;
    entry.signatureVersion = u"v3"_s;
    entry.source = u"batch"_s;
    entry.request.regionId = u"cn-hangzhou"_s;
    entry.request.resourceType = ResourceType::NetworkInterface;
    entry.request.resourceId = u"eni-bench%1"_s.arg(n, 12, 10, QChar(u'0'));
    entry.request.trafficType = TrafficType::All;
    entry.request.projectName = u"bench-project"_s;
    entry.request.logStoreName = u"bench-logstore"_s;
    entry.request.flowLogName = u"流日志-压测_%1"_s.arg(n, 6, 10, QChar(u'0'));
    entry.request.description = u"中文 批量压测 %1"_s.arg(n);
    entry.outcome = Outcome::Unknown;
    return entry;
}

void finish(HistoryEntry &entry)
{
    entry.outcome = Outcome::Succeeded;
    entry.httpStatus = 200;
    entry.flowLogId = u"fl-bench%1"_s.arg(entry.id);
    entry.requestId = u"B5E2A0C4-0000-4000-8000-%1"_s.arg(entry.id, 12, 10, QChar(u'0'));
    entry.attempts = 1;
    entry.durationMs = 3;
}

// Returns the microseconds per row of one batch, or a negative value when the store failed.
double runOnce(const QString &path, int rows, int concurrency)
{
    HistoryStore store;
    QElapsedTimer timer;
    timer.start();
    if (!store.open(path))
        return -1;
    QList<HistoryEntry> updates;
    for (int first = 0; first < rows; first += concurrency) {
        QList<HistoryEntry> chunk;
        for (int n = first; n < std::min(rows, first + concurrency); ++n)
            chunk.append(pendingEntry(n));
        const QList<qint64> ids = store.addAll(chunk);
        if (ids.size() != chunk.size())
            return -1;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            chunk[i].id = ids.at(i);
            finish(chunk[i]);
            updates.append(chunk.at(i));
        }
        if (updates.size() >= FlushRows && !store.updateAll(std::exchange(updates, {})))
            return -1;
    }
    if (!updates.isEmpty() && !store.updateAll(updates))
        return -1;
    return double(timer.nsecsElapsed()) / 1e3 / rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"rows"_s, u"Rows per batch."_s, u"N"_s, u"2000"_s},
        {u"concurrency"_s, u"Rows added per transaction."_s, u"N"_s, u"8"_s},
        {u"runs"_s, u"Batches to measure."_s, u"N"_s, u"5"_s}});
    parser.process(app);
    const int rows = std::max(1, parser.value(u"rows"_s).toInt());
    const int concurrency = std::max(1, parser.value(u"concurrency"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    QTemporaryDir dir;
    QList<double> perRow;
    for (int run = 0; run < runs; ++run) {
        const double us = runOnce(dir.filePath(u"history-%1.sqlite"_s.arg(run)), rows, concurrency);
        if (us < 0) {
            std::fputs("history_write_bench: the history store failed\n", stderr);
            return 1;
        }
        std::printf("run %d: %.1f µs per row\n", run + 1, us);
        perRow.append(us);
    }
    std::sort(perRow.begin(), perRow.end());
    std::printf("median of %d runs, %d rows, %d per insert: %.1f µs per row (add + update)\n", runs, rows,
        concurrency, perRow.at(perRow.size() / 2));
    return 0;
}
