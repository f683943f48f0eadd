#include "core/history/historystore.h"

#include "core/api/errorcatalog.h"
#include "support/cpubudget.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

Q_DECLARE_METATYPE(FlowLogAction)

using namespace Qt::StringLiterals;

namespace {

HistoryEntry sampleEntry(int n = 0)
{
    HistoryEntry entry;
    entry.time = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123 + n, Qt::UTC);
    entry.profile = u"aliyun:default"_s;
    entry.endpoint = u"https://vpc.cn-hangzhou.aliyuncs.com"_s;
    entry.signatureVersion = u"v3"_s;
    entry.source = u"cli"_s;
    entry.request.regionId = u"cn-hangzhou"_s;
    entry.request.resourceType = ResourceType::VSwitch;
    entry.request.resourceId = u"vsw-%1"_s.arg(n);
    entry.request.trafficType = TrafficType::Drop;
    entry.request.projectName = u"project-%1"_s.arg(n);
    entry.request.logStoreName = u"logstore"_s;
    entry.request.flowLogName = u"流日志-%1"_s.arg(n);
    entry.request.description = u"生产环境 “交换机” 的拒绝流量"_s;
    entry.outcome = Outcome::Failed;
    entry.flowLogId = u"fl-%1"_s.arg(n);
    entry.requestId = u"62172DD5-6BAC-45DF-8D44-%1"_s.arg(n);
    entry.httpStatus = 400;
    entry.errorCode = u"Throttling.User"_s;
    entry.errorMessage = u"请求被流控。"_s;
    entry.attempts = 3;
    entry.durationMs = 1234;
    entry.flowLogStatus = u"Activating"_s;
    entry.resolvedBy = 41 + n;
    entry.resolvedTime = QDateTime::fromMSecsSinceEpoch(1'700'000'900'456 + n, Qt::UTC);
    entry.requestText = u"POST https://vpc.cn-hangzhou.aliyuncs.com/?RegionId=cn-hangzhou"_s;
    entry.responseText = u"{\"Code\":\"Throttling.User\"}"_s;
    return entry;
}

void compareEntries(const HistoryEntry &actual, const HistoryEntry &expected)
{
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(actual.profile, expected.profile);
    QCOMPARE(actual.endpoint, expected.endpoint);
    QCOMPARE(actual.signatureVersion, expected.signatureVersion);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.request, expected.request);
    QCOMPARE(actual.outcome, expected.outcome);
    QCOMPARE(actual.flowLogId, expected.flowLogId);
    QCOMPARE(actual.requestId, expected.requestId);
    QCOMPARE(actual.httpStatus, expected.httpStatus);
    QCOMPARE(actual.errorCode, expected.errorCode);
    QCOMPARE(actual.errorMessage, expected.errorMessage);
    QCOMPARE(actual.attempts, expected.attempts);
    QCOMPARE(actual.durationMs, expected.durationMs);
    QCOMPARE(actual.flowLogStatus, expected.flowLogStatus);
    QCOMPARE(actual.resolvedBy, expected.resolvedBy);
    QCOMPARE(actual.resolvedTime, expected.resolvedTime);
    QCOMPARE(actual.requestText, expected.requestText);
    QCOMPARE(actual.responseText, expected.responseText);
}

QList<qint64> idsOf(const QList<HistoryEntry> &entries)
{
    QList<qint64> ids;
    for (const HistoryEntry &entry : entries)
        ids.append(entry.id);
    return ids;
}

const char CrashOption[] = "--write-then-crash";
constexpr int CrashRows = 25;

// Runs in a child process: records rows one by one, rewrites some, and dies without closing
// anything, as a killed process would.
[[noreturn]] void writeThenCrash(const QString &path)
{
    HistoryStore store;
    if (!store.open(path))
        std::_Exit(3);
    for (int i = 0; i < CrashRows; ++i) {
        HistoryEntry entry = sampleEntry(i);
        entry.outcome = Outcome::Unknown;
        entry.id = store.add(entry);
        entry.outcome = Outcome::Succeeded;
        if (i % 2 == 0 && !store.update(entry))
            std::_Exit(4);
    }
    std::_Exit(0);
}

// A history file as version 1 of the schema wrote it (the statements are copied here, not taken from
// the store, so that a change to the store cannot change the fixture).
bool writeVersion1File(const QString &path, int userVersion)
{
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-v1"_s);
        raw.setDatabaseName(path);
        QSqlQuery query(raw);
        ok = raw.open()
            && query.exec(u"CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, revision INTEGER NOT NULL, "
                          u"time_ms INTEGER, profile TEXT, endpoint TEXT, signature_version TEXT, source TEXT, "
                          u"region_id TEXT, resource_type TEXT, resource_id TEXT, traffic_type TEXT, "
                          u"project_name TEXT, logstore_name TEXT, flowlog_name TEXT, description TEXT, "
                          u"outcome TEXT NOT NULL, flowlog_id TEXT, request_id TEXT, "
                          u"http_status INTEGER NOT NULL DEFAULT 0, error_code TEXT, error_message TEXT, "
                          u"attempts INTEGER NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0, "
                          u"flowlog_status TEXT, request_text TEXT, response_text TEXT)"_s)
            && query.exec(u"CREATE INDEX history_time ON history (time_ms)"_s)
            && query.exec(u"CREATE INDEX history_revision ON history (revision)"_s)
            && query.exec(u"CREATE TABLE revision_counter (id INTEGER PRIMARY KEY CHECK (id = 1), "
                          u"value INTEGER NOT NULL)"_s)
            && query.exec(u"INSERT INTO revision_counter (id, value) VALUES (1, 3)"_s)
            // A success, a server's refusal in its own words, and a timeout whose message was
            // translated into the UI language of the moment (Chinese).
            && query.exec(u"INSERT INTO history (revision, time_ms, profile, source, region_id, resource_type, "
                          u"resource_id, traffic_type, outcome, flowlog_id, http_status, attempts) VALUES "
                          u"(1, 1700000000000, 'sandbox', 'gui', 'cn-hangzhou', 'VPC', 'vpc-1', 'All', "
                          u"'success', 'fl-1', 200, 1)"_s)
            && query.exec(u"INSERT INTO history (revision, time_ms, profile, source, region_id, resource_type, "
                          u"resource_id, traffic_type, outcome, http_status, error_code, error_message, attempts) "
                          u"VALUES (2, 1700000001000, 'env', 'cli', 'cn-beijing', 'VSwitch', 'vsw-2', 'Drop', "
                          u"'failed', 400, 'Throttling.User', 'Request was denied due to user flow control.', 3)"_s)
            && query.exec(u"INSERT INTO history (revision, time_ms, profile, source, region_id, resource_type, "
                          u"resource_id, traffic_type, outcome, http_status, error_code, error_message, attempts) "
                          u"VALUES (3, 1700000002000, 'sandbox', 'batch', 'cn-shanghai', 'NetworkInterface', "
                          u"'eni-3', 'Allow', 'unknown', 0, 'ReadTimeout', '请求已发送，但没有及时收到应答。', 1)"_s)
            && query.exec(u"PRAGMA user_version = %1"_s.arg(userVersion));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw-v1"_s);
    return ok;
}

// A history file as version 4 wrote it: version 1's tables, then the columns versions 3 and 4
// added (statements copied here, as for version 1), with a create of each kind of outcome.
bool writeVersion4File(const QString &path)
{
    if (!writeVersion1File(path, 4))
        return false;
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-v4"_s);
        raw.setDatabaseName(path);
        QSqlQuery query(raw);
        ok = raw.open() && query.exec(u"ALTER TABLE history ADD COLUMN resolved_by INTEGER"_s)
            && query.exec(u"ALTER TABLE history ADD COLUMN resolved_ms INTEGER"_s)
            && query.exec(u"CREATE INDEX IF NOT EXISTS history_unresolved ON history (id) "
                          u"WHERE outcome = 'unknown' AND resolved_ms IS NULL"_s)
            && query.exec(u"CREATE INDEX IF NOT EXISTS history_flowlog_id ON history (flowlog_id)"_s)
            && query.exec(u"CREATE INDEX IF NOT EXISTS history_resolved_by ON history (resolved_by) "
                          u"WHERE resolved_by IS NOT NULL"_s)
            && query.exec(u"ALTER TABLE history ADD COLUMN aggregation_interval TEXT"_s)
            && query.exec(u"ALTER TABLE history ADD COLUMN traffic_path TEXT"_s)
            && query.exec(u"ALTER TABLE history ADD COLUMN ip_version TEXT"_s)
            && query.exec(u"ALTER TABLE history ADD COLUMN resource_group_id TEXT"_s)
            && query.exec(u"ALTER TABLE history ADD COLUMN tags TEXT"_s)
            && query.exec(u"UPDATE revision_counter SET value = 4 WHERE id = 1"_s)
            && query.exec(u"INSERT INTO history (revision, time_ms, profile, source, region_id, resource_type, "
                          u"resource_id, traffic_type, outcome, flowlog_id, http_status, attempts, "
                          u"aggregation_interval, tags) VALUES (4, 1700000003000, 'own:prod', 'cli', "
                          u"'cn-hangzhou', 'VPC', 'vpc-4', 'All', 'success', 'fl-4', 200, 1, '1', "
                          u"'[[\"team\",\"net\"]]')"_s);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw-v4"_s);
    return ok;
}

ApiResult failedCall(const QString &code, int httpStatus, TransportError transportError)
{
    ApiResult result;
    result.outcome = Outcome::Failed;
    result.code = code;
    result.httpStatus = httpStatus;
    result.transportError = transportError;
    result.message = u"未能完成"_s;
    return result;
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void defaultPathFollowsEnvironment();
    void roundTripKeepsEveryField();
    void roundTripKeepsEveryOutcome_data();
    void roundTripKeepsEveryOutcome();
    void nullTimeStaysNull();
    void addAssignsGrowingIdsAndSignals();
    void updateRewritesRow();
    void todaysParametersAreKept();
    void updateOfMissingIdFails();
    void removeDeletesRowsAndIdsAreNotReused();
    void entriesAreNewestFirstAndLimited();
    void entriesAfterReturnsNewerRowsOldestFirst();
    void summaryLeavesOutLargeTexts();
    void forEachEntryStopsWhenVisitorDeclines();
    void twoStoresOnSameFileSeeEachOthersRows();
    void revisionReportsRowsChangedByAnotherStore();
    void reopeningAfterCrashedWriterLosesNothing();
    void fileUsesWalAndCurrentSchemaVersion();
    void batchRowsAreKeptTogetherAndOpenBatchesFound();
    void newerSchemaIsRefused();
    void versionOneFileIsMigratedAndKeepsEveryRow_data();
    void versionOneFileIsMigratedAndKeepsEveryRow();
    void versionTwoFileIsMigratedAndItsUnknownRowsAreUnresolved();
    void versionFourFileIsMigratedAndEveryRowIsACreate();
    void actionIsKept_data();
    void actionIsKept();
    void onlyCreatesAreUnresolved();
    void unresolvedRowsAreFoundThroughTheirIndex();
    void rowsNamingAFlowLogOrSettledByARowAreFound();
    void pendingEntryIsUnknownAndStartsNow();
    void onlyTheServersMessageIsStored_data();
    void onlyTheServersMessageIsStored();
    void badPathGivesClearError_data();
    void badPathGivesClearError();
    void closedStoreRefusesWrites();
    void connectionIsRemovedOnDestruction();
    void addAllTenThousandRowsIsFast();
    void hundredThousandRowsLoadQuickly();

private:
    QString newPath();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_files = 0;
};

void tst_HistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_HistoryStore::newPath()
{
    return m_dir->filePath(u"history-%1.sqlite"_s.arg(++m_files));
}

void tst_HistoryStore::defaultPathFollowsEnvironment()
{
    const QByteArray saved = qgetenv("FLOWLOG_HISTORY");
    qputenv("FLOWLOG_HISTORY", "/tmp/elsewhere/h.sqlite");
    QCOMPARE(HistoryStore::defaultPath(), u"/tmp/elsewhere/h.sqlite"_s);
    qunsetenv("FLOWLOG_HISTORY");
    const QString standard = HistoryStore::defaultPath();
    if (!saved.isNull())
        qputenv("FLOWLOG_HISTORY", saved);
    QVERIFY2(standard.endsWith(u"/flowlog-studio/history.sqlite"_s), qPrintable(standard));
    QVERIFY(QDir::isAbsolutePath(standard));
}

void tst_HistoryStore::roundTripKeepsEveryField()
{
    const QString path = newPath();
    const HistoryEntry original = sampleEntry(7);
    qint64 id = 0;
    {
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        id = store.add(original);
        QVERIFY(id > 0);
    }
    HistoryStore reopened;
    QVERIFY(reopened.open(path));
    const std::optional<HistoryEntry> read = reopened.entry(id);
    QVERIFY(read.has_value());
    QCOMPARE(read->id, id);
    compareEntries(*read, original);
}

void tst_HistoryStore::roundTripKeepsEveryOutcome_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("succeeded") << Outcome::Succeeded;
    QTest::newRow("failed") << Outcome::Failed;
    QTest::newRow("unknown") << Outcome::Unknown;
    QTest::newRow("cancelled") << Outcome::Cancelled;
}

void tst_HistoryStore::roundTripKeepsEveryOutcome()
{
    QFETCH(Outcome, outcome);
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    for (ResourceType type : ResourceTypes::all()) {
        HistoryEntry entry = sampleEntry();
        entry.outcome = outcome;
        entry.request.resourceType = type;
        entry.request.trafficType = TrafficType::Allow;
        const std::optional<HistoryEntry> read = store.entry(store.add(entry));
        QVERIFY(read.has_value());
        QCOMPARE(read->outcome, outcome);
        QCOMPARE(read->request.resourceType, type);
        QCOMPARE(read->request.trafficType, TrafficType::Allow);
    }
}

void tst_HistoryStore::nullTimeStaysNull()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    HistoryEntry entry = sampleEntry();
    entry.time = {};
    entry.request.flowLogName = QString();
    entry.request.description.clear();
    const std::optional<HistoryEntry> read = store.entry(store.add(entry));
    QVERIFY(read.has_value());
    QVERIFY(!read->time.isValid());
    QVERIFY(read->request.description.isEmpty());
}

void tst_HistoryStore::addAssignsGrowingIdsAndSignals()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    QSignalSpy added(&store, &HistoryStore::entryAdded);
    const qint64 first = store.add(sampleEntry(1));
    const qint64 second = store.add(sampleEntry(2));
    QVERIFY(first > 0);
    QVERIFY(second > first);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(1).at(0).value<HistoryEntry>().id, second);
    QCOMPARE(store.count(), 2);
}

void tst_HistoryStore::updateRewritesRow()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    QSignalSpy updated(&store, &HistoryStore::entryUpdated);
    HistoryEntry entry = sampleEntry();
    entry.outcome = Outcome::Unknown;
    entry.id = store.add(entry);
    const qint64 other = store.add(sampleEntry(2));
    entry.outcome = Outcome::Succeeded;
    entry.flowLogId = u"fl-updated"_s;
    entry.flowLogStatus = u"Active"_s;
    entry.errorCode.clear();
    QVERIFY2(store.update(entry), qPrintable(store.errorString()));
    QCOMPARE(updated.count(), 1);
    compareEntries(*store.entry(entry.id), entry);
    compareEntries(*store.entry(other), sampleEntry(2));
    QCOMPARE(store.count(), 2);
}

// Today's parameters are kept exactly, separators and Chinese included; rows of earlier versions
// (the migration tests) read them as not given.
void tst_HistoryStore::todaysParametersAreKept()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    HistoryEntry entry = sampleEntry();
    entry.request.aggregationInterval = u"1"_s;
    entry.request.trafficPaths = {u"all"_s, u"internetGateway"_s};
    entry.request.ipVersion = u"DualStack"_s;
    entry.request.resourceGroupId = u"rg-abc123"_s;
    entry.request.tags = {{u"env"_s, u"生产"_s}, {u"a;b=c\\d"_s, QString()}};
    const qint64 id = store.add(entry);
    QCOMPARE(store.entry(id)->request, entry.request);
    QCOMPARE(store.entries().constFirst().request, entry.request);
    const qint64 plain = store.add(sampleEntry());
    QVERIFY(!store.entry(plain)->request.hasAdvancedParameters());
}

void tst_HistoryStore::updateOfMissingIdFails()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    HistoryEntry entry = sampleEntry();
    entry.id = store.add(entry);
    HistoryEntry missing = sampleEntry();
    missing.id = entry.id + 100;
    QVERIFY(!store.update(missing));
    QVERIFY(store.errorString().contains(QString::number(missing.id)));
    // All or nothing: the existing row of the same batch stays as it was.
    entry.flowLogId = u"fl-changed"_s;
    QVERIFY(!store.updateAll({entry, missing}));
    QCOMPARE(store.entry(entry.id)->flowLogId, sampleEntry().flowLogId);
}

void tst_HistoryStore::removeDeletesRowsAndIdsAreNotReused()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    QSignalSpy removed(&store, &HistoryStore::entriesRemoved);
    const qint64 a = store.add(sampleEntry(1));
    const qint64 b = store.add(sampleEntry(2));
    const qint64 c = store.add(sampleEntry(3));
    QVERIFY(store.remove({b, c}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(idsOf(store.entries()), QList<qint64>({a}));
    QVERIFY(!store.entry(c).has_value());
    QVERIFY(store.add(sampleEntry(4)) > c);
}

void tst_HistoryStore::entriesAreNewestFirstAndLimited()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    const QList<qint64> ids = store.addAll({sampleEntry(1), sampleEntry(2), sampleEntry(3)});
    QCOMPARE(ids.size(), 3);
    QCOMPARE(idsOf(store.entries()), QList<qint64>({ids[2], ids[1], ids[0]}));
    QCOMPARE(idsOf(store.entries(2)), QList<qint64>({ids[2], ids[1]}));
    compareEntries(store.entries(1).constFirst(), sampleEntry(3));
}

void tst_HistoryStore::entriesAfterReturnsNewerRowsOldestFirst()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    const QList<qint64> ids = store.addAll({sampleEntry(1), sampleEntry(2), sampleEntry(3)});
    QCOMPARE(idsOf(store.entriesAfter(ids[0])), QList<qint64>({ids[1], ids[2]}));
    QVERIFY(store.entriesAfter(ids[2]).isEmpty());
    QCOMPARE(store.entriesAfter(0).size(), 3);
}

void tst_HistoryStore::summaryLeavesOutLargeTexts()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    const qint64 id = store.add(sampleEntry());
    const HistoryEntry summary = store.entries(0, HistoryStore::Detail::Summary).constFirst();
    QCOMPARE(summary.id, id);
    QCOMPARE(summary.request, sampleEntry().request);
    QVERIFY(summary.requestText.isEmpty());
    QVERIFY(summary.responseText.isEmpty());
    QCOMPARE(store.entry(id)->requestText, sampleEntry().requestText);
}

void tst_HistoryStore::forEachEntryStopsWhenVisitorDeclines()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    const QList<qint64> ids = store.addAll({sampleEntry(1), sampleEntry(2), sampleEntry(3)});
    QList<qint64> seen;
    QVERIFY(store.forEachEntry([&seen](const HistoryEntry &entry) {
        seen.append(entry.id);
        return seen.size() < 2;
    }));
    QCOMPARE(seen, ids.mid(0, 2));
}

void tst_HistoryStore::twoStoresOnSameFileSeeEachOthersRows()
{
    const QString path = newPath();
    HistoryStore gui;
    HistoryStore cli;
    QVERIFY(gui.open(path));
    QVERIFY(cli.open(path));
    const qint64 fromGui = gui.add(sampleEntry(1));
    const qint64 fromCli = cli.add(sampleEntry(2));
    QCOMPARE(idsOf(gui.entriesAfter(fromGui)), QList<qint64>({fromCli}));
    QCOMPARE(idsOf(cli.entries()), QList<qint64>({fromCli, fromGui}));
}

void tst_HistoryStore::revisionReportsRowsChangedByAnotherStore()
{
    const QString path = newPath();
    HistoryStore gui;
    HistoryStore cli;
    QVERIFY(gui.open(path));
    QVERIFY(cli.open(path));
    HistoryEntry entry = sampleEntry(1);
    entry.id = cli.add(entry);
    const qint64 unchanged = cli.add(sampleEntry(2));
    const qint64 seen = gui.revision();
    QVERIFY(seen > 0);
    QVERIFY(gui.entriesChangedSince(seen).isEmpty());
    entry.outcome = Outcome::Succeeded;
    QVERIFY(cli.update(entry));
    const QList<HistoryEntry> changed = gui.entriesChangedSince(seen);
    QCOMPARE(idsOf(changed), QList<qint64>({entry.id}));
    QCOMPARE(changed.constFirst().outcome, Outcome::Succeeded);
    QCOMPARE(idsOf(gui.entriesChangedSince(0)).size(), 2);
    QVERIFY(gui.revision() > seen);
    Q_UNUSED(unchanged);
}

void tst_HistoryStore::reopeningAfterCrashedWriterLosesNothing()
{
    const QString path = newPath();
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(CrashOption), path});
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitCode(), 0);
    HistoryStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const QList<HistoryEntry> entries = store.entriesAfter(0);
    QCOMPARE(entries.size(), CrashRows);
    for (int i = 0; i < CrashRows; ++i) {
        QCOMPARE(entries.at(i).request.resourceId, sampleEntry(i).request.resourceId);
        QCOMPARE(entries.at(i).outcome, i % 2 == 0 ? Outcome::Succeeded : Outcome::Unknown);
    }
}

// A batch is open while one of its rows is queued, or unknown and not settled.
void tst_HistoryStore::batchRowsAreKeptTogetherAndOpenBatchesFound()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    QList<HistoryEntry> rows;
    for (int i = 0; i < 3; ++i) {
        HistoryEntry entry = sampleEntry(i);
        entry.resolvedBy = 0;
        entry.resolvedTime = {};
        entry.batchId = u"b-1"_s;
        entry.outcome = i == 0 ? Outcome::Succeeded : Outcome::Queued;
        rows.append(entry);
    }
    HistoryEntry single = sampleEntry(9);
    single.outcome = Outcome::Unknown;
    single.resolvedTime = {};
    rows.append(single);
    HistoryEntry closed = sampleEntry(5);
    closed.batchId = u"b-0"_s;
    closed.outcome = Outcome::Failed;
    rows.append(closed);
    const QList<qint64> ids = store.addAll(rows);
    QCOMPARE(ids.size(), 5);
    QCOMPARE(idsOf(store.batchEntries(u"b-1"_s)), (QList<qint64> {ids.at(0), ids.at(1), ids.at(2)}));
    QCOMPARE(store.batchEntries(u"b-1"_s).at(1).outcome, Outcome::Queued);
    QCOMPARE(store.openBatches(), QStringList {u"b-1"_s});

    HistoryStore reopened;
    QVERIFY(reopened.open(store.path()));
    QCOMPARE(reopened.batchEntries(u"b-1"_s).at(2).batchId, u"b-1"_s);
    QList<HistoryEntry> sent = reopened.batchEntries(u"b-1"_s);
    sent[1].outcome = Outcome::Succeeded;
    sent[2].outcome = Outcome::Unknown;
    QVERIFY(reopened.updateAll(sent));
    QCOMPARE(reopened.openBatches(), QStringList {u"b-1"_s});
    sent[2].outcome = Outcome::Failed;
    sent[2].resolvedTime = QDateTime::currentDateTimeUtc();
    QVERIFY(reopened.updateAll(sent));
    QVERIFY(reopened.openBatches().isEmpty());
}

void tst_HistoryStore::fileUsesWalAndCurrentSchemaVersion()
{
    const QString path = newPath();
    HistoryStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
    QCOMPARE(store.path(), path);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-wal"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'history'"_s));
        QStringList indexes;
        while (query.next())
            indexes.append(query.value(0).toString());
        QVERIFY(indexes.contains(u"history_time"_s));
        QVERIFY(query.exec(u"SELECT * FROM history"_s));
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.record().fieldName(i));
        for (const QString &column : std::as_const(columns))
            QVERIFY2(!column.contains(u"secret"_s) && !column.contains(u"token"_s) && !column.contains(u"key"_s),
                qPrintable(column));
    }
    QSqlDatabase::removeDatabase(u"raw-wal"_s);
}

void tst_HistoryStore::newerSchemaIsRefused()
{
    const QString path = newPath();
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        store.add(sampleEntry());
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-version"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw-version"_s);
    HistoryStore store;
    QVERIFY(!store.open(path));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(u"newer"_s), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(u"99"_s));
}

void tst_HistoryStore::versionOneFileIsMigratedAndKeepsEveryRow_data()
{
    QTest::addColumn<int>("userVersion");
    QTest::newRow("version 1") << 1;
    QTest::newRow("same tables, no version stamped") << 0;
}

void tst_HistoryStore::versionOneFileIsMigratedAndKeepsEveryRow()
{
    QFETCH(int, userVersion);
    const QString path = newPath();
    QVERIFY(writeVersion1File(path, userVersion));
    HistoryStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
    QCOMPARE(store.count(), 3);
    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(idsOf(entries), (QList<qint64> {3, 2, 1}));
    QCOMPARE(entries.at(2).outcome, Outcome::Succeeded);
    QCOMPARE(entries.at(2).flowLogId, u"fl-1"_s);
    QCOMPARE(entries.at(2).request.resourceType, ResourceType::Vpc);
    QCOMPARE(entries.at(2).time, QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
    QVERIFY(!entries.at(2).request.hasAdvancedParameters());
    QCOMPARE(entries.at(1).errorCode, u"Throttling.User"_s);
    QCOMPARE(entries.at(1).errorMessage, u"Request was denied due to user flow control."_s);
    QCOMPARE(entries.at(1).request.trafficType, TrafficType::Drop);
    // The timeout's Chinese text goes; its code reads in the reader's language.
    QCOMPARE(entries.at(0).errorCode, u"ReadTimeout"_s);
    QVERIFY(entries.at(0).errorMessage.isEmpty());
    QCOMPARE(entries.at(0).messageText(), ErrorCatalog::explain(u"ReadTimeout"_s).explanation);
    QVERIFY(!entries.at(0).messageText().isEmpty());
    QCOMPARE(store.revision(), 3);
    // The migrated file takes new rows with ids after the old ones.
    QCOMPARE(store.add(sampleEntry()), 4);
}

// Version 2 changed no table (it dropped texts): its file is version 1's tables stamped 2.
void tst_HistoryStore::versionTwoFileIsMigratedAndItsUnknownRowsAreUnresolved()
{
    const QString path = newPath();
    QVERIFY(writeVersion1File(path, 2));
    HistoryStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(idsOf(entries), (QList<qint64> {3, 2, 1}));
    for (const HistoryEntry &entry : entries) {
        QCOMPARE(entry.resolvedBy, qint64(0));
        QVERIFY(!entry.resolvedTime.isValid());
    }
    QCOMPARE(entries.at(2).flowLogId, u"fl-1"_s);
    QCOMPARE(entries.at(1).errorMessage, u"Request was denied due to user flow control."_s);
    // The batch row a crash left unknown is what the app offers to settle.
    QCOMPARE(idsOf(store.unresolvedEntries()), (QList<qint64> {3}));
    HistoryEntry settled = *store.entry(3);
    settled.outcome = Outcome::Failed;
    settled.resolvedBy = 4;
    settled.resolvedTime = QDateTime::fromMSecsSinceEpoch(1'700'000'100'000, Qt::UTC);
    QVERIFY(store.update(settled));
    QVERIFY(store.unresolvedEntries().isEmpty());
    HistoryStore reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.schemaVersion(), HistoryStore::SchemaVersion);
    QCOMPARE(reopened.entry(3)->resolvedBy, qint64(4));
    QCOMPARE(reopened.entry(3)->resolvedTime, settled.resolvedTime);
    QCOMPARE(reopened.count(), 3);
}

void tst_HistoryStore::versionFourFileIsMigratedAndEveryRowIsACreate()
{
    const QString path = newPath();
    QVERIFY(writeVersion4File(path));
    HistoryStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
    QCOMPARE(store.schemaVersion(), 6);
    const QList<HistoryEntry> entries = store.entries(0, HistoryStore::Detail::Full);
    QCOMPARE(idsOf(entries), (QList<qint64> {4, 3, 2, 1}));
    for (const HistoryEntry &entry : entries) {
        QCOMPARE(entry.action, FlowLogAction::Create);
        QVERIFY(entry.batchId.isEmpty()); // version 6: no earlier row belongs to a batch
    }
    // An unknown row of an earlier version is the resolver's, not a batch to resume.
    QVERIFY(store.openBatches().isEmpty());
    QCOMPARE(entries.at(0).flowLogId, u"fl-4"_s);
    QCOMPARE(entries.at(0).request.aggregationInterval, u"1"_s);
    QCOMPARE(entries.at(0).request.tags, (FlowLogTags {{u"team"_s, u"net"_s}}));
    QCOMPARE(entries.at(2).errorMessage, u"Request was denied due to user flow control."_s);
    QCOMPARE(idsOf(store.unresolvedEntries()), (QList<qint64> {3}));
    // New rows take their action; the old ones stay creates after reopening.
    HistoryEntry stop = sampleEntry(5);
    stop.action = FlowLogAction::Stop;
    QCOMPARE(store.add(stop), 5);
    HistoryStore reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.entry(5)->action, FlowLogAction::Stop);
    QCOMPARE(reopened.entry(1)->action, FlowLogAction::Create);
    QCOMPARE(reopened.count(), 5);
}

void tst_HistoryStore::actionIsKept_data()
{
    QTest::addColumn<FlowLogAction>("action");
    QTest::newRow("create") << FlowLogAction::Create;
    QTest::newRow("start") << FlowLogAction::Start;
    QTest::newRow("stop") << FlowLogAction::Stop;
    QTest::newRow("modify") << FlowLogAction::Modify;
    QTest::newRow("delete") << FlowLogAction::Delete;
}

void tst_HistoryStore::actionIsKept()
{
    QFETCH(FlowLogAction, action);
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    HistoryEntry entry = sampleEntry();
    entry.action = action;
    const qint64 id = store.add(entry);
    QCOMPARE(store.entry(id)->action, action);
    entry = *store.entry(id);
    entry.outcome = Outcome::Failed;
    QVERIFY(store.update(entry));
    QCOMPARE(store.entry(id)->action, action);
}

// An operation whose outcome is unknown is not a create to settle later.
void tst_HistoryStore::onlyCreatesAreUnresolved()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    HistoryEntry create = sampleEntry(1);
    create.outcome = Outcome::Unknown;
    create.resolvedBy = 0;
    create.resolvedTime = {};
    HistoryEntry start = create;
    start.action = FlowLogAction::Start;
    HistoryEntry remove = create;
    remove.action = FlowLogAction::Delete;
    const QList<qint64> ids = store.addAll({create, start, remove});
    QCOMPARE(idsOf(store.unresolvedEntries()), (QList<qint64> {ids.at(0)}));
    QVERIFY(create.isUnresolved());
    QVERIFY(!start.isUnresolved());
    QVERIFY(!remove.isUnresolved());
}

// Asked at every start: it must not read the whole history.
void tst_HistoryStore::unresolvedRowsAreFoundThroughTheirIndex()
{
    const QString path = newPath();
    HistoryStore store;
    QVERIFY(store.open(path));
    HistoryEntry unknown = sampleEntry(1);
    unknown.outcome = Outcome::Unknown;
    unknown.resolvedBy = 0;
    unknown.resolvedTime = {};
    HistoryEntry settled = unknown;
    settled.resolvedTime = QDateTime::currentDateTimeUtc();
    const QList<qint64> ids = store.addAll({sampleEntry(0), unknown, settled, unknown});
    QCOMPARE(idsOf(store.unresolvedEntries()), (QList<qint64> {ids.at(1), ids.at(3)}));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-plan"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT id FROM history WHERE outcome = 'unknown' AND "
                           u"resolved_ms IS NULL ORDER BY id"_s));
        QString plan;
        while (query.next())
            plan += query.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"history_unresolved"_s), qPrintable(plan));
    }
    QSqlDatabase::removeDatabase(u"raw-plan"_s);
}

void tst_HistoryStore::rowsNamingAFlowLogOrSettledByARowAreFound()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    HistoryEntry first = sampleEntry(1); // fl-1, resolved by 42
    HistoryEntry second = sampleEntry(2);
    second.flowLogId = u"fl-1"_s;
    second.resolvedBy = 0;
    const QList<qint64> ids = store.addAll({first, second, sampleEntry(3)});
    QCOMPARE(idsOf(store.entriesWithFlowLogId(u"fl-1"_s)), (QList<qint64> {ids.at(0), ids.at(1)}));
    QVERIFY(store.entriesWithFlowLogId(u"fl-9"_s).isEmpty());
    QCOMPARE(idsOf(store.entriesResolvedBy(42)), (QList<qint64> {ids.at(0)}));
    QCOMPARE(idsOf(store.entriesResolvedBy(44)), (QList<qint64> {ids.at(2)}));
}

void tst_HistoryStore::pendingEntryIsUnknownAndStartsNow()
{
    const HistoryEntry sample = sampleEntry();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const HistoryEntry entry = HistoryEntry::pending(sample.request, u"batch"_s, u"env"_s,
        u"http://127.0.0.1:1"_s, SignatureVersion::V1);
    QVERIFY(entry.time >= before && entry.time <= QDateTime::currentDateTimeUtc());
    QCOMPARE(entry.time.timeSpec(), Qt::UTC);
    QCOMPARE(entry.request, sample.request);
    QCOMPARE(entry.source, u"batch"_s);
    QCOMPARE(entry.profile, u"env"_s);
    QCOMPARE(entry.endpoint, u"http://127.0.0.1:1"_s);
    QCOMPARE(entry.signatureVersion, u"v1"_s);
    QCOMPARE(entry.outcome, Outcome::Unknown);
    QCOMPARE(entry.id, 0);
    QVERIFY(entry.errorCode.isEmpty() && entry.flowLogId.isEmpty());
}

void tst_HistoryStore::onlyTheServersMessageIsStored_data()
{
    QTest::addColumn<ApiResult>("result");
    QTest::addColumn<bool>("keepsMessage");
    QTest::newRow("server refusal") << failedCall(u"Throttling.User"_s, 400, TransportError::None) << true;
    QTest::newRow("timeout") << failedCall(u"ReadTimeout"_s, 0, TransportError::ReadTimeout) << false;
    QTest::newRow("oversize answer") << failedCall(u"ResponseTooLarge"_s, 200, TransportError::ResponseTooLarge)
                                     << false;
    QTest::newRow("cancelled") << failedCall(QLatin1String(ErrorCatalog::cancelledCode), 0, TransportError::None)
                               << false;
}

void tst_HistoryStore::onlyTheServersMessageIsStored()
{
    QFETCH(ApiResult, result);
    QFETCH(bool, keepsMessage);
    HistoryEntry entry;
    entry.applyResult(result);
    QCOMPARE(entry.errorCode, result.code);
    QCOMPARE(entry.errorMessage, keepsMessage ? result.message : QString());
    QCOMPARE(entry.messageText(),
        keepsMessage ? result.message : ErrorCatalog::explain(result.code).explanation);
}

void tst_HistoryStore::badPathGivesClearError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder is a file") << u"folder-is-file"_s;
    QTest::newRow("not a database") << u"not-a-database"_s;
    QTest::newRow("path is a folder") << u"path-is-folder"_s;
}

void tst_HistoryStore::badPathGivesClearError()
{
    QFETCH(QString, kind);
    QString path;
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    QVERIFY(blocker.write("this is not SQLite, just text long enough to hold a header.......\n") > 0);
    blocker.close();
    if (kind == u"folder-is-file"_s)
        path = blocker.fileName() + u"/history.sqlite"_s;
    else if (kind == u"not-a-database"_s)
        path = blocker.fileName();
    else
        path = m_dir->path();
    HistoryStore store;
    QVERIFY(!store.open(path));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))
            || store.errorString().contains(QDir::toNativeSeparators(path)),
        qPrintable(store.errorString()));
    QCOMPARE(store.add(sampleEntry()), 0);
}

void tst_HistoryStore::closedStoreRefusesWrites()
{
    HistoryStore store;
    QVERIFY(!store.isOpen());
    QCOMPARE(store.add(sampleEntry()), 0);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!store.errorString().isEmpty());
}

void tst_HistoryStore::connectionIsRemovedOnDestruction()
{
    const qsizetype before = QSqlDatabase::connectionNames().size();
    {
        HistoryStore first;
        HistoryStore second;
        QVERIFY(first.open(newPath()));
        QVERIFY(second.open(newPath()));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 2);
        QVERIFY(first.open(newPath())); // reopening replaces, not adds
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
}

void tst_HistoryStore::addAllTenThousandRowsIsFast()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    QList<HistoryEntry> entries;
    for (int i = 0; i < 10'000; ++i)
        entries.append(sampleEntry(i));
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> ids = store.addAll(entries);
    const qint64 elapsed = timer.elapsed();
    qInfo("10000 rows added in one transaction in %lld ms", elapsed);
    QCOMPARE(ids.size(), 10'000);
    QCOMPARE(store.count(), 10'000);
    QVERIFY2(elapsed < cpuBudgetMs(3000), qPrintable(QString::number(elapsed)));
    compareEntries(*store.entry(ids.last()), sampleEntry(9'999));
}

void tst_HistoryStore::hundredThousandRowsLoadQuickly()
{
    HistoryStore store;
    QVERIFY(store.open(newPath()));
    QList<HistoryEntry> entries;
    for (int i = 0; i < 100'000; ++i)
        entries.append(sampleEntry(i));
    QCOMPARE(store.addAll(entries).size(), 100'000);
    entries.clear();
    QElapsedTimer timer;
    timer.start();
    const QList<HistoryEntry> loaded = store.entries(0, HistoryStore::Detail::Summary);
    const qint64 elapsed = timer.elapsed();
    qInfo("100000 rows loaded (summary) in %lld ms", elapsed);
    QCOMPARE(loaded.size(), 100'000);
    QCOMPARE(loaded.constFirst().request.resourceId, u"vsw-99999"_s);
    QVERIFY2(elapsed < cpuBudgetMs(3000), qPrintable(QString::number(elapsed)));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], CrashOption) == 0)
        writeThenCrash(QString::fromLocal8Bit(argv[2]));
    tst_HistoryStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
