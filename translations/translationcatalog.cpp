#include "translations/translationcatalog.h"

using namespace Qt::StringLiterals;

QString TranslationCatalog::resourceDirectory()
{
    return u":/i18n"_s;
}

QString TranslationCatalog::fileBaseName()
{
    return u"flowlog"_s;
}

QStringList TranslationCatalog::languages()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString TranslationCatalog::resourcePath(const QString &language)
{
    return resourceDirectory() + u'/' + fileBaseName() + u'_' + language + u".qm"_s;
}
