#pragma once

#include "core/history/historyentry.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// One field of the history as every reader of it names it: the table's columns, the app's export
// and `flowlog-cli history` all take their keys, titles and values from HistoryFields::all().
struct HistoryField
{
    // Stable camelCase key, as `create --output json` spells the same things (regionId, code, ...).
    QString key;
    // English source text of the column title; title() translates it.
    const char *sourceTitle = nullptr;
    // The language-independent value the exports write: API spellings, ISO 8601 local time with its
    // UTC offset, numbers as numbers; the message is explained in the current language when it is our own failure.
    QJsonValue (*read)(const HistoryEntry &entry) = nullptr;

    QString title() const;
    QJsonValue value(const HistoryEntry &entry) const { return read(entry); }
    // The value as one CSV cell or clipboard line.
    QString text(const HistoryEntry &entry) const;
};

namespace HistoryFields {
// In the order of the table's columns (HistoryTableModel::Column), then those only the exports
// write (id, source, signatureVersion, resolvedBy, resolvedAt, action).
const QList<HistoryField> &all();
// The UTC offset of time's zone at that moment, as the exports write it: "+08:00", "-04:00", "+00:00".
QString utcOffset(const QDateTime &time);
// How many of all() are table columns.
inline constexpr int TableColumnCount = 25;
} // namespace HistoryFields
