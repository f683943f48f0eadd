#pragma once

#include "core/history/historyentry.h"

#include "ui/history/historyrows.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class HistoryStore;
class QThread;

// The history as a table, newest first. Loads the store's summary rows (no request/response texts)
// into HistoryRows, compact and with a lower-cased search text per row (SearchTextRole), so that
// filtering 100k rows is a plain substring scan. The newest rows load at once and the rest from a
// loader thread with its own connection, so a large history never delays the window.
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
        Duration, FlowLogStatus, Endpoint, SamplingInterval, TrafficPath, IpVersion, ResourceGroup, Tags,
        ColumnCount
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

    // Without QAbstractTableModel's two virtual calls per index: a search asks for one per row.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // How many of the newest rows load at once; older ones follow from a loader thread.
    static constexpr int InitialRows = 2000;

    // Reloads (a model reset): the newest InitialRows at once, the rest in the background, inserted
    // at the bottom when read (loadingFinished() follows). False (and empty) when the store is not
    // open; call it again once it is.
    bool reload();
    bool isLoading() const;
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
    // resolved: an unknown outcome settled later ("Succeeded (found later)", "Not created (checked
    // later)").
    static QString outcomeLabel(::Outcome outcome, bool resolved = false);

    // Emits the header and label changes for the current language. Called on
    // QEvent::LanguageChange; public for views that switch languages without a QTranslator.
    void retranslate();

Q_SIGNALS:
    // Every row of the store is in the model.
    void loadingFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followOwnWrite();
    QVariant toolTip(qsizetype at, int column) const;
    static QString timeHeaderToolTip();
    qsizetype indexOfRow(int row) const { return m_rows.size() - 1 - row; }
    void insertEntry(const HistoryEntry &entry);
    void updateEntry(const HistoryEntry &entry);
    void removeEntries(const QList<qint64> &ids);
    void applyChange(const HistoryEntry &entry);
    bool deferWhileLoading(const HistoryEntry &entry);
    void startLoader(qint64 beforeId);
    void stopLoader();
    void finishLoading(std::shared_ptr<HistoryRows> older);

    HistoryStore *m_store;
    HistoryRows m_rows; // model row r is index size - 1 - r
    qint64 m_revision = 0;
    std::unique_ptr<QThread> m_loader;
    std::shared_ptr<std::atomic_bool> m_cancelLoad;
    qint64 m_loadBefore = 0;           // the loader reads ids below this
    int m_labelsGeneration = 0;        // per language change: a batch built with older labels is redone
    QList<HistoryEntry> m_deferred;    // changes to rows the loader has yet to hand over
    QList<qint64> m_removedWhileLoading;
};
