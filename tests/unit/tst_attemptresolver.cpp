#include "core/api/apiclient.h"
#include "core/api/errorcatalog.h"
#include "core/history/attemptresolver.h"
#include "core/history/historylookup.h"
#include "core/history/historystore.h"
#include "emulator/vpcemulator.h"
#include "support/samplerequest.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Resolution = AttemptResolver::Resolution;

// As a crash mid-call leaves a row: written before sending, never rewritten.
HistoryEntry unknownEntry(qint64 id = 0, const FlowLogRequest &request = sampleRequest())
{
    HistoryEntry entry = HistoryEntry::pending(request, u"gui"_s, u"sandbox"_s, u"http://127.0.0.1:1"_s,
        SignatureVersion::V3);
    entry.id = id;
    entry.time = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return entry;
}

QJsonObject listed(const QString &flowLogId, const FlowLogRequest &request = sampleRequest())
{
    return QJsonObject{{u"FlowLogId"_s, flowLogId}, {u"RegionId"_s, request.regionId},
        {u"ResourceId"_s, request.resourceId}, {u"ProjectName"_s, request.projectName},
        {u"LogStoreName"_s, request.logStoreName}, {u"FlowLogName"_s, request.flowLogName},
        {u"Status"_s, u"Active"_s}};
}

ApiResult answer(const QJsonArray &flowLogs, int totalCount = -1)
{
    ApiResult result;
    result.outcome = Outcome::Succeeded;
    result.body = QJsonObject{{u"FlowLogs"_s, QJsonObject{{u"FlowLog"_s, flowLogs}}},
        {u"TotalCount"_s, totalCount < 0 ? int(flowLogs.size()) : totalCount}};
    return result;
}

// A row that names a flow log: one that sent its request (attempts > 0) created it; a retry that
// found it before sending anything (attempts 0) only adopted it.
HistoryEntry naming(qint64 id, const QString &flowLogId, int attempts)
{
    HistoryEntry entry = unknownEntry(id);
    entry.outcome = Outcome::Succeeded;
    entry.flowLogId = flowLogId;
    entry.attempts = attempts;
    return entry;
}

} // namespace

class tst_AttemptResolver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void judgesFromTheLookup_data();
    void judgesFromTheLookup();
    void aFailedLookupIsExplained();
    void settlesRowsOnTheEmulator();
    void twoUnknownAttemptsDoNotAdoptOneFlowLogTwice();
    void aRetryThatAdoptedBeforeSendingSettlesTheEarlierRowAsCreated();
    void aRetryThatSentSettlesTheEarlierRowAsNotCreated();
    void aRetryThatCouldNotLookLeavesTheEarlierRowUnknown();
    void operationsAreNeitherSettledNorCreators();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void tst_AttemptResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"history.sqlite"_s)));
}

void tst_AttemptResolver::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_AttemptResolver::judgesFromTheLookup_data()
{
    QTest::addColumn<ApiResult>("answer");
    QTest::addColumn<QList<HistoryEntry>>("rowsNamingIt"); // the rows of the history naming fl-a
    QTest::addColumn<bool>("young");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<qint64>("resolvedBy");

    FlowLogRequest other = sampleRequest();
    other.resourceId = u"vsw-other"_s;
    const auto created = int(Resolution::Created);
    const auto notCreated = int(Resolution::NotCreated);
    const auto unknown = int(Resolution::StillUnknown);
    QTest::newRow("one match, nobody else's") << answer({listed(u"fl-a"_s)}) << QList<HistoryEntry>{} << false
                                              << created << qint64(0);
    QTest::newRow("nothing listed") << answer({}) << QList<HistoryEntry>{} << false << notCreated << qint64(0);
    QTest::newRow("only another resource's") << answer({listed(u"fl-a"_s, other)}) << QList<HistoryEntry>{}
                                             << false << notCreated << qint64(0);
    QTest::newRow("nothing listed, call may still run") << answer({}) << QList<HistoryEntry>{} << true << unknown
                                                        << qint64(0);
    QTest::newRow("a match, call may still run") << answer({listed(u"fl-a"_s)}) << QList<HistoryEntry>{} << true
                                                 << created << qint64(0);
    QTest::newRow("two matches") << answer({listed(u"fl-a"_s), listed(u"fl-b"_s)}) << QList<HistoryEntry>{} << false
                                 << unknown << qint64(0);
    QTest::newRow("more than one page") << answer({}, 70) << QList<HistoryEntry>{} << false << unknown << qint64(0);
    QTest::newRow("created by a later attempt") << answer({listed(u"fl-a"_s)})
                                                << QList<HistoryEntry>{naming(20, u"fl-a"_s, 1)} << false << notCreated
                                                << qint64(0);
    QTest::newRow("adopted by a later retry") << answer({listed(u"fl-a"_s)})
                                              << QList<HistoryEntry>{naming(20, u"fl-a"_s, 0)} << false << created
                                              << qint64(20);
    QTest::newRow("adopted before this attempt") << answer({listed(u"fl-a"_s)})
                                                 << QList<HistoryEntry>{naming(5, u"fl-a"_s, 0)} << false
                                                 << notCreated << qint64(0);
}

void tst_AttemptResolver::judgesFromTheLookup()
{
    QFETCH(ApiResult, answer);
    QFETCH(QList<HistoryEntry>, rowsNamingIt);
    QFETCH(bool, young);
    QFETCH(int, resolution);
    QFETCH(qint64, resolvedBy);
    const auto rowsNaming = [&rowsNamingIt](const QString &flowLogId) {
        return flowLogId == u"fl-a" ? rowsNamingIt : QList<HistoryEntry>{};
    };
    const AttemptResolver::Settled settled = AttemptResolver::judge(unknownEntry(10), answer, rowsNaming, young);
    QCOMPARE(int(settled.resolution), resolution);
    QCOMPARE(settled.id, qint64(10));
    QCOMPARE(settled.resolvedBy, resolvedBy);
    QCOMPARE(settled.flowLogId, settled.resolution == Resolution::Created ? u"fl-a"_s : QString());
    QCOMPARE(settled.problem.isEmpty(), settled.resolution != Resolution::StillUnknown);
}

void tst_AttemptResolver::aFailedLookupIsExplained()
{
    ApiResult failed;
    failed.outcome = Outcome::Failed;
    failed.code = u"Throttling.User"_s;
    failed.httpStatus = 400;
    const auto none = [](const QString &) { return QList<HistoryEntry>{}; };
    AttemptResolver::Settled settled = AttemptResolver::judge(unknownEntry(1), failed, none, false);
    QCOMPARE(settled.resolution, Resolution::StillUnknown);
    QVERIFY2(settled.problem.contains(ErrorCatalog::explain(failed.code).explanation), qPrintable(settled.problem));
    QVERIFY(settled.problem.contains(failed.code));

    ApiResult noCredentials;
    noCredentials.code = HistoryLookup::NoCredentialsCode.toString();
    noCredentials.message = u"ALIBABA_CLOUD_ACCESS_KEY_ID is not set."_s;
    settled = AttemptResolver::judge(unknownEntry(1), noCredentials, none, false);
    QCOMPARE(settled.problem, noCredentials.message);
}

// Three attempts a crash left unknown: one had created its flow log, one had not, one cannot be
// looked up with its profile. Only what the lookups prove is written.
void tst_AttemptResolver::settlesRowsOnTheEmulator()
{
    VpcEmulator emulator;
    QVERIFY(emulator.start());
    QNetworkAccessManager network;
    ApiClient client(&network);
    ClientSettings settings;
    settings.endpoint = emulator.serverUrl();
    client.setSettings(settings);
    client.setCredentials(VpcEmulator::defaultAccount());
    ApiCallHandle *create = client.createFlowLog(sampleRequest());
    QSignalSpy createdSpy(create, &ApiCallHandle::finished);
    QVERIFY(createdSpy.wait(5000));
    const QString flowLogId = createdSpy.at(0).at(0).value<ApiResult>().flowLogId;
    QVERIFY(!flowLogId.isEmpty());

    FlowLogRequest absent = sampleRequest();
    absent.resourceId = u"vsw-bp1never0000000001"_s;
    HistoryEntry gone = unknownEntry(0, absent);
    gone.profile = u"own:removed"_s;
    const qint64 createdId = m_store->add(unknownEntry());
    const qint64 absentId = m_store->add(unknownEntry(0, absent));
    const qint64 goneId = m_store->add(gone);
    QCOMPARE(m_store->unresolvedEntries().size(), 3);

    int lookups = 0;
    AttemptResolver resolver(m_store.get(), [&](const HistoryEntry &entry, const FlowLogFilter &filter,
                                                QObject *context, const AttemptResolver::Done &done) {
        ++lookups;
        if (entry.profile == u"own:removed") {
            ApiResult noCredentials;
            noCredentials.code = HistoryLookup::NoCredentialsCode.toString();
            noCredentials.message = u"The profile no longer exists."_s;
            QTimer::singleShot(0, context, [done, noCredentials] { done(noCredentials); });
            return;
        }
        QObject::connect(client.describeFlowLogs(filter), &ApiCallHandle::finished, context, done);
    });
    QSignalSpy finished(&resolver, &AttemptResolver::finished);
    QSignalSpy settled(&resolver, &AttemptResolver::rowSettled);
    resolver.resolve({createdId, absentId, goneId});
    QVERIFY(resolver.isBusy());
    QVERIFY(finished.wait(5000));
    QCOMPARE(lookups, 3);
    QCOMPARE(settled.size(), 2);
    const auto report = finished.at(0).at(0).value<AttemptResolver::Report>();
    QCOMPARE(report.rows.size(), 3);
    QCOMPARE(report.count(Resolution::Created), 1);
    QCOMPARE(report.count(Resolution::NotCreated), 1);
    QCOMPARE(report.count(Resolution::StillUnknown), 1);

    const HistoryEntry adopted = *m_store->entry(createdId);
    QCOMPARE(adopted.outcome, Outcome::Succeeded);
    QCOMPARE(adopted.flowLogId, flowLogId);
    QVERIFY(!adopted.flowLogStatus.isEmpty());
    QVERIFY(adopted.isResolved());
    QCOMPARE(adopted.resolvedBy, qint64(0));
    QCOMPARE(m_store->entry(absentId)->outcome, Outcome::Failed);
    QVERIFY(m_store->entry(absentId)->isResolved());
    QVERIFY(m_store->entry(goneId)->isUnresolved());
    QCOMPARE(m_store->unresolvedEntries().size(), 1);
    QVERIFY(!resolver.isBusy());
}

void tst_AttemptResolver::twoUnknownAttemptsDoNotAdoptOneFlowLogTwice()
{
    const qint64 first = m_store->add(unknownEntry());
    const qint64 second = m_store->add(unknownEntry());
    AttemptResolver resolver(m_store.get(), [](const HistoryEntry &, const FlowLogFilter &, QObject *context,
                                                const AttemptResolver::Done &done) {
        QTimer::singleShot(0, context, [done] { done(answer({listed(u"fl-one"_s)})); });
    });
    QSignalSpy finished(&resolver, &AttemptResolver::finished);
    resolver.resolve({first, second});
    QVERIFY(finished.wait(2000));
    QCOMPARE(m_store->entry(first)->outcome, Outcome::Succeeded);
    QCOMPARE(m_store->entry(first)->flowLogId, u"fl-one"_s);
    QCOMPARE(m_store->entry(second)->outcome, Outcome::Failed);
    QVERIFY(m_store->entry(second)->flowLogId.isEmpty());
}

void tst_AttemptResolver::aRetryThatAdoptedBeforeSendingSettlesTheEarlierRowAsCreated()
{
    const qint64 earlier = m_store->add(unknownEntry());
    HistoryEntry retry = unknownEntry();
    retry.id = m_store->add(retry);
    ApiResult adopted = answer({listed(u"fl-found"_s)});
    adopted.flowLogId = u"fl-found"_s;
    adopted.adoptedExisting = true;
    adopted.attempts = 0; // found by the lookup that comes first: nothing was sent
    AttemptResolver resolver(m_store.get(), {});
    QVERIFY(resolver.settleByRetry(earlier, retry, adopted));
    const HistoryEntry settled = *m_store->entry(earlier);
    QCOMPARE(settled.outcome, Outcome::Succeeded);
    QCOMPARE(settled.flowLogId, u"fl-found"_s);
    QCOMPARE(settled.resolvedBy, retry.id);
    QVERIFY(settled.isResolved());
    QVERIFY(settled.resolutionText().contains(u"#%1"_s.arg(retry.id)));
    QCOMPARE(m_store->entriesResolvedBy(retry.id).size(), 1);
    QVERIFY(!resolver.settleByRetry(earlier, retry, adopted)); // settled once
}

void tst_AttemptResolver::aRetryThatSentSettlesTheEarlierRowAsNotCreated()
{
    // Created after its first lookup found nothing, and a retry whose own attempt timed out, then
    // adopted what that attempt had made: either way the earlier attempt had created nothing.
    for (const bool adoptedItsOwn : {false, true}) {
        const qint64 earlier = m_store->add(unknownEntry());
        HistoryEntry retry = unknownEntry();
        retry.id = m_store->add(retry);
        ApiResult result;
        result.outcome = Outcome::Succeeded;
        result.flowLogId = u"fl-new"_s;
        result.adoptedExisting = adoptedItsOwn;
        result.attempts = adoptedItsOwn ? 2 : 1;
        AttemptResolver resolver(m_store.get(), {});
        QVERIFY(resolver.settleByRetry(earlier, retry, result));
        QCOMPARE(m_store->entry(earlier)->outcome, Outcome::Failed);
        QVERIFY(m_store->entry(earlier)->flowLogId.isEmpty());
        QCOMPARE(m_store->entry(earlier)->resolvedBy, retry.id);
    }
}

void tst_AttemptResolver::aRetryThatCouldNotLookLeavesTheEarlierRowUnknown()
{
    const qint64 earlier = m_store->add(unknownEntry());
    HistoryEntry retry = unknownEntry();
    retry.id = m_store->add(retry);
    ApiResult result; // the lookup that comes first failed: nothing was sent
    result.outcome = Outcome::Unknown;
    result.attempts = 0;
    AttemptResolver resolver(m_store.get(), {});
    QVERIFY(!resolver.settleByRetry(earlier, retry, result));
    QVERIFY(m_store->entry(earlier)->isUnresolved());
}

// An unknown start or delete is not a create to settle, and a start that names a flow log did not
// create it.
void tst_AttemptResolver::operationsAreNeitherSettledNorCreators()
{
    HistoryEntry start = unknownEntry();
    start.action = FlowLogAction::Start;
    start.flowLogId = u"fl-a"_s;
    const qint64 startId = m_store->add(start);
    HistoryEntry stopped = naming(0, u"fl-a"_s, 1);
    stopped.action = FlowLogAction::Stop;
    m_store->add(stopped);
    const qint64 createId = m_store->add(unknownEntry());
    int lookups = 0;
    AttemptResolver resolver(m_store.get(), [&](const HistoryEntry &, const FlowLogFilter &, QObject *context,
                                                const AttemptResolver::Done &done) {
        ++lookups;
        QTimer::singleShot(0, context, [done] { done(answer({listed(u"fl-a"_s)})); });
    });
    const QList<HistoryEntry> unresolved = resolver.unresolved();
    QCOMPARE(unresolved.size(), 1);
    QCOMPARE(unresolved.first().id, createId);
    QSignalSpy finished(&resolver, &AttemptResolver::finished);
    resolver.resolve({startId, createId});
    QVERIFY(finished.wait(5000));
    QCOMPARE(lookups, 1);
    QCOMPARE(m_store->entry(startId)->outcome, Outcome::Unknown);
    QVERIFY(!m_store->entry(startId)->isResolved());
    QCOMPARE(m_store->entry(createId)->outcome, Outcome::Succeeded);
    QCOMPARE(m_store->entry(createId)->flowLogId, u"fl-a"_s);
}

QTEST_GUILESS_MAIN(tst_AttemptResolver)
#include "tst_attemptresolver.moc"
