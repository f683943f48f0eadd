#pragma once

#include "emulator/flowlogrecord.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMultiMap>
#include <QString>

#include <functional>
#include <optional>

// The emulated service's flow logs, in creation order, with optional JSON persistence.
class FlowLogStore
{
public:
    // A Deleting record is removed by removeGone() once its moment has come.
    void add(const FlowLogRecord &record);
    // nullptr when there is no such flow log; valid until the store changes.
    FlowLogRecord *find(const QString &flowLogId);
    bool remove(const QString &flowLogId);
    // Marks the record Deleting until atMs, then gone.
    void markDeleting(const QString &flowLogId, qint64 atMs);
    // Removes the Deleting records whose moment has come; true if any was removed.
    bool removeGone(qint64 nowMs);
    // The earliest moment a Deleting record goes, if any is pending.
    std::optional<qint64> nextRemovalMs() const;
    // The records a listing at nowMs sees (the Deleting ones whose moment has come are not counted).
    qsizetype countAt(qint64 nowMs) const;
    void clear();
    qsizetype size() const { return m_records.size(); }
    // Every record, oldest first, without copying any.
    void forEach(const std::function<void(const FlowLogRecord &)> &visit) const;

    // Replaces the contents with the file's. A missing file is an empty store, not an error.
    bool load(const QString &path, QString *error = nullptr);
    // Atomic (QSaveFile): a crash never leaves a half-written state file. A record gone at nowMs
    // is not written (nor read back by load()).
    bool save(const QString &path, qint64 nowMs, QString *error = nullptr) const;

private:
    QMap<quint64, FlowLogRecord> m_records; // key: creation sequence
    QHash<QString, quint64> m_sequenceById;
    quint64 m_nextSequence = 0;
    QMultiMap<qint64, QString> m_removals; // Deleting records by the moment they go
};
