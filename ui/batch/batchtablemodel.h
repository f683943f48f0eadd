#pragma once

#include "core/batch/csvreader.h"
#include "core/history/historyentry.h"
#include "core/request/validationfinding.h"

#include <QAbstractTableModel>

#include <optional>

// The rows of a batch as the operator edits them: one column per batch-file column
// (BatchColumns::names(), in that order, after a Status column), each row validated as a whole by
// the form's rules whenever one of its cells changes, so every cell shows the form's findings.
// Once a run has started, a row's Status is its outcome as the history holds it.
class BatchTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchTableModel)

public:
    static constexpr int StatusColumn = 0;
    // The role of the findings (ValidationFindings) of a row, for any of its cells.
    static constexpr int FindingsRole = Qt::UserRole + 1;

    struct Counts
    {
        int rows = 0;
        int ready = 0;      // no error: would be sent
        int withErrors = 0;
    };

    explicit BatchTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Replaces (append == false) or extends the rows with a parsed table whose header names
    // batch columns. Returns false with *error (translated) for an unknown or repeated column or a
    // required one missing; nothing changes then.
    bool addTable(const CsvTable &table, const QString &source, bool append, QString *error);
    // The same value in `column` for each of `rows` (bulk edit).
    void setColumnValue(const QList<int> &rows, int column, const QString &value);
    void removeRowsAt(QList<int> rows);
    // Sets the rows (from a batch the history holds); editing is then off, as after start().
    void setRows(const QList<HistoryEntry> &entries);

    Counts counts() const { return m_counts; }
    // The request of a row without errors, as it would be sent; nullopt for a row with errors.
    std::optional<FlowLogRequest> request(int row) const;
    ValidationFindings findings(int row) const { return m_rows.at(row).findings; }
    // The column of a field, for focusing a finding's cell.
    static int columnOf(Field field) { return int(field) + 1; }
    QString cell(int row, int column) const;

    // The run's outcome of a row, once stored; editing stops for good with the first one.
    void setOutcome(int row, const HistoryEntry &entry);
    // Null until the row has one. A pointer, not a copy: the window scans every row on each update.
    const HistoryEntry *outcome(int row) const
    {
        const std::optional<HistoryEntry> &outcome = m_rows.at(row).outcome;
        return outcome ? &*outcome : nullptr;
    }
    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }

Q_SIGNALS:
    void countsChanged();

private:
    struct Row
    {
        QStringList cells; // one per BatchColumns::names()
        ValidationFindings findings;
        QString readError; // a cell that cannot be read (a bad escape in Tags)
        QString tooWide;   // more fields than the header names: the row is left out until removed
        std::optional<FlowLogRequest> request;
        std::optional<HistoryEntry> outcome;
        int line = 0;
    };

    void validate(Row &row, int number) const;
    void recount();
    QString statusText(const Row &row) const;
    QString cellToolTip(const Row &row, int column) const;
    bool cellHasError(const Row &row, int column) const;

    QList<Row> m_rows;
    Counts m_counts;
    bool m_editable = true;
};
