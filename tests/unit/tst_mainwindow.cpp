#include "core/config/endpoints.h"
#include "core/config/appsettings.h"
#include "core/config/ownprofiles.h"
#include "ui/main/connectionbar.h"
#include "emulator/emulatorfaults.h"
#include "ui/form/findingsview.h"
#include "ui/form/flowlogform.h"
#include "core/history/historystore.h"
#include "ui/history/historytablemodel.h"
#include "ui/history/historyview.h"
#include "ui/main/languagemanager.h"
#include "ui/main/mainwindow.h"
#include "ui/profiles/profilemanager.h"
#include "ui/send/requestpreviewdialog.h"
#include "ui/send/resultpanel.h"
#include "ui/main/sandbox.h"
#include "ui/inventory/accountinventories.h"
#include "ui/send/sendprogresswidget.h"
#include "core/history/statuspoller.h"
#include "typetext.h"
#include "emulator/vpcemulator.h"
#include "support/namedchild.h"
#include "support/sandboxinventory.h"
#include "support/windowfixture.h"

#include <QAbstractButton>
#include <QProcess>
#include <QGuiApplication>
#include <QFileInfo>
#include <QClipboard>
#include <QAction>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFrame>
#include <QTableView>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sandboxIsChosenOnFirstRunWithoutCredentials();
    void aProfileWithoutAnAccessKeyIsNotChosenOnFirstRun();
    void endpointIsShownForTheSandbox();
    void createButtonIsDisabledWithTheReasonUntilTheFormIsValid();
    void ctrlEnterWithErrorsRevealsThemAndSendsNothing();
    void ctrlEnterSendsAValidForm();
    void findingsAreNeverCutOff();
    void sendingToTheSandboxShowsTheIdsAndRecordsTheAttempt();
    void theNewFlowLogIsFollowedUntilActive();
    void anUnknownRegionIsExplainedFromTheCatalog();
    void aSuccessAfterAFailureShowsAllItsDetails();
    void aServiceFaultIsExplainedAfterTheRetries();
    void cancellingAnAnswerThatIsLateIsRecorded();
    void destroyingTheWindowMidSendRecordsTheOutcome();
    void otherProfilesAskForConfirmationNamingRegionEndpointAndProfile();
    void endpointFollowsTheRegionForCloudProfiles();
    void regionSearchMatchesAnyPartOfTheName();
    void previewShowsTheStringToSignButNoSecret();
    void theCopiedFlowlogCliCommandCreatesTheFlowLogInTheSandbox();
    void previewOfAnInvalidFormListsTheErrorsAndCopiesNothing();
    void languageSwitchRenamesRegionsAndIsRemembered();
    void historyViewGoesIntoTheDock();
    void theStatusOfAnEarlierAttemptCanBeCheckedAgain();
    void aRowOfTheHistoryFillsTheForm();
    void aMissingKeychainIsToldOnceAndTheProfileStillWorks();
    void textFieldsHaveClearButtonsOnceShown();
    void everyControlHasAnAccessibleName();
    void repeatingASuccessAsksBeforeCreatingAnother();
    void repeatingAnUnknownOutcomeAdoptsTheFlowLogItCreated();
    void anUnknownOutcomeOffersLookForItAndRetry();
    void whileWaitingTheProgressCountsTheSecondsOfTheAttempt();
    void aNetworkErrorIsNotCalledAServerMessage();
    void theActivationHintGoesOnceTheFlowLogIsActive();
    void theOutcomeIsRewrittenInTheNewLanguage();
    void aRetryThatCreatesSettlesTheEarlierAttemptAsNotCreated();
    void fillFormClearsTheResultOfThePreviousFlowLog();
    void unknownAttemptsOfAnEarlierRunAreOfferedAtStartAndResolved();
    void aRowOfTheEnvironmentIsCheckedWithAProfileTheOperatorChooses();
    void lookForItAndRetrySettlesTheUnknownRowOfTheLastSend();
    void aProfileInAModeNotSupportedIsGreyedAndCannotCreate();
    void anOwnRamRoleProfileCreatesWithTheRolesCredentials();

private:
    void createWindow(const QProcessEnvironment &environment = {}, const QString &aliyunConfig = {});
    void fillValidForm();
    // The sandbox's flow logs beyond those its inventory seeded.
    qsizetype createdInSandbox() const;
    // A create in the sandbox whose emulator acts at once and answers only after 3 s.
    void startCreateWhoseAnswerIsHeldBack();
    template<typename T>
    T *child(const QString &name) const
    {
        return namedChild<T>(m_fixture.window, name);
    }
    ResultPanel *resultPanel() const { return child<ResultPanel>(u"resultPanel"_s); }

    QTemporaryDir m_directory;
    WindowFixture m_fixture;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_directory.isValid());
}

void tst_MainWindow::init()
{
    // Each test starts with an empty sandbox.
    QFile::remove(Sandbox::defaultStateFile());
    QVERIFY(m_fixture.setUp(LanguageManager::Language::English,
        m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s)));
}

void tst_MainWindow::cleanup()
{
    m_fixture.tearDown();
}

void tst_MainWindow::createWindow(const QProcessEnvironment &environment, const QString &aliyunConfig)
{
    m_fixture.createWindow(aliyunConfig.isEmpty() ? m_directory.filePath(u"no-aliyun-config.json"_s) : aliyunConfig,
        environment);
    m_fixture.window->resize(1000, 800);
    m_fixture.window->show();
    m_fixture.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_fixture.window));
}

qsizetype tst_MainWindow::createdInSandbox() const
{
    return m_fixture.window->sandbox()->emulator()->flowLogCount() - SandboxInventory::seedFlowLogCount();
}

// An ENI the sandbox's account has in the region chosen.
void tst_MainWindow::fillValidForm()
{
    const bool shanghai = child<QComboBox>(u"regionComboBox"_s)->currentText().contains(u"cn-shanghai"_s);
    typeText(child<QLineEdit>(u"resourceIdLineEdit"_s),
        shanghai ? SandboxInventory::shanghaiNetworkInterface : SandboxInventory::networkInterface);
    typeText(child<QLineEdit>(u"projectNameLineEdit"_s), u"flowlog-project"_s);
    typeText(child<QLineEdit>(u"logStoreNameLineEdit"_s), u"flowlog-store"_s);
    typeText(child<QLineEdit>(u"flowLogNameLineEdit"_s), u"流日志-测试_01"_s);
}

void tst_MainWindow::sandboxIsChosenOnFirstRunWithoutCredentials()
{
    createWindow();
    QCOMPARE(child<QComboBox>(u"profileComboBox"_s)->currentData().toString(), Profile::sandboxId());
    QVERIFY(m_fixture.window->sandbox()->isRunning());
    QLabel *banner = child<QLabel>(u"sandboxBannerLabel"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"nothing is created in the cloud"_s));
}

void tst_MainWindow::aProfileWithoutAnAccessKeyIsNotChosenOnFirstRun()
{
    const QString path = m_directory.filePath(u"ecs-role-config.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current": "ecs", "profiles": [{"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "r"}]})");
    file.close();
    createWindow({}, path);
    auto *profiles = child<QComboBox>(u"profileComboBox"_s);
    QVERIFY(profiles->findData(Profile::aliyunCliId(u"ecs"_s)) >= 0); // listed
    QCOMPARE(profiles->currentData().toString(), Profile::sandboxId()); // but not chosen
}

void tst_MainWindow::endpointIsShownForTheSandbox()
{
    createWindow();
    const QUrl endpoint = m_fixture.window->sandbox()->endpoint();
    QCOMPARE(endpoint.host(), u"127.0.0.1"_s);
    QCOMPARE(child<QLineEdit>(u"endpointLineEdit"_s)->text(), endpoint.toString());
    QVERIFY(child<QLineEdit>(u"endpointLineEdit"_s)->isReadOnly());
}

void tst_MainWindow::createButtonIsDisabledWithTheReasonUntilTheFormIsValid()
{
    createWindow();
    QPushButton *create = child<QPushButton>(u"createPushButton"_s);
    QVERIFY(!create->isEnabled());
    // Every blocking problem, not only the first.
    for (const QString &field : {u"Resource ID: "_s, u"Log Service project: "_s, u"Logstore: "_s})
        QVERIFY2(create->toolTip().contains(field), qPrintable(create->toolTip()));
    fillValidForm();
    QVERIFY(create->isEnabled());
    typeText(child<QLineEdit>(u"flowLogNameLineEdit"_s), u"，"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(u"name"_s, Qt::CaseInsensitive));
}

void tst_MainWindow::ctrlEnterWithErrorsRevealsThemAndSendsNothing()
{
    createWindow();
    auto *resourceIdFindings = child<FindingsView>(u"resourceIdFindingsView"_s);
    QVERIFY(resourceIdFindings->isHidden());
    QTest::keyClick(child<QLineEdit>(u"projectNameLineEdit"_s), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!resourceIdFindings->isHidden());
    QVERIFY(!m_fixture.window->isSending());
    QCOMPARE(m_fixture.history->count(), 0);
}

void tst_MainWindow::ctrlEnterSendsAValidForm()
{
    createWindow();
    fillValidForm();
    QTest::keyClick(child<QLineEdit>(u"descriptionLineEdit"_s), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_fixture.history->count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    QVERIFY(resultPanel()->result()->ok());
}

void tst_MainWindow::findingsAreNeverCutOff()
{
    createWindow();
    typeText(child<QLineEdit>(u"resourceIdLineEdit"_s), u"vsw-2zebp1example"_s);
    typeText(child<QLineEdit>(u"projectNameLineEdit"_s), u"My_Project"_s);
    // "1" is too short, then starts wrongly; the Chinese comma adds a second, taller finding.
    typeText(child<QLineEdit>(u"flowLogNameLineEdit"_s), u"1号流日志，测试"_s);
    int shown = 0;
    for (FindingsView *view : m_fixture.window->findChildren<FindingsView *>()) {
        if (view->isHidden())
            continue;
        ++shown;
        QWidget *field = view->parentWidget();
        QTRY_VERIFY2(view->height() >= view->heightForWidth(view->width()), qPrintable(view->objectName()));
        QVERIFY2(field->height() >= field->heightForWidth(field->width()), qPrintable(view->objectName()));
    }
    QCOMPARE(shown, 3);
}

void tst_MainWindow::sendingToTheSandboxShowsTheIdsAndRecordsTheAttempt()
{
    createWindow();
    fillValidForm();
    QTest::mouseClick(child<QPushButton>(u"createPushButton"_s), Qt::LeftButton);
    QVERIFY(m_fixture.window->isSending() || resultPanel()->isVisible());
    // Written before the request left, then rewritten with the outcome.
    QCOMPARE(m_fixture.history->count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    const QString flowLogId = child<QLineEdit>(u"flowLogIdLineEdit"_s)->text();
    QVERIFY2(flowLogId.startsWith(u"fl-"_s), qPrintable(flowLogId));
    QVERIFY(!child<QLineEdit>(u"requestIdLineEdit"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(u"requestIdLineEdit"_s)->isVisible());
    QVERIFY(child<QPushButton>(u"copyFlowLogIdPushButton"_s)->isVisible());
    QCOMPARE(createdInSandbox(), 1);

    const QList<HistoryEntry> entries = m_fixture.history->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().outcome, Outcome::Succeeded);
    QCOMPARE(entries.constFirst().flowLogId, flowLogId);
    QCOMPARE(entries.constFirst().profile, Profile::sandboxId());
    QCOMPARE(entries.constFirst().source, u"gui"_s);
    QCOMPARE(entries.constFirst().request.flowLogName, u"流日志-测试_01"_s);
    QVERIFY(!entries.constFirst().requestText.contains(Sandbox::credentials().accessKeySecret));
    QVERIFY(!child<QPushButton>(u"cancelPushButton"_s)->isVisible());
}

void tst_MainWindow::theNewFlowLogIsFollowedUntilActive()
{
    createWindow();
    m_fixture.window->sandbox()->emulator()->setActivationDelay(300);
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    QLabel *status = child<QLabel>(u"flowLogStatusLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Active"_s, 5000);
    QVERIFY(status->isVisible());
    QTRY_COMPARE(m_fixture.history->entries().constFirst().flowLogStatus, u"Active"_s);
}

void tst_MainWindow::anUnknownRegionIsExplainedFromTheCatalog()
{
    createWindow();
    fillValidForm();
    auto *region = child<QComboBox>(u"regionComboBox"_s);
    region->setEditText(u"xx-nowhere-1"_s); // well-formed, so the form lets it through
    QVERIFY(child<QPushButton>(u"createPushButton"_s)->isEnabled());
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    QVERIFY(child<QLabel>(u"errorCodeLabel"_s)->text().contains(u"InvalidRegionId.NotFound"_s));
    QVERIFY(!child<QLabel>(u"resultExplanationLabel"_s)->text().isEmpty());
    QVERIFY(!child<QLabel>(u"resultActionLabel"_s)->text().isEmpty());
    QCOMPARE(m_fixture.history->entries().constFirst().outcome, Outcome::Failed);
    QCOMPARE(m_fixture.history->entries().constFirst().errorCode, u"InvalidRegionId.NotFound"_s);
}

void tst_MainWindow::aSuccessAfterAFailureShowsAllItsDetails()
{
    createWindow();
    m_fixture.window->sandbox()->emulator()->setActivationDelay(0);
    fillValidForm();
    auto *region = child<QComboBox>(u"regionComboBox"_s);
    region->setEditText(u"xx-nowhere-1"_s);
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    QVERIFY(child<QLabel>(u"errorCodeLabel"_s)->isVisible());
    region->setEditText(u"cn-hangzhou"_s);
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible() && resultPanel()->result()->ok(), 5000);
    QVERIFY(child<QLineEdit>(u"flowLogIdLineEdit"_s)->isVisible());
    QVERIFY(child<QLineEdit>(u"requestIdLineEdit"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"errorCodeLabel"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"recommendLabel"_s)->isVisible());
    QTRY_VERIFY(child<QLabel>(u"flowLogStatusLabel"_s)->isVisible());
    // Laid out, not only visible: the panel grows for the rows it shows now.
    QTRY_VERIFY(child<QLineEdit>(u"requestIdLineEdit"_s)->height() > 0);
    QTRY_VERIFY(child<QLabel>(u"flowLogStatusLabel"_s)->height() > 0);
}

void tst_MainWindow::aServiceFaultIsExplainedAfterTheRetries()
{
    createWindow();
    EmulatorFaults faults;
    faults.unavailableProbability = 1;
    m_fixture.window->sandbox()->emulator()->setFaults(faults);
    fillValidForm();
    m_fixture.window->createFlowLog();
    QVERIFY(child<QPushButton>(u"cancelPushButton"_s)->isVisible());
    // The status bar counts the attempts while it retries.
    auto *progress = child<SendProgressWidget>(u"sendProgressWidget"_s);
    QTRY_VERIFY(progress->text().contains(u"of 3"_s));
    // It says what it waits for: the back-off before the next attempt.
    QTRY_VERIFY2(progress->text().startsWith(u"Waiting "_s) && progress->text().contains(u"before attempt 2 of 3"_s),
        qPrintable(progress->text()));
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 8000);
    QVERIFY(!progress->isVisible());
    QVERIFY(child<QLabel>(u"errorCodeLabel"_s)->text().contains(u"ServiceUnavailable"_s));
    QVERIFY(!child<QLabel>(u"resultExplanationLabel"_s)->text().isEmpty());
    const HistoryEntry entry = m_fixture.history->entries().constFirst();
    QCOMPARE(entry.outcome, Outcome::Failed);
    QVERIFY(entry.attempts > 1);
}

void tst_MainWindow::startCreateWhoseAnswerIsHeldBack()
{
    createWindow();
    EmulatorFaults faults;
    faults.latencyMs = 3000;
    m_fixture.window->sandbox()->emulator()->setFaults(faults);
    fillValidForm();
    m_fixture.window->createFlowLog();
}

void tst_MainWindow::cancellingAnAnswerThatIsLateIsRecorded()
{
    startCreateWhoseAnswerIsHeldBack();
    QPushButton *cancel = child<QPushButton>(u"cancelPushButton"_s);
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(!child<QPushButton>(u"createPushButton"_s)->isEnabled()); // one request at a time
    QVERIFY(!child<QPushButton>(u"previewPushButton"_s)->isEnabled());
    // The emulator acts at once and holds back only its answer: once it has handled the request,
    // the flow log exists although the app has not heard of it.
    // (Waiting for the flow log itself: the sandbox may answer other requests first, the pickers'.)
    QTRY_COMPARE_WITH_TIMEOUT(createdInSandbox(), 1, 2000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 2000);
    // Sent and acted on: "cancelled" would be a lie, the honest record is "outcome unknown".
    QCOMPARE(m_fixture.history->entries().constFirst().outcome, Outcome::Unknown);
    QVERIFY(!m_fixture.window->isSending());
    QVERIFY(child<QPushButton>(u"createPushButton"_s)->isEnabled());
}

// Quitting without a close event (QCoreApplication::quit(), a session ending) destroys the window
// with the call in flight: the attempt is still recorded, and nothing reaches the half-destroyed window.
void tst_MainWindow::destroyingTheWindowMidSendRecordsTheOutcome()
{
    startCreateWhoseAnswerIsHeldBack();
    QTRY_COMPARE_WITH_TIMEOUT(createdInSandbox(), 1, 2000);
    delete std::exchange(m_fixture.window, nullptr);
    QCOMPARE(m_fixture.history->entries().size(), 1);
    QCOMPARE(m_fixture.history->entries().constFirst().outcome, Outcome::Unknown);
}

void tst_MainWindow::otherProfilesAskForConfirmationNamingRegionEndpointAndProfile()
{
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, Sandbox::credentials().accessKeyId);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, Sandbox::credentials().accessKeySecret);
    createWindow(environment);
    // With credentials available, the first run does not pick the sandbox.
    QCOMPARE(child<QComboBox>(u"profileComboBox"_s)->currentData().toString(), Profile::environmentId());
    QVERIFY(!child<QLabel>(u"sandboxBannerLabel"_s)->isVisible());
    // Point the cloud profile at the local emulator through the profile's endpoint.
    m_fixture.window->sandbox()->ensureStarted();
    Endpoints::Overrides endpoints;
    endpoints.emulator = m_fixture.window->sandbox()->endpoint();
    m_fixture.profiles->setEndpoints(Profile::environmentId(), endpoints);
    child<QComboBox>(u"regionComboBox"_s)->setEditText(u"cn-shanghai"_s);
    fillValidForm();

    QString question;
    QString headline;
    const auto answer = [&question, &headline](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, qApp, [&question, &headline, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"confirmSendMessageBox"_s);
            question = box->informativeText();
            headline = box->text();
            for (QAbstractButton *candidate : box->buttons()) {
                const bool accept = box->buttonRole(candidate) == QMessageBox::AcceptRole;
                if (accept == (button != QMessageBox::Cancel)) {
                    candidate->click();
                    return;
                }
            }
        });
    };
    answer(QMessageBox::Cancel);
    m_fixture.window->createFlowLog();
    QVERIFY(question.contains(u"cn-shanghai"_s));
    QVERIFY(question.contains(m_fixture.window->sandbox()->endpoint().toString()));
    QVERIFY(question.contains(u"Environment"_s, Qt::CaseInsensitive));
    // The endpoint is an emulator on this machine: the question must not say Alibaba Cloud.
    QVERIFY2(headline.contains(u"local emulator at 127.0.0.1:"_s), qPrintable(headline));
    QVERIFY(!headline.contains(u"Alibaba Cloud"_s));
    QCOMPARE(m_fixture.history->count(), 0);

    answer(QMessageBox::Ok);
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    QVERIFY(resultPanel()->result()->ok());
    QCOMPARE(m_fixture.history->entries().constFirst().profile, Profile::environmentId());
}

void tst_MainWindow::endpointFollowsTheRegionForCloudProfiles()
{
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIexample"_s);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"secret"_s);
    createWindow(environment);
    child<QComboBox>(u"regionComboBox"_s)->setEditText(u"cn-beijing"_s);
    QCOMPARE(child<QLineEdit>(u"endpointLineEdit"_s)->text(), u"https://vpc.cn-beijing.aliyuncs.com"_s);
    auto *profiles = child<QComboBox>(u"profileComboBox"_s);
    profiles->setCurrentIndex(profiles->findData(Profile::sandboxId()));
    // The sandbox's emulator starts on the next turn of the event loop, not inside the switch.
    QTRY_COMPARE(child<QLineEdit>(u"endpointLineEdit"_s)->text(), m_fixture.window->sandbox()->endpoint().toString());
    QVERIFY(!child<QLineEdit>(u"endpointLineEdit"_s)->text().isEmpty());
    QVERIFY(child<QLabel>(u"sandboxBannerLabel"_s)->isVisible());
}

void tst_MainWindow::regionSearchMatchesAnyPartOfTheName()
{
    createWindow();
    auto *region = child<QComboBox>(u"regionComboBox"_s);
    QCompleter *completer = region->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(u"hangzhou"_s);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), u"China (Hangzhou) cn-hangzhou"_s);
    completer->setCompletionPrefix(u"cn-sh"_s);
    QVERIFY(completer->completionCount() >= 2); // cn-shanghai, cn-shenzhen
    // A listed id typed in full is shown with its name when the user moves on.
    region->setEditText(u"cn-beijing"_s);
    Q_EMIT region->lineEdit()->editingFinished();
    QCOMPARE(region->currentText(), u"China (Beijing) cn-beijing"_s);
    QCOMPARE(m_fixture.window->findChild<FlowLogForm *>()->request().regionId, u"cn-beijing"_s);
}

void tst_MainWindow::previewShowsTheStringToSignButNoSecret()
{
    createWindow();
    fillValidForm();
    m_fixture.window->previewRequest();
    RequestPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_fixture.window->findChild<RequestPreviewDialog *>()));
    const QString stringToSign = dialog->findChild<QPlainTextEdit *>(u"stringToSignPlainTextEdit"_s)->toPlainText();
    QVERIFY(!stringToSign.isEmpty());
    const QString secret = Sandbox::credentials().accessKeySecret;
    for (const QPlainTextEdit *text : dialog->findChildren<QPlainTextEdit *>())
        QVERIFY(!text->toPlainText().contains(secret));
    // The sandbox's command says where it goes, and that it needs the app running.
    const QStringList lines = dialog->cliCommand().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"# "_s) && lines.at(0).contains(u"only while the app is open"_s),
        qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(u"aliyun vpc CreateFlowLog --RegionId cn-hangzhou "_s));
    QVERIFY(lines.at(1).contains(u"--FlowLogName '流日志-测试_01'"_s));
    QVERIFY(lines.at(1).endsWith(u" --endpoint "_s + m_fixture.window->sandbox()->endpoint().toString()));
    QVERIFY(lines.at(1).contains(u" --access-key-id sandbox-access-key-id "_s));
    dialog->close();
}

// Pasted into a shell as it is, the copied command creates the same flow log in the same sandbox.
void tst_MainWindow::theCopiedFlowlogCliCommandCreatesTheFlowLogInTheSandbox()
{
    createWindow();
    fillValidForm();
    m_fixture.window->previewRequest();
    RequestPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_fixture.window->findChild<RequestPreviewDialog *>()));
    auto *copy = dialog->findChild<QPushButton *>(u"copyFlowlogCliCommandPushButton"_s);
    QVERIFY(copy->isEnabled());
    copy->click();
    const QString command = QGuiApplication::clipboard()->text();
    dialog->close();
    QVERIFY2(command.contains(u"flowlog-cli create --region cn-hangzhou "_s), qPrintable(command));
    QVERIFY(command.contains(u" --profile sandbox --endpoint "_s + m_fixture.window->sandbox()->endpoint().toString()));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString cliDirectory = QFileInfo(QStringLiteral(FLOWLOG_CLI_PATH)).absolutePath();
    environment.insert(u"PATH"_s, cliDirectory + u':' + environment.value(u"PATH"_s));
    environment.insert(u"FLOWLOG_HISTORY"_s, m_directory.filePath(u"copied-command.sqlite"_s));
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s))
            environment.remove(name);
    }
    QProcess shell;
    shell.setProcessEnvironment(environment);
    shell.start(u"sh"_s, {u"-c"_s, command});
    // The sandbox answers from this event loop: wait without blocking it.
    QTRY_COMPARE_WITH_TIMEOUT(shell.state(), QProcess::NotRunning, 20000);
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    QCOMPARE(createdInSandbox(), 1);
    QVERIFY(QString::fromUtf8(shell.readAllStandardOutput()).contains(u"fl-"_s));
}

// A form with errors previews what is wrong and offers nothing to copy.
void tst_MainWindow::previewOfAnInvalidFormListsTheErrorsAndCopiesNothing()
{
    createWindow();
    typeText(child<QLineEdit>(u"flowLogNameLineEdit"_s), u"1-starts-with-a-digit"_s);
    m_fixture.window->previewRequest();
    RequestPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_fixture.window->findChild<RequestPreviewDialog *>()));
    auto *errors = dialog->findChild<QLabel *>(u"errorsLabel"_s);
    QVERIFY(errors->isVisibleTo(dialog));
    QVERIFY2(errors->text().contains(u"Flow log name: "_s), qPrintable(errors->text()));
    QVERIFY(errors->text().contains(u"Log Service project: "_s));
    QVERIFY(!dialog->findChild<QPushButton *>(u"copyCliCommandPushButton"_s)->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(u"copyFlowlogCliCommandPushButton"_s)->isEnabled());
    dialog->close();
}

void tst_MainWindow::languageSwitchRenamesRegionsAndIsRemembered()
{
    createWindow();
    auto *region = child<QComboBox>(u"regionComboBox"_s);
    QCOMPARE(region->currentText(), u"China (Hangzhou) cn-hangzhou"_s);
    child<QAction>(u"chineseLanguageAction"_s)->trigger();
    // Qt posts the language change to every window: it arrives with the next event loop pass.
    QTRY_COMPARE(region->currentText(), u"华东1（杭州） cn-hangzhou"_s);
    QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), u"zh_CN"_s);
    QVERIFY(child<QAction>(u"chineseLanguageAction"_s)->isChecked());
    child<QAction>(u"englishLanguageAction"_s)->trigger();
    QTRY_COMPARE(region->currentText(), u"China (Hangzhou) cn-hangzhou"_s);
    QCOMPARE(m_fixture.window->findChild<FlowLogForm *>()->request().regionId, u"cn-hangzhou"_s);
}

void tst_MainWindow::historyViewGoesIntoTheDock()
{
    createWindow();
    QDockWidget *dock = child<QDockWidget>(u"historyDockWidget"_s);
    QVERIFY(dock);
    auto *history = qobject_cast<HistoryView *>(dock->widget());
    QVERIFY(history);
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    QTRY_COMPARE(history->model()->rowCount(), 1);
    auto *view = new QLabel(u"history"_s);
    m_fixture.window->setHistoryView(view);
    QCOMPARE(dock->widget(), view);
}

void tst_MainWindow::theStatusOfAnEarlierAttemptCanBeCheckedAgain()
{
    createWindow();
    m_fixture.window->sandbox()->emulator()->setActivationDelay(0);
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    const qint64 id = m_fixture.history->entries().constFirst().id;
    QTRY_COMPARE(m_fixture.history->entries().constFirst().flowLogStatus, u"Active"_s);
    auto *poller = m_fixture.window->findChild<StatusPoller *>();
    QTRY_VERIFY(!poller->isTracking(id)); // followed to the end: asking again goes through the profile
    QSignalSpy handled(m_fixture.window->sandbox()->emulator(), &VpcEmulator::requestHandled);
    QSignalSpy failed(poller, &StatusPoller::checkFailed);
    poller->checkNow(id);
    QTRY_VERIFY(std::any_of(handled.cbegin(), handled.cend(), [](const QList<QVariant> &call) {
        return call.at(0).toString() == u"DescribeFlowLogs" && call.at(1).toString() == u"OK";
    }));
    QCOMPARE(failed.count(), 0);
}

void tst_MainWindow::aRowOfTheHistoryFillsTheForm()
{
    createWindow();
    auto *history = m_fixture.window->findChild<HistoryView *>();
    FlowLogRequest request;
    request.regionId = u"cn-shenzhen"_s;
    request.resourceType = ResourceType::Vpc;
    request.resourceId = u"vpc-wz9example"_s;
    request.trafficType = TrafficType::Drop;
    request.projectName = u"project-x"_s;
    request.logStoreName = u"store-y"_s;
    Q_EMIT history->fillFormRequested(request);
    QCOMPARE(m_fixture.window->findChild<FlowLogForm *>()->request(), request);
    QCOMPARE(child<QComboBox>(u"regionComboBox"_s)->currentText(), u"China (Shenzhen) cn-shenzhen"_s);
    QVERIFY(child<QPushButton>(u"createPushButton"_s)->isEnabled());
}


void tst_MainWindow::aMissingKeychainIsToldOnceAndTheProfileStillWorks()
{
    createWindow();
    m_fixture.profiles->saveOwnProfile(u"ops"_s, u"LTAIexample"_s, u"typed-secret"_s, u"cn-hangzhou"_s);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_fixture.window->findChild<QMessageBox *>(u"keychainMessageBox"_s)) && box->isVisible());
    QVERIFY(box->text().contains(u"this run only"_s));
    QVERIFY(box->informativeText().contains(u"memory"_s));
    // The new profile is selected and its secret, kept in memory, signs requests.
    QTRY_COMPARE(child<QComboBox>(u"profileComboBox"_s)->currentData().toString(), Profile::ownId(u"ops"_s));
    Credentials received;
    m_fixture.profiles->credentialsFor(Profile::ownId(u"ops"_s), this,
        [&received](const Credentials &credentials, const QString &) { received = credentials; });
    QTRY_COMPARE(received.accessKeySecret, u"typed-secret"_s);
    box->close();

    // A second own profile does not ask again.
    m_fixture.profiles->saveOwnProfile(u"ops2"_s, u"LTAIexample2"_s, u"other-secret"_s, u"cn-hangzhou"_s);
    QTest::qWait(50);
    QVERIFY(!m_fixture.window->findChild<QMessageBox *>(u"keychainMessageBox"_s));
}

void tst_MainWindow::textFieldsHaveClearButtonsOnceShown()
{
    createWindow();
    m_fixture.window->setHistoryView(new HistoryView(m_fixture.history));
    for (const auto &name : {u"resourceIdLineEdit"_s, u"projectNameLineEdit"_s, u"logStoreNameLineEdit"_s,
             u"flowLogNameLineEdit"_s, u"descriptionLineEdit"_s, u"historySearchLineEdit"_s})
        QTRY_VERIFY2(child<QLineEdit>(name)->isClearButtonEnabled(), qPrintable(name));
}

// What a screen reader announces: every control that takes focus has a name, its own or its label's.
void tst_MainWindow::everyControlHasAnAccessibleName()
{
    createWindow();
    m_fixture.window->setHistoryView(new HistoryView(m_fixture.history));
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    QStringList nameless;
    for (QWidget *widget : m_fixture.window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QComboBox *>(widget->parentWidget()))
            continue; // an editable combo box's line edit: the combo box carries the name
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless.append(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                           : widget->objectName());
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u", "_s)));
}

// Answers the next modal message box with the button of the given role, once it shows.
static void answerNextMessageBox(const QString &objectName, QMessageBox::ButtonRole role, QString *text)
{
    QTimer::singleShot(0, qApp, [objectName, role, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), objectName);
        *text = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
    });
}

void tst_MainWindow::repeatingASuccessAsksBeforeCreatingAnother()
{
    createWindow();
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible() && resultPanel()->result()->ok(), 5000);
    const HistoryEntry created = m_fixture.history->entries().constFirst();
    auto *history = m_fixture.window->findChild<HistoryView *>();

    QString question;
    answerNextMessageBox(u"confirmRepeatMessageBox"_s, QMessageBox::RejectRole, &question);
    Q_EMIT history->retryRequested(created);
    QVERIFY2(question.contains(created.flowLogId), qPrintable(question));
    QCOMPARE(m_fixture.history->count(), 1);

    answerNextMessageBox(u"confirmRepeatMessageBox"_s, QMessageBox::AcceptRole, &question);
    Q_EMIT history->retryRequested(created);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.history->count(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.window->isSending(), 5000);
    QCOMPARE(createdInSandbox(), 2);
}

// As a crash in the middle of a call leaves it: the flow log was created, the history says Unknown.
// Sending it again finds that flow log instead of creating a second one.
void tst_MainWindow::repeatingAnUnknownOutcomeAdoptsTheFlowLogItCreated()
{
    createWindow();
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible() && resultPanel()->result()->ok(), 5000);
    HistoryEntry crashed = *m_fixture.history->entry(m_fixture.history->entries().constFirst().id);
    const QString flowLogId = crashed.flowLogId;
    crashed.outcome = Outcome::Unknown;
    crashed.flowLogId.clear();
    QVERIFY(m_fixture.history->update(crashed));

    m_fixture.window->findChild<FlowLogForm *>()->setRequest(FlowLogRequest());
    Q_EMIT m_fixture.window->findChild<HistoryView *>()->retryRequested(crashed);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.history->count(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.window->isSending() && resultPanel()->result(), 5000);
    QVERIFY2(resultPanel()->result()->ok(), qPrintable(resultPanel()->result()->code + u" "_s + resultPanel()->result()->message));
    QVERIFY(resultPanel()->result()->adoptedExisting);
    QCOMPARE(resultPanel()->result()->flowLogId, flowLogId);
    QCOMPARE(createdInSandbox(), 1);
    QCOMPARE(m_fixture.window->findChild<FlowLogForm *>()->request().resourceId, crashed.request.resourceId);
    // The crashed attempt had created it: its row says so now, linked to the retry.
    const HistoryEntry earlier = *m_fixture.history->entry(crashed.id);
    QCOMPARE(earlier.outcome, Outcome::Succeeded);
    QCOMPARE(earlier.flowLogId, flowLogId);
    QCOMPARE(earlier.resolvedBy, m_fixture.history->entries().constFirst().id);
    QVERIFY(earlier.isResolved());
}

// The earlier row is settled too, and points at the retry that found it out.
void tst_MainWindow::aRetryThatCreatesSettlesTheEarlierAttemptAsNotCreated()
{
    createWindow();
    HistoryEntry crashed = HistoryEntry::pending(FlowLogRequest(), u"gui"_s, Profile::sandboxId(),
        m_fixture.window->sandbox()->endpoint().toString(), SignatureVersion::V3);
    fillValidForm();
    crashed.request = m_fixture.window->findChild<FlowLogForm *>()->request();
    crashed.id = m_fixture.history->add(crashed);
    Q_EMIT m_fixture.window->findChild<HistoryView *>()->retryRequested(crashed);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.history->count(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.window->isSending() && resultPanel()->result(), 5000);
    QVERIFY(resultPanel()->result()->ok());
    QVERIFY(!resultPanel()->result()->adoptedExisting);
    const qint64 retryId = m_fixture.history->entries().constFirst().id;
    const HistoryEntry earlier = *m_fixture.history->entry(crashed.id);
    QCOMPARE(earlier.outcome, Outcome::Failed);
    QCOMPARE(earlier.resolvedBy, retryId);
    QVERIFY(earlier.isResolved());
    QCOMPARE(createdInSandbox(), 1);
}

void tst_MainWindow::fillFormClearsTheResultOfThePreviousFlowLog()
{
    createWindow();
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible() && resultPanel()->result(), 5000);
    auto *history = m_fixture.window->findChild<HistoryView *>();
    QTRY_COMPARE(history->model()->rowCount(), 1);
    history->tableView()->selectRow(0);
    namedChild<QAction>(history, u"fillFormAction"_s)->trigger();
    QVERIFY(!resultPanel()->isVisible());
    QVERIFY(!resultPanel()->result());
}

// As a crash leaves a history: the app says so once, in the history area, and Resolve settles each
// row with what the sandbox lists (the flow log one attempt had created; nothing for the other).
void tst_MainWindow::unknownAttemptsOfAnEarlierRunAreOfferedAtStartAndResolved()
{
    createWindow();
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible() && resultPanel()->result()->ok(), 5000);
    QVERIFY(!child<QFrame>(u"unresolvedAttemptsFrame"_s)->isVisible());
    HistoryEntry created = *m_fixture.history->entry(m_fixture.history->entries().constFirst().id);
    const QString flowLogId = created.flowLogId;
    created.outcome = Outcome::Unknown;
    created.flowLogId.clear();
    created.flowLogStatus.clear();
    created.time = QDateTime::currentDateTimeUtc().addSecs(-600);
    QVERIFY(m_fixture.history->update(created));
    HistoryEntry absent = created;
    absent.request.resourceId = u"eni-bp1neverexisted"_s;
    absent.id = m_fixture.history->add(absent);
    // The next start: the emulator's state was saved with the window.
    delete std::exchange(m_fixture.window, nullptr);
    delete std::exchange(m_fixture.profiles, nullptr);
    createWindow();

    auto *label = child<QLabel>(u"unresolvedAttemptsLabel"_s);
    QTRY_VERIFY(child<QFrame>(u"unresolvedAttemptsFrame"_s)->isVisible());
    QVERIFY2(label->text().startsWith(u"2 attempts"_s), qPrintable(label->text()));
    QTest::mouseClick(child<QPushButton>(u"resolveAttemptsPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(u"Looked up"_s), 5000);
    QVERIFY2(label->text().contains(u"1 created (found and adopted), 1 not created, 0 still unknown"_s),
        qPrintable(label->text()));
    const HistoryEntry adopted = *m_fixture.history->entry(created.id);
    QCOMPARE(adopted.outcome, Outcome::Succeeded);
    QCOMPARE(adopted.flowLogId, flowLogId);
    QCOMPARE(m_fixture.history->entry(absent.id)->outcome, Outcome::Failed);
    QCOMPARE(createdInSandbox(), 1); // nothing created
}

// A row the CLI wrote with environment credentials, in an app started without those variables:
// the operator checks it with another profile (here an aliyun CLI profile holding the sandbox's
// AccessKey, so that the flow log can be found where it was created).
void tst_MainWindow::aRowOfTheEnvironmentIsCheckedWithAProfileTheOperatorChooses()
{
    const QString config = m_directory.filePath(u"sandbox-key-config.json"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current": "sb", "profiles": [{"name": "sb", "mode": "AK", "access_key_id": )"
               R"("sandbox-access-key-id", "access_key_secret": "sandbox-access-key-secret", "region_id": "cn-hangzhou"}]})");
    file.close();
    createWindow({}, config);
    child<QComboBox>(u"profileComboBox"_s)->setCurrentIndex(
        child<QComboBox>(u"profileComboBox"_s)->findData(Profile::sandboxId()));
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible() && resultPanel()->result()->ok(), 5000);
    auto *history = m_fixture.window->findChild<HistoryView *>();
    QTRY_COMPARE(m_fixture.history->entries().constFirst().flowLogStatus, u"Active"_s);
    HistoryEntry fromCli = *m_fixture.history->entry(m_fixture.history->entries().constFirst().id);
    fromCli.profile = Profile::environmentId();
    fromCli.source = u"cli"_s;
    const qint64 id = m_fixture.history->add(fromCli);
    QTRY_COMPARE(history->model()->rowCount(), 2);

    history->tableView()->selectRow(0);
    namedChild<QAction>(history, u"checkStatusAction"_s)->trigger();
    auto *combo = child<QComboBox>(u"checkProfileComboBox"_s);
    QTRY_VERIFY(combo->isVisible());
    auto *message = child<QLabel>(u"historyMessageLabel"_s);
    QVERIFY2(!message->text().contains(u"no longer exists"_s), qPrintable(message->text()));
    QCOMPARE(combo->currentData().toString(), Profile::aliyunCliId(u"sb"_s));
    QTest::mouseClick(child<QPushButton>(u"checkWithProfilePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"is still Active (checked"_s), 5000);
    QCOMPARE(m_fixture.history->entry(id)->profile, Profile::environmentId());
}

// The emulator creates the flow log and drops the answer: the outcome is unknown. The panel and the
// status bar say so alike, and the panel's button finds the flow log instead of creating a second.
// The result panel's duplicate-safe retry settles the row the unknown send left, like the history's.
void tst_MainWindow::lookForItAndRetrySettlesTheUnknownRowOfTheLastSend()
{
    startCreateWhoseAnswerIsHeldBack();
    QTRY_COMPARE_WITH_TIMEOUT(createdInSandbox(), 1, 2000); // created, its answer held back
    m_fixture.window->cancelSend();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->result() && resultPanel()->result()->outcome == Outcome::Unknown, 5000);
    const qint64 unknownId = m_fixture.history->entries().constFirst().id;
    m_fixture.window->sandbox()->emulator()->setFaults({});
    child<QPushButton>(u"lookForItPushButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.window->isSending() && resultPanel()->result()
            && resultPanel()->result()->ok(), 10000);
    QVERIFY(resultPanel()->result()->adoptedExisting);
    const HistoryEntry earlier = *m_fixture.history->entry(unknownId);
    QCOMPARE(earlier.outcome, Outcome::Succeeded);
    QCOMPARE(earlier.flowLogId, resultPanel()->result()->flowLogId);
    QCOMPARE(earlier.resolvedBy, m_fixture.history->entries().constFirst().id);
    QCOMPARE(createdInSandbox(), 1);
}

void tst_MainWindow::anUnknownOutcomeOffersLookForItAndRetry()
{
    createWindow();
    EmulatorFaults faults;
    faults.loseResponses = 1; // the create acts and its answer is lost ...
    faults.scripted = {{ScriptedFault::Mode::Close, u"DescribeFlowLogs"_s, -1, {}}}; // ... and no check can tell
    m_fixture.window->sandbox()->emulator()->setFaults(faults);
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 15000);
    QCOMPARE(resultPanel()->result()->outcome, Outcome::Unknown);
    const QString title = child<QLabel>(u"resultTitleLabel"_s)->text();
    QVERIFY2(title.startsWith(u"Outcome unknown"_s), qPrintable(title));
    QCOMPARE(m_fixture.window->statusBar()->currentMessage(), title);
    QVERIFY(!child<QLabel>(u"resultActionLabel"_s)->text().contains(u"console"_s));
    auto *lookForIt = child<QPushButton>(u"lookForItPushButton"_s);
    QVERIFY(lookForIt->isVisible());
    const qsizetype created = m_fixture.window->sandbox()->emulator()->flowLogCount();
    QVERIFY(createdInSandbox() >= 1);

    m_fixture.window->sandbox()->emulator()->setFaults({});
    m_fixture.window->findChild<FlowLogForm *>()->setRequest(FlowLogRequest()); // the last send is retried
    lookForIt->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.window->isSending() && resultPanel()->result()
            && resultPanel()->result()->ok(), 10000);
    QVERIFY(resultPanel()->result()->adoptedExisting);
    QCOMPARE(m_fixture.window->sandbox()->emulator()->flowLogCount(), created);
    QVERIFY2(child<QLabel>(u"resultTitleLabel"_s)->text().contains(u"found"_s),
        qPrintable(child<QLabel>(u"resultTitleLabel"_s)->text()));
    QCOMPARE(m_fixture.window->statusBar()->currentMessage(), child<QLabel>(u"resultTitleLabel"_s)->text());
    QVERIFY(!lookForIt->isVisible());
}

void tst_MainWindow::whileWaitingTheProgressCountsTheSecondsOfTheAttempt()
{
    startCreateWhoseAnswerIsHeldBack();
    auto *progress = child<SendProgressWidget>(u"sendProgressWidget"_s);
    QTRY_VERIFY(progress->text().contains(u"waiting for the answer — 0 s of at most 30 s"_s));
    // The count goes up while waiting (a loaded machine may show 2 s before a tick shows 1 s).
    const auto secondsShown = [progress] {
        const QRegularExpressionMatch match =
            QRegularExpression(u"waiting for the answer — (\\d+) s of at most 30 s"_s).match(progress->text());
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(secondsShown() >= 1 && secondsShown() <= 3, 2500);
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.window->isSending(), 8000);
}

// No answer at all: the text shown is the client's own, not the service's.
void tst_MainWindow::aNetworkErrorIsNotCalledAServerMessage()
{
    QSettings().setValue(SettingsKeys::IdleTimeout.toString(), 1000);
    QSettings().setValue(SettingsKeys::TotalTimeout.toString(), 1000);
    createWindow();
    EmulatorFaults faults;
    faults.scripted = {{ScriptedFault::Mode::Hang, QString(), -1, {}}}; // every action, the checks too
    m_fixture.window->sandbox()->emulator()->setFaults(faults);
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible() && !m_fixture.window->isSending(), 20000);
    QVERIFY2(resultPanel()->result()->httpStatus == 0, qPrintable(resultPanel()->result()->code + u" "_s + resultPanel()->result()->message));
    QTRY_VERIFY(child<QLabel>(u"serverMessageLabel"_s)->isVisible());
    QStringList shownLabels;
    for (const QLabel *label : resultPanel()->findChildren<QLabel *>()) {
        if (label->isVisible())
            shownLabels << label->text();
    }
    QVERIFY2(!shownLabels.contains(u"Server message:"_s), qPrintable(shownLabels.join(u" | "_s)));
    QVERIFY(shownLabels.contains(u"Details:"_s));
}

void tst_MainWindow::theActivationHintGoesOnceTheFlowLogIsActive()
{
    createWindow();
    m_fixture.window->sandbox()->emulator()->setActivationDelay(300);
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible(), 5000);
    auto *explanation = child<QLabel>(u"resultExplanationLabel"_s);
    QVERIFY2(explanation->text().contains(u"becomes Active shortly"_s), qPrintable(explanation->text()));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"flowLogStatusLabel"_s)->text() == u"Active"_s, 10000);
    QVERIFY(!explanation->text().contains(u"shortly"_s));
    QVERIFY(explanation->text().contains(u"is Active"_s));
}

// Shown in English, switched to Chinese: the status bar and the result panel say it again in Chinese.
void tst_MainWindow::theOutcomeIsRewrittenInTheNewLanguage()
{
    createWindow();
    fillValidForm();
    m_fixture.window->createFlowLog();
    QTRY_VERIFY_WITH_TIMEOUT(resultPanel()->isVisible() && !m_fixture.window->isSending(), 5000);
    const QString flowLogId = resultPanel()->result()->flowLogId;
    QCOMPARE(m_fixture.window->statusBar()->currentMessage(), u"Flow log %1 created"_s.arg(flowLogId));
    child<QAction>(u"chineseLanguageAction"_s)->trigger();
    QTRY_COMPARE(m_fixture.window->statusBar()->currentMessage(), u"已创建流日志 %1"_s.arg(flowLogId));
    QCOMPARE(child<QLabel>(u"resultTitleLabel"_s)->text(), u"已创建流日志 %1"_s.arg(flowLogId));
    child<QAction>(u"englishLanguageAction"_s)->trigger();
    QTRY_COMPARE(m_fixture.window->statusBar()->currentMessage(), u"Flow log %1 created"_s.arg(flowLogId));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

// Never discovered only after "Create": the combo greys it with the reason, the bar says it in full.
void tst_MainWindow::aProfileInAModeNotSupportedIsGreyedAndCannotCreate()
{
    const QString path = m_directory.filePath(u"oidc-config.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current": "sso", "profiles": [{"name": "sso", "mode": "OIDC", "region_id": "cn-beijing"}]})");
    file.close();
    createWindow({}, path);
    fillValidForm();
    auto *profiles = child<QComboBox>(u"profileComboBox"_s);
    const int index = profiles->findData(Profile::aliyunCliId(u"sso"_s));
    QVERIFY(index >= 0);
    QVERIFY(profiles->itemData(index, Qt::ForegroundRole).isValid());
    QVERIFY2(profiles->itemData(index, Qt::ToolTipRole).toString().contains(u"OIDC"_s),
        qPrintable(profiles->itemData(index, Qt::ToolTipRole).toString()));
    QVERIFY(!profiles->itemData(profiles->findData(Profile::sandboxId()), Qt::ForegroundRole).isValid());
    auto *problem = child<QLabel>(u"profileProblemLabel"_s);
    QVERIFY(!problem->isVisible());
    QPushButton *create = child<QPushButton>(u"createPushButton"_s);
    QVERIFY(create->isEnabled());

    profiles->setCurrentIndex(index);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"OIDC"_s), qPrintable(problem->text()));
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(u"OIDC"_s));
    // The shortcut neither asks for confirmation nor sends.
    bool asked = false;
    QTimer::singleShot(0, qApp, [&asked] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            asked = true;
            modal->close();
        }
    });
    m_fixture.window->createFlowLog();
    QTest::qWait(50);
    QVERIFY(!asked);
    QCOMPARE(m_fixture.history->count(), 0);
    QVERIFY(m_fixture.window->statusBar()->currentMessage().contains(u"cannot be used"_s));

    profiles->setCurrentIndex(profiles->findData(Profile::sandboxId()));
    QTRY_VERIFY(!problem->isVisible());
    QVERIFY(create->isEnabled());
}

// The role acts, not the AccessKey the profile holds: the confirmation names it and the emulator's
// request log shows the create signed with the STS AccessKey and its token.
void tst_MainWindow::anOwnRamRoleProfileCreatesWithTheRolesCredentials()
{
    createWindow();
    VpcEmulator *emulator = m_fixture.window->sandbox()->emulator();
    QVERIFY(m_fixture.window->sandbox()->ensureStarted());
    // The sandbox lists its account as soon as it runs: that is done before the log starts.
    QTRY_VERIFY(!m_fixture.window->inventories()->isLoading(Profile::sandboxId(), u"cn-hangzhou"_s));
    const QString logPath = m_directory.filePath(u"role-requests.jsonl"_s);
    QVERIFY(emulator->setRequestLog(logPath));
    OwnProfile own;
    own.name = u"operator"_s;
    own.accessKeyId = Sandbox::credentials().accessKeyId;
    own.defaultRegion = u"cn-shanghai"_s;
    own.mode = OwnProfile::Mode::RamRoleArn;
    own.roleArn = emulator->assumableRoles().constFirst();
    own.roleSessionName = u"flowlog-studio"_s;
    Endpoints::Overrides endpoints;
    endpoints.emulator = m_fixture.window->sandbox()->endpoint();
    m_fixture.profiles->setEndpoints(Profile::ownId(own.name), endpoints);
    m_fixture.profiles->saveOwnProfile(own, Sandbox::credentials().accessKeySecret);
    QTRY_VERIFY(m_fixture.window->findChild<QMessageBox *>(u"keychainMessageBox"_s));
    m_fixture.window->findChild<QMessageBox *>(u"keychainMessageBox"_s)->close();
    auto *profiles = child<QComboBox>(u"profileComboBox"_s);
    profiles->setCurrentIndex(profiles->findData(Profile::ownId(own.name)));
    QTRY_COMPARE(profiles->currentData().toString(), Profile::ownId(own.name));
    fillValidForm();

    QString details;
    QTimer::singleShot(0, qApp, [&details] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        details = box->informativeText();
        for (QAbstractButton *candidate : box->buttons()) {
            if (box->buttonRole(candidate) == QMessageBox::AcceptRole)
                candidate->click();
        }
    });
    m_fixture.window->createFlowLog();
    QVERIFY2(details.contains(u"Role assumed: "_s + own.roleArn), qPrintable(details));
    QTRY_VERIFY2_WITH_TIMEOUT(resultPanel()->isVisible(), qPrintable(m_fixture.window->statusBar()->currentMessage()), 5000);
    QVERIFY2(resultPanel()->result()->ok(), qPrintable(resultPanel()->result()->message));

    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QStringList signers;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (!entry.isEmpty())
            signers << entry.value(u"action"_s).toString() + u' ' + entry.value(u"accessKeyId"_s).toString()
                    + (entry.value(u"securityToken"_s).toBool() ? u" token"_s : QString());
    }
    QVERIFY2(signers.size() >= 2, qPrintable(signers.join(u", "_s)));
    QCOMPARE(signers.constFirst(), u"AssumeRole "_s + own.accessKeyId);
    const QString create = signers.filter(u"CreateFlowLog"_s).value(0);
    QVERIFY2(create.startsWith(u"CreateFlowLog STS."_s) && create.endsWith(u" token"_s), qPrintable(create));
    QCOMPARE(m_fixture.history->entries().constFirst().profile, Profile::ownId(own.name));

    // A role the account may not assume: said in the result panel, in full, and nothing is sent.
    own.roleArn = u"acs:ram::1234567890123456:role/nobody"_s;
    m_fixture.profiles->saveOwnProfile(own, {});
    QTRY_COMPARE(m_fixture.profiles->ownProfile(own.name)->roleArn, own.roleArn);
    QTimer::singleShot(0, qApp, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *candidate : box->buttons()) {
            if (box->buttonRole(candidate) == QMessageBox::AcceptRole)
                candidate->click();
        }
    });
    m_fixture.window->createFlowLog();
    auto *title = child<QLabel>(u"resultTitleLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(u"credentials could not be had"_s), 5000);
    const QString explanation = child<QLabel>(u"resultExplanationLabel"_s)->text();
    QVERIFY2(explanation.contains(u"role/nobody cannot be assumed"_s), qPrintable(explanation));
    QCOMPARE(m_fixture.history->count(), 1);
}
