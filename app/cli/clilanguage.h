#pragma once

#include <QString>
#include <QTranslator>

// The language of flowlog-cli's messages: --lang zh|en, else the system locale. Installs Qt's
// own translations (option parsing errors) and the application's from :/i18n when present.
class CliLanguage
{
public:
    CliLanguage() = default;
    Q_DISABLE_COPY_MOVE(CliLanguage)

    // language: "zh", "en" or empty (the system's).
    void apply(const QString &language);

private:
    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
};
