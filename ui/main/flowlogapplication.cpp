#include "ui/main/flowlogapplication.h"

#include "core/config/appsettings.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

void FlowLogApplication::setIdentity()
{
    AppSettings::identifyApplication();
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWLOG_VERSION));
    QGuiApplication::setDesktopFileName(u"flowlog"_s);
}

// Decoding the icon loads the image-format plugins, and the window system receives it in every
// size: the first frame does not wait for that. Windows shown earlier get it when it is set.
void FlowLogApplication::setIcon()
{
    QApplication::setWindowIcon(QIcon(u":/flowlog/icons/flowlog.png"_s));
}

FlowLogApplication::FlowLogApplication()
{
    m_languages.restore();
    m_window = std::make_unique<MainWindow>(&m_profiles, &m_history, &m_languages);
    QObject::connect(m_window.get(), &MainWindow::firstFrameShown, m_window.get(), [this] {
        openHistory();
        setIcon();
    });
}

// After the first frame: loading the SQLite driver and opening (or creating) the file are not
// needed to draw the window. One that cannot be opened does not stop the app: the window says so
// and sends anyway.
void FlowLogApplication::openHistory()
{
    m_history.open(AppSettings::load().effectiveHistoryPath());
}
