#include "emulator/flowlogstore.h"

#include "core/platform/boundedfile.h"

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

void FlowLogStore::clear()
{
    m_records.clear();
    m_sequenceById.clear();
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
    for (const QJsonValue &value : flowLogs)
        add(FlowLogRecord::fromStateJson(value.toObject()));
    return true;
}

bool FlowLogStore::save(const QString &path, QString *error) const
{
    QJsonArray flowLogs;
    for (const FlowLogRecord &record : m_records)
        flowLogs.append(record.toStateJson());
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(QJsonObject {{u"FlowLogs"_s, flowLogs}}).toJson()) >= 0 && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}
