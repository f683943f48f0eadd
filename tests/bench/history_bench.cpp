// Measures what the history view costs with a large history:
//   history_bench FILE [EMPTY_FILE]
// prints the model load time (and the delta to an empty file), the time of each filter keystroke
// through the view's proxy, a sort, and the resident memory.
#include "ui/history/historyfilterproxymodel.h"
#include "core/history/historystore.h"
#include "ui/history/historytablemodel.h"

#include "support/residentmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Opens the store and builds the model, as the view does on start-up; returns the milliseconds.
qint64 loadMs(const QString &path, std::unique_ptr<HistoryStore> &store, std::unique_ptr<HistoryTableModel> &model)
{
    QElapsedTimer timer;
    timer.start();
    store = std::make_unique<HistoryStore>();
    if (!store->open(path)) {
        std::fprintf(stderr, "history_bench: %s\n", qPrintable(store->errorString()));
        std::exit(1);
    }
    model = std::make_unique<HistoryTableModel>(store.get());
    return timer.elapsed();
}

void typeQuery(HistoryFilterProxyModel &proxy, const QString &query)
{
    qint64 worst = 0;
    QElapsedTimer timer;
    for (qsizetype length = 1; length <= query.size(); ++length) {
        timer.start();
        proxy.setSearchText(query.left(length));
        proxy.rowCount(); // the mapping is rebuilt when the view asks, as it does at once
        worst = qMax(worst, timer.nsecsElapsed());
        std::printf("  filter \"%s\": %.1f ms, %d rows\n", qPrintable(query.left(length)),
            timer.nsecsElapsed() / 1e6, proxy.rowCount());
    }
    for (qsizetype length = query.size() - 1; length >= 0; --length) {
        timer.start();
        proxy.setSearchText(query.left(length));
        proxy.rowCount();
        worst = qMax(worst, timer.nsecsElapsed());
    }
    std::printf("  worst keystroke typing and erasing \"%s\": %.1f ms\n", qPrintable(query), worst / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: history_bench FILE [EMPTY_FILE]\n", stderr);
        return 2;
    }
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<HistoryTableModel> model;
    if (args.size() > 2) {
        const qint64 empty = loadMs(args.at(2), store, model);
        std::printf("empty history: %lld ms\n", empty);
        model.reset();
        store.reset();
    }
    const qint64 rssBefore = residentKiB();
    const qint64 load = loadMs(args.at(1), store, model);
    std::printf("first %d rows shown after %lld ms\n", model->rowCount(), load);

    // The view's proxy is attached while the older rows load, as in the app.
    HistoryFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    proxy.sort(HistoryTableModel::Time, Qt::DescendingOrder);
    QElapsedTimer timer;
    qint64 mergeNs = 0;
    QObject::connect(model.get(), &QAbstractItemModel::rowsAboutToBeInserted, &app, [&timer] { timer.start(); });
    QObject::connect(model.get(), &QAbstractItemModel::rowsInserted, &app, [&timer, &mergeNs] {
        mergeNs = timer.nsecsElapsed();
    });
    QElapsedTimer total;
    total.start();
    if (model->isLoading()) {
        QEventLoop loop;
        QObject::connect(model.get(), &HistoryTableModel::loadingFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    std::printf("all %d rows after %lld ms (loader thread); merging them blocked the event loop %.1f ms\n",
        proxy.rowCount(), total.elapsed() + load, mergeNs / 1e6);
    std::printf("RSS %lld MiB (+%lld MiB for the rows)\n", residentKiB() / 1024, (residentKiB() - rssBefore) / 1024);
    for (const char *needle : {"h", "ha", "hangzhou", "throttling"}) {
        QElapsedTimer scan;
        scan.start();
        int hits = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            hits += HistoryFilterProxyModel::contains(model->searchText(row), needle);
        const qint64 matcherNs = scan.nsecsElapsed();
        scan.start();
        for (int row = 0; row < model->rowCount(); ++row)
            hits += model->searchText(row).contains(needle);
        std::printf("raw scan \"%s\": memchr+memcmp %.1f ms, QByteArray::contains %.1f ms (%d)\n", needle, matcherNs / 1e6,
            scan.nsecsElapsed() / 1e6, hits);
    }
    std::printf("sorted by time (a header click):\n");
    typeQuery(proxy, u"hangzhou"_s);
    typeQuery(proxy, u"throttling"_s);
    typeQuery(proxy, u"流量审计 12"_s);
    // The view's default: no sort column, newest first as the model orders them.
    proxy.sort(-1);
    std::printf("unsorted (the view's default, newest first):\n");
    typeQuery(proxy, u"hangzhou"_s);
    typeQuery(proxy, u"throttling"_s);
    typeQuery(proxy, u"流量审计 12"_s);
    timer.start();
    proxy.sort(HistoryTableModel::ResourceId, Qt::AscendingOrder);
    proxy.rowCount();
    std::printf("sort by resource ID: %lld ms\n", timer.elapsed());
    std::printf("final RSS %lld MiB\n", residentKiB() / 1024);
    return 0;
}
