#pragma once

#include "historyentry.h"

#include <QList>
#include <QObject>
#include <QString>

// The persistent history of attempts: SQLite in WAL mode under
// QStandardPaths::AppDataLocation/history.sqlite (shared by the app and flowlog-cli), or any path.
// Every write is its own transaction, so a crash loses nothing already recorded. Two processes may
// write at once (busy timeout). Each instance opens its own named connection.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    static QString defaultPath();
    // Opens (creating or migrating the schema). On failure returns false and errorString() says why.
    bool open(const QString &path = defaultPath());
    bool isOpen() const;
    QString errorString() const;
    QString path() const;

    // Inserts and returns the new id (0 on failure). The entry's id is ignored.
    qint64 add(const HistoryEntry &entry);
    // Rewrites a row already recorded (outcome after the call finished, status after a poll).
    bool update(const HistoryEntry &entry);
    bool remove(const QList<qint64> &ids);
    std::optional<HistoryEntry> entry(qint64 id) const;
    // Newest first; limit <= 0 means all.
    QList<HistoryEntry> entries(int limit = 0) const;
    // Rows with an id greater than afterId, oldest first: how a view picks up rows another
    // process (the CLI) wrote.
    QList<HistoryEntry> entriesAfter(qint64 afterId) const;
    // Rows changed (inserted or updated) since a revision: see revision().
    qint64 revision() const;
    int count() const;

Q_SIGNALS:
    // Emitted for changes made through this instance.
    void entryAdded(const HistoryEntry &entry);
    void entryUpdated(const HistoryEntry &entry);
    void entriesRemoved(const QList<qint64> &ids);

private:
    QString m_connectionName;
    QString m_path;
    QString m_error;
};
