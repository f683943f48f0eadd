#pragma once

#include "ui/main/languagemanager.h"

#include <QMenu>

class QActionGroup;

// View → Language: follow the system, 中文（简体） or English, the current choice checked. Each
// language is named in itself, so it can be found whatever language the UI shows now.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    // languages is not owned and must outlive the menu.
    explicit LanguageMenu(LanguageManager *languages, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addLanguage(const QString &objectName, LanguageManager::Language language);
    void retranslateUi();
    void updateChecked();

    LanguageManager *m_languages;
    QActionGroup *m_group;
    QAction *m_followSystemAction;
};
