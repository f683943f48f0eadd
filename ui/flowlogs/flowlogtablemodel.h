#pragma once

#include "core/api/flowloginfo.h"

#include <QAbstractTableModel>
#include <QHash>

struct Inventory;

// The flow logs of one region, one row each, as DescribeFlowLogs lists them, with the resource's
// name from the inventory and, per row, what the last action on it did (a note). The filter reads
// one prepared lower-case text per row, so a keystroke over thousands of rows costs a scan of
// memory, not a call of data() per cell.
class FlowLogTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogTableModel)

public:
    enum Column {
        NameColumn,
        IdColumn,
        ResourceColumn,
        TrafficColumn,
        DestinationColumn, // project / logstore
        IntervalColumn,
        StatusColumn,
        DeliveryColumn,
        CreatedColumn,
        DescriptionColumn,
        IpVersionColumn,
        ResourceGroupColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        FlowLogIdRole,
    };

    // What the last action on a row did, shown with its status until the next listing says more.
    struct Note
    {
        enum class Kind { Busy, Done, Problem };
        Kind kind = Kind::Done;
        QString text; // translated
    };

    explicit FlowLogTableModel(QObject *parent = nullptr);

    // names: where resource names come from (may be null); notes of flow logs still listed stay.
    void setFlowLogs(QList<FlowLogInfo> flowLogs, const Inventory *names);
    int rowOf(const QString &flowLogId) const; // -1 when not listed
    const FlowLogInfo &at(int row) const { return m_rows.at(row).info; }
    QString resourceName(int row) const { return m_rows.at(row).resourceName; }
    const QString &searchText(int row) const { return m_rows.at(row).searchText; }
    std::optional<Note> note(const QString &flowLogId) const;
    void setNote(const QString &flowLogId, const Note &note);
    // A status seen while following an action; "" for a flow log that is gone (the row goes).
    void setStatus(const QString &flowLogId, const QString &status);
    void applyChange(const FlowLogInfo &changed);

    // Rows that fail to deliver, and those the service is changing (Activating, …).
    int deliveryFailures() const;
    int transientCount() const;

    static bool deliveryFailed(const FlowLogInfo &flowLog);
    // Created from Log Service (ServiceType sls): listed here, managed there.
    static bool isReadOnly(const FlowLogInfo &flowLog);
    static QString columnKey(Column column); // stable, for object names and settings

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        FlowLogInfo info;
        QString resourceName;
        QString searchText; // lower case: every shown value, the untranslated states included
    };

    static QString makeSearchText(const Row &row);
    QString displayText(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    void rowChanged(int row);
    void reindex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, Note> m_notes; // by flow log ID
};
