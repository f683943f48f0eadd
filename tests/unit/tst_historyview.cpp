#include "core/api/errorcatalog.h"
#include "core/history/attemptresolver.h"
#include "core/history/historylookup.h"
#include "ui/history/historydetailsdialog.h"
#include "ui/main/languagemanager.h"
#include "core/history/csvwriter.h"
#include "core/history/historyexporter.h"
#include "core/history/historyfields.h"
#include "ui/history/historyfilterproxymodel.h"
#include "core/history/historystore.h"
#include "ui/history/historytablemodel.h"
#include "ui/history/historyview.h"
#include "core/history/statuspoller.h"
#include "support/namedchild.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

HistoryEntry sampleEntry(int n)
{
    HistoryEntry entry;
    entry.time = QDateTime(QDate(2026, 11, 28), QTime(10, 0, n % 60), Qt::UTC);
    entry.profile = n % 2 ? u"sandbox"_s : u"aliyun:prod"_s;
    entry.endpoint = u"https://vpc.cn-hangzhou.aliyuncs.com"_s;
    entry.signatureVersion = u"v3"_s;
    entry.source = u"gui"_s;
    entry.request.regionId = n % 2 ? u"cn-hangzhou"_s : u"cn-beijing"_s;
    entry.request.resourceType = ResourceType::VSwitch;
    entry.request.resourceId = u"vsw-%1"_s.arg(n);
    entry.request.trafficType = TrafficType::All;
    entry.request.projectName = u"project"_s;
    entry.request.logStoreName = u"logstore"_s;
    entry.request.flowLogName = u"流日志-%1"_s.arg(n);
    entry.outcome = Outcome::Succeeded;
    entry.flowLogId = u"fl-%1"_s.arg(n);
    entry.requestId = u"REQ-%1"_s.arg(n);
    entry.httpStatus = 200;
    entry.attempts = 1;
    entry.durationMs = 120 + n;
    entry.flowLogStatus = u"Active"_s;
    entry.requestText = u"POST https://vpc.cn-hangzhou.aliyuncs.com/?ResourceId=vsw-%1"_s.arg(n);
    entry.responseText = u"{\"RequestId\":\"REQ-%1\",\"FlowLogId\":\"fl-%1\"}"_s.arg(n);
    return entry;
}

void setTimeZone(const char *zone)
{
    qputenv("TZ", zone);
    tzset();
}

} // namespace

class tst_HistoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingFiltersEveryColumnAtOnce();
    void searchWordsMustAllMatch();
    void typingOnAgreesWithAFreshFilter();
    void aLargeHistoryIsFilteredRowByRowAlike();
    void hiddenColumnsAreRemembered();
    void columnWidthsAreRemembered();
    void exportsCsvForExcel();
    void csvQuotesAndDefusesFormulas();
    void exportsJsonWithEveryColumn();
    void exportsOnlyTheSelectedRows();
    void rowActionsAskForFormAndRetry();
    void copiesFlowLogIdsOfTheSelection();
    void deleteAsksFirst();
    void detailsShowRequestAndResponse();
    void showsRowsWrittenByAnotherProcess();
    void checkStatusAsksThePoller();
    void checkStatusOfAnUnknownOutcomePointsToRetry();
    void checkStatusSaysStillActiveWhenNothingChanged();
    void checkStatusExplainsWhyItCannotCheck();
    void checkStatusAnswersInChinese();
    void aRowWhoseProfileHasNoCredentialsIsCheckedWithAChosenOne();
    void theMessageClearsWhenTheSelectionMoves();
    void theMessageAboutAnUnknownRowClearsOnceItIsSettled();
    void theOutcomeShowsItsFullTextOnHover();
    void theTimeHeaderSaysItIsLocalTime();
    void exportTimesCarryTheOffsetOfTheirMoment();
    void detailsSayTheSecretIsLeftOutNotTheSignature();
    void detailsShowHowAnUnknownOutcomeWasSettled();
    void unknownAttemptsOfEarlierRunsAreOfferedOnceAndResolved();

private:
    HistoryView *createView();
    void selectRows(const QList<int> &rows);
    template<typename T>
    T *child(const QString &name) const
    {
        return namedChild<T>(m_view, name);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    HistoryView *m_view = nullptr;
};

void tst_HistoryView::initTestCase()
{
    // A zone with an offset, so that local time and UTC differ in what the tests read.
    setTimeZone("Asia/Shanghai");
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTests"_s);
    QCoreApplication::setApplicationName(u"tst_historyview"_s);
}

void tst_HistoryView::init()
{
    QSettings().clear();
    QFile::remove(m_dir.filePath(u"history.sqlite"_s));
    m_store = std::make_unique<HistoryStore>();
    QVERIFY(m_store->open(m_dir.filePath(u"history.sqlite"_s)));
    QList<HistoryEntry> entries;
    for (int n = 0; n < 20; ++n)
        entries.append(sampleEntry(n));
    QCOMPARE(m_store->addAll(entries).size(), 20);
    m_view = createView();
}

void tst_HistoryView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    m_store.reset();
}

HistoryView *tst_HistoryView::createView()
{
    auto *view = new HistoryView(m_store.get());
    view->resize(1200, 600);
    view->show();
    if (!QTest::qWaitForWindowExposed(view))
        qWarning("view not exposed");
    return view;
}

void tst_HistoryView::selectRows(const QList<int> &rows)
{
    QTableView *table = m_view->tableView();
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(rows.constFirst(), 0),
        QItemSelectionModel::NoUpdate);
}

void tst_HistoryView::typingFiltersEveryColumnAtOnce()
{
    auto *search = child<QLineEdit>(u"historySearchLineEdit"_s);
    m_view->enableClearButton();
    QVERIFY(search->isClearButtonEnabled());
    QVERIFY(!search->accessibleName().isEmpty());
    QCOMPARE(m_view->tableView()->model()->rowCount(), 20);
    QTest::keyClicks(search, u"VSW-1"_s); // case-insensitive: vsw-1, vsw-10 .. vsw-19
    QCOMPARE(m_view->tableView()->model()->rowCount(), 11);
    search->clear();
    QCOMPARE(m_view->tableView()->model()->rowCount(), 20);
    search->insert(u"流日志-7"_s); // as an input method commits it
    QCOMPARE(m_view->tableView()->model()->rowCount(), 1);
    QCOMPARE(m_view->tableView()->model()->index(0, HistoryTableModel::ResourceId).data().toString(), u"vsw-7"_s);
    search->clear();
    QTest::keyClicks(search, u"beijing"_s); // a region: even rows
    QCOMPARE(m_view->tableView()->model()->rowCount(), 10);
}

void tst_HistoryView::searchWordsMustAllMatch()
{
    auto *search = child<QLineEdit>(u"historySearchLineEdit"_s);
    QTest::keyClicks(search, u"BEIJING  vsw-1"_s);
    // Even rows are in cn-beijing: vsw-10, 12, 14, 16, 18.
    QCOMPARE(m_view->tableView()->model()->rowCount(), 5);
    QVERIFY(HistoryFilterProxyModel::contains("abcabd", "abd"));
    QVERIFY(!HistoryFilterProxyModel::contains("abcab", "abd"));
    QVERIFY(!HistoryFilterProxyModel::contains("ab", "abc"));
}

// The proxy reuses the previous keystroke's verdicts; they must never differ from filtering anew,
// also when rows arrive or change between keystrokes.
void tst_HistoryView::typingOnAgreesWithAFreshFilter()
{
    auto *search = child<QLineEdit>(u"historySearchLineEdit"_s);
    const auto freshCount = [this](const QString &text) {
        HistoryFilterProxyModel fresh;
        fresh.setSourceModel(m_view->model());
        fresh.setSearchText(text);
        return fresh.rowCount();
    };
    const QStringList steps = {u"v"_s, u"vs"_s, u"vsw"_s, u"vsw-1"_s, u"vsw-1 bei"_s, u"vsw-1 beijing"_s,
        u"vsw-1"_s, u"vsw-"_s, u"sw-"_s, u"fl-2"_s, u"fl-21"_s, u"fl-2"_s, QString()};
    int n = 100;
    for (const QString &text : steps) {
        search->setText(text);
        QCOMPARE(m_view->tableView()->model()->rowCount(), freshCount(text));
        // Something changes between keystrokes: a new row, a rewritten one.
        m_store->add(sampleEntry(n++));
        HistoryEntry changed = *m_store->entry(m_view->model()->entryId(5));
        changed.request.resourceId = u"vsw-1%1"_s.arg(n);
        QVERIFY(m_store->update(changed));
        QCOMPARE(m_view->tableView()->model()->rowCount(), freshCount(text));
    }
}

// Large enough that the rows are matched on several threads: every row's verdict must be what a
// plain scan of its search text says, while typing on and erasing.
void tst_HistoryView::aLargeHistoryIsFilteredRowByRowAlike()
{
    QList<HistoryEntry> entries;
    for (int n = 20; n < 25000; ++n)
        entries.append(sampleEntry(n));
    QCOMPARE(m_store->addAll(entries).size(), entries.size());
    HistoryTableModel *model = m_view->model();
    QVERIFY(model->reload());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 25000, 10000);

    auto *search = child<QLineEdit>(u"historySearchLineEdit"_s);
    const QStringList steps = {u"v"_s, u"vs"_s, u"vsw-1"_s, u"vsw-12"_s, u"vsw-12 bei"_s, u"vsw-1"_s, u"sw-2"_s,
        u"流日志-2"_s, u"fl-24"_s, QString()};
    for (const QString &text : steps) {
        search->setText(text);
        const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
        QList<int> expected;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString haystack = QString::fromUtf8(model->searchText(row));
            if (std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) { return haystack.contains(w); }))
                expected.append(row);
        }
        QList<int> shown;
        const QAbstractItemModel *proxy = m_view->tableView()->model();
        for (int row = 0; row < proxy->rowCount(); ++row)
            shown.append(m_view->proxyModel()->mapToSource(proxy->index(row, 0)).row());
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, expected);
    }
}

void tst_HistoryView::hiddenColumnsAreRemembered()
{
    QHeaderView *header = m_view->tableView()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(HistoryTableModel::RequestId));
    auto *action = child<QMenu>(u"historyColumnsMenu"_s)->findChild<QAction *>(u"requestIdColumnAction"_s);
    QVERIFY(action);
    QVERIFY(action->isChecked());
    action->trigger();
    QVERIFY(header->isSectionHidden(HistoryTableModel::RequestId));
    delete m_view;
    m_view = createView();
    QVERIFY(m_view->tableView()->horizontalHeader()->isSectionHidden(HistoryTableModel::RequestId));
    auto *restored = child<QMenu>(u"historyColumnsMenu"_s)->findChild<QAction *>(u"requestIdColumnAction"_s);
    QVERIFY(!restored->isChecked());
    restored->trigger();
    QVERIFY(!m_view->tableView()->horizontalHeader()->isSectionHidden(HistoryTableModel::RequestId));
}

void tst_HistoryView::columnWidthsAreRemembered()
{
    m_view->tableView()->horizontalHeader()->resizeSection(HistoryTableModel::FlowLogId, 333);
    delete m_view;
    m_view = createView();
    QCOMPARE(m_view->tableView()->horizontalHeader()->sectionSize(HistoryTableModel::FlowLogId), 333);
}

void tst_HistoryView::exportsCsvForExcel()
{
    const QString path = m_dir.filePath(u"all.csv"_s);
    QVERIFY(m_view->exportEntries(path, HistoryExporter::Format::Csv, m_view->shownEntries()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = data.mid(3).split('\n');
    QCOMPARE(lines.size(), 22); // header, 20 rows, the empty rest after the last CRLF
    QVERIFY(lines.at(0).endsWith('\r'));
    QCOMPARE(lines.at(0).trimmed(), QByteArray("time,profile,regionId,resourceType,resourceId,trafficType,projectName,"
                                               "logStoreName,flowLogName,description,outcome,flowLogId,requestId,"
                                               "httpStatus,code,message,attempts,elapsedMs,flowLogStatus,"
                                               "endpoint,aggregationInterval,trafficPath,ipVersion,resourceGroupId,"
                                               "tags,id,source,signatureVersion,resolvedBy,resolvedAt,action,batchId"));
    // Newest first, as shown; Chinese text survives as UTF-8.
    QCOMPARE(QString::fromUtf8(lines.at(1).trimmed()),
        u"2026-11-28T18:00:19.000+08:00,sandbox,cn-hangzhou,VSwitch,vsw-19,All,project,logstore,流日志-19,,success,"
        u"fl-19,REQ-19,200,,,1,139,Active,https://vpc.cn-hangzhou.aliyuncs.com,,,,,,20,gui,v3,0,,create,"_s);
}

void tst_HistoryView::csvQuotesAndDefusesFormulas()
{
    HistoryEntry entry = sampleEntry(1);
    entry.request.description = u"line one\nline \"two\", three"_s;
    entry.errorMessage = u"=HYPERLINK(\"x\")"_s;
    const QByteArray csv = HistoryExporter::toCsv({entry});
    QVERIFY(csv.contains("\"line one\nline \"\"two\"\", three\""));
    QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(CsvWriter::spreadsheetField(u"plain"_s), u"plain"_s);
    QCOMPARE(CsvWriter::spreadsheetField(u"+1"_s), u"'+1"_s);
}

void tst_HistoryView::exportsJsonWithEveryColumn()
{
    const QString path = m_dir.filePath(u"all.json"_s);
    QVERIFY(m_view->exportEntries(path, HistoryExporter::formatForPath(path), m_view->shownEntries()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), 20);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.size(), HistoryFields::all().size());
    // id, source, signatureVersion, resolvedBy, resolvedAt, action, batchId
    QCOMPARE(first.size(), int(HistoryTableModel::ColumnCount) + 7);
    QCOMPARE(first.value(u"flowLogId"_s).toString(), u"fl-19"_s);
    QCOMPARE(first.value(u"flowLogName"_s).toString(), u"流日志-19"_s);
    QCOMPARE(first.value(u"httpStatus"_s).toInt(), 200);
    QCOMPARE(first.value(u"elapsedMs"_s).toInt(), 139);
    QCOMPARE(first.value(u"outcome"_s).toString(), u"success"_s);
    QCOMPARE(first.value(u"time"_s).toString(), u"2026-11-28T18:00:19.000+08:00"_s);
    QCOMPARE(first.value(u"resolvedBy"_s).toInt(-1), 0);
    QCOMPARE(first.value(u"resolvedAt"_s).toString(u"-"_s), QString());
    QCOMPARE(first.value(u"action"_s).toString(), u"create"_s);
}

void tst_HistoryView::exportsOnlyTheSelectedRows()
{
    selectRows({2, 5});
    const QList<HistoryEntry> selected = m_view->selectedEntries();
    QCOMPARE(selected.size(), 2);
    const QString path = m_dir.filePath(u"selected.json"_s);
    QVERIFY(m_view->exportEntries(path, HistoryExporter::Format::Json, selected));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"resourceId"_s).toString(), u"vsw-17"_s);
    QCOMPARE(rows.at(1).toObject().value(u"resourceId"_s).toString(), u"vsw-14"_s);
    QVERIFY(!m_view->exportEntries(m_dir.filePath(u"missing/folder/x.csv"_s), HistoryExporter::Format::Csv, selected));
    QVERIFY(child<QLabel>(u"historyMessageLabel"_s)->isVisibleTo(m_view));
}

void tst_HistoryView::rowActionsAskForFormAndRetry()
{
    auto *fill = child<QAction>(u"fillFormAction"_s);
    auto *retry = child<QAction>(u"retryAction"_s);
    QVERIFY(!fill->isEnabled());
    selectRows({3});
    QVERIFY(fill->isEnabled());
    QSignalSpy filled(m_view, &HistoryView::fillFormRequested);
    QSignalSpy retried(m_view, &HistoryView::retryRequested);
    fill->trigger();
    retry->trigger();
    QCOMPARE(filled.size(), 1);
    QCOMPARE(retried.size(), 1);
    QCOMPARE(filled.at(0).at(0).value<FlowLogRequest>(), sampleEntry(16).request);
    QCOMPARE(retried.at(0).at(0).value<HistoryEntry>().request, sampleEntry(16).request);
    selectRows({3, 4});
    QVERIFY(!fill->isEnabled());
}

void tst_HistoryView::copiesFlowLogIdsOfTheSelection()
{
    selectRows({0, 1});
    child<QAction>(u"copyFlowLogIdAction"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"fl-19\nfl-18"_s);
    child<QAction>(u"copyRequestIdAction"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"REQ-19\nREQ-18"_s);
}

void tst_HistoryView::deleteAsksFirst()
{
    selectRows({0});
    const auto answer = [this](QMessageBox::StandardButton button) {
        child<QAction>(u"deleteHistoryAction"_s)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_view->findChild<QMessageBox *>(u"deleteHistoryMessageBox"_s)) && box->isVisible());
        box->button(button)->click();
    };
    answer(QMessageBox::Cancel);
    QCOMPARE(m_store->count(), 20);
    answer(QMessageBox::Yes);
    QCOMPARE(m_store->count(), 19);
    QCOMPARE(m_view->tableView()->model()->rowCount(), 19);
    QCOMPARE(m_view->tableView()->model()->index(0, HistoryTableModel::ResourceId).data().toString(), u"vsw-18"_s);
}

void tst_HistoryView::detailsShowRequestAndResponse()
{
    const qint64 id = m_view->model()->entryId(0);
    m_view->showDetails(id);
    auto *dialog = m_view->findChild<HistoryDetailsDialog *>(u"historyDetailsDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"requestPlainTextEdit"_s)->toPlainText(),
        sampleEntry(19).requestText);
    const QString response = dialog->findChild<QPlainTextEdit *>(u"responsePlainTextEdit"_s)->toPlainText();
    QVERIFY(response.contains(u"\"FlowLogId\": \"fl-19\""_s)); // indented JSON
    dialog->close();
}

void tst_HistoryView::showsRowsWrittenByAnotherProcess()
{
    m_view->setRefreshInterval(50);
    HistoryStore cli;
    QVERIFY(cli.open(m_store->path()));
    cli.add(sampleEntry(42));
    QTRY_COMPARE(m_view->tableView()->model()->rowCount(), 21);
    QCOMPARE(m_view->tableView()->model()->index(0, HistoryTableModel::ResourceId).data().toString(), u"vsw-42"_s);
}

void tst_HistoryView::checkStatusAsksThePoller()
{
    int calls = 0;
    StatusPoller poller(m_store.get(), [&calls](const HistoryEntry &entry, QObject *context, const StatusPoller::Done &done) {
        ++calls;
        ApiResult result;
        result.outcome = Outcome::Succeeded;
        result.body = QJsonObject{{u"FlowLogs"_s, QJsonObject{{u"FlowLog"_s,
            QJsonArray{QJsonObject{{u"FlowLogId"_s, entry.flowLogId}, {u"Status"_s, u"Inactive"_s}}}}}}};
        QTimer::singleShot(0, context, [done, result] { done(result); });
    });
    m_view->setStatusPoller(&poller);
    QSignalSpy requested(m_view, &HistoryView::checkStatusRequested);
    selectRows({0});
    child<QAction>(u"checkStatusAction"_s)->trigger();
    QCOMPARE(requested.size(), 1);
    QTRY_COMPARE(m_view->tableView()->model()->index(0, HistoryTableModel::FlowLogStatus).data().toString(),
        u"Inactive"_s);
    QCOMPARE(calls, 1);
    QVERIFY(child<QLabel>(u"historyMessageLabel"_s)->text().contains(u"Inactive"_s));
}

void tst_HistoryView::checkStatusOfAnUnknownOutcomePointsToRetry()
{
    HistoryEntry unknown = sampleEntry(99);
    unknown.outcome = Outcome::Unknown;
    unknown.flowLogId.clear();
    m_store->add(unknown);
    m_view->model()->refresh();
    QTRY_COMPARE(m_view->model()->rowCount(), 21);
    QSignalSpy requested(m_view, &HistoryView::checkStatusRequested);
    selectRows({0});
    child<QAction>(u"checkStatusAction"_s)->trigger();
    QCOMPARE(requested.size(), 0);
    const QString message = child<QLabel>(u"historyMessageLabel"_s)->text();
    QVERIFY2(message.contains(u"unknown"_s) && message.contains(u"Retry"_s), qPrintable(message));
}

// Answers every status check as the row's profile would, from a script; "env" has no credentials
// here, as when the app runs without the variables the CLI had.
struct ScriptedChecks
{
    QString status = u"Active"_s;
    ApiResult failure = {};   // answered instead, when its code is set
    QStringList profiles = {}; // as each question was signed

    StatusPoller::Describe function()
    {
        return [this](const HistoryEntry &entry, QObject *context, const StatusPoller::Done &done) {
            profiles.append(entry.profile);
            ApiResult result = failure;
            if (entry.profile == u"env") {
                result.code = HistoryLookup::NoCredentialsCode.toString();
                result.message = u"ALIBABA_CLOUD_ACCESS_KEY_ID is not set."_s;
            } else if (result.code.isEmpty()) {
                result.outcome = Outcome::Succeeded;
                result.body = QJsonObject{{u"FlowLogs"_s, QJsonObject{{u"FlowLog"_s,
                    QJsonArray{QJsonObject{{u"FlowLogId"_s, entry.flowLogId}, {u"Status"_s, status}}}}}}};
            }
            QTimer::singleShot(0, context, [done, result] { done(result); });
        };
    }
};

void tst_HistoryView::checkStatusSaysStillActiveWhenNothingChanged()
{
    ScriptedChecks checks;
    StatusPoller poller(m_store.get(), checks.function());
    poller.setAutoTrack(false);
    m_view->setStatusPoller(&poller);
    selectRows({0});
    child<QAction>(u"checkStatusAction"_s)->trigger();
    auto *message = child<QLabel>(u"historyMessageLabel"_s);
    QVERIFY(message->text().startsWith(u"Checking the status of fl-19"_s));
    QTRY_VERIFY2(message->text().contains(u"still Active (checked "_s), qPrintable(message->text()));
    static const QRegularExpression checkedAt(u"\\(checked \\d\\d:\\d\\d:\\d\\d\\)\\.$"_s);
    QVERIFY2(checkedAt.match(message->text()).hasMatch(), qPrintable(message->text()));
    QVERIFY(message->isVisibleTo(m_view));
}

void tst_HistoryView::checkStatusExplainsWhyItCannotCheck()
{
    ScriptedChecks checks;
    checks.failure.outcome = Outcome::Failed;
    checks.failure.httpStatus = 400;
    checks.failure.code = u"Throttling.User"_s;
    checks.failure.message = u"Request was denied due to user flow control."_s;
    StatusPoller poller(m_store.get(), checks.function());
    poller.setAutoTrack(false);
    m_view->setStatusPoller(&poller);
    selectRows({0});
    child<QAction>(u"checkStatusAction"_s)->trigger();
    auto *message = child<QLabel>(u"historyMessageLabel"_s);
    QTRY_VERIFY(!message->text().startsWith(u"Checking"_s));
    const ErrorExplanation explained = ErrorCatalog::explain(checks.failure.code);
    QVERIFY2(message->text().contains(explained.explanation), qPrintable(message->text()));
    QVERIFY2(message->text().contains(explained.action), qPrintable(message->text()));
}

// Both the answer and the line re-written after a language switch are in the UI's language.
void tst_HistoryView::checkStatusAnswersInChinese()
{
    ScriptedChecks checks;
    StatusPoller poller(m_store.get(), checks.function());
    poller.setAutoTrack(false);
    m_view->setStatusPoller(&poller);
    selectRows({0});
    child<QAction>(u"checkStatusAction"_s)->trigger();
    auto *message = child<QLabel>(u"historyMessageLabel"_s);
    QTRY_VERIFY(message->text().contains(u"still Active"_s));
    LanguageManager languages;
    languages.setLanguage(LanguageManager::Language::Chinese);
    QTRY_VERIFY2(message->text().contains(u"仍"_s) && message->text().contains(u"fl-19"_s),
        qPrintable(message->text()));
    QVERIFY(!message->text().contains(u"still"_s));
    languages.setLanguage(LanguageManager::Language::English);
    QTRY_VERIFY(message->text().contains(u"still Active"_s));
}

// A row the CLI wrote with environment credentials, checked by an app that has no such variables:
// the operator picks a profile to check it with, and the row keeps the profile that wrote it.
void tst_HistoryView::aRowWhoseProfileHasNoCredentialsIsCheckedWithAChosenOne()
{
    HistoryEntry written = sampleEntry(50);
    written.profile = u"env"_s;
    written.source = u"cli"_s;
    const qint64 id = m_store->add(written);
    QTRY_COMPARE(m_view->model()->rowCount(), 21);
    ScriptedChecks checks;
    StatusPoller poller(m_store.get(), checks.function());
    poller.setAutoTrack(false);
    m_view->setStatusPoller(&poller);
    m_view->setProfileIds({u"sandbox"_s, u"aliyun:prod"_s, u"own:ops"_s});
    selectRows({0});
    child<QAction>(u"checkStatusAction"_s)->trigger();
    auto *combo = child<QComboBox>(u"checkProfileComboBox"_s);
    QTRY_VERIFY(combo->isVisibleTo(m_view));
    const QString message = child<QLabel>(u"historyMessageLabel"_s)->text();
    QVERIFY2(message.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s) && !message.contains(u"no longer exists"_s),
        qPrintable(message));
    // The sandbox cannot see a cloud flow log: it is not offered.
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemData(0).toString(), u"aliyun:prod"_s);
    QCOMPARE(combo->itemText(0), HistoryEntry::profileDisplayName(u"aliyun:prod"_s));
    combo->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(u"checkWithProfilePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY2(child<QLabel>(u"historyMessageLabel"_s)->text().contains(u"still Active"_s),
        qPrintable(child<QLabel>(u"historyMessageLabel"_s)->text()));
    QCOMPARE(checks.profiles, (QStringList{u"env"_s, u"own:ops"_s}));
    QVERIFY(!combo->isVisibleTo(m_view));
    QCOMPARE(m_store->entry(id)->profile, u"env"_s);
}

void tst_HistoryView::theMessageClearsWhenTheSelectionMoves()
{
    HistoryEntry unknown = sampleEntry(99);
    unknown.outcome = Outcome::Unknown;
    unknown.flowLogId.clear();
    m_store->add(unknown);
    QTRY_COMPARE(m_view->model()->rowCount(), 21);
    selectRows({0});
    child<QAction>(u"checkStatusAction"_s)->trigger();
    auto *message = child<QLabel>(u"historyMessageLabel"_s);
    QVERIFY(message->isVisibleTo(m_view));
    selectRows({1});
    QVERIFY(!message->isVisibleTo(m_view));
}

// "Whether this attempt created a flow log is unknown" no longer holds once a retry settled it.
void tst_HistoryView::theMessageAboutAnUnknownRowClearsOnceItIsSettled()
{
    HistoryEntry unknown = sampleEntry(99);
    unknown.outcome = Outcome::Unknown;
    unknown.flowLogId.clear();
    unknown.id = m_store->add(unknown);
    QTRY_COMPARE(m_view->model()->rowCount(), 21);
    selectRows({0});
    child<QAction>(u"checkStatusAction"_s)->trigger();
    auto *message = child<QLabel>(u"historyMessageLabel"_s);
    QVERIFY(message->text().contains(u"unknown"_s));
    // Another row's change leaves it.
    HistoryEntry other = *m_store->entry(m_view->model()->entryId(5));
    other.flowLogStatus = u"Inactive"_s;
    QVERIFY(m_store->update(other));
    QVERIFY(message->isVisibleTo(m_view));
    HistoryEntry settled = *m_store->entry(unknown.id);
    settled.outcome = Outcome::Failed;
    settled.resolvedTime = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->update(settled));
    QVERIFY(!message->isVisibleTo(m_view));
}

void tst_HistoryView::theOutcomeShowsItsFullTextOnHover()
{
    HistoryEntry unknown = sampleEntry(99);
    unknown.outcome = Outcome::Unknown;
    HistoryEntry settled = sampleEntry(98);
    settled.resolvedBy = 7;
    settled.resolvedTime = QDateTime::currentDateTimeUtc();
    m_store->addAll({unknown, settled});
    QTRY_COMPARE(m_view->model()->rowCount(), 22);
    const QAbstractItemModel *model = m_view->tableView()->model();
    const QModelIndex unknownOutcome = model->index(1, HistoryTableModel::Outcome);
    QCOMPARE(unknownOutcome.data(Qt::ToolTipRole).toString(), unknownOutcome.data().toString());
    QCOMPARE(unknownOutcome.data().toString(), u"Unknown (check before retrying)"_s);
    const QModelIndex settledOutcome = model->index(0, HistoryTableModel::Outcome);
    QCOMPARE(settledOutcome.data().toString(), u"Succeeded (found later)"_s);
    const QString tip = settledOutcome.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"Succeeded (found later)\n"_s) && tip.contains(u"retry #7"_s), qPrintable(tip));
    // Found by what it says.
    child<QLineEdit>(u"historySearchLineEdit"_s)->setText(u"found later"_s);
    QCOMPARE(m_view->proxyModel()->rowCount(), 1);
}

void tst_HistoryView::theTimeHeaderSaysItIsLocalTime()
{
    const QString tip = m_view->tableView()->model()->headerData(HistoryTableModel::Time, Qt::Horizontal,
        Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"local time"_s) && tip.contains(u"UTC+08:00"_s), qPrintable(tip));
    // The table shows Shanghai's time of the UTC moment recorded.
    QCOMPARE(m_view->tableView()->model()->index(0, HistoryTableModel::Time).data().toString(),
        u"2026-11-28 18:00:19"_s);
}

// Each time carries the offset its zone had then: summer time differs from winter time.
void tst_HistoryView::exportTimesCarryTheOffsetOfTheirMoment()
{
    HistoryEntry summer = sampleEntry(1);
    summer.time = QDateTime(QDate(2026, 7, 1), QTime(12, 0, 0, 5), Qt::UTC);
    HistoryEntry winter = sampleEntry(2);
    winter.time = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    winter.resolvedTime = QDateTime(QDate(2026, 12, 2), QTime(8, 30), Qt::UTC);
    winter.resolvedBy = 3;
    setTimeZone("America/New_York");
    const QJsonArray rows = QJsonDocument::fromJson(HistoryExporter::toJson({summer, winter})).array();
    setTimeZone("UTC");
    const QByteArray utc = HistoryExporter::toCsv({winter});
    setTimeZone("Asia/Shanghai");
    QCOMPARE(rows.at(0).toObject().value(u"time"_s).toString(), u"2026-07-01T08:00:00.005-04:00"_s);
    QCOMPARE(rows.at(1).toObject().value(u"time"_s).toString(), u"2026-12-01T07:00:00.000-05:00"_s);
    QCOMPARE(rows.at(1).toObject().value(u"resolvedAt"_s).toString(), u"2026-12-02T03:30:00.000-05:00"_s);
    QCOMPARE(rows.at(1).toObject().value(u"resolvedBy"_s).toInt(), 3);
    QVERIFY2(utc.contains("\r\n2026-12-01T12:00:00.000+00:00,"), utc.constData());
}

// The request text shows the signature (it covers a one-time nonce: no secret); the label must not
// say it is left out.
void tst_HistoryView::detailsSayTheSecretIsLeftOutNotTheSignature()
{
    HistoryEntry entry = sampleEntry(60);
    entry.requestText = u"POST https://vpc.cn-hangzhou.aliyuncs.com/\nauthorization: ACS3-HMAC-SHA256 "
                        u"Credential=LTAIexample,SignedHeaders=host,Signature=0123abcd\n"_s;
    const qint64 id = m_store->add(entry);
    m_view->showDetails(id);
    auto *dialog = m_view->findChild<HistoryDetailsDialog *>(u"historyDetailsDialog"_s);
    QVERIFY(dialog);
    const QString label = namedChild<QLabel>(dialog, u"requestLabel"_s)->text();
    QVERIFY(namedChild<QPlainTextEdit>(dialog, u"requestPlainTextEdit"_s)->toPlainText().contains(u"Signature="_s));
    QVERIFY2(!label.contains(u"signature"_s, Qt::CaseInsensitive), qPrintable(label));
    QVERIFY2(label.contains(u"secret"_s), qPrintable(label));
    dialog->close();
}

void tst_HistoryView::detailsShowHowAnUnknownOutcomeWasSettled()
{
    HistoryEntry earlier = sampleEntry(70);
    earlier.outcome = Outcome::Failed;
    earlier.flowLogId.clear();
    earlier.resolvedTime = QDateTime::currentDateTimeUtc();
    earlier.id = m_store->add(earlier);
    HistoryEntry retry = sampleEntry(71);
    retry.id = m_store->add(retry);
    earlier.resolvedBy = retry.id;
    QVERIFY(m_store->update(earlier));

    m_view->showDetails(earlier.id);
    auto *dialog = m_view->findChild<HistoryDetailsDialog *>(u"historyDetailsDialog"_s);
    QVERIFY(dialog);
    auto *resolution = namedChild<QLabel>(dialog, u"resolutionValueLabel"_s);
    QVERIFY(resolution->isVisibleTo(dialog));
    QVERIFY2(resolution->text().startsWith(u"Not created: retry #%1"_s.arg(retry.id)), qPrintable(resolution->text()));
    delete dialog;

    m_view->showDetails(retry.id);
    dialog = m_view->findChild<HistoryDetailsDialog *>(u"historyDetailsDialog"_s);
    resolution = namedChild<QLabel>(dialog, u"resolutionValueLabel"_s);
    QVERIFY2(resolution->text().contains(u"#%1"_s.arg(earlier.id)), qPrintable(resolution->text()));
    delete dialog;

    m_view->showDetails(m_view->model()->entryId(5)); // never unknown: nothing to say
    dialog = m_view->findChild<HistoryDetailsDialog *>(u"historyDetailsDialog"_s);
    QVERIFY(!namedChild<QLabel>(dialog, u"resolutionValueLabel"_s)->isVisibleTo(dialog));
    delete dialog;
}

// Said once, in the history area, without a modal question; Resolve settles what the lookups prove.
void tst_HistoryView::unknownAttemptsOfEarlierRunsAreOfferedOnceAndResolved()
{
    LanguageManager languages; // English plural forms come from flowlog_en
    languages.setLanguage(LanguageManager::Language::English);
    HistoryEntry created = sampleEntry(80);
    created.outcome = Outcome::Unknown;
    created.flowLogId.clear();
    created.time = QDateTime::currentDateTimeUtc().addSecs(-3600);
    HistoryEntry absent = created;
    absent.request.resourceId = u"vsw-absent"_s;
    const QList<qint64> ids = m_store->addAll({created, absent});
    AttemptResolver resolver(m_store.get(), [](const HistoryEntry &entry, const FlowLogFilter &filter,
                                                QObject *context, const AttemptResolver::Done &done) {
        ApiResult result;
        result.outcome = Outcome::Succeeded;
        QJsonArray listed;
        if (filter.resourceId == u"vsw-80")
            listed.append(QJsonObject{{u"FlowLogId"_s, u"fl-found"_s}, {u"ResourceId"_s, entry.request.resourceId},
                {u"ProjectName"_s, entry.request.projectName}, {u"LogStoreName"_s, entry.request.logStoreName},
                {u"FlowLogName"_s, entry.request.flowLogName}, {u"Status"_s, u"Active"_s}});
        result.body = QJsonObject{{u"FlowLogs"_s, QJsonObject{{u"FlowLog"_s, listed}}},
            {u"TotalCount"_s, int(listed.size())}};
        QTimer::singleShot(0, context, [done, result] { done(result); });
    });
    m_view->setAttemptResolver(&resolver);
    auto *bar = child<QFrame>(u"unresolvedAttemptsFrame"_s);
    QVERIFY(!bar->isVisibleTo(m_view));
    m_view->offerToResolveEarlierAttempts();
    QVERIFY(bar->isVisibleTo(m_view));
    auto *label = child<QLabel>(u"unresolvedAttemptsLabel"_s);
    QVERIFY2(label->text().startsWith(u"2 attempts of an earlier run"_s), qPrintable(label->text()));
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    QTest::mouseClick(child<QPushButton>(u"resolveAttemptsPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY2(label->text().startsWith(u"Looked up: 1 created"_s), qPrintable(label->text()));
    QVERIFY(label->text().contains(u"1 not created, 0 still unknown"_s));
    QVERIFY(!child<QPushButton>(u"resolveAttemptsPushButton"_s)->isVisibleTo(m_view));
    QCOMPARE(m_store->entry(ids.at(0))->flowLogId, u"fl-found"_s);
    QCOMPARE(m_store->entry(ids.at(1))->outcome, Outcome::Failed);
    QTRY_COMPARE(m_view->tableView()->model()->index(0, HistoryTableModel::Outcome).data().toString(),
        u"Not created (checked later)"_s);

    QTest::mouseClick(child<QPushButton>(u"dismissUnresolvedPushButton"_s), Qt::LeftButton);
    QVERIFY(!bar->isVisibleTo(m_view));
    m_view->offerToResolveEarlierAttempts(); // once per run
    QVERIFY(!bar->isVisibleTo(m_view));
}

QTEST_MAIN(tst_HistoryView)
#include "tst_historyview.moc"
