// Start to first painted window: FlowLog Studio against a minimal Qt Widgets window, measured the
// same way. The driver starts this executable again as a probe ("--probe minimal" or "--probe
// flowlog"), and times from QProcess::start() to the probe's "painted" line, which the probe
// prints from the first Paint event of its top-level window. Probes alternate so that load on the
// machine hits both alike; the report gives medians.
//
//   xvfb-run -a -s "-screen 0 1280x800x24" build/bin/bench/startup_bench --runs 15

#include "ui/main/flowlogapplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Quits on the first Paint of a top-level window, after saying so on stdout.
class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && widget && widget->isWindow()) {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }
};

int runProbe(int argc, char *argv[], const QString &kind)
{
    QApplication app(argc, argv);
    FirstPaintProbe probe;
    app.installEventFilter(&probe);
    if (kind == u"minimal"_s) {
        QLabel label(u"Hello"_s);
        label.show();
        return QApplication::exec();
    }
    FlowLogApplication::setIdentity();
    FlowLogApplication flowlog;
    flowlog.window().show();
    return QApplication::exec();
}

double timeProbe(const QString &kind, const QProcessEnvironment &environment)
{
    QProcess probe;
    probe.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    probe.start(QCoreApplication::applicationFilePath(), {u"--probe"_s, kind});
    while (probe.waitForReadyRead(10000)) {
        if (probe.readAllStandardOutput().contains("painted"))
            break;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    probe.waitForFinished(10000);
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int runDriver(int runs)
{
    // A fresh settings and history location, so that every run starts like a first start.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"FLOWLOG_HISTORY"_s, home.filePath(u"history.sqlite"_s));
    QList<double> minimal;
    QList<double> flowlog;
    timeProbe(u"flowlog"_s, environment); // warm the page cache for both binaries' libraries
    for (int i = 0; i < runs; ++i) {
        minimal.append(timeProbe(u"minimal"_s, environment));
        flowlog.append(timeProbe(u"flowlog"_s, environment));
    }
    const double ratio = median(flowlog) / median(minimal);
    std::printf("start to first paint, median of %d: minimal Qt window %.1f ms, FlowLog Studio %.1f ms, "
                "ratio %.2f\n",
        runs, median(minimal), median(flowlog), ratio);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--probe") == 0)
            return runProbe(argc, argv, QString::fromLocal8Bit(argv[i + 1]));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"runs"_s, u"Measured starts of each kind."_s, u"N"_s, u"15"_s});
    parser.process(app);
    return runDriver(std::max(1, parser.value(u"runs"_s).toInt()));
}
