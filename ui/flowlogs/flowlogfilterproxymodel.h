#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class FlowLogTableModel;

// Filters the Flow logs table as one types: every word must appear in a row's prepared search
// text (name, ID, resource and its name, project, logstore, states in both their API and shown
// spellings, tags); and, optionally, only one kind of row. Sorts by FlowLogTableModel::SortRole.
class FlowLogFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogFilterProxyModel)

public:
    enum class Kind { All, Active, Inactive, Changing, DeliveryFailed };

    explicit FlowLogFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setText(const QString &text);
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    FlowLogTableModel *m_model = nullptr;
    QStringList m_words;
    Kind m_kind = Kind::All;
};
