#pragma once

#include "core/history/historystore.h"
#include "ui/main/languagemanager.h"
#include "ui/main/mainwindow.h"
#include "support/nosecretstore.h"
#include "ui/profiles/profilemanager.h"

#include <QProcessEnvironment>
#include <QSettings>

#include <utility>

// What a MainWindow needs, made and destroyed together (the window first): a language manager, a
// history file of the test's own and profiles without a keychain, for the tests that drive the
// real window.
struct WindowFixture
{
    LanguageManager *languages = nullptr;
    HistoryStore *history = nullptr;
    ProfileManager *profiles = nullptr;
    MainWindow *window = nullptr;

    // Fresh settings, the UI in language, the history in historyPath; false if it cannot be opened.
    bool setUp(LanguageManager::Language language, const QString &historyPath)
    {
        QSettings().clear();
        languages = new LanguageManager;
        languages->setLanguage(language);
        history = new HistoryStore;
        return history->open(historyPath);
    }

    // Not shown yet. aliyunConfigPath is the aliyun CLI's file, which need not exist.
    MainWindow *createWindow(const QString &aliyunConfigPath, const QProcessEnvironment &environment = {})
    {
        profiles = new ProfileManager(new NoSecretStore, environment, aliyunConfigPath);
        window = new MainWindow(profiles, history, languages);
        return window;
    }

    void tearDown()
    {
        delete std::exchange(window, nullptr);
        delete std::exchange(profiles, nullptr);
        delete std::exchange(history, nullptr);
        delete std::exchange(languages, nullptr);
    }
};
