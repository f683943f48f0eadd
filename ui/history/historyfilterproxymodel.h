#pragma once

#include <QByteArrayList>
#include <QPointer>
#include <QSortFilterProxyModel>

class HistoryTableModel;

// Filters the history by a search text matched against every column: each whitespace-separated
// word must occur, case-insensitively, in the row's precomputed search text
// (HistoryTableModel::SearchTextRole). Sorts by the model's raw values, not by display text.
// Qt Core only, so it can be measured without widgets.
class HistoryFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterProxyModel)

public:
    explicit HistoryFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QString searchText() const;
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matches(QByteArrayView haystack) const;
    bool evaluate(int sourceRow, const QModelIndex &sourceParent) const;
    void decideAllRows();
    void decideRows(quint32 *verdicts, int begin, int end) const;
    bool decide(quint32 &verdict, int sourceRow, const QModelIndex &sourceParent) const;
    void forgetVerdicts();

    // Typing one more letter can only drop rows, erasing one can only add rows: the previous
    // search's verdicts spare most of the scanning. Verdicts are generation << 1 | accepted, per
    // source row; generation 0 means unknown.
    enum class Relation { Unrelated, Narrower, Wider };
    static Relation relation(const QByteArrayList &before, const QByteArrayList &after);
    mutable QList<quint32> m_verdicts;
    quint32 m_generation = 1;
    Relation m_relation = Relation::Unrelated;

public:
    // Whether haystack contains needle (not empty): memchr for the first byte, then memcmp. Several
    // times faster than a general matcher on short texts, which a history row's search text is.
    static bool contains(QByteArrayView haystack, QByteArrayView needle);

    QPointer<HistoryTableModel> m_history; // the source when it is a HistoryTableModel: no QVariant per row
    QString m_searchText;
    QByteArrayList m_words; // lower-cased UTF-8
};
