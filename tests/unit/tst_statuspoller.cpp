#include "core/api/apiclient.h"
#include "core/api/errorcatalog.h"
#include "core/history/historylookup.h"
#include "core/history/historystore.h"
#include "core/history/statuspoller.h"
#include "emulator/vpcemulator.h"
#include "support/samplerequest.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

HistoryEntry successEntry(const QString &flowLogId, const QString &status = u"Activating"_s)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = u"sandbox"_s;
    entry.request = sampleRequest();
    entry.outcome = Outcome::Succeeded;
    entry.flowLogId = flowLogId;
    entry.flowLogStatus = status;
    entry.requestText = u"POST http://127.0.0.1/ (signature redacted)"_s;
    entry.responseText = u"{\"FlowLogId\":\"%1\"}"_s.arg(flowLogId);
    return entry;
}

ApiResult describeAnswer(const QString &flowLogId, const QString &status)
{
    ApiResult result;
    result.outcome = Outcome::Succeeded;
    QJsonObject item{{u"FlowLogId"_s, flowLogId}, {u"Status"_s, status}};
    result.body = QJsonObject{{u"FlowLogs"_s, QJsonObject{{u"FlowLog"_s, QJsonArray{item}}}},
        {u"TotalCount"_s, 1}};
    return result;
}

// Answers DescribeFlowLogs from a script, later, like the network would; counts the calls.
struct ScriptedDescribe
{
    QStringList statuses; // one per call; the last repeats
    int calls = 0;
    bool fail = false;
    QString lastProfile = {}; // as the question was signed

    StatusPoller::Describe function()
    {
        return [this](const HistoryEntry &entry, QObject *context, const StatusPoller::Done &done) {
            const QString status = statuses.value(qMin(calls, int(statuses.size()) - 1));
            ++calls;
            lastProfile = entry.profile;
            ApiResult result = describeAnswer(entry.flowLogId, status);
            if (fail) {
                result = {};
                result.outcome = Outcome::Failed;
                result.code = u"Throttling.User"_s;
                result.message = u"Request was denied due to user flow control."_s;
            }
            QTimer::singleShot(1, context, [done, result] { done(result); });
        };
    }
};

} // namespace

class tst_StatusPoller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsTheStatusOfTheRightFlowLog();
    void isFinalForEverythingButActivating();
    void operationsAreNotTrackedAsCreates();
    void tracksNewSuccessesUntilActive();
    void keepsRequestAndResponseTextsWhenRecording();
    void leavesFailuresAndFinalEntriesAlone();
    void givesUpAtTheTimeoutAndNotAgain();
    void reportsTheLastProblemAtTheTimeout();
    void checkNowAsksOnceAndRecords();
    void checkNowAnswersWhenNothingChanged();
    void checkNowOfAFollowedFlowLogReportsItsProblemExplained();
    void checkNowWithoutCredentialsAsksForAProfile();
    void checkNowWithAnotherProfileLeavesTheRowAsRecorded();
    void followsAFlowLogOnTheEmulatorUntilActive();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void tst_StatusPoller::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"history.sqlite"_s)));
}

void tst_StatusPoller::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_StatusPoller::readsTheStatusOfTheRightFlowLog()
{
    ApiResult result = describeAnswer(u"fl-1"_s, u"Active"_s);
    QCOMPARE(StatusPoller::statusIn(result, u"fl-1"_s), u"Active"_s);
    QCOMPARE(StatusPoller::statusIn(result, u"fl-2"_s), std::nullopt);
    result.outcome = Outcome::Failed;
    QCOMPARE(StatusPoller::statusIn(result, u"fl-1"_s), std::nullopt);
}

void tst_StatusPoller::isFinalForEverythingButActivating()
{
    QVERIFY(StatusPoller::isFinal(u"Active"_s));
    QVERIFY(StatusPoller::isFinal(u"Inactive"_s));
    QVERIFY(!StatusPoller::isFinal(u"Activating"_s));
    QVERIFY(!StatusPoller::isFinal(QString()));
}

void tst_StatusPoller::tracksNewSuccessesUntilActive()
{
    ScriptedDescribe describe{{u"Activating"_s, u"Activating"_s, u"Active"_s}};
    StatusPoller poller(m_store.get(), describe.function());
    poller.setInterval(10);
    QSignalSpy finished(&poller, &StatusPoller::trackingFinished);
    QSignalSpy changed(&poller, &StatusPoller::statusChanged);
    const qint64 id = m_store->add(successEntry(u"fl-track"_s, QString()));
    QVERIFY(poller.isTracking(id));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), id);
    QCOMPARE(finished.at(0).at(1).toString(), u"Active"_s);
    QCOMPARE(describe.calls, 3);
    // Recorded twice: "" -> Activating -> Active.
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_store->entry(id)->flowLogStatus, u"Active"_s);
    QVERIFY(!poller.isTracking(id));
}

// A start, stop, modify or delete follows its flow log itself; a deleted one would never be found.
void tst_StatusPoller::operationsAreNotTrackedAsCreates()
{
    ScriptedDescribe describe{{u"Active"_s}};
    StatusPoller poller(m_store.get(), describe.function());
    poller.setInterval(10);
    for (FlowLogAction action : {FlowLogAction::Start, FlowLogAction::Stop, FlowLogAction::Modify,
             FlowLogAction::Delete}) {
        HistoryEntry entry = successEntry(u"fl-operated"_s, QString());
        entry.action = action;
        const qint64 id = m_store->add(entry);
        QVERIFY(!poller.isTracking(id));
        entry = *m_store->entry(id);
        QVERIFY(m_store->update(entry));
        QVERIFY(!poller.isTracking(id));
    }
    QTest::qWait(50);
    QCOMPARE(describe.calls, 0);
}

void tst_StatusPoller::keepsRequestAndResponseTextsWhenRecording()
{
    ScriptedDescribe describe{{u"Active"_s}};
    StatusPoller poller(m_store.get(), describe.function());
    QSignalSpy finished(&poller, &StatusPoller::trackingFinished);
    const HistoryEntry added = successEntry(u"fl-texts"_s);
    const qint64 id = m_store->add(added);
    QVERIFY(finished.wait(5000));
    const HistoryEntry stored = *m_store->entry(id);
    QCOMPARE(stored.flowLogStatus, u"Active"_s);
    QCOMPARE(stored.requestText, added.requestText);
    QCOMPARE(stored.responseText, added.responseText);
}

void tst_StatusPoller::leavesFailuresAndFinalEntriesAlone()
{
    ScriptedDescribe describe{{u"Active"_s}};
    StatusPoller poller(m_store.get(), describe.function());
    HistoryEntry failed = successEntry(QString());
    failed.outcome = Outcome::Failed;
    const qint64 failedId = m_store->add(failed);
    const qint64 activeId = m_store->add(successEntry(u"fl-active"_s, u"Active"_s));
    poller.setAutoTrack(false);
    const qint64 untracked = m_store->add(successEntry(u"fl-manual"_s));
    QVERIFY(!poller.isTracking(failedId));
    QVERIFY(!poller.isTracking(activeId));
    QVERIFY(!poller.isTracking(untracked));
    QTest::qWait(20);
    QCOMPARE(describe.calls, 0);
}

void tst_StatusPoller::givesUpAtTheTimeoutAndNotAgain()
{
    ScriptedDescribe describe{{u"Activating"_s}};
    StatusPoller poller(m_store.get(), describe.function());
    poller.setInterval(10);
    poller.setTimeout(150);
    QSignalSpy failed(&poller, &StatusPoller::checkFailed);
    const qint64 id = m_store->add(successEntry(u"fl-slow"_s));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).toLongLong(), id);
    QVERIFY(failed.at(0).at(1).toString().contains(u"Activating"_s));
    QVERIFY(!poller.isTracking(id));
    // Its own later update does not start it over.
    HistoryEntry entry = *m_store->entry(id);
    entry.errorMessage = u"note"_s;
    QVERIFY(m_store->update(entry));
    QVERIFY(!poller.isTracking(id));
    const int calls = describe.calls;
    QTest::qWait(50);
    QCOMPARE(describe.calls, calls);
}

void tst_StatusPoller::reportsTheLastProblemAtTheTimeout()
{
    ScriptedDescribe describe{{u"Active"_s}};
    describe.fail = true;
    StatusPoller poller(m_store.get(), describe.function());
    poller.setInterval(10);
    poller.setTimeout(100);
    QSignalSpy failed(&poller, &StatusPoller::checkFailed);
    m_store->add(successEntry(u"fl-throttled"_s));
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.at(0).at(1).toString().contains(u"Throttling.User"_s), qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(describe.calls > 1);
}

void tst_StatusPoller::checkNowAsksOnceAndRecords()
{
    ScriptedDescribe describe{{u"Inactive"_s}};
    StatusPoller poller(m_store.get(), describe.function());
    poller.setAutoTrack(false);
    const qint64 id = m_store->add(successEntry(u"fl-check"_s, u"Active"_s));
    QSignalSpy changed(&poller, &StatusPoller::statusChanged);
    poller.checkNow(id);
    QVERIFY(changed.wait(5000));
    QCOMPARE(describe.calls, 1);
    QCOMPARE(m_store->entry(id)->flowLogStatus, u"Inactive"_s);
    QTest::qWait(30);
    QCOMPARE(describe.calls, 1);
}

void tst_StatusPoller::followsAFlowLogOnTheEmulatorUntilActive()
{
    VpcEmulator emulator;
    emulator.setActivationDelay(300);
    QVERIFY(emulator.start());
    QNetworkAccessManager network;
    ApiClient client(&network);
    ClientSettings settings;
    settings.endpoint = emulator.serverUrl();
    client.setSettings(settings);
    client.setCredentials(VpcEmulator::defaultAccount());

    ApiCallHandle *create = client.createFlowLog(sampleRequest());
    QSignalSpy created(create, &ApiCallHandle::finished);
    QVERIFY(created.wait(5000));
    const ApiResult result = created.at(0).at(0).value<ApiResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));

    const StatusPoller::Describe describe = [&client](const HistoryEntry &entry, QObject *context,
                                                const StatusPoller::Done &done) {
        FlowLogFilter filter;
        filter.regionId = entry.request.regionId;
        filter.flowLogId = entry.flowLogId;
        QObject::connect(client.describeFlowLogs(filter), &ApiCallHandle::finished, context, done);
    };
    StatusPoller poller(m_store.get(), describe);
    poller.setInterval(50);
    QSignalSpy changed(&poller, &StatusPoller::statusChanged);
    QSignalSpy finished(&poller, &StatusPoller::trackingFinished);
    HistoryEntry entry = successEntry(result.flowLogId, QString());
    entry.applyResult(result);
    const qint64 id = m_store->add(entry);
    QVERIFY(finished.wait(5000));
    QCOMPARE(changed.first().at(1).toString(), u"Activating"_s);
    QCOMPARE(finished.at(0).at(1).toString(), u"Active"_s);
    QCOMPARE(m_store->entry(id)->flowLogStatus, u"Active"_s);
}

// "Checking the status of …" must end: an unchanged status is an answer too.
void tst_StatusPoller::checkNowAnswersWhenNothingChanged()
{
    ScriptedDescribe describe{{u"Active"_s}};
    StatusPoller poller(m_store.get(), describe.function());
    poller.setAutoTrack(false);
    const qint64 id = m_store->add(successEntry(u"fl-same"_s, u"Active"_s));
    QSignalSpy answered(&poller, &StatusPoller::checkAnswered);
    QSignalSpy changed(&poller, &StatusPoller::statusChanged);
    poller.checkNow(id);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.at(0).at(0).toLongLong(), id);
    QCOMPARE(answered.at(0).at(1).toString(), u"Active"_s);
    QCOMPARE(answered.at(0).at(2).toBool(), false);
    QCOMPARE(changed.size(), 0);
}

// While a new flow log is followed its problems wait for the timeout; one the operator asked about
// is answered at once, explained rather than as a bare code.
void tst_StatusPoller::checkNowOfAFollowedFlowLogReportsItsProblemExplained()
{
    ScriptedDescribe describe{{u"Activating"_s}};
    StatusPoller poller(m_store.get(), describe.function());
    poller.setInterval(60'000);
    const qint64 id = m_store->add(successEntry(u"fl-followed"_s));
    QTRY_VERIFY(poller.isTracking(id));
    QTRY_COMPARE(describe.calls, 1);
    QTest::qWait(50); // that poll's answer is in
    describe.fail = true;
    QSignalSpy failed(&poller, &StatusPoller::checkFailed);
    poller.checkNow(id);
    QVERIFY(failed.wait(5000));
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(ErrorCatalog::explain(u"Throttling.User"_s).explanation), qPrintable(message));
    QVERIFY(message.contains(u"fl-followed"_s));
    QVERIFY(poller.isTracking(id));
}

void tst_StatusPoller::checkNowWithoutCredentialsAsksForAProfile()
{
    const StatusPoller::Describe noCredentials = [](const HistoryEntry &, QObject *context,
                                                     const StatusPoller::Done &done) {
        ApiResult result;
        result.code = HistoryLookup::NoCredentialsCode.toString();
        result.message = u"ALIBABA_CLOUD_ACCESS_KEY_ID is not set."_s;
        QTimer::singleShot(0, context, [done, result] { done(result); });
    };
    StatusPoller poller(m_store.get(), noCredentials);
    poller.setAutoTrack(false);
    HistoryEntry written = successEntry(u"fl-env"_s, u"Active"_s);
    written.profile = u"env"_s;
    const qint64 id = m_store->add(written);
    QSignalSpy needsProfile(&poller, &StatusPoller::checkNeedsProfile);
    QSignalSpy failed(&poller, &StatusPoller::checkFailed);
    poller.checkNow(id);
    QVERIFY(needsProfile.wait(5000));
    QCOMPARE(needsProfile.at(0).at(1).toString(), u"ALIBABA_CLOUD_ACCESS_KEY_ID is not set."_s);
    QCOMPARE(failed.size(), 0);
}

void tst_StatusPoller::checkNowWithAnotherProfileLeavesTheRowAsRecorded()
{
    ScriptedDescribe describe{{u"Inactive"_s}};
    StatusPoller poller(m_store.get(), describe.function());
    poller.setAutoTrack(false);
    HistoryEntry written = successEntry(u"fl-other"_s, u"Active"_s);
    written.profile = u"env"_s;
    const qint64 id = m_store->add(written);
    QSignalSpy answered(&poller, &StatusPoller::checkAnswered);
    poller.checkNow(id, u"own:ops"_s);
    QVERIFY(answered.wait(5000));
    QCOMPARE(describe.lastProfile, u"own:ops"_s);
    QCOMPARE(answered.at(0).at(2).toBool(), true);
    QCOMPARE(m_store->entry(id)->flowLogStatus, u"Inactive"_s);
    QCOMPARE(m_store->entry(id)->profile, u"env"_s);
}

QTEST_GUILESS_MAIN(tst_StatusPoller)
#include "tst_statuspoller.moc"
