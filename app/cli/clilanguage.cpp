#include "cli/clilanguage.h"

#include "core/config/uilanguage.h"

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
    QLocale::setDefault(locale);
    // Region names are held in both languages and chosen by UiLanguage, not translated.
    if (language.isEmpty())
        UiLanguage::followSystemLocale();
    else
        UiLanguage::setChinese(language == u"zh"_s);
    if (m_qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    if (m_appTranslator.load(locale, u"flowlog"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_appTranslator);
}
