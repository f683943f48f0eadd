// Measures the history view as the user meets it, offscreen:
//   QT_QPA_PLATFORM=offscreen history_view_bench FILE [EMPTY_FILE]
// open time (view constructed, shown and painted) against an empty history, the time until the
// older rows are in, each search keystroke including the repaint, and the resident memory.
#include "core/history/historystore.h"
#include "ui/history/historytablemodel.h"
#include "ui/history/historyview.h"

#include "support/residentmemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTableView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Opens the store, builds, shows and paints the view; returns milliseconds.
qint64 openView(const QString &path, std::unique_ptr<HistoryStore> &store, std::unique_ptr<HistoryView> &view)
{
    QElapsedTimer timer;
    timer.start();
    store = std::make_unique<HistoryStore>();
    if (!store->open(path)) {
        std::fprintf(stderr, "history_view_bench: %s\n", qPrintable(store->errorString()));
        std::exit(1);
    }
    view = std::make_unique<HistoryView>(store.get());
    view->resize(1400, 800);
    view->show();
    view->tableView()->viewport()->repaint();
    return timer.elapsed();
}

void type(HistoryView &view, const QString &query)
{
    auto *search = view.findChild<QLineEdit *>(u"historySearchLineEdit"_s);
    qint64 worst = 0;
    qint64 worstFilter = 0;
    QElapsedTimer timer;
    const auto keystroke = [&](const QString &text) {
        timer.start();
        search->setText(text);
        worstFilter = qMax(worstFilter, timer.nsecsElapsed());
        view.tableView()->viewport()->repaint();
        worst = qMax(worst, timer.nsecsElapsed());
    };
    for (qsizetype length = 1; length <= query.size(); ++length)
        keystroke(query.left(length));
    for (qsizetype length = query.size() - 1; length >= 0; --length)
        keystroke(query.left(length));
    std::printf("  worst keystroke typing and erasing \"%s\": %.1f ms (filter and view update %.1f ms)\n",
        qPrintable(query), worst / 1e6, worstFilter / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: history_view_bench FILE [EMPTY_FILE]\n", stderr);
        return 2;
    }
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<HistoryView> view;
    qint64 empty = 0;
    if (args.size() > 2) {
        empty = openView(args.at(2), store, view);
        view.reset();
        store.reset();
        std::printf("open with an empty history: %lld ms\n", empty);
    }
    const qint64 rssBefore = residentKiB();
    const qint64 open = openView(args.at(1), store, view);
    std::printf("open with %s: %lld ms (delta %lld ms), %d rows shown at once\n", qPrintable(args.at(1)), open,
        open - empty, view->model()->rowCount());
    QElapsedTimer timer;
    timer.start();
    if (view->model()->isLoading()) {
        QEventLoop loop;
        QObject::connect(view->model(), &HistoryTableModel::loadingFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    std::printf("all %d rows in %lld ms after opening\n", view->model()->rowCount(), timer.elapsed());
    std::printf("RSS %lld MiB (+%lld MiB for the history)\n", residentKiB() / 1024,
        (residentKiB() - rssBefore) / 1024);
    std::printf("unsorted (default):\n");
    type(*view, u"hangzhou"_s);
    type(*view, u"throttling"_s);
    view->tableView()->sortByColumn(HistoryTableModel::Time, Qt::DescendingOrder);
    std::printf("sorted by time:\n");
    type(*view, u"hangzhou"_s);
    type(*view, u"流量审计 12"_s);
    std::printf("final RSS %lld MiB\n", residentKiB() / 1024);
    return 0;
}
