#include "core/signing/credentials.h"

#include "core/signing/percentencoding.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// A value as it may appear in text: as is, percent-encoded once (a query, a form body) and twice
// (inside the v1 string to sign, which encodes the encoded query again). Longest first, so that
// no shorter form is replaced inside a longer one.
QStringList writtenForms(const QString &value)
{
    const QByteArray once = PercentEncoding::encode(value);
    const QByteArray twice = PercentEncoding::encode(QByteArrayView(once));
    QStringList forms {QString::fromLatin1(twice), QString::fromLatin1(once), value};
    forms.removeDuplicates();
    return forms;
}

void replaceEveryForm(QString &text, const QString &value, const QString &replacement)
{
    if (value.isEmpty())
        return;
    for (const QString &form : writtenForms(value))
        text.replace(form, replacement);
}

} // namespace

QString Credentials::masked(const QString &value)
{
    // A quarter at most: an eighth at each end, never more than four characters there, and
    // nothing of a value of 8 characters or fewer.
    const qsizetype shown = value.size() <= 8 ? 0 : std::min<qsizetype>(4, value.size() / 8);
    if (shown == 0)
        return QString(value.size(), QLatin1Char('*'));
    return value.left(shown) + QStringLiteral("****") + value.right(shown);
}

QString Credentials::abbreviatedId(const QString &accessKeyId)
{
    if (accessKeyId.size() <= 8)
        return QString(accessKeyId.size(), QLatin1Char('*'));
    return accessKeyId.left(4) + QStringLiteral("****") + accessKeyId.right(4);
}

QString Credentials::scrubbed(QString text) const
{
    replaceEveryForm(text, accessKeySecret, QStringLiteral("****"));
    replaceEveryForm(text, securityToken, masked(securityToken));
    return text;
}

Credentials::Replacements Credentials::replacements() const
{
    Replacements list;
    for (const auto &[value, replacement] :
        {std::pair {accessKeySecret, QStringLiteral("****")}, std::pair {securityToken, masked(securityToken)}}) {
        if (value.isEmpty())
            continue;
        for (const QString &form : writtenForms(value))
            list.append({form, replacement});
    }
    return list;
}

QString Credentials::scrubbedWith(QString text, const Replacements &replacements)
{
    for (const auto &[form, replacement] : replacements) {
        if (text.size() >= form.size() && text.contains(form))
            text.replace(form, replacement);
    }
    return text;
}

QString Credentials::toString() const
{
    QString text = abbreviatedId(accessKeyId);
    if (isSts())
        text += QStringLiteral(" (STS)");
    return text;
}

QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Credentials(" << credentials.toString() << ')';
    return debug;
}

Credentials Credentials::sandbox()
{
    return {u"sandbox-access-key-id"_s, u"sandbox-access-key-secret"_s, {}};
}
