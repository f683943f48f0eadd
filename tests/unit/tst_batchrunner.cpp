#include "core/api/apiclient.h"
#include "core/api/errorcatalog.h"
#include "core/api/ratepacer.h"
#include "core/batch/batchrunner.h"
#include "core/history/attemptresolver.h"
#include "core/history/historystore.h"
#include "emulator/vpcemulator.h"
#include "support/samplerequest.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Distinct vSwitches, so that every item is a flow log of its own.
QList<BatchItem> items(int count, int first = 0)
{
    QList<BatchItem> list;
    for (int i = first; i < first + count; ++i) {
        FlowLogRequest request = sampleRequest();
        request.resourceId = u"vsw-bp1batch%1"_s.arg(i, 10, 10, QLatin1Char('0'));
        request.flowLogName = u"batch-%1"_s.arg(i);
        list.append(BatchItem {request});
    }
    return list;
}

// Each flow log the emulator holds, by resource: two for one resource is a duplicate.
QStringList createdResources(const VpcEmulator &emulator)
{
    QStringList resources;
    for (const QJsonObject &flowLog : emulator.flowLogs())
        resources.append(flowLog.value(u"ResourceId"_s).toString());
    return resources;
}

bool hasDuplicates(QStringList list)
{
    const qsizetype size = list.size();
    list.removeDuplicates();
    return list.size() != size;
}

} // namespace

class tst_BatchRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storesTheWholeBatchBeforeSending();
    void reportsOnlyWhatIsStored();
    void aLostResponseIsAdoptedNotCreatedTwice();
    void cancelAccountsForEveryRow();
    void resumesABatchCutShortWithoutDuplicates();
    void theQuotaPausesTheBatch();
    void throttlingSlowsTheBatchAndEveryRowIsCreated();
    void noHistoryStillRuns();

private:
    std::unique_ptr<BatchRunner> runner(HistoryStore *history, int concurrency = 4);
    AttemptResolver *resolver();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<VpcEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AttemptResolver> m_resolver;
};

void tst_BatchRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"history.sqlite"_s)));
    m_emulator = std::make_unique<VpcEmulator>();
    m_emulator->setActivationDelay(0);
    QVERIFY(m_emulator->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    ClientSettings settings;
    settings.endpoint = m_emulator->serverUrl();
    settings.idleTimeoutMs = 2000;
    settings.totalTimeoutMs = 4000;
    m_client->setSettings(settings);
    m_client->setCredentials(VpcEmulator::defaultAccount());
}

void tst_BatchRunner::cleanup()
{
    m_resolver.reset();
    m_client.reset();
    m_network.reset();
    m_emulator.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<BatchRunner> tst_BatchRunner::runner(HistoryStore *history, int concurrency)
{
    BatchRunner::Setup setup;
    setup.history = history;
    setup.clientFor = [this](const QString &) { return m_client.get(); };
    setup.endpointFor = [this](const QString &) { return m_emulator->serverUrl().toString(); };
    setup.resolver = resolver();
    setup.source = u"gui"_s;
    setup.profileId = u"sandbox"_s;
    setup.concurrency = concurrency;
    auto batch = std::make_unique<BatchRunner>(setup);
    batch->setFlushInterval(20);
    return batch;
}

AttemptResolver *tst_BatchRunner::resolver()
{
    if (!m_resolver) {
        m_resolver = std::make_unique<AttemptResolver>(m_store.get(),
            [this](const HistoryEntry &, const FlowLogFilter &filter, QObject *context, const AttemptResolver::Done &done) {
                QObject::connect(m_client->describeFlowLogs(filter), &ApiCallHandle::finished, context, done);
            });
    }
    return m_resolver.get();
}

void tst_BatchRunner::storesTheWholeBatchBeforeSending()
{
    auto batch = runner(m_store.get(), 2);
    QSignalSpy finished(batch.get(), &BatchRunner::finished);
    const QString batchId = batch->start(items(10));
    QVERIFY(batchId.startsWith(u"b-"));
    // Before the event loop runs a single call: every row is on record, the first two as sent.
    const QList<HistoryEntry> stored = m_store->batchEntries(batchId);
    QCOMPARE(stored.size(), 10);
    QCOMPARE(std::count_if(stored.cbegin(), stored.cend(), [](const HistoryEntry &e) { return e.outcome == Outcome::Unknown; }), 2);
    QCOMPARE(std::count_if(stored.cbegin(), stored.cend(), [](const HistoryEntry &e) { return e.outcome == Outcome::Queued; }), 8);
    QCOMPARE(m_store->openBatches(), QStringList {batchId});

    QVERIFY(finished.wait(10000));
    QCOMPARE(batch->progress().succeeded, 10);
    QCOMPARE(m_emulator->flowLogCount(), 10);
    for (const HistoryEntry &entry : m_store->batchEntries(batchId)) {
        QCOMPARE(entry.outcome, Outcome::Succeeded);
        QVERIFY(!entry.flowLogId.isEmpty());
        QCOMPARE(entry.batchId, batchId);
    }
    QVERIFY(m_store->openBatches().isEmpty());
}

void tst_BatchRunner::reportsOnlyWhatIsStored()
{
    auto batch = runner(m_store.get());
    int checked = 0;
    connect(batch.get(), &BatchRunner::itemFinished, this, [&](int, const HistoryEntry &entry, const ApiResult &result) {
        const auto stored = m_store->entry(entry.id);
        QVERIFY(stored);
        QCOMPARE(stored->outcome, entry.outcome);
        QCOMPARE(stored->flowLogId, result.flowLogId);
        ++checked;
    });
    QSignalSpy finished(batch.get(), &BatchRunner::finished);
    batch->start(items(12));
    QVERIFY(finished.wait(10000));
    QCOMPARE(checked, 12);
}

void tst_BatchRunner::aLostResponseIsAdoptedNotCreatedTwice()
{
    EmulatorFaults faults;
    faults.loseResponses = 2;
    m_emulator->setFaults(faults);
    auto batch = runner(m_store.get(), 3);
    QSignalSpy finished(batch.get(), &BatchRunner::finished);
    batch->start(items(6));
    QVERIFY(finished.wait(20000));
    QCOMPARE(batch->progress().succeeded, 6);
    QCOMPARE(m_emulator->flowLogCount(), 6);
    QVERIFY(!hasDuplicates(createdResources(*m_emulator)));
}

void tst_BatchRunner::cancelAccountsForEveryRow()
{
    EmulatorFaults faults;
    faults.latencyMs = 150;
    m_emulator->setFaults(faults);
    auto batch = runner(m_store.get(), 2);
    QSignalSpy finished(batch.get(), &BatchRunner::finished);
    connect(batch.get(), &BatchRunner::itemFinished, batch.get(), [&] { batch->cancel(); }, Qt::SingleShotConnection);
    const QString batchId = batch->start(items(10));
    QVERIFY(finished.wait(10000));
    const BatchRunner::Progress progress = batch->progress();
    QCOMPARE(progress.done(), 10);
    QVERIFY(progress.cancelled >= 6);
    QVERIFY(progress.succeeded >= 1);
    // Every row says what happened; none is left "not sent yet".
    int created = 0;
    for (const HistoryEntry &entry : m_store->batchEntries(batchId)) {
        QVERIFY(entry.outcome != Outcome::Queued);
        created += entry.outcome == Outcome::Succeeded;
    }
    QCOMPARE(created, progress.succeeded);
    QVERIFY(m_emulator->flowLogCount() >= progress.succeeded);
    QVERIFY(m_emulator->flowLogCount() <= progress.succeeded + progress.unknown);
}

// A crash left three rows queued and two unknown, one of which had in fact created its flow log:
// resuming sends the queued ones as they are and looks for the unknown ones first.
void tst_BatchRunner::resumesABatchCutShortWithoutDuplicates()
{
    const QList<BatchItem> planned = items(5);
    const QString batchId = u"b-20261204T010203.000Z"_s;
    QList<HistoryEntry> rows;
    for (int i = 0; i < planned.size(); ++i) {
        HistoryEntry entry = HistoryEntry::pending(planned.at(i).request, u"gui"_s, u"sandbox"_s,
            m_emulator->serverUrl().toString(), SignatureVersion::V3);
        entry.batchId = batchId;
        entry.outcome = i < 3 ? Outcome::Queued : Outcome::Unknown;
        entry.time = QDateTime::currentDateTimeUtc().addSecs(-600);
        rows.append(entry);
    }
    const QList<qint64> ids = m_store->addAll(rows);
    QCOMPARE(ids.size(), 5);
    ApiCallHandle *earlier = m_client->createFlowLog(planned.at(3).request);
    QSignalSpy created(earlier, &ApiCallHandle::finished);
    QVERIFY(created.wait(5000));
    QCOMPARE(m_store->openBatches(), QStringList {batchId});

    QList<BatchItem> resumed;
    for (const HistoryEntry &entry : m_store->batchEntries(batchId)) {
        BatchItem item {entry.request};
        if (entry.outcome == Outcome::Queued)
            item.historyId = entry.id;
        else
            item.retryOf = entry.id;
        resumed.append(item);
    }
    auto batch = runner(m_store.get());
    QSignalSpy finished(batch.get(), &BatchRunner::finished);
    QCOMPARE(batch->start(resumed, batchId), batchId);
    QVERIFY(finished.wait(10000));

    QCOMPARE(m_emulator->flowLogCount(), 5);
    QVERIFY(!hasDuplicates(createdResources(*m_emulator)));
    QVERIFY(m_store->openBatches().isEmpty());
    // The queued rows were sent as themselves; each unknown one is settled and has its retry.
    const QList<HistoryEntry> after = m_store->batchEntries(batchId);
    QCOMPARE(after.size(), 7);
    QCOMPARE(m_store->entry(ids.at(0))->outcome, Outcome::Succeeded);
    QVERIFY(m_store->entry(ids.at(3))->isResolved());
    QCOMPARE(m_store->entry(ids.at(3))->outcome, Outcome::Succeeded);
    QVERIFY(m_store->entry(ids.at(4))->isResolved());
    QCOMPARE(m_store->entry(ids.at(4))->outcome, Outcome::Failed);
}

void tst_BatchRunner::theQuotaPausesTheBatch()
{
    m_emulator->setFlowLogQuota(3);
    auto batch = runner(m_store.get(), 1);
    QSignalSpy quota(batch.get(), &BatchRunner::quotaReached);
    QSignalSpy finished(batch.get(), &BatchRunner::finished);
    batch->start(items(6));
    QVERIFY(quota.wait(10000));
    QCOMPARE(quota.at(0).at(0).value<ApiResult>().code, QLatin1String(ErrorCatalog::quotaReachedCode));
    QTRY_COMPARE(batch->state(), BatchRunner::State::Paused);
    QTest::qWait(100);
    // Paused, not failing row after row.
    QCOMPARE(batch->progress().succeeded, 3);
    QCOMPARE(batch->progress().failed, 1);
    batch->cancel(); // nothing in flight: every row is accounted for at once
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(batch->progress().cancelled, 2);
    QCOMPARE(m_emulator->flowLogCount(), 3);
}

void tst_BatchRunner::throttlingSlowsTheBatchAndEveryRowIsCreated()
{
    m_emulator->setRateLimit(20);
    auto pacing = std::make_shared<RatePacing>();
    RatePacerSettings settings = pacing->settings();
    settings.startRate = 40; // above the limit: the pacer must come down to it
    pacing->setSettings(settings);
    m_client->setRatePacing(pacing);
    auto batch = runner(m_store.get(), 8);
    QSignalSpy finished(batch.get(), &BatchRunner::finished);
    batch->start(items(60));
    QVERIFY(finished.wait(20000));
    QCOMPARE(batch->progress().succeeded, 60);
    QCOMPARE(m_emulator->flowLogCount(), 60);
    QVERIFY(!hasDuplicates(createdResources(*m_emulator)));
    QVERIFY(batch->progress().throttledAnswers > 0);
    QVERIFY(pacing->forAction(u"CreateFlowLog"_s)->rate() <= 25);
}

void tst_BatchRunner::noHistoryStillRuns()
{
    auto batch = runner(nullptr);
    QSignalSpy items_(batch.get(), &BatchRunner::itemFinished);
    QSignalSpy finished(batch.get(), &BatchRunner::finished);
    QVERIFY(!batch->start(items(5)).isEmpty());
    QVERIFY(finished.wait(10000));
    QCOMPARE(items_.size(), 5);
    QCOMPARE(m_emulator->flowLogCount(), 5);
}

QTEST_GUILESS_MAIN(tst_BatchRunner)
#include "tst_batchrunner.moc"
