#include "ui/main/languagemanager.h"

#include "translations/translationcatalog.h"
#include "core/config/appsettings.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

QLocale localeFor(LanguageManager::Language language)
{
    switch (language) {
    case LanguageManager::Language::Chinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    case LanguageManager::Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case LanguageManager::Language::FollowSystem:
        break;
    }
    return QLocale::system();
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    // The translators die with this object: QCoreApplication must not keep dangling pointers.
    removeTranslators();
}

QLocale LanguageManager::effectiveLocale() const
{
    return localeFor(m_language);
}

bool LanguageManager::hasApplicationTranslation() const
{
    return m_appInstalled;
}

void LanguageManager::restore()
{
    const QSettings settings;
    apply(fromSettingsValue(settings.value(settingsKey()).toString()));
}

void LanguageManager::setLanguage(Language language)
{
    QSettings settings;
    settings.setValue(settingsKey(), settingsValue(language));
    apply(language);
}

QString LanguageManager::settingsKey()
{
    return SettingsKeys::Language.toString();
}

QString LanguageManager::settingsValue(Language language)
{
    switch (language) {
    case Language::Chinese:
        return u"zh_CN"_s;
    case Language::English:
        return u"en"_s;
    case Language::FollowSystem:
        break;
    }
    return u"system"_s;
}

LanguageManager::Language LanguageManager::fromSettingsValue(const QString &value)
{
    if (value == u"zh_CN")
        return Language::Chinese;
    if (value == u"en")
        return Language::English;
    return Language::FollowSystem;
}

void LanguageManager::apply(Language language)
{
    m_language = language;
    const QLocale locale = localeFor(language);
    // Core code picks data held in both languages (region names) by the default locale: set it
    // before any widget retranslates.
    QLocale::setDefault(locale);

    const bool removed = removeTranslators();
    const bool installed = installTranslators(locale);
    // Data shown in both languages (region names) changes even when no translator moved, e.g.
    // from Chinese without a .qm to English: tell the widgets ourselves.
    if (!removed && !installed) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    Q_EMIT languageChanged(language);
}

bool LanguageManager::removeTranslators()
{
    bool removed = false;
    if (m_qtInstalled)
        removed |= QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_appInstalled)
        removed |= QCoreApplication::removeTranslator(&m_appTranslator);
    m_qtInstalled = false;
    m_appInstalled = false;
    return removed;
}

bool LanguageManager::installTranslators(const QLocale &locale)
{
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtTranslator.load(locale, u"qtbase"_s, u"_"_s, qtDirectory))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    // Every language but Chinese reads the English catalogue: it holds the English plural forms
    // ("1 row", "2 rows"), which a C or German system locale would otherwise not load.
    const QString directory = TranslationCatalog::resourceDirectory();
    const QString base = TranslationCatalog::fileBaseName();
    if (m_appTranslator.load(locale, base, u"_"_s, directory)
        || (locale.language() != QLocale::Chinese && m_appTranslator.load(base + u"_en"_s, directory)))
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    return m_qtInstalled || m_appInstalled;
}
