#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profilemanager.h"
#include "core/config/secretstore.h"

#include <QDialogButtonBox>
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
    void read(const QString &key, QObject *context, Callback callback) override
    {
        const Result result = secrets.contains(key) ? Result{Status::Ok, secrets.value(key), {}}
                                                    : Result{Status::NotFound, {}, {}};
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override
    {
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

QTEST_MAIN(tst_ProfileDialog)
#include "tst_profiledialog.moc"
