#pragma once

#include "core/history/historystore.h"
#include "ui/main/languagemanager.h"
#include "ui/main/mainwindow.h"
#include "ui/profiles/profilemanager.h"

#include <memory>

// Everything the desktop app is made of, in the order it must be built: language first (so the
// window is born translated), then profiles, then the window; the history file is opened once the
// window's first frame is on screen. main() and the start-up benchmark both use it, so what is
// measured is what users start.
class FlowLogApplication final
{
    Q_DISABLE_COPY_MOVE(FlowLogApplication)

public:
    // Organisation, application and desktop-file names and version: before anything reads
    // QSettings or QStandardPaths, which are keyed by these names. The icon follows the first frame.
    static void setIdentity();

    FlowLogApplication();
    MainWindow &window() { return *m_window; }

private:
    void openHistory();
    static void setIcon();

    LanguageManager m_languages;
    HistoryStore m_history;
    ProfileManager m_profiles;
    std::unique_ptr<MainWindow> m_window;
};
