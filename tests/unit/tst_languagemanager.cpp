#include "ui/main/languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// Counts the language changes a widget is told about.
class LanguageProbe final : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

} // namespace

class tst_LanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void settingsValuesRoundTrip_data();
    void settingsValuesRoundTrip();
    void choiceIsSavedAndRestored();
    void everySwitchReachesTheWidgets();
    void chineseInstallsQtsOwnTranslation();
    void coreSeesTheChosenLanguage();
    void followSystemUsesTheSystemLocale();
    void englishCountsUsePluralFormsWhateverTheSystemLocale();
};

void tst_LanguageManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTest"_s);
    QCoreApplication::setApplicationName(u"tst_languagemanager"_s);
}

void tst_LanguageManager::init()
{
    QSettings().clear();
}

void tst_LanguageManager::settingsValuesRoundTrip_data()
{
    QTest::addColumn<LanguageManager::Language>("language");
    QTest::newRow("system") << LanguageManager::Language::FollowSystem;
    QTest::newRow("chinese") << LanguageManager::Language::Chinese;
    QTest::newRow("english") << LanguageManager::Language::English;
}

void tst_LanguageManager::settingsValuesRoundTrip()
{
    QFETCH(LanguageManager::Language, language);
    QCOMPARE(LanguageManager::fromSettingsValue(LanguageManager::settingsValue(language)), language);
}

void tst_LanguageManager::choiceIsSavedAndRestored()
{
    {
        LanguageManager manager;
        manager.setLanguage(LanguageManager::Language::Chinese);
    }
    QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), u"zh_CN"_s);
    LanguageManager restored;
    restored.restore();
    QCOMPARE(restored.language(), LanguageManager::Language::Chinese);
    QCOMPARE(restored.effectiveLocale().language(), QLocale::Chinese);
}

void tst_LanguageManager::everySwitchReachesTheWidgets()
{
    LanguageManager manager;
    LanguageProbe probe;
    manager.setLanguage(LanguageManager::Language::English);
    int before = probe.changes;
    manager.setLanguage(LanguageManager::Language::Chinese);
    QTRY_VERIFY(probe.changes > before);
    before = probe.changes;
    manager.setLanguage(LanguageManager::Language::English);
    QTRY_VERIFY(probe.changes > before);
    before = probe.changes;
    // Even with no translator to install or remove, region names must be re-read.
    manager.setLanguage(LanguageManager::Language::English);
    QTRY_VERIFY(probe.changes > before);
}

void tst_LanguageManager::chineseInstallsQtsOwnTranslation()
{
    LanguageManager manager;
    manager.setLanguage(LanguageManager::Language::Chinese);
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    manager.setLanguage(LanguageManager::Language::English);
    if (cancel == u"Cancel")
        QSKIP("qtbase_zh_CN.qm is not installed");
    QCOMPARE(cancel, u"取消"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void tst_LanguageManager::coreSeesTheChosenLanguage()
{
    LanguageManager manager;
    manager.setLanguage(LanguageManager::Language::Chinese);
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    manager.setLanguage(LanguageManager::Language::English);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void tst_LanguageManager::followSystemUsesTheSystemLocale()
{
    LanguageManager manager;
    manager.setLanguage(LanguageManager::Language::FollowSystem);
    QCOMPARE(manager.effectiveLocale(), QLocale::system());
    QCOMPARE(QLocale().language(), QLocale::system().language());
    // CTest runs this suite under C.UTF-8 and once more under zh_CN.UTF-8 (tst_languagemanager_zh):
    // the system's language must come through either way, not a fixed one.
    const QByteArray lang = qgetenv("LANG");
    QCOMPARE(QLocale().language() == QLocale::Chinese, lang.startsWith("zh"));
}

// Under LANG=C.UTF-8 the system locale names no language we translate: English, with its plurals.
void tst_LanguageManager::englishCountsUsePluralFormsWhateverTheSystemLocale()
{
    if (qgetenv("LANG").startsWith("zh"))
        QSKIP("the system is Chinese");
    LanguageManager manager;
    for (const auto language : {LanguageManager::Language::FollowSystem, LanguageManager::Language::English}) {
        manager.setLanguage(language);
        QCOMPARE(QCoreApplication::translate("HistoryView", "%n row(s)", nullptr, 1), u"1 row"_s);
        QCOMPARE(QCoreApplication::translate("HistoryView", "%n row(s)", nullptr, 0), u"0 rows"_s);
    }
}

QTEST_MAIN(tst_LanguageManager)
#include "tst_languagemanager.moc"
