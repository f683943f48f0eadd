#include "core/request/tagsyntax.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {

bool isEscapable(QChar c)
{
    return c == u';' || c == u'=' || c == u'\\';
}

QString escaped(const QString &text, bool key)
{
    QString result;
    result.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || (key && c == u'='))
            result.append(u'\\');
        result.append(c);
    }
    return result;
}

// Unescapes `text` from `from` into *out up to the first unescaped `separator` (to the end when
// there is none). Returns the position after the separator, or -1 when none was found. On a bad
// escape sets *error.
qsizetype readUntil(QStringView text, qsizetype from, std::optional<QChar> separator, QString *out,
    TagSyntax::Error *error)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            if (i + 1 == text.size()) {
                error->kind = TagSyntax::Error::Kind::TrailingBackslash;
                return -1;
            }
            const QChar next = text.at(i + 1);
            if (!isEscapable(next)) {
                error->kind = TagSyntax::Error::Kind::UnknownEscape;
                error->escape = text.sliced(i, 2).toString();
                return -1;
            }
            out->append(next);
            ++i;
        } else if (c == separator) {
            return i + 1;
        } else {
            out->append(c);
        }
    }
    return -1;
}

// The unescaped ';'-separated pieces of `text`, each still escaped.
QList<QStringView> splitList(QStringView text)
{
    QList<QStringView> pieces;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i; // whatever follows is judged by the tag parser
        } else if (text.at(i) == u';') {
            pieces.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    pieces.append(text.sliced(start));
    return pieces;
}

} // namespace

QString TagSyntax::Error::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::UnknownEscape:
        return TagSyntax::tr("\"%1\" in the tag \"%2\" is not an escape: only \\; \\= and \\\\ are (for a "
                             "literal ';', '=' and backslash). Write \"\\\\\" for a backslash.")
            .arg(escape, tag);
    case Kind::TrailingBackslash:
        return TagSyntax::tr("The tag \"%1\" ends in a lone backslash: write \"\\\\\" for a backslash.").arg(tag);
    case Kind::MissingEquals:
        return TagSyntax::tr("The tag \"%1\" has no '=': write KEY=VALUE, or KEY= for an empty value (\\= for a "
                             "literal '=' in the key).")
            .arg(tag);
    }
    return {};
}

FlowLogTag TagSyntax::parseTag(QStringView text, Error *error)
{
    *error = {};
    FlowLogTag tag;
    const qsizetype valueStart = readUntil(text, 0, u'=', &tag.key, error);
    if (error->ok() && valueStart < 0)
        error->kind = Error::Kind::MissingEquals;
    if (error->ok())
        readUntil(text, valueStart, std::nullopt, &tag.value, error);
    if (!error->ok()) {
        error->tag = text.toString();
        return {};
    }
    return tag;
}

FlowLogTags TagSyntax::parseList(QStringView text, Error *error)
{
    *error = {};
    FlowLogTags tags;
    for (QStringView piece : splitList(text)) {
        if (piece.trimmed().isEmpty())
            continue;
        const FlowLogTag tag = parseTag(piece, error);
        if (!error->ok())
            return {};
        tags.append(tag);
    }
    return tags;
}

QString TagSyntax::format(const FlowLogTag &tag)
{
    return escaped(tag.key, true) + u'=' + escaped(tag.value, false);
}

QString TagSyntax::formatList(const FlowLogTags &tags)
{
    QStringList pieces;
    for (const FlowLogTag &tag : tags)
        pieces.append(format(tag));
    return pieces.join(u';');
}
