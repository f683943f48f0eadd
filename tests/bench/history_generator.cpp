// Writes synthetic history rows for load and filter measurements:
//   history_generator --rows 100000 --out FILE [--seed N]
#include "core/history/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int BatchSize = 5000;

QString pick(QRandomGenerator &random, const QStringList &values)
{
    return values.at(int(random.bounded(quint32(values.size()))));
}

QString hexId(QRandomGenerator &random, const QString &prefix)
{
    return prefix + QString::number(random.generate64() & 0xFFFFFFFFFFFFFull, 36).rightJustified(12, u'0');
}

void describeOutcome(QRandomGenerator &random, HistoryEntry &entry)
{
    const quint32 dice = random.bounded(100u);
    if (dice < 80) {
        entry.outcome = Outcome::Succeeded;
        entry.httpStatus = 200;
        entry.flowLogId = hexId(random, u"fl-"_s);
        entry.flowLogStatus = dice < 70 ? u"Active"_s : u"Activating"_s;
        return;
    }
    static const QStringList codes = {u"Throttling.User"_s, u"InvalidParameter"_s, u"ResourceNotFound.VPC"_s,
        u"Forbidden.RAM"_s, u"OperationFailed.ExceedPurchaseLimit"_s};
    entry.outcome = dice < 97 ? Outcome::Failed : Outcome::Unknown;
    entry.httpStatus = entry.outcome == Outcome::Failed ? 400 : 0;
    entry.errorCode = entry.outcome == Outcome::Failed ? pick(random, codes) : u"ReadTimeout"_s;
    entry.errorMessage = u"The request failed: %1."_s.arg(entry.errorCode);
}

HistoryEntry syntheticEntry(QRandomGenerator &random, qint64 n, qint64 startMs)
{
    static const QStringList regions = {u"cn-hangzhou"_s, u"cn-beijing"_s, u"cn-shanghai"_s, u"ap-southeast-1"_s,
        u"eu-central-1"_s};
    static const QStringList profiles = {u"sandbox"_s, u"env"_s, u"aliyun:default"_s, u"own:prod"_s};
    HistoryEntry entry;
    entry.time = QDateTime::fromMSecsSinceEpoch(startMs + n * 37'000, Qt::UTC);
    entry.profile = pick(random, profiles);
    entry.request.regionId = pick(random, regions);
    entry.endpoint = u"https://vpc.%1.aliyuncs.com"_s.arg(entry.request.regionId);
    entry.signatureVersion = random.bounded(4u) ? u"v3"_s : u"v1"_s;
    entry.source = random.bounded(2u) ? u"gui"_s : u"cli"_s;
    entry.request.resourceType = ResourceTypes::all().at(int(random.bounded(3u)));
    entry.request.resourceId = hexId(random, ResourceTypes::idPrefix(entry.request.resourceType));
    entry.request.trafficType = TrafficTypes::all().at(int(random.bounded(3u)));
    entry.request.projectName = u"project-%1"_s.arg(random.bounded(20u));
    entry.request.logStoreName = u"logstore-%1"_s.arg(random.bounded(50u));
    entry.request.flowLogName = u"flowlog-%1"_s.arg(n);
    entry.request.description = random.bounded(3u) ? u"生产环境流量审计 %1"_s.arg(n) : QString();
    entry.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    entry.attempts = 1 + int(random.bounded(3u));
    entry.durationMs = 50 + random.bounded(2000u);
    describeOutcome(random, entry);
    entry.requestText = u"POST %1/?RegionId=%2 (signature redacted)"_s.arg(entry.endpoint, entry.request.regionId);
    entry.responseText = u"{\"RequestId\":\"%1\"}"_s.arg(entry.requestId);
    return entry;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes synthetic flow-log history rows."_s);
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Number of rows to write."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"out"_s, u"History file to write (created or appended to)."_s, u"FILE"_s});
    parser.addOption({u"seed"_s, u"Random seed."_s, u"N"_s, u"1"_s});
    parser.process(app);
    if (!parser.isSet(u"out"_s)) {
        std::fputs("history_generator: --out FILE is required\n", stderr);
        return 2;
    }
    HistoryStore store;
    if (!store.open(parser.value(u"out"_s))) {
        std::fprintf(stderr, "history_generator: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    QRandomGenerator random(parser.value(u"seed"_s).toUInt());
    const qint64 rows = parser.value(u"rows"_s).toLongLong();
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - rows * 37'000;
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = 0; done < rows;) {
        QList<HistoryEntry> batch;
        for (; done < rows && batch.size() < BatchSize; ++done)
            batch.append(syntheticEntry(random, done, startMs));
        if (store.addAll(batch).isEmpty()) {
            std::fprintf(stderr, "history_generator: %s\n", qPrintable(store.errorString()));
            return 1;
        }
    }
    std::printf("wrote %lld rows to %s in %lld ms\n", rows, qPrintable(store.path()), timer.elapsed());
    return 0;
}
