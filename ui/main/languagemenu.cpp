#include "ui/main/languagemenu.h"

#include <QActionGroup>
#include <QEvent>

using namespace Qt::StringLiterals;

LanguageMenu::LanguageMenu(LanguageManager *languages, QWidget *parent)
    : QMenu(parent)
    , m_languages(languages)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    m_followSystemAction = addLanguage(u"followSystemLanguageAction"_s, LanguageManager::Language::FollowSystem);
    addSeparator();
    addLanguage(u"chineseLanguageAction"_s, LanguageManager::Language::Chinese)->setText(u"中文（简体）"_s);
    addLanguage(u"englishLanguageAction"_s, LanguageManager::Language::English)->setText(u"English"_s);
    connect(m_languages, &LanguageManager::languageChanged, this, &LanguageMenu::updateChecked);
    retranslateUi();
    updateChecked();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

QAction *LanguageMenu::addLanguage(const QString &objectName, LanguageManager::Language language)
{
    QAction *action = addAction(QString());
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setData(QVariant::fromValue(language));
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, language] { m_languages->setLanguage(language); });
    return action;
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    m_followSystemAction->setText(tr("Follow &system"));
}

void LanguageMenu::updateChecked()
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().value<LanguageManager::Language>() == m_languages->language());
}
