#include "cli/clilanguage.h"


#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

void CliLanguage::apply(const QString &language)
{
    QLocale locale = QLocale::system();
    if (language == u"zh"_s)
        locale = QLocale(QLocale::Chinese, QLocale::China);
    else if (language == u"en"_s)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    // Region names are held in both languages and chosen by the default locale, not translated.
    QLocale::setDefault(locale);
    if (m_qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    if (m_appTranslator.load(locale, u"flowlog"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_appTranslator);
}
