#include "appsettings.h"
#include "historystore.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profilemanager.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Before anything reads QSettings or QStandardPaths: both are keyed by these names.
    QCoreApplication::setOrganizationName(u"FlowLogStudio"_s);
    QCoreApplication::setApplicationName(u"flowlog"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWLOG_VERSION));
    QGuiApplication::setDesktopFileName(u"flowlog"_s);
    QApplication::setWindowIcon(QIcon(u":/flowlog/icons/flowlog.png"_s));

    LanguageManager languages;
    languages.restore();
    // A history that cannot be opened does not stop the app: the window says so and sends anyway.
    HistoryStore history;
    history.open(AppSettings::load().effectiveHistoryPath());
    ProfileManager profiles;

    MainWindow window(&profiles, &history, &languages);
    window.show();
    return QApplication::exec();
}
