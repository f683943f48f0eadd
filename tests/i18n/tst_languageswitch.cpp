// The desktop app switches between Chinese and English while it runs: every text of the main window
// changes with the language, the Chinese UI shows no English beyond API names, IDs, codes and
// product names, and switching back restores the English texts exactly (nothing translated is cached).

#include "core/history/historystore.h"
#include "ui/history/historyview.h"
#include "ui/main/languagemanager.h"
#include "ui/main/mainwindow.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profilesdialog.h"
#include "core/config/ownprofiles.h"
#include "ui/profiles/profilemanager.h"
#include "ui/send/requestpreviewdialog.h"
#include "ui/main/settingsdialog.h"
#include "uitexts.h"
#include "support/namedchild.h"
#include "support/sandboxinventory.h"
#include "support/windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Shown as the server sent it (the API answers in English), not a text of this application.
// The server's words, and the copied commands the copy buttons show as their tooltips: data, not
// text to translate.
bool isServerData(const QString &where)
{
    return where.contains(u"serverMessageLabel"_s) || where.contains(u"CommandPushButton toolTip"_s);
}

// Each language is named in itself (Language menu, settings), whatever the UI language is.
bool namesALanguage(const QString &text)
{
    return text == u"中文（简体）" || text == u"English";
}

} // namespace

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void englishWordsAreFound_data();
    void englishWordsAreFound();
    void mainWindowIsChineseAfterSwitching();
    void mainWindowIsEnglishAgainAfterSwitchingBack();
    void findingsAreChineseAfterSwitching();
    void resultIsChineseAfterSwitching_data();
    void resultIsChineseAfterSwitching();
    void settingsDialogIsChineseAfterSwitching();
    void settingsDialogIsEnglishAgainAfterSwitchingBack();
    void profileDialogIsChineseAfterSwitching_data();
    void profileDialogIsChineseAfterSwitching();
    void profileDialogIsEnglishAgainAfterSwitchingBack();
    void profilesDialogIsChineseAfterSwitching();
    void requestPreviewOpenedInChineseIsChinese();

private:
    void createWindow();
    void fillValidForm();
    void checkSwitchToChinese(QWidget *window);
    void checkSwitchBackToEnglish(QWidget *window);
    void openPreview(RequestPreviewDialog **dialog);
    template<typename T>
    T *child(const QString &name) const
    {
        return namedChild<T>(m_fixture.window, name);
    }
    void switchTo(LanguageManager::Language language);
    static QStringList untranslated(const QMap<QString, QString> &english, const QMap<QString, QString> &chinese);

    QTemporaryDir m_directory;
    WindowFixture m_fixture;
};

void tst_LanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTest"_s);
    QCoreApplication::setApplicationName(u"tst_languageswitch"_s);
    QVERIFY(m_directory.isValid());
}

void tst_LanguageSwitch::init()
{
    QVERIFY(m_fixture.setUp(LanguageManager::Language::English,
        m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s)));
}

void tst_LanguageSwitch::cleanup()
{
    m_fixture.tearDown();
}

void tst_LanguageSwitch::createWindow()
{
    m_fixture.createWindow(m_directory.filePath(u"none.json"_s));
    m_fixture.window->setHistoryView(new HistoryView(m_fixture.history));
    m_fixture.window->resize(1100, 800);
    m_fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window));
}

void tst_LanguageSwitch::fillValidForm()
{
    child<QLineEdit>(u"resourceIdLineEdit"_s)->setText(SandboxInventory::networkInterface);
    child<QLineEdit>(u"projectNameLineEdit"_s)->setText(u"flowlog-project"_s);
    child<QLineEdit>(u"logStoreNameLineEdit"_s)->setText(u"flowlog-store"_s);
    child<QLineEdit>(u"flowLogNameLineEdit"_s)->setText(u"流日志-测试_01"_s);
}

void tst_LanguageSwitch::switchTo(LanguageManager::Language language)
{
    m_fixture.languages->setLanguage(language);
    // Qt posts the language change to each window; the window passes it on to its children at once.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// Every text whose English is more than API names and IDs must be different in Chinese, and the
// Chinese must hold no English words.
QStringList tst_LanguageSwitch::untranslated(const QMap<QString, QString> &english,
    const QMap<QString, QString> &chinese)
{
    QStringList problems;
    for (auto it = chinese.cbegin(); it != chinese.cend(); ++it) {
        if (namesALanguage(it.value()) || isServerData(it.key()))
            continue;
        const QStringList words = UiTexts::englishWords(it.value());
        if (!words.isEmpty())
            problems.append(u"%1: \"%2\" (%3)"_s.arg(it.key(), it.value(), words.join(u", "_s)));
        else if (english.value(it.key()) == it.value() && !UiTexts::englishWords(it.value()).isEmpty())
            problems.append(u"%1: unchanged \"%2\""_s.arg(it.key(), it.value()));
    }
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (namesALanguage(it.value()) || isServerData(it.key()))
            continue;
        if (!chinese.contains(it.key()))
            problems.append(u"%1: \"%2\" has no Chinese counterpart"_s.arg(it.key(), it.value()));
        else if (chinese.value(it.key()) == it.value() && !UiTexts::englishWords(it.value()).isEmpty())
            problems.append(u"%1: unchanged \"%2\""_s.arg(it.key(), it.value()));
    }
    problems.removeDuplicates();
    return problems;
}

void tst_LanguageSwitch::englishWordsAreFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("English label") << u"Re&gion:"_s << QStringList {u"Region"_s};
    QTest::newRow("Chinese label") << u"地域(&G)："_s << QStringList {};
    QTest::newRow("API value beside label") << u"弹性网卡 (NetworkInterface)"_s << QStringList {};
    QTest::newRow("English beside label") << u"弹性网卡 (Elastic network interface)"_s
                                          << QStringList {u"Elastic"_s, u"network"_s, u"interface"_s};
    QTest::newRow("region and ID") << u"华东1（杭州） cn-hangzhou"_s << QStringList {};
    QTest::newRow("English region") << u"China (Hangzhou) cn-hangzhou"_s << QStringList {u"China"_s};
    QTest::newRow("shortcut") << u"创建流日志 (Ctrl+Enter)"_s << QStringList {};
    QTest::newRow("URL") << u"服务接入点：http://127.0.0.1:8080"_s << QStringList {};
    QTest::newRow("URL then text") << u"POST http://127.0.0.1:8080——凭证配置：沙箱。AccessKey Secret 不会显示"_s
                                   << QStringList {};
    QTest::newRow("URL template") << u"留空则使用 https://vpc.<地域>.aliyuncs.com"_s << QStringList {};
    QTest::newRow("host") << u"vpc.cn-hangzhou.aliyuncs.com"_s << QStringList {};
    QTest::newRow("markup and product") << u"<b>关于 FlowLog Studio</b>"_s << QStringList {};
    QTest::newRow("AccessKey") << u"用哪个 AccessKey 为请求签名"_s << QStringList {};
    QTest::newRow("code") << u"错误码：Throttling.User"_s << QStringList {};
    QTest::newRow("mixed") << u"请求 ID：%1 (copy)"_s << QStringList {};
    QTest::newRow("quoted value") << u"不能使用全角字母「Ａ」，请改用半角字母「A」。"_s << QStringList {};
    QTest::newRow("mixed sentence") << u"流日志 created"_s << QStringList {u"created"_s};
}

void tst_LanguageSwitch::englishWordsAreFound()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(UiTexts::englishWords(text), words);
}

// The window as it is now, in English, then in Chinese.
void tst_LanguageSwitch::checkSwitchToChinese(QWidget *window)
{
    switchTo(LanguageManager::Language::English);
    const QMap<QString, QString> english = UiTexts::collect(window);
    QVERIFY(english.size() > 10);
    switchTo(LanguageManager::Language::Chinese);
    QVERIFY(m_fixture.languages->hasApplicationTranslation());
    const QMap<QString, QString> chinese = UiTexts::collect(window);
    const QStringList problems = untranslated(english, chinese);
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), "Untranslated texts in the Chinese UI: see the warnings above");
    qsizetype han = 0;
    for (const QString &text : chinese)
        han += UiTexts::containsHan(text) ? 1 : 0;
    QVERIFY2(han > chinese.size() / 2, qPrintable(u"%1 of %2 texts are Chinese"_s.arg(han).arg(chinese.size())));
}

void tst_LanguageSwitch::mainWindowIsChineseAfterSwitching()
{
    createWindow();
    checkSwitchToChinese(m_fixture.window);
}

// English, Chinese, English again: the texts are the first ones exactly, none stays Chinese.
void tst_LanguageSwitch::checkSwitchBackToEnglish(QWidget *window)
{
    switchTo(LanguageManager::Language::English);
    const QMap<QString, QString> english = UiTexts::collect(window);
    switchTo(LanguageManager::Language::Chinese);
    switchTo(LanguageManager::Language::English);
    const QMap<QString, QString> again = UiTexts::collect(window);
    QStringList problems;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (again.value(it.key()) != it.value())
            problems.append(u"%1: \"%2\" became \"%3\""_s.arg(it.key(), it.value(), again.value(it.key())));
    }
    for (auto it = again.cbegin(); it != again.cend(); ++it) {
        // Texts the first English pass already had are compared above (they may quote Chinese data).
        if (!english.contains(it.key()) && UiTexts::containsHan(it.value()) && !namesALanguage(it.value()))
            problems.append(u"%1: Chinese in the English UI: \"%2\""_s.arg(it.key(), it.value()));
    }
    problems.removeDuplicates();
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), "Texts not restored in the English UI: see the warnings above");
}

void tst_LanguageSwitch::mainWindowIsEnglishAgainAfterSwitchingBack()
{
    createWindow();
    checkSwitchBackToEnglish(m_fixture.window);
}

// The inline findings under the fields are retranslated with the rest.
void tst_LanguageSwitch::findingsAreChineseAfterSwitching()
{
    createWindow();
    fillValidForm();
    child<QLineEdit>(u"flowLogNameLineEdit"_s)->setText(u"Ａbc，1"_s);
    child<QLineEdit>(u"descriptionLineEdit"_s)->setText(u"https://example.com"_s);
    child<QLineEdit>(u"projectNameLineEdit"_s)->setText(u"Project_1"_s);
    QCoreApplication::processEvents();
    checkSwitchToChinese(m_fixture.window);
}

void tst_LanguageSwitch::resultIsChineseAfterSwitching_data()
{
    QTest::addColumn<QString>("region");
    QTest::newRow("created") << QString();
    QTest::newRow("unknown region") << u"xx-nowhere-1"_s;
}

// The result panel after a send to the built-in sandbox: a created flow log, or an explained error.
void tst_LanguageSwitch::resultIsChineseAfterSwitching()
{
    QFETCH(QString, region);
    createWindow();
    fillValidForm();
    if (!region.isEmpty())
        child<QComboBox>(u"regionComboBox"_s)->setEditText(region);
    m_fixture.window->createFlowLog();
    QWidget *result = child<QWidget>(u"resultPanel"_s);
    QVERIFY(result);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() && !m_fixture.window->isSending(), 10000);
    checkSwitchToChinese(m_fixture.window);
}

// Every label, field, suffix, item, button and note of the settings.
void tst_LanguageSwitch::settingsDialogIsChineseAfterSwitching()
{
    createWindow();
    SettingsDialog dialog(m_fixture.languages, m_fixture.window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkSwitchToChinese(&dialog);
}

void tst_LanguageSwitch::settingsDialogIsEnglishAgainAfterSwitchingBack()
{
    createWindow();
    SettingsDialog dialog(m_fixture.languages, m_fixture.window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkSwitchBackToEnglish(&dialog);
}

void tst_LanguageSwitch::profileDialogIsChineseAfterSwitching_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("empty") << QString() << int(OwnProfile::Mode::AccessKey) << QString();
    QTest::newRow("bad name") << u"-bad name"_s << int(OwnProfile::Mode::AccessKey) << QString();
    QTest::newRow("role") << u"ops"_s << int(OwnProfile::Mode::RamRoleArn) << QString();
    QTest::newRow("token") << u"ops"_s << int(OwnProfile::Mode::StsToken) << QString();
    QTest::newRow("unusable endpoint") << u"ops"_s << int(OwnProfile::Mode::AccessKey) << u"http://example.com/path"_s;
}

// The dialog for an own profile in each mode, with its inline problem, the endpoint check and the
// note on where the secret goes.
void tst_LanguageSwitch::profileDialogIsChineseAfterSwitching()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    QFETCH(QString, endpoint);
    createWindow();
    ProfileDialog dialog(m_fixture.profiles, m_fixture.window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *nameLineEdit = dialog.findChild<QLineEdit *>(u"profileNameLineEdit"_s);
    QVERIFY(nameLineEdit);
    nameLineEdit->setText(name);
    auto *modeComboBox = dialog.findChild<QComboBox *>(u"profileModeComboBox"_s);
    modeComboBox->setCurrentIndex(modeComboBox->findData(mode));
    dialog.findChild<QLineEdit *>(u"vpcEndpointLineEdit"_s)->setText(endpoint);
    checkSwitchToChinese(&dialog);
}

// The list of every profile.
void tst_LanguageSwitch::profilesDialogIsChineseAfterSwitching()
{
    createWindow();
    ProfilesDialog dialog(m_fixture.profiles, m_fixture.window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkSwitchToChinese(&dialog);
}

void tst_LanguageSwitch::profileDialogIsEnglishAgainAfterSwitchingBack()
{
    createWindow();
    ProfileDialog dialog(m_fixture.profiles, m_fixture.window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkSwitchBackToEnglish(&dialog);
}

// The preview opens once the job is prepared, on the event loop.
void tst_LanguageSwitch::openPreview(RequestPreviewDialog **dialog)
{
    m_fixture.window->previewRequest();
    QTRY_VERIFY_WITH_TIMEOUT((*dialog = m_fixture.window->findChild<RequestPreviewDialog *>()) && (*dialog)->isVisible(), 5000);
}

// The preview of a request (what is sent, the string to sign, the copy as an aliyun CLI command),
// opened in English and then in Chinese: it is window-modal, so the language cannot change while it
// is open.
void tst_LanguageSwitch::requestPreviewOpenedInChineseIsChinese()
{
    createWindow();
    fillValidForm();
    RequestPreviewDialog *dialog = nullptr;
    openPreview(&dialog);
    QVERIFY(dialog);
    const QMap<QString, QString> english = UiTexts::collect(dialog);
    QVERIFY(english.size() > 10);
    delete dialog;
    switchTo(LanguageManager::Language::Chinese);
    dialog = nullptr;
    openPreview(&dialog);
    QVERIFY(dialog);
    const QMap<QString, QString> chinese = UiTexts::collect(dialog);
    const QStringList problems = untranslated(english, chinese);
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), "Untranslated texts in the Chinese preview: see the warnings above");
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
