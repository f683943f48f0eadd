#include "core/config/appsettings.h"
#include "core/config/ownprofiles.h"
#include "core/config/profileendpoints.h"
#include "core/config/endpoints.h"
#include "ui/main/languagemanager.h"
#include "ui/main/settingsdialog.h"
#include "support/namedchild.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsFollowTheOfficialSdks();
    void settingsRoundTripThroughQSettings();
    void outOfRangeValuesAreClamped();
    void olderTimeoutKeysCarryOverSensibly();
    void appliesToClientSettings();
    void dialogShowsAndSavesTheSettings();
    void theOldGlobalEndpointMovesToTheProfiles();
    void languageChoiceIsSaved();
    void everyInputHasAnAccessibleName();

private:
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        return namedChild<T>(parent, name);
    }

    QTemporaryDir m_dir;
};

void tst_SettingsDialog::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTests"_s);
    QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
}

void tst_SettingsDialog::init()
{
    QSettings().clear();
}

void tst_SettingsDialog::defaultsFollowTheOfficialSdks()
{
    const AppSettings settings = AppSettings::load();
    QCOMPARE(settings.idleTimeoutMs, 10000);
    QCOMPARE(settings.totalTimeoutMs, 30000);
    QCOMPARE(settings.maxAttempts, 3);
    QCOMPARE(settings.signatureVersion, SignatureVersion::V3);
    QCOMPARE(settings.httpMethod, QByteArray("POST"));
    QVERIFY(!settings.effectiveHistoryPath().isEmpty());
}

void tst_SettingsDialog::settingsRoundTripThroughQSettings()
{
    AppSettings settings;
    settings.idleTimeoutMs = 7000;
    settings.totalTimeoutMs = 45000;
    settings.maxAttempts = 5;
    settings.signatureVersion = SignatureVersion::V1;
    settings.httpMethod = "GET";
    settings.historyPath = m_dir.filePath(u"h.sqlite"_s);
    settings.save();
    QCOMPARE(AppSettings::load(), settings);
    QCOMPARE(AppSettings::load().effectiveHistoryPath(), m_dir.filePath(u"h.sqlite"_s));
    // The main window reads this key itself.
    QCOMPARE(QSettings().value(u"connection/signatureVersion"_s).toString(), u"v1"_s);
}

void tst_SettingsDialog::outOfRangeValuesAreClamped()
{
    QSettings settings;
    settings.setValue(u"connection/readTimeoutMs"_s, 5);
    settings.setValue(u"connection/totalTimeoutMs"_s, 10'000'000);
    settings.setValue(u"connection/maxAttempts"_s, 1000);
    settings.setValue(u"connection/httpMethod"_s, u"DELETE"_s);
    settings.setValue(u"connection/signatureVersion"_s, u"v9"_s);
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.idleTimeoutMs, AppSettings::MinTimeoutMs);
    QCOMPARE(loaded.totalTimeoutMs, AppSettings::MaxTimeoutMs);
    QCOMPARE(loaded.maxAttempts, AppSettings::MaxAttempts);
    QCOMPARE(loaded.httpMethod, QByteArray("POST"));
    QCOMPARE(loaded.signatureVersion, SignatureVersion::V3);
}

// Older versions saved a connect timeout; QNetworkAccessManager has none, so it is left unread, and
// their read timeout (no byte for so long) carries over as the idle timeout.
void tst_SettingsDialog::olderTimeoutKeysCarryOverSensibly()
{
    QSettings settings;
    settings.setValue(u"connection/connectTimeoutMs"_s, 2000);
    settings.setValue(u"connection/readTimeoutMs"_s, 20000);
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.idleTimeoutMs, 20000);
    QCOMPARE(loaded.totalTimeoutMs, AppSettings().totalTimeoutMs);
    loaded.save();
    QCOMPARE(QSettings().value(u"connection/connectTimeoutMs"_s).toInt(), 2000); // untouched, unused
}

void tst_SettingsDialog::appliesToClientSettings()
{
    AppSettings settings;
    settings.idleTimeoutMs = 2000;
    settings.totalTimeoutMs = 4000;
    settings.maxAttempts = 1;
    settings.signatureVersion = SignatureVersion::V1;
    settings.httpMethod = "GET";
    ClientSettings client;
    client.endpoint = QUrl(u"https://vpc.cn-hangzhou.aliyuncs.com"_s);
    client = settings.applyTo(client);
    QCOMPARE(client.idleTimeoutMs, 2000);
    QCOMPARE(client.totalTimeoutMs, 4000);
    QCOMPARE(client.maxAttempts, 1);
    QCOMPARE(client.signatureVersion, SignatureVersion::V1);
    QCOMPARE(client.method, QByteArray("GET"));
    QCOMPARE(client.endpoint, QUrl(u"https://vpc.cn-hangzhou.aliyuncs.com"_s));
}

void tst_SettingsDialog::dialogShowsAndSavesTheSettings()
{
    SettingsDialog dialog(nullptr);
    QCOMPARE(child<QSpinBox>(&dialog, u"idleTimeoutSpinBox"_s)->value(), 10);
    QCOMPARE(child<QSpinBox>(&dialog, u"totalTimeoutSpinBox"_s)->value(), 30);
    QCOMPARE(child<QComboBox>(&dialog, u"signatureVersionComboBox"_s)->currentData().toInt(), int(SignatureVersion::V3));
    child<QSpinBox>(&dialog, u"idleTimeoutSpinBox"_s)->setValue(25);
    child<QSpinBox>(&dialog, u"totalTimeoutSpinBox"_s)->setValue(90);
    child<QSpinBox>(&dialog, u"attemptsSpinBox"_s)->setValue(2);
    QCOMPARE(child<QDoubleSpinBox>(&dialog, u"batchStartRateSpinBox"_s)->value(), 10.0);
    child<QDoubleSpinBox>(&dialog, u"batchStartRateSpinBox"_s)->setValue(4);
    auto *signature = child<QComboBox>(&dialog, u"signatureVersionComboBox"_s);
    signature->setCurrentIndex(signature->findData(int(SignatureVersion::V1)));
    child<QComboBox>(&dialog, u"httpMethodComboBox"_s)->setCurrentText(u"GET"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const AppSettings saved = AppSettings::load();
    QCOMPARE(saved.idleTimeoutMs, 25000);
    QCOMPARE(saved.totalTimeoutMs, 90000);
    QCOMPARE(saved.maxAttempts, 2);
    QCOMPARE(saved.batchStartRate, 4.0);
    QCOMPARE(saved.signatureVersion, SignatureVersion::V1);
    QCOMPARE(saved.httpMethod, QByteArray("GET"));
}

// Before endpoints were per profile, one custom endpoint applied to every profile: it moves, once, to
// the profile selected last and to every own profile, as a VPC endpoint (an emulator on loopback).
void tst_SettingsDialog::theOldGlobalEndpointMovesToTheProfiles()
{
    QSettings settings;
    settings.setValue(u"connection/customEndpoint"_s, u"vpc.cn-beijing.aliyuncs.com"_s);
    settings.setValue(u"ui/profile"_s, u"aliyun:prod"_s);
    OwnProfiles::write({OwnProfile {u"dev"_s, u"LTAIdev"_s, {}}});
    ProfileEndpoints::migrateGlobalEndpoint();
    QCOMPARE(ProfileEndpoints::read(u"aliyun:prod"_s).vpc, QUrl(u"https://vpc.cn-beijing.aliyuncs.com"_s));
    QCOMPARE(ProfileEndpoints::read(u"own:dev"_s).vpc, QUrl(u"https://vpc.cn-beijing.aliyuncs.com"_s));
    QVERIFY(ProfileEndpoints::read(u"own:dev"_s).emulator.isEmpty());
    QVERIFY(!settings.contains(u"connection/customEndpoint"_s));

    settings.setValue(u"connection/customEndpoint"_s, u"http://127.0.0.1:8080"_s);
    settings.setValue(u"ui/profile"_s, u"env"_s);
    ProfileEndpoints::migrateGlobalEndpoint();
    QCOMPARE(ProfileEndpoints::read(u"env"_s).emulator, QUrl(u"http://127.0.0.1:8080"_s));
    // A profile that has endpoints of its own keeps them.
    QCOMPARE(ProfileEndpoints::read(u"own:dev"_s).vpc, QUrl(u"https://vpc.cn-beijing.aliyuncs.com"_s));
    QVERIFY(ProfileEndpoints::read(u"own:dev"_s).emulator.isEmpty());
    // The sandbox's emulator is built in.
    QVERIFY(ProfileEndpoints::read(u"sandbox"_s).isEmpty());
}

void tst_SettingsDialog::languageChoiceIsSaved()
{
    SettingsDialog dialog(nullptr);
    auto *language = child<QComboBox>(&dialog, u"languageComboBox"_s);
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->currentData().toInt(), int(LanguageManager::Language::FollowSystem));
    QCOMPARE(language->itemText(1), u"中文（简体）"_s);
    language->setCurrentIndex(language->findData(int(LanguageManager::Language::Chinese)));
    dialog.accept();
    QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(),
        LanguageManager::settingsValue(LanguageManager::Language::Chinese));
    SettingsDialog again(nullptr);
    QCOMPARE(child<QComboBox>(&again, u"languageComboBox"_s)->currentData().toInt(),
        int(LanguageManager::Language::Chinese));
}

void tst_SettingsDialog::everyInputHasAnAccessibleName()
{
    SettingsDialog dialog(nullptr);
    for (const QString &name : {u"idleTimeoutSpinBox"_s, u"totalTimeoutSpinBox"_s, u"attemptsSpinBox"_s, u"batchStartRateSpinBox"_s,
             u"signatureVersionComboBox"_s, u"httpMethodComboBox"_s,
             u"languageComboBox"_s, u"historyPathLineEdit"_s}) {
        QWidget *input = child<QWidget>(&dialog, name);
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(name));
    }
    QVERIFY(!child<QLineEdit>(&dialog, u"historyPathLineEdit"_s)->placeholderText().isEmpty());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
