#include "core/history/historystore.h"
#include "ui/history/historytablemodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

HistoryEntry sampleEntry(int n)
{
    HistoryEntry entry;
    entry.time = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + qint64(n) * 60'000, Qt::UTC);
    entry.profile = n % 2 ? u"sandbox"_s : u"aliyun:default"_s;
    entry.endpoint = u"https://vpc.cn-hangzhou.aliyuncs.com"_s;
    entry.signatureVersion = u"v3"_s;
    entry.source = u"gui"_s;
    entry.request.regionId = u"cn-hangzhou"_s;
    entry.request.resourceType = ResourceType::VSwitch;
    entry.request.resourceId = u"vsw-%1"_s.arg(n);
    entry.request.trafficType = TrafficType::Drop;
    entry.request.projectName = u"Project-%1"_s.arg(n % 3);
    entry.request.logStoreName = u"logstore"_s;
    entry.request.flowLogName = u"流日志-%1"_s.arg(n);
    entry.request.description = u"生产环境 Denied Traffic"_s;
    entry.outcome = n % 2 ? Outcome::Succeeded : Outcome::Failed;
    entry.flowLogId = u"fl-%1"_s.arg(n);
    entry.requestId = u"62172DD5-6BAC-45DF-8D44-%1"_s.arg(n);
    entry.httpStatus = n % 2 ? 200 : 400;
    entry.errorCode = n % 2 ? QString() : u"Throttling.User"_s;
    entry.errorMessage = n % 2 ? QString() : u"Request was denied due to user flow control."_s;
    entry.attempts = 1 + n % 3;
    entry.durationMs = 100 + n;
    entry.flowLogStatus = u"Activating"_s;
    entry.requestText = u"POST https://vpc.cn-hangzhou.aliyuncs.com/"_s;
    entry.responseText = u"{}"_s;
    return entry;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// Translates two header titles so that a language switch can be observed without a .qm file.
class FakeChineseTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        // Titles come from the one list of history fields, labels from the model.
        if (qstrcmp(context, "HistoryFields") == 0 && qstrcmp(sourceText, "Time") == 0)
            return u"时间"_s;
        if (qstrcmp(context, "HistoryTableModel") == 0 && qstrcmp(sourceText, "Succeeded") == 0)
            return u"成功"_s;
        return {};
    }
};

} // namespace

class tst_HistoryTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesModelTesterThroughChanges();
    void loadsRowsNewestFirst();
    void showsEveryColumn();
    void profileColumnShowsWhatTheOperatorKnows_data();
    void profileColumnShowsWhatTheOperatorKnows();
    void ownFailureIsExplainedInTheCurrentLanguage();
    void followsAddUpdateRemoveOfItsStore();
    void refreshPicksUpRowsOfAnotherProcess();
    void refreshDoesNotReadBackOwnWritesButStillSeesOthers();
    void refreshPicksUpRewritesAndRemovalsOfAnotherProcess();
    void refreshWithoutChangesEmitsNothing();
    void searchTextHoldsEveryColumnLowerCased();
    void entryAtRoundTripsTheSummary();
    void compareOrdersByColumnValue();
    void headersFollowLanguageChange();
    void loadsOlderRowsInTheBackground();
    void mergesChangesMadeWhileLoading();

private:
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }
    void fill(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void tst_HistoryTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>();
    QVERIFY2(m_store->open(path()), qPrintable(m_store->errorString()));
}

void tst_HistoryTableModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_HistoryTableModel::fill(int count)
{
    QList<HistoryEntry> entries;
    for (int n = 0; n < count; ++n)
        entries.append(sampleEntry(n));
    QCOMPARE(m_store->addAll(entries).size(), count);
}

void tst_HistoryTableModel::passesModelTesterThroughChanges()
{
    fill(5);
    HistoryTableModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = m_store->add(sampleEntry(10));
    QVERIFY(id > 0);
    HistoryEntry changed = sampleEntry(10);
    changed.id = id;
    changed.flowLogStatus = u"Active"_s;
    QVERIFY(m_store->update(changed));
    QVERIFY(m_store->remove({model.entryId(2), id}));
    HistoryStore other;
    QVERIFY(other.open(path()));
    other.add(sampleEntry(11));
    model.refresh();
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 5);
}

void tst_HistoryTableModel::loadsRowsNewestFirst()
{
    fill(3);
    HistoryTableModel model(m_store.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HistoryTableModel::ColumnCount));
    QCOMPARE(cell(model, 0, HistoryTableModel::ResourceId), u"vsw-2"_s);
    QCOMPARE(cell(model, 2, HistoryTableModel::ResourceId), u"vsw-0"_s);
    QVERIFY(model.entryId(0) > model.entryId(2));
    QCOMPARE(model.rowOfId(model.entryId(1)), 1);
    QCOMPARE(model.rowOfId(987654), -1);
}

void tst_HistoryTableModel::showsEveryColumn()
{
    fill(1);
    HistoryTableModel model(m_store.get());
    const HistoryEntry expected = sampleEntry(0);
    QCOMPARE(cell(model, 0, HistoryTableModel::Time),
        expected.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(cell(model, 0, HistoryTableModel::Profile), u"aliyun CLI: default"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::Region), u"cn-hangzhou"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::ResourceType), ResourceTypes::label(ResourceType::VSwitch));
    QCOMPARE(cell(model, 0, HistoryTableModel::TrafficType), TrafficTypes::label(TrafficType::Drop));
    QCOMPARE(cell(model, 0, HistoryTableModel::Project), u"Project-0"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::LogStore), u"logstore"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::FlowLogName), u"流日志-0"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::Description), u"生产环境 Denied Traffic"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::Outcome), HistoryTableModel::outcomeLabel(Outcome::Failed));
    QCOMPARE(cell(model, 0, HistoryTableModel::FlowLogId), u"fl-0"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::RequestId), u"62172DD5-6BAC-45DF-8D44-0"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::HttpStatus), u"400"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::ErrorCode), u"Throttling.User"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::ErrorMessage), u"Request was denied due to user flow control."_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::Attempts), u"1"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::Duration), u"100"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::FlowLogStatus), u"Activating"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::Endpoint), u"https://vpc.cn-hangzhou.aliyuncs.com"_s);
    QCOMPARE(model.index(0, 0).data(HistoryTableModel::EntryIdRole).toLongLong(), model.entryId(0));
}

void tst_HistoryTableModel::profileColumnShowsWhatTheOperatorKnows_data()
{
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("shown");
    QTest::newRow("own") << u"own:my-test"_s << u"my-test"_s;
    QTest::newRow("environment") << u"env"_s << u"Environment variables"_s;
    QTest::newRow("sandbox") << u"sandbox"_s << u"Sandbox (local emulator)"_s;
    QTest::newRow("aliyun CLI") << u"aliyun:prod"_s << u"aliyun CLI: prod"_s;
}

void tst_HistoryTableModel::profileColumnShowsWhatTheOperatorKnows()
{
    QFETCH(QString, profileId);
    QFETCH(QString, shown);
    HistoryEntry entry = sampleEntry(0);
    entry.profile = profileId;
    QVERIFY(m_store->add(entry) > 0);
    HistoryTableModel model(m_store.get());
    QCOMPARE(cell(model, 0, HistoryTableModel::Profile), shown);
    QCOMPARE(model.entryAt(0).profile, profileId); // the row keeps the id; only the cell names it
    QVERIFY(model.searchText(0).contains(shown.toLower().toUtf8()));
}

void tst_HistoryTableModel::ownFailureIsExplainedInTheCurrentLanguage()
{
    HistoryEntry entry = sampleEntry(0);
    entry.errorCode = u"ReadTimeout"_s;
    entry.errorMessage.clear();
    QVERIFY(m_store->add(entry) > 0);
    HistoryTableModel model(m_store.get());
    QCOMPARE(cell(model, 0, HistoryTableModel::ErrorMessage), entry.messageText());
    QVERIFY(!entry.messageText().isEmpty());
}

void tst_HistoryTableModel::followsAddUpdateRemoveOfItsStore()
{
    fill(2);
    HistoryTableModel model(m_store.get());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const qint64 id = m_store->add(sampleEntry(7));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(cell(model, 0, HistoryTableModel::ResourceId), u"vsw-7"_s);

    HistoryEntry update = sampleEntry(7);
    update.id = id;
    update.flowLogStatus = u"Active"_s;
    QVERIFY(m_store->update(update));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 0, HistoryTableModel::FlowLogStatus), u"Active"_s);

    QVERIFY(m_store->remove({id}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfId(id), -1);
}

void tst_HistoryTableModel::refreshPicksUpRowsOfAnotherProcess()
{
    fill(2);
    HistoryTableModel model(m_store.get());
    HistoryStore cli;
    QVERIFY(cli.open(path()));
    cli.add(sampleEntry(20));
    cli.add(sampleEntry(21));
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(cell(model, 0, HistoryTableModel::ResourceId), u"vsw-21"_s);
    QCOMPARE(cell(model, 1, HistoryTableModel::ResourceId), u"vsw-20"_s);
}

// A batch rewrites hundreds of rows through the window's own store: the model has them from the
// signals, so its periodic refresh reads none of them again; another process's write in between is
// still read.
void tst_HistoryTableModel::refreshDoesNotReadBackOwnWritesButStillSeesOthers()
{
    fill(3);
    HistoryTableModel model(m_store.get());
    QList<HistoryEntry> rows;
    for (int row = 0; row < 3; ++row) {
        HistoryEntry entry = *m_store->entry(model.entryId(row));
        entry.flowLogStatus = u"Active"_s;
        rows.append(entry);
    }
    QVERIFY(m_store->updateAll(rows));
    QVERIFY(m_store->add(sampleEntry(30)) > 0);
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(changed.size(), 0);

    HistoryStore cli;
    QVERIFY(cli.open(path()));
    HistoryEntry theirs = *cli.entry(rows.at(1).id);
    theirs.flowLogStatus = u"Inactive"_s;
    QVERIFY(cli.update(theirs));
    rows.first().flowLogStatus = u"Deleting"_s;
    QVERIFY(m_store->update(rows.first())); // after theirs: the model must not skip theirs
    model.refresh();
    QCOMPARE(cell(model, model.rowOfId(rows.at(1).id), HistoryTableModel::FlowLogStatus), u"Inactive"_s);
    QCOMPARE(cell(model, model.rowOfId(rows.first().id), HistoryTableModel::FlowLogStatus), u"Deleting"_s);
}

void tst_HistoryTableModel::refreshPicksUpRewritesAndRemovalsOfAnotherProcess()
{
    fill(3);
    HistoryTableModel model(m_store.get());
    HistoryStore cli;
    QVERIFY(cli.open(path()));
    HistoryEntry rewritten = *cli.entry(model.entryId(1));
    rewritten.flowLogStatus = u"Active"_s;
    QVERIFY(cli.update(rewritten));
    model.refresh();
    QCOMPARE(cell(model, 1, HistoryTableModel::FlowLogStatus), u"Active"_s);

    QVERIFY(cli.remove({model.entryId(0)}));
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, HistoryTableModel::FlowLogStatus), u"Active"_s);
}

void tst_HistoryTableModel::refreshWithoutChangesEmitsNothing()
{
    fill(3);
    HistoryTableModel model(m_store.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    model.refresh();
    QCOMPARE(changed.size() + reset.size() + inserted.size(), 0);
}

void tst_HistoryTableModel::searchTextHoldsEveryColumnLowerCased()
{
    fill(1);
    HistoryTableModel model(m_store.get());
    const QByteArray search = model.index(0, 0).data(HistoryTableModel::SearchTextRole).toByteArray();
    QCOMPARE(search, model.searchText(0));
    for (int column = 0; column < HistoryTableModel::ColumnCount; ++column) {
        const QByteArray text = cell(model, 0, column).toLower().toUtf8();
        QVERIFY2(search.contains(text), qPrintable(u"column %1: %2"_s.arg(column).arg(QString::fromUtf8(text))));
    }
    // The API spellings match too, whatever the UI language.
    QVERIFY(search.contains("vswitch"));
    QVERIFY(search.contains("failed"));
    QVERIFY(search.contains("denied traffic"));
    QVERIFY(!search.contains("Denied"));
}

void tst_HistoryTableModel::entryAtRoundTripsTheSummary()
{
    fill(2);
    HistoryTableModel model(m_store.get());
    const HistoryEntry stored = *m_store->entry(model.entryId(1));
    const HistoryEntry entry = model.entryAt(1);
    QCOMPARE(entry.id, stored.id);
    QCOMPARE(entry.time, stored.time);
    QCOMPARE(entry.request, stored.request);
    QCOMPARE(entry.profile, stored.profile);
    QCOMPARE(entry.endpoint, stored.endpoint);
    QCOMPARE(entry.signatureVersion, stored.signatureVersion);
    QCOMPARE(entry.source, stored.source);
    QCOMPARE(entry.outcome, stored.outcome);
    QCOMPARE(entry.flowLogId, stored.flowLogId);
    QCOMPARE(entry.requestId, stored.requestId);
    QCOMPARE(entry.httpStatus, stored.httpStatus);
    QCOMPARE(entry.errorCode, stored.errorCode);
    QCOMPARE(entry.errorMessage, stored.errorMessage);
    QCOMPARE(entry.attempts, stored.attempts);
    QCOMPARE(entry.durationMs, stored.durationMs);
    QCOMPARE(entry.flowLogStatus, stored.flowLogStatus);
    QVERIFY(entry.requestText.isEmpty());
}

void tst_HistoryTableModel::compareOrdersByColumnValue()
{
    fill(12);
    HistoryTableModel model(m_store.get());
    // Row 0 is entry 11, row 11 is entry 0.
    QVERIFY(model.compare(0, 11, HistoryTableModel::Time) > 0);
    QVERIFY(model.compare(11, 0, HistoryTableModel::Duration) < 0);
    QCOMPARE(model.compare(3, 3, HistoryTableModel::ResourceId), 0);
    // Text is compared as text ("vsw-11" < "vsw-2"), case-insensitively.
    QVERIFY(model.compare(0, 9, HistoryTableModel::ResourceId) < 0);
    QVERIFY(model.compare(0, 1, HistoryTableModel::Profile) > 0); // "sandbox" > "aliyun:default"
    QVERIFY(model.compare(1, 0, HistoryTableModel::HttpStatus) > 0);
}

void tst_HistoryTableModel::headersFollowLanguageChange()
{
    fill(2);
    HistoryTableModel model(m_store.get());
    QCOMPARE(model.headerData(HistoryTableModel::Time, Qt::Horizontal).toString(), u"Time"_s);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    FakeChineseTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(headers.size(), 1);
    QCOMPARE(model.headerData(HistoryTableModel::Time, Qt::Horizontal).toString(), u"时间"_s);
    QCOMPARE(cell(model, 0, HistoryTableModel::Outcome), u"成功"_s);
    QVERIFY(model.searchText(0).contains(u"成功"_s.toUtf8()));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(headers.size(), 2);
    QCOMPARE(model.headerData(HistoryTableModel::Time, Qt::Horizontal).toString(), u"Time"_s);
    QVERIFY(!model.searchText(0).contains(u"成功"_s.toUtf8()));
}

void tst_HistoryTableModel::loadsOlderRowsInTheBackground()
{
    const int total = HistoryTableModel::InitialRows + 500;
    fill(total);
    HistoryTableModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &HistoryTableModel::loadingFinished);
    QCOMPARE(model.rowCount(), HistoryTableModel::InitialRows);
    QVERIFY(model.isLoading());
    QCOMPARE(cell(model, 0, HistoryTableModel::ResourceId), u"vsw-%1"_s.arg(total - 1));
    QVERIFY(finished.wait(5000));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(cell(model, total - 1, HistoryTableModel::ResourceId), u"vsw-0"_s);
    for (int row = 1; row < total; ++row)
        QVERIFY(model.entryId(row - 1) > model.entryId(row));
}

void tst_HistoryTableModel::mergesChangesMadeWhileLoading()
{
    const int total = HistoryTableModel::InitialRows + 500;
    fill(total);
    const QList<HistoryEntry> oldest = m_store->entriesAfter(0, HistoryStore::Detail::Summary).mid(0, 3);
    HistoryTableModel model(m_store.get());
    QSignalSpy finished(&model, &HistoryTableModel::loadingFinished);
    QVERIFY(model.isLoading());
    HistoryEntry rewritten = oldest.at(0);
    rewritten.flowLogStatus = u"Active"_s;
    QVERIFY(m_store->update(rewritten));
    QVERIFY(m_store->remove({oldest.at(1).id}));
    const qint64 added = m_store->add(sampleEntry(99999));
    QCOMPARE(model.rowOfId(added), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.rowCount(), total); // one removed, one added
    QCOMPARE(model.rowOfId(oldest.at(1).id), -1);
    QCOMPARE(cell(model, model.rowOfId(rewritten.id), HistoryTableModel::FlowLogStatus), u"Active"_s);
    QCOMPARE(model.rowOfId(rewritten.id), total - 1);
}

QTEST_GUILESS_MAIN(tst_HistoryTableModel)
#include "tst_historytablemodel.moc"
