#pragma once

#include "historyentry.h"

#include <QAbstractTableModel>
#include <QAnyStringView>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

class HistoryStore;

// The history as a table, newest first. Loads the store's summary rows (no request/response texts)
// and keeps them compactly: strings that repeat (profile, region, project, ...) are stored once,
// the rest as one UTF-8 buffer per row, plus a lower-cased search text per row (SearchTextRole) so
// that filtering 100k rows is a plain substring scan.
//
// Follows the store's signals for changes made in this process; refresh() picks up rows another
// process (flowlog-cli) added or rewrote. Headers and labels follow the UI language: the model
// watches the application for QEvent::LanguageChange.
class HistoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTableModel)

public:
    enum Column {
        Time, Profile, Region, ResourceType, ResourceId, TrafficType, Project, LogStore, FlowLogName,
        Description, Outcome, FlowLogId, RequestId, HttpStatus, ErrorCode, ErrorMessage, Attempts,
        Duration, FlowLogStatus, Endpoint, ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // QByteArray: the row's text in every column, lower-cased UTF-8, columns separated by '\n'.
        // Search it with a lower-cased UTF-8 needle.
        SearchTextRole = Qt::UserRole + 1,
        // The raw value to sort by (qint64 time in ms, numbers as numbers, text as text).
        SortRole,
        // qint64: the entry's id in the store.
        EntryIdRole,
    };

    // Does not own store; the store must outlive the model. Loads at once.
    explicit HistoryTableModel(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reloads every row (a model reset). False, with the store's errorString(), on failure.
    bool reload();
    // Picks up rows added, rewritten or removed by any process since the last load or refresh.
    // Cheap when nothing changed.
    void refresh();

    qint64 entryId(int row) const;
    int rowOfId(qint64 id) const; // -1 when absent
    // The row as a summary entry (requestText/responseText empty: ask the store for entry(id)).
    HistoryEntry entryAt(int row) const;
    // Direct accessors for the proxy, cheaper than data(): no QVariant.
    const QByteArray &searchText(int row) const;
    // <0, 0, >0 like strcmp, by the column's sort value.
    int compare(int leftRow, int rightRow, int column) const;

    // Translated header text; a stable English key (for CSV/JSON) is columnKey().
    static QString columnTitle(Column column);
    static QString columnKey(Column column);
    static QString outcomeLabel(::Outcome outcome);

    // Emits the header and label changes for the current language. Called on
    // QEvent::LanguageChange; public for views that switch languages without a QTranslator.
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Fields that repeat across rows: interned in m_pool.
    enum PooledField { PProfile, PRegion, PProject, PLogStore, PStatus, PEndpoint, PErrorCode,
        PErrorMessage, PSignature, PSource, PooledFieldCount };
    // Fields that are mostly unique: concatenated in Row::text.
    enum TextField { TResourceId, TFlowLogName, TDescription, TFlowLogId, TRequestId, TextFieldCount };

    struct Row
    {
        qint64 id = 0;
        qint64 timeMs = 0;
        qint64 durationMs = 0;
        QByteArray text;   // UTF-8 TextFields back to back; ends[] are their end offsets
        QByteArray search; // see SearchTextRole
        std::array<quint32, PooledFieldCount> pooled{};
        std::array<quint32, TextFieldCount> ends{};
        qint32 httpStatus = 0;
        qint32 attempts = 0;
        quint8 outcome = 0;
        quint8 resourceType = 0;
        quint8 trafficType = 0;
        bool hasTime = false;
    };

    Row makeRow(const HistoryEntry &entry);
    void buildSearchText(Row &row) const;
    QString pooled(const Row &row, PooledField field) const;
    QByteArrayView textField(const Row &row, TextField field) const;
    QString displayText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QAnyStringView storedText(const Row &row, int column) const;
    quint32 intern(const QString &text);
    const Row &rowAt(int row) const;
    qsizetype indexOfId(qint64 id) const;
    void insertEntry(const HistoryEntry &entry);
    void updateEntry(const HistoryEntry &entry);
    void removeEntries(const QList<qint64> &ids);
    void applyChange(const HistoryEntry &entry);
    void cacheLabels();

    HistoryStore *m_store;
    QList<Row> m_rows; // ascending id; model row r is m_rows[size - 1 - r]
    QList<QString> m_pool;
    QHash<QString, quint32> m_poolIndex;
    qint64 m_revision = 0;
    // Lower-cased labels of the enum values, rebuilt on a language change (search text only).
    QList<QByteArray> m_outcomeSearch;
    QList<QByteArray> m_resourceTypeSearch;
    QList<QByteArray> m_trafficTypeSearch;
};
