#include "core/signing/credentials.h"

QString Credentials::masked(const QString &value)
{
    if (value.size() <= 8)
        return QString(value.size(), QLatin1Char('*'));
    return value.left(4) + QStringLiteral("****") + value.right(4);
}

QString Credentials::toString() const
{
    QString text = masked(accessKeyId);
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
