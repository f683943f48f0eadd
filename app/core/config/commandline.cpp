#include "core/config/commandline.h"

namespace {

enum class Quote { None, Single, Double };

} // namespace

std::optional<QStringList> CommandLine::split(const QString &command)
{
    QStringList arguments;
    QString current;
    bool inArgument = false; // "" is an argument of its own
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (quote == Quote::Single) {
            if (c == u'\'')
                quote = Quote::None;
            else
                current += c;
            continue;
        }
        if (c == u'\\') {
            if (i + 1 >= command.size())
                return std::nullopt;
            const QChar next = command.at(i + 1);
            // Inside double quotes only \" and \\ are escapes, as in a POSIX shell.
            if (quote == Quote::Double && next != u'"' && next != u'\\') {
                current += c;
                continue;
            }
            current += next;
            inArgument = true;
            ++i;
            continue;
        }
        if (quote == Quote::Double) {
            if (c == u'"')
                quote = Quote::None;
            else
                current += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c == u'\'' ? Quote::Single : Quote::Double;
            inArgument = true;
        } else if (c.isSpace()) {
            if (inArgument)
                arguments.append(std::exchange(current, {}));
            inArgument = false;
        } else {
            current += c;
            inArgument = true;
        }
    }
    if (quote != Quote::None)
        return std::nullopt;
    if (inArgument)
        arguments.append(current);
    return arguments;
}
