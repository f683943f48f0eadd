// The Resource ID picker over one region's ENIs, as the operator meets it, offscreen:
//   build/bin/flowlog-emulator --generate-inventory regions=1,vpcs=100,vswitches=1000,enis=200000,flowlogs=0,seed=1
//   QT_QPA_PLATFORM=offscreen build/bin/bench/picker_bench --endpoint http://127.0.0.1:PORT --region cn-qingdao
// lists the region through the real InventoryLoader (load time, resident memory of the inventory),
// then types into the form's Resource ID field one key at a time and measures each keystroke from
// the key event to the repainted list: median and worst.
#include "core/api/apiclient.h"
#include "core/inventory/inventoryloader.h"
#include "emulator/vpcemulator.h"
#include "ui/form/flowlogform.h"
#include "ui/inventory/resourcelistmodel.h"
#include "ui/inventory/resourcepicker.h"

#include "support/residentmemory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <malloc.h>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

Inventory load(const QUrl &endpoint, const QString &region)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    ClientSettings settings;
    settings.endpoint = endpoint;
    client.setSettings(settings);
    client.setCredentials(VpcEmulator::defaultAccount());
    InventoryLoader::Target target;
    target.profileId = u"bench"_s;
    target.regionId = region;
    target.vpcEndpoint = endpoint;
    target.ecsEndpoint = endpoint;
    InventoryLoader loader(&client, target);
    Inventory loaded;
    QEventLoop loop;
    QObject::connect(&loader, &InventoryLoader::finished, &loop, [&](const Inventory &inventory, bool) {
        loaded = inventory;
        loop.quit();
    });
    loader.start();
    loop.exec();
    return loaded;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Types text into the field key by key (and erases it again); each keystroke from the key event
// until the list is repainted.
void type(FlowLogForm &form, const QString &text)
{
    auto *edit = form.findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    QListView *list = form.resourcePicker()->listView();
    edit->clear();
    std::vector<double> times;
    QElapsedTimer timer;
    const auto measure = [&](auto key) {
        timer.start();
        key();
        QCoreApplication::processEvents();
        if (list->isVisible())
            list->viewport()->repaint();
        times.push_back(timer.nsecsElapsed() / 1e6);
    };
    for (const QChar c : text)
        measure([&] { QTest::keyClick(edit, c.toLatin1()); });
    const int matched = form.resourcePicker()->model()->rowCount();
    for (qsizetype i = 0; i < text.size(); ++i)
        measure([&] { QTest::keyClick(edit, Qt::Key_Backspace); });
    std::printf("  \"%s\", typed and erased (%zu keystrokes, %d rows matched the whole text): median %.1f ms, worst %.1f ms\n",
        qPrintable(text), times.size(), matched, median(times), *std::max_element(times.begin(), times.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"endpoint"_s, u"The emulator, started with --generate-inventory."_s, u"URL"_s});
    parser.addOption({u"region"_s, u"The region to list."_s, u"ID"_s, u"cn-qingdao"_s});
    parser.process(app);
    if (!parser.isSet(u"endpoint"_s)) {
        std::fputs("usage: picker_bench --endpoint URL [--region ID]\n", stderr);
        return 2;
    }
    const qint64 before = residentKiB();
    QElapsedTimer timer;
    timer.start();
    auto inventory = std::make_shared<const Inventory>(load(QUrl(parser.value(u"endpoint"_s)), parser.value(u"region"_s)));
    const qint64 loadMs = timer.elapsed();
    // The pages' JSON is freed by now; glibc keeps such memory until asked to give it back, and
    // what is measured here is what the inventory keeps.
    malloc_trim(0);
    const qint64 afterLoad = residentKiB();
    std::printf("listed %lld VPCs, %lld vSwitches, %lld ENIs, %lld flow logs in %lld ms; inventory resident: +%lld MiB\n",
        qint64(inventory->vpcs.size()), qint64(inventory->vSwitches.size()), qint64(inventory->networkInterfaces.size()),
        qint64(inventory->flowLogs.size()), loadMs, (afterLoad - before) / 1024);

    FlowLogForm form;
    form.setRegionId(inventory->regionId);
    form.resize(1000, 700);
    form.show();
    timer.start();
    form.setInventory(inventory);
    const qint64 handOver = timer.elapsed();
    malloc_trim(0);
    std::printf("handing it to the picker (search text for every ENI): %lld ms; resident now +%lld MiB in all\n",
        handOver, (residentKiB() - before) / 1024);
    auto *edit = form.findChild<QLineEdit *>(u"resourceIdLineEdit"_s);
    edit->setFocus();
    QCoreApplication::processEvents();
    const QString someId = inventory->networkInterfaces.isEmpty() ? u"eni-"_s : inventory->networkInterfaces.at(inventory->networkInterfaces.size() / 2).id;
    type(form, someId);
    type(form, u"10.1.2"_s);
    type(form, u"web"_s);
    std::printf("final resident +%lld MiB\n", (residentKiB() - before) / 1024);
    return 0;
}
