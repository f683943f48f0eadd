#pragma once

#include <QString>
#include <QStringList>

// Where the application's compiled translations live. Every executable that links
// flowlog_translations carries :/i18n/flowlog_<language>.qm as a resource, so
// QTranslator::load(locale, fileBaseName(), u"_"_s, resourceDirectory()) finds them.
class TranslationCatalog
{
public:
    static QString resourceDirectory();
    static QString fileBaseName();
    // The languages shipped, as the suffixes of the .qm files ("zh_CN", "en").
    static QStringList languages();
    // The resource path of one language's .qm file, e.g. :/i18n/flowlog_zh_CN.qm.
    static QString resourcePath(const QString &language);
};
