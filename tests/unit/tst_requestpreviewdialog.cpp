#include "core/request/commandline.h"
#include "ui/send/requestpreviewdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_RequestPreviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void shellQuote_data();
    void shellQuote();
    void quotedValuesSurviveARealShell_data();
    void quotedValuesSurviveARealShell();
    void cliCommandListsEveryParameterRegionFirst();
    void cliCommandNamesProfileAndCustomEndpoint();
    void dialogShowsParametersAndStringToSign();
    void copyButtonPutsTheCommandOnTheClipboard();
    void stsTokenIsMaskedInEveryBox();

private:
    static FlowLogRequest sampleRequest();
};

FlowLogRequest tst_RequestPreviewDialog::sampleRequest()
{
    FlowLogRequest request;
    request.regionId = u"cn-qingdao"_s;
    request.resourceType = ResourceType::VSwitch;
    request.resourceId = u"vsw-m5e"_s;
    request.trafficType = TrafficType::Allow;
    request.projectName = u"FlowLogProject"_s;
    request.logStoreName = u"FlowLogStore"_s;
    request.flowLogName = u"myFlowlog"_s;
    request.description = u"It's my flow log"_s;
    return request;
}

void tst_RequestPreviewDialog::shellQuote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"cn-hangzhou"_s << u"cn-hangzhou"_s;
    QTest::newRow("dots and underscores") << u"my-flow_log.1"_s << u"my-flow_log.1"_s;
    QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
    QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
    QTest::newRow("backtick") << u"`id`"_s << u"'`id`'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("chinese") << u"流日志"_s << u"'流日志'"_s;
    QTest::newRow("glob") << u"*"_s << u"'*'"_s;
}

void tst_RequestPreviewDialog::shellQuote()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(CommandLine::quote(value), quoted);
}

void tst_RequestPreviewDialog::quotedValuesSurviveARealShell_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("quotes") << u"it's \"quoted\""_s;
    QTest::newRow("expansions") << u"$HOME `id` $(id) \\n"_s;
    QTest::newRow("chinese and emoji") << u"流日志 for VPC-1: 全部流量 (All) 😀"_s;
    QTest::newRow("semicolon") << u"a; rm -rf /"_s;
}

void tst_RequestPreviewDialog::quotedValuesSurviveARealShell()
{
    QFETCH(QString, value);
    if (QStandardPaths::findExecutable(u"sh"_s).isEmpty())
        QSKIP("no POSIX shell");
    QProcess shell;
    shell.start(u"sh"_s, {u"-c"_s, u"printf %s "_s + CommandLine::quote(value)});
    QVERIFY(shell.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), value);
}

void tst_RequestPreviewDialog::cliCommandListsEveryParameterRegionFirst()
{
    const QString command = CommandLine::aliyunCreateFlowLog(sampleRequest());
    QCOMPARE(command,
        u"aliyun vpc CreateFlowLog --RegionId cn-qingdao --Description 'It'\\''s my flow log' --FlowLogName myFlowlog"
        " --LogStoreName FlowLogStore --ProjectName FlowLogProject --ResourceId vsw-m5e --ResourceType VSwitch"
        " --TrafficType Allow"_s);
}

void tst_RequestPreviewDialog::cliCommandNamesProfileAndCustomEndpoint()
{
    FlowLogRequest request = sampleRequest();
    request.description.clear();
    const QString command = CommandLine::aliyunCreateFlowLog(request, u"prod account"_s,
        QUrl(u"https://vpc-vpc.cn-qingdao.aliyuncs.com"_s));
    QVERIFY(!command.contains(u"--Description"_s));
    QVERIFY(command.endsWith(u" --profile 'prod account' --endpoint vpc-vpc.cn-qingdao.aliyuncs.com"_s));
}

void tst_RequestPreviewDialog::dialogShowsParametersAndStringToSign()
{
    RequestPreviewDialog::Context context;
    context.request = sampleRequest();
    context.signedRequest.method = "POST";
    context.signedRequest.url = QUrl(u"https://vpc.cn-qingdao.aliyuncs.com/"_s);
    context.signedRequest.stringToSign = "ACS3-HMAC-SHA256\nabc";
    context.profileName = u"Sandbox"_s;
    RequestPreviewDialog dialog(context);
    auto *table = dialog.findChild<QTableWidget *>(u"parametersTableWidget"_s);
    QCOMPARE(table->rowCount(), 10); // Action, Version and the eight business parameters
    QCOMPARE(table->item(0, 1)->text(), u"CreateFlowLog"_s);
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"stringToSignPlainTextEdit"_s)->toPlainText(),
        u"ACS3-HMAC-SHA256\nabc"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"vpc.cn-qingdao.aliyuncs.com"_s));
}

// The v1 string to sign carries the STS token (encoded twice) beside a request that masks it.
void tst_RequestPreviewDialog::stsTokenIsMaskedInEveryBox()
{
    const Credentials sts {u"STS.NKey"_s, u"sts-secret"_s, u"CAIS+previewtoken/0123456789abcdefXYZ"_s};
    RequestPreviewDialog::Context context;
    context.request = sampleRequest();
    context.signedRequest = RequestSigner().sign({u"CreateFlowLog"_s, u"2016-04-28"_s, context.request.apiParameters()},
        QUrl(u"https://vpc.cn-qingdao.aliyuncs.com"_s), sts, SignatureVersion::V1, "POST");
    RequestPreviewDialog dialog(context);
    const QList<QPlainTextEdit *> boxes = dialog.findChildren<QPlainTextEdit *>();
    QVERIFY(!boxes.isEmpty());
    for (const QPlainTextEdit *box : boxes) {
        QVERIFY2(!box->toPlainText().contains(u"previewtoken"_s), qPrintable(box->objectName()));
        QVERIFY(!box->toPlainText().contains(sts.accessKeySecret));
    }
    QVERIFY(dialog.findChild<QPlainTextEdit *>(u"stringToSignPlainTextEdit"_s)->toPlainText().contains(u"****"_s));
}

void tst_RequestPreviewDialog::copyButtonPutsTheCommandOnTheClipboard()
{
    RequestPreviewDialog::Context context;
    context.request = sampleRequest();
    RequestPreviewDialog dialog(context);
    dialog.findChild<QPushButton *>(u"copyCliCommandPushButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog.cliCommand());
}

QTEST_MAIN(tst_RequestPreviewDialog)
#include "tst_requestpreviewdialog.moc"
