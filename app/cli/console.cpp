#include "cli/console.h"

#include "core/request/codepointclass.h"

#include <algorithm>
#include <cstdio>

namespace {

bool mustBeShownEscaped(char32_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
    const bool bidiOverride = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    return control || bidiOverride;
}

} // namespace

QString Console::visible(const QString &text)
{
    const auto needsEscaping = [](QChar c) { return mustBeShownEscaped(c.unicode()); };
    if (std::none_of(text.cbegin(), text.cend(), needsEscaping))
        return text; // the common case costs one scan
    QString shown;
    shown.reserve(text.size() + 16);
    // Every character escaped is in the BMP, so surrogate pairs pass through untouched.
    for (const QChar c : text) {
        if (mustBeShownEscaped(c.unicode()))
            shown += u'<' + CodePointClasses::notation(c.unicode()) + u'>';
        else
            shown += c;
    }
    return shown;
}

QTextStream &Console::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Console::err()
{
    static QTextStream stream(stderr);
    return stream;
}

void Console::printLine(const QString &text)
{
    out() << visible(text) << '\n';
    out().flush();
}

void Console::printError(const QString &text)
{
    err() << visible(text) << '\n';
    err().flush();
}
