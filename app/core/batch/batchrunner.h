#pragma once

#include "core/api/apiclient.h"
#include "core/history/historyentry.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class AttemptResolver;
class HistoryStore;

// One flow log of a batch to create.
struct BatchItem
{
    FlowLogRequest request;
    // The item's row in the history: 0 until start() stores it (as Queued, under the batch's id).
    // A resumed batch passes the rows it read back (HistoryStore::batchEntries), which are sent as
    // they are instead of being stored again.
    qint64 historyId = 0;
    // The unknown attempt this item repeats (0: none): sent with CreateMode::IfAbsent, and what it
    // finds out settles that row (AttemptResolver::settleByRetry).
    qint64 retryOf = 0;
    ApiClient::CreateMode mode = ApiClient::CreateMode::Always;
};

// Sends the CreateFlowLog calls of a batch: up to `concurrency` at once, each client paced by its
// RatePacing (the caller sets it on the clients it hands out), every call a history row.
//
// What is stored, and when, is what makes a batch safe to interrupt anywhere:
//   - start() stores every item at once, as Queued under one batch id, in one transaction;
//   - just before items are sent they become Unknown (a few at a time, one transaction each), so a
//     crash leaves each row either queued (certainly not sent) or unknown (the resolver settles it);
//   - outcomes are written at most 200 ms after they arrive, and itemFinished() is emitted only once
//     the outcome is committed: nothing is shown that the history does not hold.
// HistoryStore::openBatches() finds a batch cut short; resuming it passes its queued rows as they
// are and its unknown ones as retries (retryOf), so nothing is created twice.
//
// A quota error (OperationFailed.ExceedPurchaseLimit) pauses the batch and says so
// (quotaReached()): every later row would fail the same way. Credentials that cannot be had stop it.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    struct Setup
    {
        HistoryStore *history = nullptr; // not owned; null: nothing is recorded (ids stay 0)
        // The client for a region: owned by the caller, kept for the whole batch.
        std::function<ApiClient *(const QString &regionId)> clientFor;
        // The endpoint a region's calls go to, for the history rows.
        std::function<QString(const QString &regionId)> endpointFor;
        AttemptResolver *resolver = nullptr; // not owned; settles the rows that items retry
        QString source;                      // the history's source column: "gui", "batch"
        QString profileId;
        SignatureVersion signatureVersion = SignatureVersion::V3;
        int concurrency = 4;
    };

    enum class State { Idle, Running, Paused, Finished };
    Q_ENUM(State)

    struct Progress
    {
        int total = 0;
        int succeeded = 0;
        int failed = 0;
        int unknown = 0;
        int cancelled = 0;
        int inFlight = 0;
        int throttledAnswers = 0; // answers that were throttling, retried by the transport
        qint64 elapsedMs = 0;     // while running (pauses excluded)
        int done() const { return succeeded + failed + unknown + cancelled; }
        int remaining() const { return total - done(); }
        // Calls finished per second of running time; 0 before the first.
        double rate() const { return elapsedMs > 0 ? done() * 1000.0 / double(elapsedMs) : 0.0; }
    };

    explicit BatchRunner(Setup setup, QObject *parent = nullptr);
    ~BatchRunner() override;

    // A new batch's id: "b-" and the UTC time to the millisecond, which sorts as batches started.
    static QString newBatchId();

    // Stores the items not yet stored under batchId (a new one when empty), then sends. Returns the
    // batch id, or an empty string when the history could not store the rows (nothing is sent;
    // errorString() says why). Ignored unless Idle or Finished.
    QString start(QList<BatchItem> items, const QString &batchId = {});
    // Sends nothing more; the calls in flight finish and report. resume() goes on.
    void pause();
    void resume();
    // Rows not sent become Cancelled; calls in flight are cancelled (Unknown when they may have
    // acted). finished() follows once every row is accounted for.
    void cancel();

    State state() const { return m_state; }
    QString batchId() const { return m_batchId; }
    Progress progress() const;
    const QList<BatchItem> &items() const { return m_items; }
    // The item's row as last stored (its outcome once itemFinished() reported it).
    const HistoryEntry &entry(int index) const { return m_entries.at(index); }
    QString errorString() const { return m_error; }

    // Tests: how long outcomes may wait before they are written.
    void setFlushInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }

Q_SIGNALS:
    void stateChanged(BatchRunner::State state);
    // An item's outcome, once stored (entry is the row as the history now holds it; result is the
    // call's, or the cancellation of an item never sent).
    void itemFinished(int index, const HistoryEntry &entry, const ApiResult &result);
    // Emitted at most a few times a second while running, and at every state change.
    void progressChanged();
    // The account's flow-log quota is reached: the batch is paused. result is the refused call.
    void quotaReached(const ApiResult &result);
    // Credentials could not be had: the batch stops (rows not sent become Cancelled).
    void credentialsFailed(const QString &message);
    void finished();

private:
    bool store(QList<BatchItem> &items);
    void pump();
    void dispatch(const QList<int> &indexes);
    void onFinished(int index, const ApiResult &result);
    void record(int index, const ApiResult &result);
    void flush();
    void cancelWaiting(const QString &reason);
    void setState(State state);
    void finishIfDone();

    Setup m_setup;
    QList<BatchItem> m_items;
    QList<HistoryEntry> m_entries; // per item
    QHash<int, ApiResult> m_results; // per item finished and not yet reported
    QList<int> m_waiting;          // indexes not sent yet, in order
    QHash<ApiCallHandle *, int> m_calls;
    QList<int> m_pendingOutcomes;  // finished, not yet written
    QSet<int> m_adopted;           // items whose call adopted a flow log that existed
    QString m_batchId;
    QString m_error;
    State m_state = State::Idle;
    Progress m_progress;
    QElapsedTimer m_clock;
    qint64 m_elapsedBeforeMs = 0; // running time before the last resume
    QTimer m_flushTimer;
    QTimer m_progressTimer;
    bool m_cancelling = false;
};
