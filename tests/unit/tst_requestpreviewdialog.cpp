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
    void commandsNameTheSignerWithoutASecret_data();
    void commandsNameTheSignerWithoutASecret();
    void flowlogCliCommandNamesTheEndpointOnlyWhenCustom();
    void commandsCarryTodaysParameters();
    void commandsKeepTheTagsInOrder();
    void sandboxCommandsSayTheyNeedTheAppOpen();
    void errorsAreListedFirstAndNothingCanBeCopied();
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
    CommandLine::Target target;
    target.signer = CommandLine::Target::Signer::AliyunProfile;
    target.profileName = u"prod account"_s;
    target.endpoint = QUrl(u"https://vpc-vpc.cn-qingdao.aliyuncs.com/"_s);
    const QString command = CommandLine::aliyunCreateFlowLog(request, target);
    QVERIFY(!command.contains(u"--Description"_s));
    QVERIFY2(command.endsWith(u" --profile 'prod account' --endpoint https://vpc-vpc.cn-qingdao.aliyuncs.com"_s),
        qPrintable(command));
}

// Every signer: the aliyun CLI's options and flowlog-cli's --profile, and never a secret's value.
void tst_RequestPreviewDialog::commandsNameTheSignerWithoutASecret_data()
{
    using Signer = CommandLine::Target::Signer;
    QTest::addColumn<int>("signer");
    QTest::addColumn<bool>("token");
    QTest::addColumn<QString>("aliyunSigner");
    QTest::addColumn<QString>("flowlogCliProfile");
    QTest::newRow("aliyun profile") << int(Signer::AliyunProfile) << false << u" --profile prod "_s
                                    << u" --profile aliyun:prod"_s;
    QTest::newRow("own profile") << int(Signer::OwnProfile) << false
                                 << u" --mode AK --access-key-id LTAI5tExampleId --access-key-secret "
                                    "\"$ALIBABA_CLOUD_ACCESS_KEY_SECRET\" "_s
                                 << u" --profile own:prod"_s;
    QTest::newRow("environment") << int(Signer::Environment) << false
                                 << u" --mode AK --access-key-id \"$ALIBABA_CLOUD_ACCESS_KEY_ID\" --access-key-secret "
                                    "\"$ALIBABA_CLOUD_ACCESS_KEY_SECRET\" "_s
                                 << u" --profile env"_s;
    QTest::newRow("environment with STS") << int(Signer::Environment) << true
                                          << u" --mode StsToken --access-key-id \"$ALIBABA_CLOUD_ACCESS_KEY_ID\" "
                                             "--access-key-secret \"$ALIBABA_CLOUD_ACCESS_KEY_SECRET\" --sts-token "
                                             "\"$ALIBABA_CLOUD_SECURITY_TOKEN\" "_s
                                          << u" --profile env"_s;
    QTest::newRow("sandbox") << int(Signer::Sandbox) << false
                             << u" --mode AK --access-key-id sandbox-access-key-id --access-key-secret "
                                "sandbox-access-key-secret "_s
                             << u" --profile sandbox"_s;
}

void tst_RequestPreviewDialog::commandsNameTheSignerWithoutASecret()
{
    QFETCH(int, signer);
    QFETCH(bool, token);
    QFETCH(QString, aliyunSigner);
    QFETCH(QString, flowlogCliProfile);
    CommandLine::Target target;
    target.signer = CommandLine::Target::Signer(signer);
    target.profileName = u"prod"_s;
    target.accessKeyId = u"LTAI5tExampleId"_s;
    target.securityToken = token;
    target.endpoint = QUrl(u"http://127.0.0.1:8123"_s);
    target.customEndpoint = true;
    const QString aliyun = CommandLine::aliyunCreateFlowLog(sampleRequest(), target);
    QVERIFY2(aliyun.contains(aliyunSigner), qPrintable(aliyun));
    // With its scheme: without one the aliyun CLI would try HTTPS.
    QVERIFY(aliyun.endsWith(u" --endpoint http://127.0.0.1:8123"_s));
    const QString flowlogCli = CommandLine::flowlogCliCreate(sampleRequest(), target);
    QVERIFY2(flowlogCli.endsWith(flowlogCliProfile + u" --endpoint http://127.0.0.1:8123"_s), qPrintable(flowlogCli));
}

void tst_RequestPreviewDialog::flowlogCliCommandNamesTheEndpointOnlyWhenCustom()
{
    CommandLine::Target target;
    target.endpoint = QUrl(u"https://vpc.cn-qingdao.aliyuncs.com/"_s);
    QCOMPARE(CommandLine::flowlogCliCreate(sampleRequest(), target),
        u"flowlog-cli create --region cn-qingdao --description 'It'\\''s my flow log' --name myFlowlog"
        " --logstore FlowLogStore --project FlowLogProject --resource-id vsw-m5e --resource-type VSwitch"
        " --traffic-type Allow"_s);
    target.customEndpoint = true;
    QVERIFY(CommandLine::flowlogCliCreate(sampleRequest(), target)
                .endsWith(u" --endpoint https://vpc.cn-qingdao.aliyuncs.com"_s));
}

// Today's parameters: the aliyun CLI's flattened RPC form, by index; flowlog-cli's options, each
// traffic path and tag repeated in order, tags in --tag's syntax and quoted for the shell.
void tst_RequestPreviewDialog::commandsCarryTodaysParameters()
{
    FlowLogRequest request = sampleRequest();
    request.description.clear();
    request.aggregationInterval = u"1"_s;
    request.trafficPaths = {u"all"_s, u"internetGateway"_s};
    request.ipVersion = u"DualStack"_s;
    request.resourceGroupId = u"rg-acfm2x"_s;
    request.tags = {{u"env"_s, u"生产"_s}, {u"a=b;c"_s, u"x\\y"_s}, {u"empty"_s, QString()}};
    QCOMPARE(CommandLine::aliyunCreateFlowLog(request),
        u"aliyun vpc CreateFlowLog --RegionId cn-qingdao --AggregationInterval 1 --FlowLogName myFlowlog"
        " --IpVersion DualStack --LogStoreName FlowLogStore --ProjectName FlowLogProject --ResourceGroupId rg-acfm2x"
        " --ResourceId vsw-m5e --ResourceType VSwitch --TrafficType Allow --TrafficPath.1 all"
        " --TrafficPath.2 internetGateway --Tag.1.Key env --Tag.1.Value '生产' --Tag.2.Key 'a=b;c'"
        " --Tag.2.Value 'x\\y' --Tag.3.Key empty --Tag.3.Value ''"_s);
    QCOMPARE(CommandLine::flowlogCliCreate(request),
        u"flowlog-cli create --region cn-qingdao --aggregation-interval 1 --name myFlowlog --ip-version DualStack"
        " --logstore FlowLogStore --project FlowLogProject --resource-group-id rg-acfm2x --resource-id vsw-m5e"
        " --resource-type VSwitch --traffic-type Allow --traffic-path all --traffic-path internetGateway"
        " --tag 'env=生产' --tag 'a\\=b\\;c=x\\\\y' --tag empty="_s);
}

// Ten tags and more keep their order: Tag.10 comes after Tag.9, not after Tag.1.
void tst_RequestPreviewDialog::commandsKeepTheTagsInOrder()
{
    FlowLogRequest request = sampleRequest();
    for (int i = 1; i <= 11; ++i)
        request.tags.append({u"k%1"_s.arg(i), u"v"_s});
    const QString aliyun = CommandLine::aliyunCreateFlowLog(request);
    QVERIFY2(aliyun.indexOf(u"--Tag.9.Key k9 "_s) < aliyun.indexOf(u"--Tag.10.Key k10 "_s), qPrintable(aliyun));
    QVERIFY2(aliyun.indexOf(u"--Tag.2.Key k2 "_s) < aliyun.indexOf(u"--Tag.10.Key k10 "_s), qPrintable(aliyun));
    const QString flowlogCli = CommandLine::flowlogCliCreate(request);
    QVERIFY2(flowlogCli.indexOf(u"--tag k9=v "_s) < flowlogCli.indexOf(u"--tag k10=v "_s), qPrintable(flowlogCli));
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

void tst_RequestPreviewDialog::sandboxCommandsSayTheyNeedTheAppOpen()
{
    RequestPreviewDialog::Context context;
    context.request = sampleRequest();
    context.sandbox = true;
    RequestPreviewDialog dialog(context);
    for (const QString &command : {dialog.cliCommand(), dialog.flowlogCliCommand()}) {
        QVERIFY2(command.startsWith(u"# "_s), qPrintable(command));
        QVERIFY(command.section(u'\n', 0, 0).contains(u"only while the app is open"_s));
    }
}

void tst_RequestPreviewDialog::errorsAreListedFirstAndNothingCanBeCopied()
{
    RequestPreviewDialog::Context context;
    context.request = sampleRequest();
    context.errors = {{u"resource-id.prefix"_s, Field::ResourceId, Severity::Error, {}},
        {u"project.empty"_s, Field::ProjectName, Severity::Error, {}}};
    RequestPreviewDialog dialog(context);
    QGuiApplication::clipboard()->setText(u"unchanged"_s);
    auto *errors = dialog.findChild<QLabel *>(u"errorsLabel"_s);
    QVERIFY(errors->isVisibleTo(&dialog));
    QVERIFY2(errors->text().startsWith(u"Not sendable: correct the 2 error"_s), qPrintable(errors->text()));
    QCOMPARE(errors->text().count(u'•'), 2);
    for (const char *name : {"copyCliCommandPushButton", "copyFlowlogCliCommandPushButton"}) {
        auto *button = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY(!button->isEnabled());
        button->click();
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), u"unchanged"_s);
}

QTEST_MAIN(tst_RequestPreviewDialog)
#include "tst_requestpreviewdialog.moc"
