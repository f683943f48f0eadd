#include "emulator/inventorypaging.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray check(qsizetype position, const QString &fingerprint)
{
    const QByteArray text
        = "flowlog-emulator-next-token|" + fingerprint.toUtf8() + '|' + QByteArray::number(position);
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16);
}

} // namespace

namespace InventoryPaging {

Page byNumber(const QList<int> &candidates, const Match &match, qsizetype first, qsizetype size)
{
    Page page;
    if (!match) {
        page.total = candidates.size();
        for (qsizetype at = first; at < candidates.size() && at < first + size; ++at)
            page.items.append(candidates.at(at));
        return page;
    }
    for (const int candidate : candidates) {
        if (!match(candidate))
            continue;
        if (page.total >= first && page.total < first + size)
            page.items.append(candidate);
        ++page.total;
    }
    return page;
}

Page fromPosition(const QList<int> &candidates, const Match &match, qsizetype position, qsizetype size)
{
    Page page;
    qsizetype at = position;
    for (; at < candidates.size() && page.items.size() < size; ++at) {
        if (!match || match(candidates.at(at)))
            page.items.append(candidates.at(at));
    }
    // The next page starts at the next match, so that the last page, and only it, has no token.
    while (match && at < candidates.size() && !match(candidates.at(at)))
        ++at;
    page.nextPosition = at < candidates.size() ? at : -1;
    page.total = match ? byNumber(candidates, match, 0, 0).total : candidates.size();
    return page;
}

QString token(qsizetype position, const QString &fingerprint)
{
    const QByteArray text = "v1:" + QByteArray::number(position) + ':' + check(position, fingerprint);
    return QString::fromLatin1(text.toBase64(base64Url));
}

std::optional<qsizetype> position(const QString &token, const QString &fingerprint)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), base64Url | QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (!decoded || parts.size() != 3 || parts.at(0) != "v1")
        return std::nullopt;
    bool ok = false;
    const qsizetype at = parts.at(1).toLongLong(&ok);
    if (!ok || at < 0 || parts.at(2) != check(at, fingerprint))
        return std::nullopt;
    return at;
}

std::optional<int> integer(const AuthenticatedCall &call, const QString &name, int fallback, int minimum,
    int maximum, std::optional<EmulatorError> *error)
{
    if (!call.has(name))
        return fallback;
    bool ok = false;
    const int value = call.value(name).toInt(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    *error = EmulatorError::invalidParameter(
        name, u"It must be an integer from %1 to %2."_s.arg(minimum).arg(maximum));
    return std::nullopt;
}

} // namespace InventoryPaging
