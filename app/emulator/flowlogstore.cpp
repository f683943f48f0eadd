#include "emulator/flowlogstore.h"

#include "core/platform/boundedfile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

void FlowLogStore::add(const FlowLogRecord &record)
{
    const quint64 sequence = m_nextSequence++;
    m_records.insert(sequence, record);
    m_sequenceById.insert(record.flowLogId, sequence);
    if (record.status == u"Deleting"_s)
        m_removals.insert(record.settlesAtMs, record.flowLogId);
}

FlowLogRecord *FlowLogStore::find(const QString &flowLogId)
{
    const auto it = m_sequenceById.constFind(flowLogId);
    if (it == m_sequenceById.cend())
        return nullptr;
    return &m_records[it.value()];
}

bool FlowLogStore::remove(const QString &flowLogId)
{
    const auto it = m_sequenceById.constFind(flowLogId);
    if (it == m_sequenceById.cend())
        return false;
    m_records.remove(it.value());
    m_sequenceById.erase(it);
    return true;
}

void FlowLogStore::markDeleting(const QString &flowLogId, qint64 atMs)
{
    FlowLogRecord *record = find(flowLogId);
    if (!record)
        return;
    record->status = u"Deleting"_s;
    record->settlesAtMs = atMs;
    m_removals.insert(atMs, flowLogId);
}

// O(records removed): the pending deletions are ordered by their moment.
bool FlowLogStore::removeGone(qint64 nowMs)
{
    bool removed = false;
    while (!m_removals.isEmpty() && m_removals.firstKey() <= nowMs) {
        const QString id = m_removals.first();
        m_removals.erase(m_removals.begin());
        const FlowLogRecord *record = find(id);
        if (record && record->goneAt(nowMs))
            removed = remove(id) || removed;
    }
    return removed;
}

std::optional<qint64> FlowLogStore::nextRemovalMs() const
{
    if (m_removals.isEmpty())
        return std::nullopt;
    return m_removals.firstKey();
}

qsizetype FlowLogStore::countAt(qint64 nowMs) const
{
    qsizetype gone = 0;
    for (auto it = m_removals.cbegin(); it != m_removals.cend() && it.key() <= nowMs; ++it)
        ++gone;
    return m_records.size() - gone;
}

void FlowLogStore::clear()
{
    m_records.clear();
    m_sequenceById.clear();
    m_removals.clear();
}

void FlowLogStore::forEach(const std::function<void(const FlowLogRecord &)> &visit) const
{
    for (const FlowLogRecord &record : m_records)
        visit(record);
}

bool FlowLogStore::load(const QString &path, QString *error)
{
    // Far above the 500k flow logs the emulator is measured with.
    constexpr qint64 maxStateBytes = 512 * 1024 * 1024;
    clear();
    const BoundedFile::Result file = BoundedFile::read(path, maxStateBytes);
    if (file.problem == BoundedFile::Problem::Missing)
        return true;
    if (!file.ok()) {
        if (error)
            *error = file.reason;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.data, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonArray flowLogs = document.object().value(u"FlowLogs"_s).toArray();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const QJsonValue &value : flowLogs) {
        const FlowLogRecord record = FlowLogRecord::fromStateJson(value.toObject());
        if (!record.goneAt(nowMs))
            add(record);
    }
    return true;
}

bool FlowLogStore::save(const QString &path, qint64 nowMs, QString *error) const
{
    QJsonArray flowLogs;
    for (const FlowLogRecord &record : m_records) {
        if (!record.goneAt(nowMs))
            flowLogs.append(record.toStateJson());
    }
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(QJsonObject {{u"FlowLogs"_s, flowLogs}}).toJson()) >= 0 && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}
