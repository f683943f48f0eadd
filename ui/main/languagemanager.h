#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

// Chooses the UI language at run time: Qt's own translations (so standard buttons follow) and ours
// from :/i18n. Installing or removing a translator makes Qt send QEvent::LanguageChange to every
// widget, which then retranslates itself. The choice is remembered in QSettings.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    enum class Language { FollowSystem, Chinese, English };
    Q_ENUM(Language)

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }
    // The locale the UI shows now: the system's for FollowSystem.
    QLocale effectiveLocale() const;
    // Whether our own translation for the effective locale was found and installed.
    bool hasApplicationTranslation() const;

    // Applies the language saved in QSettings (FollowSystem when none).
    void restore();
    // Installs the translators for language, saves the choice and notifies every widget.
    void setLanguage(Language language);

    static QString settingsKey();
    static QString settingsValue(Language language);
    static Language fromSettingsValue(const QString &value);

Q_SIGNALS:
    void languageChanged(LanguageManager::Language language);

private:
    void apply(Language language);
    bool removeTranslators();
    bool installTranslators(const QLocale &locale);

    Language m_language = Language::FollowSystem;
    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
};
