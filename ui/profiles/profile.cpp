#include "ui/profiles/profile.h"

#include "core/history/historyentry.h"

using namespace Qt::StringLiterals;

// One naming for the selector and the history, which shows recorded ids the same way.
QString Profile::displayName() const
{
    return HistoryEntry::profileDisplayName(id);
}

QString Profile::sandboxId()
{
    return u"sandbox"_s;
}

QString Profile::environmentId()
{
    return u"env"_s;
}

QString Profile::aliyunCliId(const QString &name)
{
    return u"aliyun:"_s + name;
}

QString Profile::ownId(const QString &name)
{
    return u"own:"_s + name;
}
