#pragma once

#include "core/history/historyentry.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

// The persistent history of attempts: SQLite in WAL mode (synchronous=NORMAL, busy timeout 5 s) at
// defaultPath(), shared by the app and flowlog-cli, or at any path. Every write is its own
// transaction, so a crash loses nothing already recorded; two processes may write at once. Each
// instance opens its own named connection and removes it when destroyed. No column holds a secret.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    // The schema this build writes (PRAGMA user_version); older files are migrated forward when
    // opened (docs/history.md lists the versions).
    static constexpr int SchemaVersion = 6;

    // What a read returns: Summary leaves out requestText and responseText, the two large columns,
    // so that a view can load 100k rows quickly and fetch one row's texts with entry(id) on demand.
    enum class Detail { Full, Summary };

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    // $FLOWLOG_HISTORY when set (tests and CI use it), else
    // QStandardPaths::GenericDataLocation/flowlog-studio/history.sqlite: the same file for every
    // executable, whatever its application name.
    static QString defaultPath();
    // Opens (creating the folder, the file and the schema). On failure returns false and
    // errorString() says why; a file written by a newer schema version is refused.
    bool open(const QString &path = defaultPath());
    bool isOpen() const;
    QString errorString() const;
    QString path() const;

    // Inserts and returns the new id (0 on failure). The entry's id is ignored.
    qint64 add(const HistoryEntry &entry);
    // Inserts all in one transaction (all or nothing) and returns their ids in order (empty on
    // failure). entryAdded() is emitted for each.
    QList<qint64> addAll(const QList<HistoryEntry> &entries);
    // Rewrites a row already recorded (outcome after the call finished, status after a poll).
    // False when the id does not exist.
    bool update(const HistoryEntry &entry);
    // Rewrites several rows in one transaction (all or nothing).
    bool updateAll(const QList<HistoryEntry> &entries);
    bool remove(const QList<qint64> &ids);
    std::optional<HistoryEntry> entry(qint64 id) const;
    // Newest first; limit <= 0 means all. One prepared, forward-only SELECT.
    QList<HistoryEntry> entries(int limit = 0, Detail detail = Detail::Full) const;
    // The same rows, oldest first, handed one by one without building a list; stops when the
    // visitor returns false.
    bool forEachEntry(const std::function<bool(const HistoryEntry &)> &visitor,
        Detail detail = Detail::Full) const;
    // Rows with an id greater than afterId, oldest first: how a view picks up rows another
    // process (the CLI) wrote. Ids are never reused, even after removals.
    QList<HistoryEntry> entriesAfter(qint64 afterId, Detail detail = Detail::Full) const;
    // Create rows whose outcome is Unknown and was never settled (HistoryEntry::isUnresolved()), oldest
    // first; an index keeps this quick however long the history is.
    QList<HistoryEntry> unresolvedEntries(Detail detail = Detail::Summary) const;
    // Rows that name this flow log, oldest first.
    // The rows of one batch (HistoryEntry::batchId), oldest first.
    QList<HistoryEntry> batchEntries(const QString &batchId, Detail detail = Detail::Summary) const;
    // The batches cut short: those with a row still queued or unknown and not settled, oldest first.
    QStringList openBatches() const;
    QList<HistoryEntry> entriesWithFlowLogId(const QString &flowLogId, Detail detail = Detail::Summary) const;
    // Rows whose unknown outcome the attempt `id` settled (HistoryEntry::resolvedBy), oldest first.
    QList<HistoryEntry> entriesResolvedBy(qint64 id, Detail detail = Detail::Summary) const;
    // Every write (add, update) stamps its rows with a new revision; revision() is the latest.
    // A view remembers it and later asks entriesChangedSince() for rows added or rewritten since,
    // by any process.
    qint64 revision() const;
    // The revision of the last write through this instance (0: none yet), known while its signals
    // are emitted: a view that saw revision R - 1 and applies the signals of write R need not read
    // those rows back.
    qint64 lastWriteRevision() const { return m_lastWriteRevision; }
    QList<HistoryEntry> entriesChangedSince(qint64 revision, Detail detail = Detail::Full) const;
    int count() const;
    // PRAGMA user_version of the open file.
    int schemaVersion() const;

Q_SIGNALS:
    // Emitted for changes made through this instance.
    void entryAdded(const HistoryEntry &entry);
    void entryUpdated(const HistoryEntry &entry);
    void entriesRemoved(const QList<qint64> &ids);

private:
    struct Statements;

    bool configure();
    bool prepareStatements();
    void closeDatabase();
    bool createSchema();
    bool migrate(int fromVersion);
    bool createVersion1();
    bool dropOwnFailureTexts();
    bool addResolution();
    bool addTodaysParameters();
    bool addAction();
    bool addBatch();
    bool exec(const QString &statement);
    bool exec(QSqlQuery &query);
    bool begin();
    bool commit();
    void rollback();
    qint64 nextRevision();
    qint64 insert(const HistoryEntry &entry, qint64 revision);
    bool rewrite(const HistoryEntry &entry, qint64 revision);
    QList<HistoryEntry> select(const QString &where, const QVariantList &values, const QString &order,
        int limit, Detail detail) const;
    bool run(QSqlQuery &query, const QString &where, const QVariantList &values, const QString &order, int limit,
        Detail detail) const;
    bool visit(QSqlQuery &query, const std::function<bool(const HistoryEntry &)> &visitor, Detail detail) const;
    bool fail(const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;

    QString m_connectionName;
    QString m_path;
    // Prepared once per open file: preparing the 27-column statements costs more than running them.
    std::unique_ptr<Statements> m_statements;
    mutable QString m_error;
    qint64 m_lastWriteRevision = 0;
};
