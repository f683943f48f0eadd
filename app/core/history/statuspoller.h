#pragma once

#include "core/api/apiresult.h"
#include "core/history/historyentry.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class HistoryStore;

// Follows flow logs after they were created: CreateFlowLog answers at once but the flow log starts
// "Activating". The poller asks DescribeFlowLogs every interval() until the status is final
// (Active, Inactive, ...) or timeout() passes, and records each new status in the history
// (HistoryStore::update), so every view of the history shows it.
//
// How to ask is injected (describe): the caller knows the profile's credentials and endpoint.
// With autoTrack (the default) every successful create recorded through the store is followed.
class StatusPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPoller)

public:
    using Done = std::function<void(const ApiResult &result)>;
    // Must start DescribeFlowLogs for entry.request.regionId and entry.flowLogId and call done once,
    // later, with its result. done is dropped if context is destroyed first.
    using Describe = std::function<void(const HistoryEntry &entry, QObject *context, Done done)>;

    // store is not owned and must outlive the poller.
    StatusPoller(HistoryStore *store, Describe describe, QObject *parent = nullptr);

    void setInterval(int milliseconds);
    int interval() const;
    void setTimeout(int milliseconds);
    int timeout() const;
    void setAutoTrack(bool enabled);
    bool autoTrack() const;

    // Polls the entry until its status is final or the timeout passes.
    void track(qint64 id);
    // Asks once now, whatever the status; the answer is recorded like a poll's, and always
    // reported: checkAnswered() or checkFailed() (checkNeedsProfile() when the row's profile has no
    // credentials here). With profileId the question is signed as that profile instead of the
    // row's (the row itself keeps the profile that wrote it).
    void checkNow(qint64 id, const QString &profileId = {});
    bool isTracking(qint64 id) const;

    // Activating (and no status yet) is the only state that is expected to change by itself.
    static bool isFinal(const QString &status);
    // The status DescribeFlowLogs reported for flowLogId, or nullopt if it is not in the answer.
    static std::optional<QString> statusIn(const ApiResult &result, const QString &flowLogId);

Q_SIGNALS:
    void statusChanged(qint64 id, const QString &status);
    // Tracking ended with a final status.
    void trackingFinished(qint64 id, const QString &status);
    // A check could not tell (translated): an API error, the flow log not found, or the timeout.
    void checkFailed(qint64 id, const QString &message);
    // The answer to checkNow(): the status as DescribeFlowLogs lists it now, and whether that
    // differs from what the history had.
    void checkAnswered(qint64 id, const QString &status, bool changed);
    // checkNow() could not ask: the row's profile has no credentials here (message, translated,
    // says why). Asking again with another profile may work.
    void checkNeedsProfile(qint64 id, const QString &message);

private:
    struct Tracked
    {
        QDeadlineTimer deadline;
        bool inFlight = false;
        QString lastProblem;
    };

    void onEntryRecorded(const HistoryEntry &entry);
    void poll();
    void ask(qint64 id, const QString &profileId = {});
    void onAnswer(qint64 id, const ApiResult &result);
    void record(qint64 id, const QString &status);
    QString problemOf(const HistoryEntry &entry, const ApiResult &result) const;
    void reportProblem(qint64 id, const HistoryEntry &entry, const ApiResult &result, bool asked);
    void giveUp(qint64 id);

    HistoryStore *m_store;
    Describe m_describe;
    QTimer m_timer;
    int m_timeoutMs = 120'000;
    bool m_autoTrack = true;
    QHash<qint64, Tracked> m_tracked;
    QSet<qint64> m_inFlightOnce; // checkNow() calls for entries not tracked
    QSet<qint64> m_askedNow;     // checkNow() calls whose answer is reported, tracked or not
    QSet<qint64> m_gaveUp;       // never tracked again automatically
};
