#include "core/history/attemptresolver.h"

#include "core/api/errorcatalog.h"
#include "core/api/flowloginfo.h"
#include "core/history/historylookup.h"
#include "core/history/historystore.h"

#include <QCoreApplication>

namespace {

// A flow log some other attempt created is not this attempt's: a row that names it and sent its
// request (or was itself settled as its creator). A row that only adopted it (a retry that found it
// before sending anything: no attempt of its own) tells nothing about who created it, unless it
// came before this attempt: then the flow log existed already.
bool couldBeFrom(const HistoryEntry &entry, const QList<HistoryEntry> &naming, qint64 *adoptedBy)
{
    *adoptedBy = 0;
    for (const HistoryEntry &other : naming) {
        if (other.id == entry.id)
            continue;
        const bool onlyAdopted = !other.isResolved() && other.attempts == 0;
        if (!onlyAdopted || other.id < entry.id)
            return false;
        if (*adoptedBy == 0)
            *adoptedBy = other.id;
    }
    return true;
}

QString lookupProblem(const ApiResult &answer)
{
    if (answer.code == HistoryLookup::NoCredentialsCode || answer.code.isEmpty())
        return answer.message;
    const ErrorExplanation explained = ErrorCatalog::explain(answer.code, answer.message, answer.recommend);
    return QCoreApplication::translate("AttemptResolver", "The lookup failed (%1): %2")
        .arg(answer.code, explained.explanation);
}

} // namespace

int AttemptResolver::Report::count(Resolution resolution) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
        [resolution](const Settled &settled) { return settled.resolution == resolution; }));
}

AttemptResolver::AttemptResolver(HistoryStore *store, Lookup lookup, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_lookup(std::move(lookup))
{
    qRegisterMetaType<AttemptResolver::Settled>();
    qRegisterMetaType<AttemptResolver::Report>();
}

QList<HistoryEntry> AttemptResolver::unresolved() const
{
    return m_store->isOpen() ? m_store->unresolvedEntries() : QList<HistoryEntry>();
}

void AttemptResolver::resolve(const QList<qint64> &ids)
{
    if (isBusy() || ids.isEmpty())
        return;
    m_queue = ids;
    m_total = int(ids.size());
    m_report = {};
    next();
}

void AttemptResolver::next()
{
    m_current = 0;
    while (!m_queue.isEmpty()) {
        const std::optional<HistoryEntry> entry = m_store->entry(m_queue.takeFirst());
        if (!entry || !entry->isUnresolved())
            continue;
        m_current = entry->id;
        Q_EMIT progress(m_total - int(m_queue.size()), m_total);
        m_lookup(*entry, FlowLogFilter::matching(entry->request), this,
            [this, found = *entry](const ApiResult &answer) { onAnswer(found, answer); });
        return;
    }
    Q_EMIT finished(m_report);
}

void AttemptResolver::onAnswer(const HistoryEntry &entry, const ApiResult &answer)
{
    const bool young = entry.time.isValid()
        && entry.time.msecsTo(QDateTime::currentDateTimeUtc()) < m_inFlightWindowMs;
    // Only creates can have created a flow log: a start or a delete of it names it too.
    const RowsNaming naming = [this](const QString &flowLogId) {
        QList<HistoryEntry> rows = m_store->entriesWithFlowLogId(flowLogId);
        rows.removeIf([](const HistoryEntry &row) { return row.action != FlowLogAction::Create; });
        return rows;
    };
    Settled settled = judge(entry, answer, naming, young);
    if (settled.resolution != Resolution::StillUnknown && !write(settled)) {
        settled = {};
        settled.id = entry.id;
        settled.problem = m_store->errorString();
    }
    m_report.rows.append(settled);
    next();
}

AttemptResolver::Settled AttemptResolver::judge(const HistoryEntry &entry, const ApiResult &answer,
    const RowsNaming &rowsNaming, bool mayStillBeInFlight)
{
    Settled settled;
    settled.id = entry.id;
    if (!answer.ok()) {
        settled.problem = lookupProblem(answer);
        return settled;
    }
    const QList<FlowLogInfo> listed = FlowLogInfo::listFromDescribeBody(answer.body);
    QList<std::pair<FlowLogInfo, qint64>> candidates;
    for (const FlowLogInfo &info : listed) {
        qint64 adoptedBy = 0;
        if (info.matches(entry.request) && info.differingSettings(entry.request).isEmpty() && couldBeFrom(entry, rowsNaming(info.flowLogId), &adoptedBy))
            candidates.append({info, adoptedBy});
    }
    if (candidates.size() == 1) {
        settled.resolution = Resolution::Created;
        settled.flowLogId = candidates.constFirst().first.flowLogId;
        settled.flowLogStatus = candidates.constFirst().first.status;
        settled.resolvedBy = candidates.constFirst().second;
    } else if (candidates.size() > 1) {
        settled.problem = tr("%n flow log(s) match it: which one it created cannot be told.", nullptr,
            int(candidates.size()));
    } else if (FlowLogInfo::totalCount(answer.body) > listed.size()) {
        settled.problem = tr("More flow logs match it than one answer lists: whether it created one cannot be told.");
    } else if (mayStillBeInFlight) {
        settled.problem = tr("Its call may still be running (it started moments ago). Try again in a few minutes.");
    } else {
        settled.resolution = Resolution::NotCreated;
    }
    return settled;
}

bool AttemptResolver::settleByRetry(qint64 earlierId, const HistoryEntry &retry, const ApiResult &result)
{
    const std::optional<HistoryEntry> earlier = m_store->entry(earlierId);
    if (!earlier || !earlier->isUnresolved() || retry.id == 0 || retry.id == earlierId)
        return false;
    Settled settled;
    settled.id = earlierId;
    settled.resolvedBy = retry.id;
    // IfAbsent looks first: a flow log adopted before any attempt was sent is the earlier one's;
    // an attempt sent means that first lookup found none.
    if (result.ok() && result.adoptedExisting && result.attempts == 0) {
        settled.resolution = Resolution::Created;
        settled.flowLogId = result.flowLogId;
    } else if (result.attempts > 0) {
        settled.resolution = Resolution::NotCreated;
    } else {
        return false;
    }
    return write(settled);
}

// Rewrites the full row as it is now (an update replaces every column), if it is still unsettled.
bool AttemptResolver::write(const Settled &settled)
{
    std::optional<HistoryEntry> entry = m_store->entry(settled.id);
    if (!entry || !entry->isUnresolved())
        return false;
    entry->outcome = settled.resolution == Resolution::Created ? Outcome::Succeeded : Outcome::Failed;
    if (settled.resolution == Resolution::Created) {
        entry->flowLogId = settled.flowLogId;
        entry->flowLogStatus = settled.flowLogStatus;
    }
    entry->resolvedBy = settled.resolvedBy;
    entry->resolvedTime = QDateTime::currentDateTimeUtc();
    if (!m_store->update(*entry))
        return false;
    Q_EMIT rowSettled(settled);
    return true;
}
