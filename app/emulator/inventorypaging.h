#pragma once

#include "emulator/authenticatedcall.h"
#include "emulator/emulatorerror.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Pages of a candidate list (indices a store's index yields, in creation order) under an optional
// further filter. Without the filter a page costs O(page); with it, the candidates are visited.
namespace InventoryPaging {

struct Page
{
    QList<int> items = {};
    qsizetype total = 0; // every match
    qsizetype nextPosition = -1; // fromPosition(): where the next page starts; -1 on the last page
};

// null: every candidate matches.
using Match = std::function<bool(int)>;

// PageNumber / PageSize: matches first … first + size - 1.
Page byNumber(const QList<int> &candidates, const Match &match, qsizetype first, qsizetype size);
// NextToken / MaxResults: up to size matches from position on.
Page fromPosition(const QList<int> &candidates, const Match &match, qsizetype position, qsizetype size);

// An opaque NextToken: base64url of the position and a check over the position and the query
// (fingerprint: the region and the filters), so that a token is only good for the query that
// issued it.
QString token(qsizetype position, const QString &fingerprint);
std::optional<qsizetype> position(const QString &token, const QString &fingerprint);

// A whole number parameter from minimum to maximum; fallback when it is not sent.
std::optional<int> integer(const AuthenticatedCall &call, const QString &name, int fallback, int minimum,
    int maximum, std::optional<EmulatorError> *error);

} // namespace InventoryPaging
