#pragma once

#include "core/api/apiclient.h"
#include "core/api/apiresult.h"
#include "core/history/historyentry.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <functional>

class HistoryStore;

// Settles attempts whose outcome is unknown (a crash or a lost answer mid-call): did the attempt
// create its flow log or not? One resolver for the app's offer at start-up and for a duplicate-safe
// retry; resuming an interrupted batch builds on it (the rows its report says were not created are
// sent again with ApiClient::CreateMode::IfAbsent).
//
// A lookup asks DescribeFlowLogs for the flow logs matching the row's request (the duplicate
// check's filter and rule: FlowLogFilter::matching, FlowLogInfo::matches). One match that no other
// attempt of the history created is adopted: the row becomes Succeeded with that flow log. When the
// answer is complete and lists nothing this attempt could have created, the row becomes Failed
// ("not created"), but only once it is older than inFlightWindow(): younger, its call may still be
// running in another process. Anything else (a failed lookup, several candidates) leaves it
// Unknown, and the report says why. Every row settled records when, and which retry did it.
class AttemptResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptResolver)

public:
    using Done = std::function<void(const ApiResult &result)>;
    // Must start DescribeFlowLogs with filter, signed as entry.profile and sent where entry went,
    // and call done once, later; done is dropped if context is destroyed first. A profile without
    // usable credentials answers with HistoryLookup::NoCredentialsCode.
    using Lookup = std::function<void(const HistoryEntry &entry, const FlowLogFilter &filter, QObject *context,
        Done done)>;
    // The rows of the history that name a flow log (HistoryStore::entriesWithFlowLogId).
    using RowsNaming = std::function<QList<HistoryEntry>(const QString &flowLogId)>;

    enum class Resolution { Created, NotCreated, StillUnknown };
    struct Settled
    {
        qint64 id = 0;
        Resolution resolution = Resolution::StillUnknown;
        QString flowLogId;     // Created: the flow log adopted
        QString flowLogStatus; // Created: its status as listed
        qint64 resolvedBy = 0; // the retry that found it out, if one did
        QString problem;       // StillUnknown: why, translated
    };
    struct Report
    {
        QList<Settled> rows;
        int count(Resolution resolution) const;
    };

    // store is not owned and must outlive the resolver.
    AttemptResolver(HistoryStore *store, Lookup lookup, QObject *parent = nullptr);

    // Attempts whose outcome is unknown and not settled, oldest first (summaries).
    QList<HistoryEntry> unresolved() const;
    // Looks the rows up one after the other: progress() before each, rowSettled() after each that
    // changed, finished() after the last. Rows settled meanwhile are left out. Ignored while busy.
    void resolve(const QList<qint64> &ids);
    bool isBusy() const { return m_current != 0 || !m_queue.isEmpty(); }

    void setInFlightWindow(qint64 milliseconds) { m_inFlightWindowMs = milliseconds; }
    qint64 inFlightWindow() const { return m_inFlightWindowMs; }

    // What a duplicate-safe retry (sent with ApiClient::CreateMode::IfAbsent) of the unknown
    // attempt earlierId, itself recorded as `retry`, found out about it, written to the earlier row:
    // Created when the retry adopted a flow log before sending anything (its first lookup found the
    // earlier attempt's), NotCreated when it went on to send (its first lookup found none). False
    // when it tells nothing (that lookup failed, was cancelled or found several) or the earlier row
    // is settled already.
    bool settleByRetry(qint64 earlierId, const HistoryEntry &retry, const ApiResult &result);

    // The decision for one row from the lookup's answer (no store, no network).
    static Settled judge(const HistoryEntry &entry, const ApiResult &answer, const RowsNaming &rowsNaming,
        bool mayStillBeInFlight);

Q_SIGNALS:
    void progress(int done, int total);
    void rowSettled(const AttemptResolver::Settled &settled);
    void finished(const AttemptResolver::Report &report);

private:
    void next();
    void onAnswer(const HistoryEntry &entry, const ApiResult &answer);
    bool write(const Settled &settled);

    HistoryStore *m_store;
    Lookup m_lookup;
    // A call's longest life with the default settings (3 attempts of 30 s and the backoffs between).
    qint64 m_inFlightWindowMs = 150'000;
    QList<qint64> m_queue;
    qint64 m_current = 0;
    int m_total = 0;
    Report m_report;
};

Q_DECLARE_METATYPE(AttemptResolver::Settled)
Q_DECLARE_METATYPE(AttemptResolver::Report)
