// flowlog-cli speaks the language --lang asks for (else the system's): Chinese or English messages,
// with API names and codes left as they are. Expected texts come from the compiled catalogue.

#include "support/clirun.h"
#include "translations/translationcatalog.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool containsHan(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    }
    return false;
}

// A request whose only problem is the flow log name: it must start with a letter or a Chinese character.
QStringList invalidNameArguments()
{
    return {u"validate"_s, u"--region"_s, u"cn-hangzhou"_s, u"--resource-type"_s, u"VPC"_s, u"--resource-id"_s,
        u"vpc-bp1abcdefg"_s, u"--traffic-type"_s, u"All"_s, u"--project"_s, u"my-project"_s, u"--logstore"_s,
        u"my-logstore"_s, u"--name"_s, u"1abc"_s};
}

} // namespace

class tst_CliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateInChineseExplainsInChinese();
    void validateInEnglishHasNoChinese();
    void langOptionWinsOverTheSystemLocale_data();
    void langOptionWinsOverTheSystemLocale();
    void usageErrorFollowsLang_data();
    void usageErrorFollowsLang();

private:
    CliRun run(const QStringList &arguments, const QString &systemLanguage = u"C.UTF-8"_s);
    QString chinese(const char *context, const char *source) const;

    QTemporaryDir m_home;
    QTranslator m_chinese;
};

void tst_CliLanguage::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_chinese.load(TranslationCatalog::resourcePath(u"zh_CN"_s)));
}

QString tst_CliLanguage::chinese(const char *context, const char *source) const
{
    return m_chinese.translate(context, source);
}

CliRun tst_CliLanguage::run(const QStringList &arguments, const QString &systemLanguage)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s) || name.startsWith(u"LC_"_s))
            environment.remove(name);
    }
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LANG"_s, systemLanguage);
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"FLOWLOG_HISTORY"_s, m_home.filePath(u"history.sqlite"_s));
    return runCliProgram(QString::fromUtf8(FLOWLOG_CLI_PATH), arguments, environment, 20000);
}

void tst_CliLanguage::validateInChineseExplainsInChinese()
{
    const CliRun result = run(QStringList {invalidNameArguments()} << u"--lang"_s << u"zh"_s);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    const QString notValid = chinese("ValidateCommand", "The request is not valid.");
    const QString error = chinese("CliReport", "error");
    QVERIFY(!notValid.isEmpty() && !error.isEmpty());
    QVERIFY2(result.out.contains(notValid), result.describe().constData());
    // The finding: "错误：FlowLogName [code]：<what is wrong and what to type instead>"
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    const auto finding = std::find_if(lines.cbegin(), lines.cend(),
        [](const QString &line) { return line.contains(u"FlowLogName"_s); });
    QVERIFY2(finding != lines.cend(), result.describe().constData());
    QVERIFY2(finding->startsWith(error), result.describe().constData());
    const QString message = finding->mid(finding->lastIndexOf(u']') + 1);
    QVERIFY2(containsHan(message), result.describe().constData());
    QVERIFY2(!message.contains(u"must"_s) && !message.contains(u"start"_s), result.describe().constData());
}

void tst_CliLanguage::validateInEnglishHasNoChinese()
{
    const CliRun result = run(QStringList {invalidNameArguments()} << u"--lang"_s << u"en"_s, u"zh_CN.UTF-8"_s);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(result.out.contains(u"The request is not valid."_s), result.describe().constData());
    QVERIFY2(result.out.contains(u"error: FlowLogName"_s), result.describe().constData());
    QVERIFY2(!containsHan(result.text()), result.describe().constData());
}

void tst_CliLanguage::langOptionWinsOverTheSystemLocale_data()
{
    QTest::addColumn<QString>("systemLanguage");
    QTest::addColumn<QStringList>("language");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("system zh_CN") << u"zh_CN.UTF-8"_s << QStringList {} << true;
    QTest::newRow("system C") << u"C.UTF-8"_s << QStringList {} << false;
    QTest::newRow("system en, --lang zh") << u"en_US.UTF-8"_s << QStringList {u"--lang"_s, u"zh"_s} << true;
    QTest::newRow("system zh_CN, --lang en") << u"zh_CN.UTF-8"_s << QStringList {u"--lang"_s, u"en"_s} << false;
    QTest::newRow("--lang=zh") << u"C.UTF-8"_s << QStringList {u"--lang=zh"_s} << true;
}

void tst_CliLanguage::langOptionWinsOverTheSystemLocale()
{
    QFETCH(QString, systemLanguage);
    QFETCH(QStringList, language);
    QFETCH(bool, chinese);
    const CliRun result = run(invalidNameArguments() + language, systemLanguage);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QCOMPARE(containsHan(result.out), chinese);
    const QString expected = chinese ? this->chinese("ValidateCommand", "The request is not valid.")
                                     : u"The request is not valid."_s;
    QVERIFY2(result.out.contains(expected), result.describe().constData());
}

void tst_CliLanguage::usageErrorFollowsLang_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh") << u"zh"_s;
    QTest::newRow("en") << u"en"_s;
}

void tst_CliLanguage::usageErrorFollowsLang()
{
    QFETCH(QString, language);
    const CliRun result = run({u"no-such-command"_s, u"--lang"_s, language});
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY2(result.err.contains(u"no-such-command"_s), result.describe().constData());
    QVERIFY2(result.err.contains(u"flowlog-cli help"_s), result.describe().constData());
    QCOMPARE(containsHan(result.err), language == u"zh");
}

QTEST_GUILESS_MAIN(tst_CliLanguage)
#include "tst_clilanguage.moc"
