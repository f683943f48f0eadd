#pragma once

#include "emulator/flowlogrecord.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

// The emulated service's flow logs, in creation order, with optional JSON persistence.
class FlowLogStore
{
public:
    void add(const FlowLogRecord &record);
    // nullptr when there is no such flow log; valid until the store changes.
    FlowLogRecord *find(const QString &flowLogId);
    bool remove(const QString &flowLogId);
    void clear();
    qsizetype size() const { return m_records.size(); }
    // Every record, oldest first, without copying any.
    void forEach(const std::function<void(const FlowLogRecord &)> &visit) const;

    // Replaces the contents with the file's. A missing file is an empty store, not an error.
    bool load(const QString &path, QString *error = nullptr);
    // Atomic (QSaveFile): a crash never leaves a half-written state file.
    bool save(const QString &path, QString *error = nullptr) const;

private:
    QMap<quint64, FlowLogRecord> m_records; // key: creation sequence
    QHash<QString, quint64> m_sequenceById;
    quint64 m_nextSequence = 0;
};
