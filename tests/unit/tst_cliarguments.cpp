#include "cli/cliargumentparser.h"
#include "cli/cliconnection.h"
#include "cli/console.h"
#include "core/request/commandline.h"
#include "core/request/requestvalidator.h"

#include <QProcess>
#include <QStandardPaths>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CliArgumentParser::Result parse(const QStringList &arguments)
{
    return CliArgumentParser::parse(QStringList {u"flowlog-cli"_s} + arguments);
}

const QStringList CompleteCreate {u"create"_s, u"--region"_s, u"cn-hangzhou"_s, u"--resource-type"_s, u"VSwitch"_s,
    u"--resource-id"_s, u"vsw-123"_s, u"--traffic-type"_s, u"Drop"_s, u"--project"_s, u"p"_s, u"--logstore"_s,
    u"l"_s, u"--name"_s, u"流日志"_s, u"--description"_s, u"生产, 拒绝流量"_s};

} // namespace

class tst_CliArguments : public QObject
{
    Q_OBJECT

private slots:
    void resourcesAndCoverageTakeTheirOptions();
    void loopbackEndpointServesEveryProductOtherEndpointsOnlyVpc();
    void consoleShowsControlCharactersEscaped_data();
    void consoleShowsControlCharactersEscaped();
    void noArgumentsShowsTheOverview();
    void unknownCommandIsAnError();
    void malformedArgumentsAreErrors_data();
    void malformedArgumentsAreErrors();
    void fieldOptionsFillApiParameters();
    void fieldOptionsAreOnlyThoseGiven();
    void connectionOptionsAreRead();
    void defaultsFollowTheOfficialSdks();
    void equalsFormIsAccepted();
    void flagsAreRead();
    void batchTakesFileConcurrencyAndRate();
    void describeTakesFilters();
    void historyTakesLimitAndCsv();
    void helpIsCommandSpecific_data();
    void helpIsCommandSpecific();
    void languageIsFoundBeforeParsing_data();
    void languageIsFoundBeforeParsing();
    void usageNamesEveryCommandAndTheCredentialPlaces();
    void todaysOptionsFillApiParameters();
    void repeatedOptionsAreNumberedInTheOrderTyped();
    void tagSplitsAtTheFirstUnescapedEquals_data();
    void tagSplitsAtTheFirstUnescapedEquals();
    void malformedTagIsAUsageErrorThatSaysHowToFixIt_data();
    void malformedTagIsAUsageErrorThatSaysHowToFixIt();
    void outOfRangeValuesAreLeftToTheValidator();
    void batchTakesTodaysOptionsOnly();
    void helpListsTodaysOptionsWhereTheyApply();
    void copiedFlowlogCliCommandReadsBackAsTheSameRequest();
};

void tst_CliArguments::noArgumentsShowsTheOverview()
{
    const CliArgumentParser::Result result = parse({});
    QVERIFY(result.ok());
    QCOMPARE(result.options.command, CliCommand::Help);
    QCOMPARE(result.options.helpFor, CliCommand::Help);
}

void tst_CliArguments::unknownCommandIsAnError()
{
    const CliArgumentParser::Result result = parse({u"crate"_s, u"--region"_s, u"cn-hangzhou"_s});
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"crate"_s), qPrintable(result.error));
}

void tst_CliArguments::malformedArgumentsAreErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("unknown option") << QStringList {u"create"_s, u"--regoin"_s, u"x"_s} << u"regoin"_s;
    QTest::newRow("option of another command") << QStringList {u"history"_s, u"--region"_s, u"x"_s} << u"region"_s;
    QTest::newRow("dry-run on validate") << QStringList {u"validate"_s, u"--dry-run"_s} << u"dry-run"_s;
    QTest::newRow("missing value") << QStringList {u"create"_s, u"--region"_s} << u"region"_s;
    QTest::newRow("signature v2") << QStringList {u"create"_s, u"--signature"_s, u"v2"_s} << u"v2"_s;
    QTest::newRow("method PUT") << QStringList {u"create"_s, u"--method"_s, u"PUT"_s} << u"PUT"_s;
    QTest::newRow("output xml") << QStringList {u"create"_s, u"--output"_s, u"xml"_s} << u"xml"_s;
    QTest::newRow("csv only for history") << QStringList {u"create"_s, u"--output"_s, u"csv"_s} << u"csv"_s;
    QTest::newRow("batch output text") << QStringList {u"batch"_s, u"f.csv"_s, u"--output"_s, u"text"_s} << u"text"_s;
    QTest::newRow("lang fr") << QStringList {u"validate"_s, u"--lang"_s, u"fr"_s} << u"fr"_s;
    QTest::newRow("timeout 0") << QStringList {u"create"_s, u"--timeout"_s, u"0"_s} << u"timeout"_s;
    QTest::newRow("timeout text") << QStringList {u"create"_s, u"--timeout"_s, u"ten"_s} << u"ten"_s;
    QTest::newRow("total timeout 0") << QStringList {u"create"_s, u"--total-timeout"_s, u"0"_s}
                                     << u"total-timeout"_s;
    QTest::newRow("retries 11") << QStringList {u"create"_s, u"--retries"_s, u"11"_s} << u"retries"_s;
    QTest::newRow("concurrency 65") << QStringList {u"batch"_s, u"f.csv"_s, u"--concurrency"_s, u"65"_s} << u"65"_s;
    QTest::newRow("concurrency 0") << QStringList {u"batch"_s, u"f.csv"_s, u"--concurrency"_s, u"0"_s} << u"concurrency"_s;
    QTest::newRow("rate 0") << QStringList {u"batch"_s, u"f.csv"_s, u"--rate"_s, u"0"_s} << u"rate"_s;
    QTest::newRow("rate negative") << QStringList {u"batch"_s, u"f.csv"_s, u"--rate"_s, u"-3"_s} << u"rate"_s;
    QTest::newRow("limit negative") << QStringList {u"history"_s, u"--limit"_s, u"-1"_s} << u"limit"_s;
    QTest::newRow("page 0") << QStringList {u"describe"_s, u"--page"_s, u"0"_s} << u"page"_s;
    QTest::newRow("batch without file") << QStringList {u"batch"_s, u"--concurrency"_s, u"2"_s} << u"CSV"_s;
    QTest::newRow("batch with two files") << QStringList {u"batch"_s, u"a.csv"_s, u"b.csv"_s} << u"b.csv"_s;
    QTest::newRow("stray argument") << QStringList {u"create"_s, u"cn-hangzhou"_s} << u"cn-hangzhou"_s;
}

void tst_CliArguments::malformedArgumentsAreErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    const CliArgumentParser::Result result = parse(arguments);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(mentioned), qPrintable(result.error));
}

void tst_CliArguments::fieldOptionsFillApiParameters()
{
    const CliArgumentParser::Result result = parse(CompleteCreate);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CliOptions &options = result.options;
    QCOMPARE(options.command, CliCommand::Create);
    QCOMPARE(options.field(u"RegionId"_s), u"cn-hangzhou"_s);
    QCOMPARE(options.field(u"ResourceType"_s), u"VSwitch"_s);
    QCOMPARE(options.field(u"ResourceId"_s), u"vsw-123"_s);
    QCOMPARE(options.field(u"TrafficType"_s), u"Drop"_s);
    QCOMPARE(options.field(u"ProjectName"_s), u"p"_s);
    QCOMPARE(options.field(u"LogStoreName"_s), u"l"_s);
    QCOMPARE(options.field(u"FlowLogName"_s), u"流日志"_s);
    QCOMPARE(options.field(u"Description"_s), u"生产, 拒绝流量"_s);
    QCOMPARE(options.fields.size(), 8);
}

void tst_CliArguments::fieldOptionsAreOnlyThoseGiven()
{
    const CliArgumentParser::Result result = parse({u"validate"_s, u"--region"_s, u"cn-hangzhou"_s, u"--name"_s, u""_s});
    QVERIFY(result.ok());
    QCOMPARE(result.options.fields,
        ApiParameters({{u"RegionId"_s, u"cn-hangzhou"_s}, {u"FlowLogName"_s, QString()}}));
}

void tst_CliArguments::connectionOptionsAreRead()
{
    const CliArgumentParser::Result result = parse(CompleteCreate
        + QStringList {u"--endpoint"_s, u"http://127.0.0.1:9000"_s, u"--signature"_s, u"V1"_s, u"--method"_s,
            u"get"_s, u"--profile"_s, u"dev"_s, u"--timeout"_s, u"3"_s, u"--total-timeout"_s, u"45"_s,
            u"--retries"_s, u"0"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CliOptions &options = result.options;
    QCOMPARE(options.endpoint, u"http://127.0.0.1:9000"_s);
    QCOMPARE(options.signatureVersion, SignatureVersion::V1);
    QCOMPARE(options.method, QByteArray("GET"));
    QCOMPARE(options.profile, u"dev"_s);
    QCOMPARE(options.timeoutSeconds, 3);
    QCOMPARE(options.totalTimeoutSeconds, 45);
    QCOMPARE(options.retries, 0);
}

void tst_CliArguments::defaultsFollowTheOfficialSdks()
{
    const CliArgumentParser::Result result = parse(CompleteCreate);
    QVERIFY(result.ok());
    const CliOptions &options = result.options;
    QCOMPARE(options.signatureVersion, SignatureVersion::V3);
    QCOMPARE(options.method, QByteArray("POST"));
    QCOMPARE(options.timeoutSeconds, 10);
    QCOMPARE(options.totalTimeoutSeconds, 30);
    QCOMPARE(options.retries, 2);
    QCOMPARE(options.output, OutputFormat::Text);
    QVERIFY(!options.dryRun);
    QVERIFY(!options.noHistory);
    QVERIFY(options.endpoint.isEmpty());
}

void tst_CliArguments::equalsFormIsAccepted()
{
    const CliArgumentParser::Result result = parse({u"validate"_s, u"--region=cn-beijing"_s, u"--output=json"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.field(u"RegionId"_s), u"cn-beijing"_s);
    QCOMPARE(result.options.output, OutputFormat::Json);
}

void tst_CliArguments::flagsAreRead()
{
    const CliArgumentParser::Result result
        = parse(CompleteCreate + QStringList {u"--dry-run"_s, u"--no-history"_s, u"--lang"_s, u"zh"_s});
    QVERIFY(result.ok());
    QVERIFY(result.options.dryRun);
    QVERIFY(result.options.noHistory);
    QCOMPARE(result.options.language, u"zh"_s);
}

void tst_CliArguments::batchTakesFileConcurrencyAndRate()
{
    const CliArgumentParser::Result result = parse({u"batch"_s, u"rows.csv"_s, u"--concurrency"_s, u"64"_s,
        u"--rate"_s, u"2.5"_s, u"--no-history"_s, u"--output"_s, u"json"_s, u"--signature"_s, u"v1"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.command, CliCommand::Batch);
    QCOMPARE(result.options.batchFile, u"rows.csv"_s);
    QCOMPARE(result.options.concurrency, 64);
    QCOMPARE(result.options.ratePerSecond, 2.5);
    QVERIFY(result.options.noHistory);
    QCOMPARE(result.options.signatureVersion, SignatureVersion::V1);
    QVERIFY(result.options.fields.isEmpty());
}

void tst_CliArguments::describeTakesFilters()
{
    const CliArgumentParser::Result result = parse({u"describe"_s, u"--region"_s, u"cn-hangzhou"_s,
        u"--flow-log-id"_s, u"fl-1"_s, u"--resource-id"_s, u"eni-1"_s, u"--name"_s, u"n"_s, u"--page"_s, u"2"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.flowLogId, u"fl-1"_s);
    QCOMPARE(result.options.field(u"ResourceId"_s), u"eni-1"_s);
    QCOMPARE(result.options.field(u"FlowLogName"_s), u"n"_s);
    QCOMPARE(result.options.page, 2);
    QVERIFY(!parse({u"describe"_s, u"--if-absent"_s}).ok());
}

void tst_CliArguments::historyTakesLimitAndCsv()
{
    const CliArgumentParser::Result result = parse({u"history"_s, u"--limit"_s, u"0"_s, u"--output"_s, u"csv"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.limit, 0);
    QCOMPARE(result.options.output, OutputFormat::Csv);
    QCOMPARE(parse({u"history"_s}).options.limit, 20);
}

void tst_CliArguments::helpIsCommandSpecific_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CliCommand>("helpFor");
    QTest::newRow("create --help") << QStringList {u"create"_s, u"--help"_s} << CliCommand::Create;
    QTest::newRow("batch -h") << QStringList {u"batch"_s, u"-h"_s} << CliCommand::Batch;
    QTest::newRow("help describe") << QStringList {u"help"_s, u"describe"_s} << CliCommand::Describe;
    QTest::newRow("help") << QStringList {u"help"_s} << CliCommand::Help;
    QTest::newRow("--help") << QStringList {u"--help"_s} << CliCommand::Help;
    // Each of these once recursed until the stack overflowed.
    QTest::newRow("help help") << QStringList {u"help"_s, u"help"_s} << CliCommand::Help;
    QTest::newRow("help --help") << QStringList {u"help"_s, u"--help"_s} << CliCommand::Help;
    QTest::newRow("help -h") << QStringList {u"help"_s, u"-h"_s} << CliCommand::Help;
    QTest::newRow("--help --help") << QStringList {u"--help"_s, u"--help"_s} << CliCommand::Help;
    QTest::newRow("-h -h") << QStringList {u"-h"_s, u"-h"_s} << CliCommand::Help;
    QTest::newRow("help --lang en batch") << QStringList {u"help"_s, u"--lang"_s, u"en"_s, u"batch"_s} << CliCommand::Batch;
    QTest::newRow("help unknown word") << QStringList {u"help"_s, u"nosuch"_s} << CliCommand::Help;
    QTest::newRow("help create --help") << QStringList {u"help"_s, u"create"_s, u"--help"_s} << CliCommand::Create;
}

void tst_CliArguments::helpIsCommandSpecific()
{
    QFETCH(QStringList, arguments);
    QFETCH(CliCommand, helpFor);
    const CliArgumentParser::Result result = parse(arguments);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.command, CliCommand::Help);
    QCOMPARE(result.options.helpFor, helpFor);
    if (helpFor == CliCommand::Create)
        QVERIFY(CliArgumentParser::commandHelp(helpFor).contains(u"--dry-run"_s));
    if (helpFor == CliCommand::Batch)
        QVERIFY(CliArgumentParser::commandHelp(helpFor).contains(u"--concurrency"_s));
}

void tst_CliArguments::languageIsFoundBeforeParsing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::newRow("separate") << QStringList {u"create"_s, u"--bogus"_s, u"--lang"_s, u"zh"_s} << u"zh"_s;
    QTest::newRow("equals") << QStringList {u"history"_s, u"--lang=en"_s} << u"en"_s;
    QTest::newRow("absent") << QStringList {u"history"_s} << QString();
}

void tst_CliArguments::languageIsFoundBeforeParsing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QCOMPARE(CliArgumentParser::languageOption(QStringList {u"flowlog-cli"_s} + arguments), language);
}

void tst_CliArguments::usageNamesEveryCommandAndTheCredentialPlaces()
{
    const QString usage = CliArgumentParser::usage();
    for (const QString &word : {u"create"_s, u"validate"_s, u"batch"_s, u"describe"_s, u"history"_s,
             u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, u"config.json"_s})
        QVERIFY2(usage.contains(word), qPrintable(word));
}

void tst_CliArguments::consoleShowsControlCharactersEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"cn-hangzhou 流日志"_s << u"cn-hangzhou 流日志"_s;
    QTest::newRow("line feed and tab stay") << u"a\n\tb"_s << u"a\n\tb"_s;
    QTest::newRow("terminal title") << u"cn\x1b]0;x\x07"_s << u"cn<U+001B>]0;x<U+0007>"_s;
    QTest::newRow("carriage return") << u"ok\rFAIL"_s << u"ok<U+000D>FAIL"_s;
    QTest::newRow("C1 CSI") << QString(u"a"_s + QChar(0x9B) + u"2J"_s) << u"a<U+009B>2J"_s;
    QTest::newRow("DEL") << QString(u"a"_s + QChar(0x7F)) << u"a<U+007F>"_s;
    QTest::newRow("right-to-left override") << QString(u"abc"_s + QChar(0x202E) + u"txt"_s) << u"abc<U+202E>txt"_s;
}

void tst_CliArguments::consoleShowsControlCharactersEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(Console::visible(text), shown);
}

void tst_CliArguments::todaysOptionsFillApiParameters()
{
    const CliArgumentParser::Result result = parse(CompleteCreate
        + QStringList {u"--aggregation-interval"_s, u"5"_s, u"--traffic-path"_s, u"all"_s, u"--ip-version"_s,
            u"DualStack"_s, u"--resource-group-id"_s, u"rg-acfm123"_s, u"--tag"_s, u"env=生产"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CliOptions &options = result.options;
    QCOMPARE(options.field(u"AggregationInterval"_s), u"5"_s);
    QCOMPARE(options.field(u"TrafficPath.1"_s), u"all"_s);
    QCOMPARE(options.field(u"IpVersion"_s), u"DualStack"_s);
    QCOMPARE(options.field(u"ResourceGroupId"_s), u"rg-acfm123"_s);
    QCOMPARE(options.field(u"Tag.1.Key"_s), u"env"_s);
    QCOMPARE(options.field(u"Tag.1.Value"_s), u"生产"_s);
    QCOMPARE(options.fields.size(), 8 + 6);
}

void tst_CliArguments::repeatedOptionsAreNumberedInTheOrderTyped()
{
    const CliArgumentParser::Result result = parse({u"validate"_s, u"--traffic-path"_s, u"internetgateway"_s,
        u"--tag"_s, u"b=2"_s, u"--traffic-path=ALL"_s, u"--tag"_s, u"a="_s, u"--ip-version"_s, u"ipv4"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    // Lower-case aliases become the API's spelling, as for --resource-type.
    QCOMPARE(result.options.fields,
        ApiParameters({{u"TrafficPath.1"_s, u"internetGateway"_s}, {u"TrafficPath.2"_s, u"all"_s},
            {u"IpVersion"_s, u"IPV4"_s}, {u"Tag.1.Key"_s, u"b"_s}, {u"Tag.1.Value"_s, u"2"_s},
            {u"Tag.2.Key"_s, u"a"_s}, {u"Tag.2.Value"_s, QString()}}));
}

void tst_CliArguments::tagSplitsAtTheFirstUnescapedEquals_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << u"env=prod"_s << u"env"_s << u"prod"_s;
    QTest::newRow("empty value") << u"env="_s << u"env"_s << QString();
    QTest::newRow("equals in the value") << u"k=a=b"_s << u"k"_s << u"a=b"_s;
    QTest::newRow("escaped equals in the key") << u"a\\=b=c"_s << u"a=b"_s << u"c"_s;
    QTest::newRow("escaped backslash before equals") << u"a\\\\=b"_s << u"a\\"_s << u"b"_s;
    QTest::newRow("semicolons") << u"a\\;b=c;d"_s << u"a;b"_s << u"c;d"_s;
    QTest::newRow("Chinese") << u"环境=生产"_s << u"环境"_s << u"生产"_s;
}

void tst_CliArguments::tagSplitsAtTheFirstUnescapedEquals()
{
    QFETCH(QString, typed);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const CliArgumentParser::Result result = parse({u"validate"_s, u"--tag"_s, typed});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.fields, ApiParameters({{u"Tag.1.Key"_s, key}, {u"Tag.1.Value"_s, value}}));
}

void tst_CliArguments::malformedTagIsAUsageErrorThatSaysHowToFixIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("mentioned");
    QTest::newRow("unknown escape") << u"a\\q=1"_s << QStringList {u"--tag"_s, u"\\q"_s, u"\\\\"_s};
    QTest::newRow("escape in the value") << u"a=1\\n"_s << QStringList {u"--tag"_s, u"\\n"_s};
    QTest::newRow("lone backslash at the end") << u"a=1\\"_s << QStringList {u"--tag"_s, u"backslash"_s};
    QTest::newRow("no equals") << u"env"_s << QStringList {u"--tag"_s, u"KEY=VALUE"_s, u"KEY="_s};
    QTest::newRow("only an escaped equals") << u"a\\=b"_s << QStringList {u"--tag"_s, u"KEY="_s};
}

void tst_CliArguments::malformedTagIsAUsageErrorThatSaysHowToFixIt()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, mentioned);
    const CliArgumentParser::Result result = parse({u"create"_s, u"--tag"_s, u"ok=1"_s, u"--tag"_s, typed});
    QVERIFY(!result.ok());
    for (const QString &text : std::as_const(mentioned))
        QVERIFY2(result.error.contains(text), qPrintable(result.error));
}

// Form is the parser's, meaning the validator's: its codes and messages are the ones reported.
void tst_CliArguments::outOfRangeValuesAreLeftToTheValidator()
{
    const CliArgumentParser::Result result = parse({u"validate"_s, u"--aggregation-interval"_s, u"7"_s,
        u"--traffic-path"_s, u"nat"_s, u"--ip-version"_s, u"v6"_s, u"--tag"_s, u"aliyun:x=1"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.field(u"AggregationInterval"_s), u"7"_s);
    QCOMPARE(result.options.field(u"TrafficPath.1"_s), u"nat"_s);
    QCOMPARE(result.options.field(u"IpVersion"_s), u"v6"_s);
    QCOMPARE(result.options.field(u"Tag.1.Key"_s), u"aliyun:x"_s);
}

void tst_CliArguments::batchTakesTodaysOptionsOnly()
{
    const CliArgumentParser::Result result = parse({u"batch"_s, u"rows.csv"_s, u"--aggregation-interval"_s,
        u"1"_s, u"--tag"_s, u"team=网络"_s, u"--traffic-path"_s, u"all"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.fields,
        ApiParameters({{u"AggregationInterval"_s, u"1"_s}, {u"TrafficPath.1"_s, u"all"_s},
            {u"Tag.1.Key"_s, u"team"_s}, {u"Tag.1.Value"_s, u"网络"_s}}));
    // The rows say where and what: the file's columns, never the command line.
    QVERIFY(!parse({u"batch"_s, u"rows.csv"_s, u"--region"_s, u"cn-hangzhou"_s}).ok());
    QVERIFY(!parse({u"describe"_s, u"--tag"_s, u"a=1"_s}).ok());
}

void tst_CliArguments::helpListsTodaysOptionsWhereTheyApply()
{
    for (CliCommand command : {CliCommand::Create, CliCommand::Validate, CliCommand::Batch}) {
        const QString help = CliArgumentParser::commandHelp(command);
        for (const QString &text : {u"--aggregation-interval"_s, u"--traffic-path"_s, u"internetGateway"_s,
                 u"--ip-version"_s, u"DualStack"_s, u"--resource-group-id"_s, u"--tag"_s, u"KEY=VALUE"_s})
            QVERIFY2(help.contains(text), qPrintable(text + u" missing in\n"_s + help));
    }
    QVERIFY(!CliArgumentParser::commandHelp(CliCommand::Describe).contains(u"--tag"_s));
    const QString usage = CliArgumentParser::usage();
    QVERIFY(usage.contains(u"--aggregation-interval 1|5|10"_s));
    QVERIFY(usage.contains(u"--tag KEY=VALUE"_s));
}

// The command the app copies, split by a real shell and read by this parser, is the same request:
// quoting and tag escapes survive, and so does the order of paths and tags.
void tst_CliArguments::copiedFlowlogCliCommandReadsBackAsTheSameRequest()
{
    if (QStandardPaths::findExecutable(u"sh"_s).isEmpty())
        QSKIP("no POSIX shell");
    FlowLogRequest request;
    request.regionId = u"cn-hangzhou"_s;
    request.resourceType = ResourceType::Vpc;
    request.resourceId = u"vpc-bp1abc"_s;
    request.trafficType = TrafficType::Drop;
    request.projectName = u"p-1"_s;
    request.logStoreName = u"l_1"_s;
    request.flowLogName = u"流日志 it's"_s;
    request.aggregationInterval = u"5"_s;
    request.trafficPaths = {u"internetGateway"_s, u"all"_s};
    request.ipVersion = u"IPV4"_s;
    request.resourceGroupId = u"rg-acfm"_s;
    request.tags = {{u"环境"_s, u"生产"_s}, {u"a=b;c\\d"_s, u"x;y=z\\"_s}, {u"quote'"_s, QString()}};
    for (int i = 4; i <= 12; ++i)
        request.tags.append({u"k%1"_s.arg(i), u"$HOME `id`"_s});
    const QString command = CommandLine::flowlogCliCreate(request);

    QProcess shell;
    // The words after "flowlog-cli", as the shell passes them, NUL-separated.
    const QString script = u"set -- "_s + command.mid(command.indexOf(u' ') + 1)
        + u"; for a in \"$@\"; do printf '%s\\0' \"$a\"; done"_s;
    shell.start(u"sh"_s, {u"-c"_s, script});
    QVERIFY(shell.waitForFinished(5000));
    QStringList words = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    words.removeLast(); // after the last NUL
    const CliArgumentParser::Result result = parse(words);
    QVERIFY2(result.ok(), qPrintable(result.error + u"\n"_s + command));
    const ParsedRequest parsed = RequestValidator::parse(result.options.fields);
    QCOMPARE(parsed.request, request);
}

void tst_CliArguments::resourcesAndCoverageTakeTheirOptions()
{
    const auto resources = CliArgumentParser::parse({u"flowlog-cli"_s, u"resources"_s, u"--region"_s, u"cn-hangzhou"_s,
        u"--resource-type"_s, u"eni"_s, u"--vpc-id"_s, u"vpc-1"_s, u"--output"_s, u"json"_s});
    QVERIFY2(resources.ok(), qPrintable(resources.error));
    QCOMPARE(resources.options.command, CliCommand::Resources);
    QCOMPARE(resources.options.field(u"ResourceType"_s), u"NetworkInterface"_s);
    QCOMPARE(resources.options.vpcId, u"vpc-1"_s);
    const auto coverage = CliArgumentParser::parse({u"flowlog-cli"_s, u"coverage"_s, u"--all-regions"_s});
    QVERIFY2(coverage.ok(), qPrintable(coverage.error));
    QCOMPARE(coverage.options.command, CliCommand::Coverage);
    QVERIFY(coverage.options.allRegions);
    QVERIFY(!CliArgumentParser::parse({u"flowlog-cli"_s, u"coverage"_s, u"--resource-type"_s, u"VPC"_s}).ok());
    QVERIFY(!CliArgumentParser::parse({u"flowlog-cli"_s, u"resources"_s, u"--all-regions"_s}).ok());
}

void tst_CliArguments::loopbackEndpointServesEveryProductOtherEndpointsOnlyVpc()
{
    CliOptions options;
    options.endpoint = u"http://127.0.0.1:8080"_s;
    CliConnection emulator;
    QString error;
    QVERIFY2(emulator.setUp(options, &error), qPrintable(error));
    QCOMPARE(emulator.endpointFor(Endpoints::Product::Ecs, u"cn-hangzhou"_s), QUrl(u"http://127.0.0.1:8080"_s));
    QCOMPARE(emulator.endpointFor(Endpoints::Product::Vpc, u"cn-hangzhou"_s), QUrl(u"http://127.0.0.1:8080"_s));
    options.endpoint = u"https://vpc-proxy.example.com"_s;
    CliConnection custom;
    QVERIFY2(custom.setUp(options, &error), qPrintable(error));
    QCOMPARE(custom.endpointFor(Endpoints::Product::Vpc, u"cn-hangzhou"_s), QUrl(u"https://vpc-proxy.example.com"_s));
    QCOMPARE(custom.endpointFor(Endpoints::Product::Ecs, u"cn-hangzhou"_s),
        QUrl(u"https://ecs.cn-hangzhou.aliyuncs.com"_s));
}

QTEST_GUILESS_MAIN(tst_CliArguments)
#include "tst_cliarguments.moc"
