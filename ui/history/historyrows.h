#pragma once

#include "core/history/historyentry.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <array>

// The rows behind HistoryTableModel, kept compactly so that 100k of them stay small and quick to
// filter: strings that repeat (profile, region, project, ...) are stored once in a pool, the mostly
// unique ones (ids, names) as one UTF-8 buffer per row, plus a lower-cased UTF-8 search text per
// row holding every column. Indexes are in ascending id order. Columns are
// HistoryTableModel::Column values. Not a QObject: a loader thread builds one and hands it over.
class HistoryRows
{
public:
    // Lower-cased "apiName label" of each enum value, for the search text. Built from the current
    // translation; rebuilt on a language change.
    struct Labels
    {
        QList<QByteArray> outcomes;
        // Of a settled unknown outcome, by Outcome (only Succeeded and Failed are used).
        QList<QByteArray> resolvedOutcomes;
        QList<QByteArray> resourceTypes;
        QList<QByteArray> trafficTypes;
        static Labels current();
    };

    void setLabels(Labels labels);
    void rebuildSearchText();

    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    void clear();
    void reserve(qsizetype count) { m_rows.reserve(count); }
    qint64 idAt(qsizetype index) const { return m_rows.at(index).id; }
    qsizetype indexOfId(qint64 id) const; // -1 when absent
    qsizetype insertionPoint(qint64 id) const;

    void append(const HistoryEntry &entry);
    void insert(qsizetype index, const HistoryEntry &entry);
    void replace(qsizetype index, const HistoryEntry &entry);
    void removeAt(qsizetype index);
    // Puts older's rows (all with smaller ids than these) in front, minus the ids in skip.
    void prepend(HistoryRows &&older, const QList<qint64> &skip);

    HistoryEntry entry(qsizetype index) const; // a summary: no request or response text
    QString text(qsizetype index, int column) const;
    QVariant sortValue(qsizetype index, int column) const;
    const QByteArray &searchText(qsizetype index) const { return m_rows.at(index).search; }
    int compare(qsizetype left, qsizetype right, int column) const; // <0, 0, >0

private:
    enum PooledField { PProfile, PRegion, PProject, PLogStore, PStatus, PEndpoint, PErrorCode,
        PErrorMessage, PSignature, PSource, PInterval, PTrafficPath, PIpVersion, PResourceGroup, PooledFieldCount };
    enum TextField { TResourceId, TFlowLogName, TDescription, TFlowLogId, TRequestId, TTags, TextFieldCount };

    struct Row
    {
        qint64 id = 0;
        qint64 timeMs = 0;
        qint64 durationMs = 0;
        qint64 resolvedBy = 0;
        qint64 resolvedMs = 0; // 0: never settled
        QByteArray text;   // the TextFields back to back in UTF-8; ends[] are their end offsets
        QByteArray search; // every column, lower-cased UTF-8, separated by '\n'
        std::array<quint32, PooledFieldCount> pooled{};
        std::array<quint32, TextFieldCount> ends{};
        qint32 httpStatus = 0;
        qint32 attempts = 0;
        quint8 outcome = 0;
        quint8 action = 0; // FlowLogAction: a row that is not a create says its action with its outcome
        quint8 resourceType = 0;
        quint8 trafficType = 0;
        bool hasTime = false;
    };

    Row makeRow(const HistoryEntry &entry);
    void buildSearchText(Row &row) const;
    QString displayText(const Row &row, int column) const;
    QString pooled(const Row &row, PooledField field) const { return m_pool.at(row.pooled[field]); }
    QByteArrayView textField(const Row &row, TextField field) const;
    static int textFieldOf(int column); // -1 for columns that are not a TextField
    quint32 intern(const QString &text);

    QList<Row> m_rows;
    QList<QString> m_pool;
    QHash<QString, quint32> m_poolIndex;
    Labels m_labels;
};
