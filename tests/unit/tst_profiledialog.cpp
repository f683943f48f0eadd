#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profilemanager.h"
#include "core/config/secretstore.h"
#include "core/config/ownprofiles.h"
#include "ui/profiles/profilesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QSpinBox>
#include <QTreeWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

class MapSecretStore final : public SecretStore
{
public:
    QHash<QString, QString> secrets;
    bool refuseWrites = false;
    void read(const QString &key, QObject *context, Callback callback) override
    {
        const Result result = secrets.contains(key) ? Result{Status::Ok, secrets.value(key), {}}
                                                    : Result{Status::NotFound, {}, {}};
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override
    {
        if (refuseWrites) {
            QTimer::singleShot(0, context, [callback] { callback({Status::Unavailable, {}, u"locked"_s}); });
            return;
        }
        secrets.insert(key, secret);
        QTimer::singleShot(0, context, [callback] { callback({Status::Ok, {}, {}}); });
    }
    void remove(const QString &key, QObject *context, Callback callback) override
    {
        secrets.remove(key);
        QTimer::singleShot(0, context, [callback] { callback({Status::Ok, {}, {}}); });
    }
};

} // namespace

class tst_ProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void okNeedsNameIdAndSecret();
    void savesTheProfileAndTheSecretApart();
    void secretIsNeverEchoed();
    void ramRoleProfileIsCheckedAndSaved();
    void stsTokenProfileKeepsItsTokenInTheKeychain();
    void editingKeepsTheSavedSecretAndTheName();
    void duplicatingCopiesSettingsButNotSecrets();
    void endpointsAreCheckedAndSavedPerProfile();
    void aRefusedKeychainIsToldInTheDialog();
    void profilesDialogListsEveryProfileAndDeletesOwnOnes();

private:
    QTemporaryDir m_dir;
};

void tst_ProfileDialog::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FlowLogStudioTests"_s);
    QCoreApplication::setApplicationName(u"tst_profiledialog"_s);
}

void tst_ProfileDialog::init()
{
    QSettings().clear();
}

void tst_ProfileDialog::okNeedsNameIdAndSecret()
{
    ProfileManager profiles(new MapSecretStore, {}, m_dir.filePath(u"none.json"_s));
    ProfileDialog dialog(&profiles);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(u"profileButtonBox"_s)->button(QDialogButtonBox::Ok);
    auto *problem = dialog.findChild<QLabel *>(u"profileProblemLabel"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().isEmpty()); // nothing typed yet
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"profileNameLineEdit"_s), u"bad name"_s);
    QVERIFY(!problem->text().isEmpty());
    dialog.findChild<QLineEdit *>(u"profileNameLineEdit"_s)->setText(u"prod"_s);
    QCOMPARE(problem->text(), dialog.tr("Enter the AccessKey ID."));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"accessKeyIdLineEdit"_s), u"LTAIprod"_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"accessKeySecretLineEdit"_s), u"s3cret"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
}

void tst_ProfileDialog::savesTheProfileAndTheSecretApart()
{
    auto *store = new MapSecretStore;
    ProfileManager profiles(store, {}, m_dir.filePath(u"none.json"_s));
    ProfileDialog dialog(&profiles);
    dialog.findChild<QLineEdit *>(u"profileNameLineEdit"_s)->setText(u"prod"_s);
    dialog.findChild<QLineEdit *>(u"accessKeyIdLineEdit"_s)->setText(u"LTAIprod"_s);
    dialog.findChild<QLineEdit *>(u"accessKeySecretLineEdit"_s)->setText(u"s3cret-value"_s);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.accept();
    QVERIFY(dialog.findChild<QLineEdit *>(u"accessKeySecretLineEdit"_s)->text().isEmpty());
    QVERIFY(finished.wait(5000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Profile> saved = profiles.profile(Profile::ownId(u"prod"_s));
    QVERIFY(saved);
    QCOMPARE(saved->accessKeyId, u"LTAIprod"_s);
    QCOMPARE(store->secrets.value(u"prod"_s), u"s3cret-value"_s);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret-value"));
}

void tst_ProfileDialog::secretIsNeverEchoed()
{
    ProfileManager profiles(new MapSecretStore, {}, m_dir.filePath(u"none.json"_s));
    ProfileDialog dialog(&profiles);
    auto *secret = dialog.findChild<QLineEdit *>(u"accessKeySecretLineEdit"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!secret->accessibleName().isEmpty());
}

namespace {

QLineEdit *edit(QWidget *dialog, const QString &name)
{
    return dialog->findChild<QLineEdit *>(name);
}

QString settingsFileText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void selectMode(QWidget *dialog, OwnProfile::Mode mode)
{
    auto *combo = dialog->findChild<QComboBox *>(u"profileModeComboBox"_s);
    combo->setCurrentIndex(combo->findData(int(mode)));
}

// Saves and waits until the dialog has closed (or says it stays open).
bool acceptAndWait(ProfileDialog &dialog, ProfileManager &profiles)
{
    QSignalSpy saved(&profiles, &ProfileManager::ownProfileSaved);
    dialog.accept();
    return saved.wait(5000);
}

} // namespace

void tst_ProfileDialog::ramRoleProfileIsCheckedAndSaved()
{
    auto *store = new MapSecretStore;
    ProfileManager profiles(store, {}, m_dir.filePath(u"none.json"_s));
    ProfileDialog dialog(&profiles);
    dialog.show();
    auto *problem = dialog.findChild<QLabel *>(u"profileProblemLabel"_s);
    edit(&dialog, u"profileNameLineEdit"_s)->setText(u"ops"_s);
    edit(&dialog, u"accessKeyIdLineEdit"_s)->setText(u"LTAIops"_s);
    edit(&dialog, u"accessKeySecretLineEdit"_s)->setText(u"ops-secret"_s);
    QVERIFY(!edit(&dialog, u"roleArnLineEdit"_s)->isVisible());
    selectMode(&dialog, OwnProfile::Mode::RamRoleArn);
    QVERIFY(edit(&dialog, u"roleArnLineEdit"_s)->isVisible());
    QVERIFY(problem->text().contains(u"ARN"_s));
    edit(&dialog, u"roleArnLineEdit"_s)->setText(u"arn:aws:iam::1:role/x"_s);
    QVERIFY(problem->text().contains(u"acs:ram::"_s));
    edit(&dialog, u"roleArnLineEdit"_s)->setText(u"acs:ram::1234567890123456:role/flowlog-operator"_s);
    edit(&dialog, u"roleSessionNameLineEdit"_s)->setText(u"x"_s);
    QVERIFY(!problem->text().isEmpty()); // too short
    edit(&dialog, u"roleSessionNameLineEdit"_s)->setText(u"night-shift"_s);
    dialog.findChild<QSpinBox *>(u"durationSpinBox"_s)->setValue(1800);
    QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
    QVERIFY(acceptAndWait(dialog, profiles));
    const auto saved = profiles.ownProfile(u"ops"_s);
    QVERIFY(saved);
    QCOMPARE(saved->mode, OwnProfile::Mode::RamRoleArn);
    QCOMPARE(saved->roleArn, u"acs:ram::1234567890123456:role/flowlog-operator"_s);
    QCOMPARE(saved->roleSessionName, u"night-shift"_s);
    QCOMPARE(saved->durationSeconds, 1800);
    QCOMPARE(profiles.profile(u"own:ops"_s)->roleArn, saved->roleArn);
    QCOMPARE(store->secrets.value(u"ops"_s), u"ops-secret"_s);
    QVERIFY(!settingsFileText().contains(u"ops-secret"_s));
}

void tst_ProfileDialog::stsTokenProfileKeepsItsTokenInTheKeychain()
{
    auto *store = new MapSecretStore;
    ProfileManager profiles(store, {}, m_dir.filePath(u"none.json"_s));
    ProfileDialog dialog(&profiles);
    auto *problem = dialog.findChild<QLabel *>(u"profileProblemLabel"_s);
    edit(&dialog, u"profileNameLineEdit"_s)->setText(u"temp"_s);
    edit(&dialog, u"accessKeyIdLineEdit"_s)->setText(u"STS.temp"_s);
    edit(&dialog, u"accessKeySecretLineEdit"_s)->setText(u"temp-secret"_s);
    selectMode(&dialog, OwnProfile::Mode::StsToken);
    QVERIFY(problem->text().contains(u"token"_s));
    edit(&dialog, u"stsTokenLineEdit"_s)->setText(u"temp-token"_s);
    QVERIFY(problem->text().isEmpty());
    QVERIFY(acceptAndWait(dialog, profiles));
    QCOMPARE(store->secrets.value(OwnProfiles::tokenKey(u"temp"_s)), u"temp-token"_s);
    QVERIFY(!settingsFileText().contains(u"temp-token"_s));
    Credentials loaded;
    bool done = false;
    profiles.credentialsFor(u"own:temp"_s, this, [&](const Credentials &credentials, const QString &) {
        loaded = credentials;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(loaded.securityToken, u"temp-token"_s);
    QCOMPARE(loaded.accessKeySecret, u"temp-secret"_s);
}

void tst_ProfileDialog::editingKeepsTheSavedSecretAndTheName()
{
    auto *store = new MapSecretStore;
    ProfileManager profiles(store, {}, m_dir.filePath(u"none.json"_s));
    profiles.saveOwnProfile(u"prod"_s, u"LTAIprod"_s, u"old-secret"_s, u"cn-beijing"_s);
    QTRY_COMPARE(store->secrets.value(u"prod"_s), u"old-secret"_s);
    ProfileDialog dialog(&profiles, ProfileDialog::Purpose::Edit, u"own:prod"_s);
    QCOMPARE(edit(&dialog, u"profileNameLineEdit"_s)->text(), u"prod"_s);
    QVERIFY(edit(&dialog, u"profileNameLineEdit"_s)->isReadOnly());
    QCOMPARE(edit(&dialog, u"accessKeyIdLineEdit"_s)->text(), u"LTAIprod"_s);
    QVERIFY(edit(&dialog, u"accessKeySecretLineEdit"_s)->text().isEmpty()); // never read back
    auto *problem = dialog.findChild<QLabel *>(u"profileProblemLabel"_s);
    QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
    edit(&dialog, u"accessKeyIdLineEdit"_s)->setText(u"LTAIprod2"_s);
    QVERIFY(acceptAndWait(dialog, profiles));
    QCOMPARE(profiles.profile(u"own:prod"_s)->accessKeyId, u"LTAIprod2"_s);
    QCOMPARE(store->secrets.value(u"prod"_s), u"old-secret"_s);
}

void tst_ProfileDialog::duplicatingCopiesSettingsButNotSecrets()
{
    auto *store = new MapSecretStore;
    ProfileManager profiles(store, {}, m_dir.filePath(u"none.json"_s));
    profiles.saveOwnProfile(u"prod"_s, u"LTAIprod"_s, u"prod-secret"_s, u"cn-beijing"_s);
    QTRY_VERIFY(store->secrets.contains(u"prod"_s));
    ProfileDialog dialog(&profiles, ProfileDialog::Purpose::Duplicate, u"own:prod"_s);
    auto *problem = dialog.findChild<QLabel *>(u"profileProblemLabel"_s);
    QVERIFY(edit(&dialog, u"profileNameLineEdit"_s)->text().isEmpty());
    QCOMPARE(edit(&dialog, u"accessKeyIdLineEdit"_s)->text(), u"LTAIprod"_s);
    edit(&dialog, u"profileNameLineEdit"_s)->setText(u"prod"_s);
    QVERIFY(problem->text().contains(u"prod"_s)); // the name is taken
    edit(&dialog, u"profileNameLineEdit"_s)->setText(u"prod-copy"_s);
    QCOMPARE(problem->text(), dialog.tr("Enter the AccessKey secret."));
    edit(&dialog, u"accessKeySecretLineEdit"_s)->setText(u"copy-secret"_s);
    QVERIFY(acceptAndWait(dialog, profiles));
    QCOMPARE(profiles.profile(u"own:prod-copy"_s)->defaultRegion, u"cn-beijing"_s);
    QCOMPARE(store->secrets.value(u"prod-copy"_s), u"copy-secret"_s);
}

void tst_ProfileDialog::endpointsAreCheckedAndSavedPerProfile()
{
    ProfileManager profiles(new MapSecretStore, {}, m_dir.filePath(u"none.json"_s));
    ProfileDialog dialog(&profiles);
    auto *problem = dialog.findChild<QLabel *>(u"profileProblemLabel"_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(u"profileButtonBox"_s)->button(QDialogButtonBox::Ok);
    edit(&dialog, u"profileNameLineEdit"_s)->setText(u"lab"_s);
    edit(&dialog, u"accessKeyIdLineEdit"_s)->setText(u"LTAIlab"_s);
    edit(&dialog, u"accessKeySecretLineEdit"_s)->setText(u"lab-secret"_s);
    edit(&dialog, u"vpcEndpointLineEdit"_s)->setText(u"http://vpc.example.com"_s); // plain HTTP off loopback
    QVERIFY(problem->text().contains(Endpoints::problemMessage(Endpoints::CustomEndpointProblem::PlainHttpNotLoopback)));
    QVERIFY(!ok->isEnabled());
    edit(&dialog, u"vpcEndpointLineEdit"_s)->setText(u"vpc-vpc.cn-hangzhou.aliyuncs.com"_s);
    edit(&dialog, u"emulatorEndpointLineEdit"_s)->setText(u"http://127.0.0.1:18080"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(acceptAndWait(dialog, profiles));
    const Endpoints::Overrides saved = profiles.endpoints(u"own:lab"_s);
    QCOMPARE(saved.vpc, QUrl(u"https://vpc-vpc.cn-hangzhou.aliyuncs.com"_s));
    QCOMPARE(saved.emulator, QUrl(u"http://127.0.0.1:18080"_s));
    QVERIFY(profiles.endpoints(u"sandbox"_s).isEmpty());

    // A profile of the aliyun CLI: its endpoints only.
    ProfileDialog endpointsOnly(&profiles, ProfileDialog::Purpose::EndpointsOnly, u"aliyun:prod"_s);
    endpointsOnly.show();
    QVERIFY(!edit(&endpointsOnly, u"accessKeyIdLineEdit"_s)->isVisible());
    edit(&endpointsOnly, u"ecsEndpointLineEdit"_s)->setText(u"ecs.cn-hangzhou.aliyuncs.com"_s);
    endpointsOnly.accept();
    QCOMPARE(endpointsOnly.result(), int(QDialog::Accepted));
    QCOMPARE(profiles.endpoints(u"aliyun:prod"_s).ecs, QUrl(u"https://ecs.cn-hangzhou.aliyuncs.com"_s));
    profiles.removeOwnProfile(u"lab"_s);
    QVERIFY(profiles.endpoints(u"own:lab"_s).isEmpty());
}

void tst_ProfileDialog::aRefusedKeychainIsToldInTheDialog()
{
    auto *store = new MapSecretStore;
    store->refuseWrites = true;
    ProfileManager profiles(store, {}, m_dir.filePath(u"none.json"_s));
    ProfileDialog dialog(&profiles);
    dialog.show();
    edit(&dialog, u"profileNameLineEdit"_s)->setText(u"prod"_s);
    edit(&dialog, u"accessKeyIdLineEdit"_s)->setText(u"LTAIprod"_s);
    edit(&dialog, u"accessKeySecretLineEdit"_s)->setText(u"prod-secret"_s);
    QSignalSpy finished(&dialog, &QDialog::finished);
    QVERIFY(acceptAndWait(dialog, profiles));
    QTest::qWait(50);
    QVERIFY(finished.isEmpty()); // stays open to say what happened
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"profileStorageLabel"_s)->text().contains(dialog.tr("secret for this run only")));
    QVERIFY(profiles.profile(u"own:prod"_s)->secretForThisRunOnly);
    QPushButton *close = dialog.findChild<QDialogButtonBox *>(u"profileButtonBox"_s)->button(QDialogButtonBox::Ok);
    QCOMPARE(close->text(), dialog.tr("Close"));
    close->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_ProfileDialog::profilesDialogListsEveryProfileAndDeletesOwnOnes()
{
    QFile config(m_dir.filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"current":"prod","profiles":[
        {"name":"prod","mode":"AK","access_key_id":"LTAIprodkey01","access_key_secret":"x","region_id":"cn-beijing"},
        {"name":"role","mode":"RamRoleArn","access_key_id":"LTAIrolekey01","access_key_secret":"y",
         "ram_role_arn":"acs:ram::1:role/r","ram_session_name":"s"}]})");
    config.close();
    auto *store = new MapSecretStore;
    ProfileManager profiles(store, {}, config.fileName());
    profiles.saveOwnProfile(OwnProfile {u"mine"_s, u"STS.minekey01"_s, {}, OwnProfile::Mode::StsToken}, u"s"_s, u"t"_s);
    QTRY_VERIFY(store->secrets.contains(OwnProfiles::tokenKey(u"mine"_s)));
    ProfilesDialog dialog(&profiles);
    auto *tree = dialog.findChild<QTreeWidget *>(u"profilesTreeWidget"_s);
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows.append(tree->topLevelItem(i)->text(0) + u'|' + tree->topLevelItem(i)->text(2));
    QCOMPARE(rows, QStringList({tree->topLevelItem(0)->text(0) + u"|"_s, u"prod|AK"_s, u"role|RamRoleArn"_s,
                                   u"mine|StsToken"_s}));
    // The AccessKey ID is masked.
    QCOMPARE(tree->topLevelItem(1)->text(3), u"LTAI****ey01"_s);
    auto *remove = dialog.findChild<QPushButton *>(u"deleteProfileButton"_s);
    dialog.setCurrentId(u"aliyun:prod"_s);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"duplicateProfileButton"_s)->isEnabled());
    QCOMPARE(dialog.findChild<QPushButton *>(u"editProfileButton"_s)->text(), dialog.tr("&Endpoints…"));
    dialog.setCurrentId(u"own:mine"_s);
    QVERIFY(remove->isEnabled());
    QTimer::singleShot(0, &dialog, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    remove->click();
    QTRY_VERIFY(!store->secrets.contains(u"mine"_s));
    QVERIFY(!store->secrets.contains(OwnProfiles::tokenKey(u"mine"_s)));
    QCOMPARE(tree->topLevelItemCount(), 3);
}

QTEST_MAIN(tst_ProfileDialog)
#include "tst_profiledialog.moc"
