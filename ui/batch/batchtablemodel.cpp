#include "ui/batch/batchtablemodel.h"

#include "core/request/requestvalidator.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace {

int parameterColumns()
{
    return int(BatchColumns::names().size());
}

} // namespace

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : parameterColumns() + 1;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == StatusColumn ? statusText(row) : row.cells.value(column - 1);
    case Qt::EditRole:
        return column == StatusColumn ? QVariant() : QVariant(row.cells.value(column - 1));
    case Qt::ToolTipRole:
        return cellToolTip(row, column);
    case Qt::BackgroundRole:
        // The form's error colour, faint enough to read the cell's text through it.
        if (!row.outcome && cellHasError(row, column))
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && row.outcome && row.outcome->outcome != Outcome::Succeeded)
            return QBrush(QColor(0xa4, 0x26, 0x2c));
        if (column == StatusColumn && !row.outcome && row.request == std::nullopt)
            return QBrush(QColor(0xa4, 0x26, 0x2c));
        return {};
    case FindingsRole:
        return QVariant::fromValue(row.findings);
    default:
        return {};
    }
}

bool BatchTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == StatusColumn || !m_editable)
        return false;
    Row &row = m_rows[index.row()];
    const QString text = value.toString();
    if (row.cells.value(index.column() - 1) == text)
        return true;
    row.cells[index.column() - 1] = text;
    validate(row, index.row() + 1);
    // Every cell of the row: a change of ResourceType judges ResourceId anew.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    recount();
    return true;
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == StatusColumn)
        return tr("Status");
    // The form's names, and the batch file's column in brackets: what a CSV header must say.
    return u"%1 (%2)"_s.arg(Fields::label(Field(section - 1)), BatchColumns::names().value(section - 1));
}

Qt::ItemFlags BatchTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() != StatusColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BatchTableModel::addTable(const CsvTable &table, const QString &source, bool append, QString *error)
{
    QStringList columns;
    if (!BatchColumns::mapHeader(table.header, source, &columns, error))
        return false;
    const QStringList &names = BatchColumns::names();
    QList<int> positions; // of each table column among names()
    for (const QString &column : std::as_const(columns))
        positions.append(int(names.indexOf(column)));
    QList<Row> rows;
    rows.reserve(table.rows.size());
    const int first = append ? int(m_rows.size()) : 0;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        Row row;
        row.cells = QStringList(names.size());
        const QStringList &cells = table.rows.at(i);
        for (qsizetype c = 0; c < cells.size() && c < positions.size(); ++c)
            row.cells[positions.at(c)] = cells.at(c);
        if (cells.size() > positions.size())
            row.tooWide = tr("The row has %1 fields; the header names %2.").arg(cells.size()).arg(positions.size());
        row.line = table.lines.value(i);
        validate(row, first + int(i) + 1);
        rows.append(std::move(row));
    }
    beginResetModel();
    if (append)
        m_rows.append(std::move(rows));
    else
        m_rows = std::move(rows);
    m_editable = true;
    endResetModel();
    recount();
    return true;
}

void BatchTableModel::setColumnValue(const QList<int> &rows, int column, const QString &value)
{
    if (!m_editable || column <= StatusColumn || column >= columnCount())
        return;
    for (int number : rows) {
        Row &row = m_rows[number];
        row.cells[column - 1] = value;
        validate(row, number + 1);
    }
    if (!rows.isEmpty()) {
        const auto [low, high] = std::minmax_element(rows.cbegin(), rows.cend());
        Q_EMIT dataChanged(index(*low, 0), index(*high, columnCount() - 1));
    }
    recount();
}

void BatchTableModel::removeRowsAt(QList<int> rows)
{
    if (!m_editable)
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    recount();
}

void BatchTableModel::setRows(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_rows.clear();
    for (const HistoryEntry &entry : entries) {
        Row row;
        row.cells = BatchColumns::cells(entry.request);
        row.request = entry.request;
        row.outcome = entry;
        m_rows.append(std::move(row));
    }
    m_editable = false;
    endResetModel();
    recount();
}

std::optional<FlowLogRequest> BatchTableModel::request(int row) const
{
    return m_rows.at(row).request;
}

QString BatchTableModel::cell(int row, int column) const
{
    return column == StatusColumn ? statusText(m_rows.at(row)) : m_rows.at(row).cells.value(column - 1);
}

void BatchTableModel::setOutcome(int row, const HistoryEntry &entry)
{
    m_editable = false;
    m_rows[row].outcome = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

// The request the row's cells make, judged by the form's rules: the same parse as a batch file's row
// in flowlog-cli, so that a row the window accepts the command line accepts too.
void BatchTableModel::validate(Row &row, int number) const
{
    ApiParameters parameters;
    row.request.reset();
    row.readError.clear();
    row.findings.clear();
    if (!BatchColumns::parameters(BatchColumns::names(), row.cells, number, row.line, &parameters, &row.readError))
        return;
    ParsedRequest parsed = RequestValidator::parse(parameters);
    row.findings = std::move(parsed.findings);
    if (row.tooWide.isEmpty() && !RequestValidator::hasErrors(row.findings))
        row.request = std::move(parsed.request);
}

void BatchTableModel::recount()
{
    Counts counts;
    counts.rows = int(m_rows.size());
    for (const Row &row : std::as_const(m_rows)) {
        if (row.request)
            ++counts.ready;
        else
            ++counts.withErrors;
    }
    m_counts = counts;
    Q_EMIT countsChanged();
}

QString BatchTableModel::statusText(const Row &row) const
{
    if (row.outcome) {
        const HistoryEntry &entry = *row.outcome;
        switch (entry.outcome) {
        case Outcome::Succeeded:
            return tr("Created %1").arg(entry.flowLogId);
        case Outcome::Failed:
            return tr("Failed: %1").arg(entry.errorCode.isEmpty() ? entry.messageText() : entry.errorCode);
        case Outcome::Unknown:
            return tr("Unknown: may have been created");
        case Outcome::Cancelled:
            return tr("Cancelled: not sent");
        case Outcome::Queued:
            return tr("Waiting");
        }
    }
    if (!row.tooWide.isEmpty())
        return row.tooWide;
    if (!row.readError.isEmpty())
        return row.readError;
    int errors = 0;
    int warnings = 0;
    for (const ValidationFinding &finding : row.findings)
        ++(finding.severity == Severity::Error ? errors : warnings);
    if (errors > 0)
        return tr("%n error(s): %1", nullptr, errors).arg(row.findings.first().message());
    if (warnings > 0)
        return tr("Ready (%n warning(s))", nullptr, warnings);
    return tr("Ready");
}

QString BatchTableModel::cellToolTip(const Row &row, int column) const
{
    if (column == StatusColumn) {
        if (row.outcome)
            return row.outcome->messageText();
        QStringList lines;
        if (!row.tooWide.isEmpty())
            lines.append(row.tooWide);
        if (!row.readError.isEmpty())
            lines.append(row.readError);
        for (const ValidationFinding &finding : row.findings)
            lines.append(finding.message());
        return lines.join(u'\n');
    }
    QStringList lines;
    if (column == columnOf(Field::Tags) && !row.readError.isEmpty())
        lines.append(row.readError);
    for (const ValidationFinding &finding : row.findings) {
        if (columnOf(finding.field) == column)
            lines.append(finding.message());
    }
    return lines.join(u'\n');
}

bool BatchTableModel::cellHasError(const Row &row, int column) const
{
    if (column == StatusColumn)
        return row.request == std::nullopt;
    if (column == columnOf(Field::Tags) && !row.readError.isEmpty())
        return true;
    return std::any_of(row.findings.cbegin(), row.findings.cend(), [column](const ValidationFinding &finding) {
        return finding.severity == Severity::Error && columnOf(finding.field) == column;
    });
}
