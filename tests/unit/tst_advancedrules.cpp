#include "core/request/advancedrules.h"
#include "core/request/requestvalidator.h"
#include "support/samplerequest.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The rules of the parameters CreateFlowLog gained after 2016 (docs/validation.md), their wire form
// and their reading back by parse().
class tst_AdvancedRules : public QObject
{
    Q_OBJECT

private slots:
    void theAdvancedSampleIsValid();
    void nothingIsSentWhenNothingIsGiven();
    void repeatedParametersAreFlattenedFromOne();
    void parseReadsThemBackInIndexOrder();
    void aggregationInterval_data();
    void aggregationInterval();
    void trafficPathsAreJudgedOneByOne();
    void ipVersion_data();
    void ipVersion();
    void resourceGroupIdWarns_data();
    void resourceGroupIdWarns();
    void tagRules_data();
    void tagRules();
    void tagFindingsNameThePositionAndTheKey();
    void duplicateKeyNamesTheEarlierTag();
    void atMostTwentyTags();
    void aValueWithoutKeyIsReportedByParse();

private:
    static QStringList codes(const ValidationFindings &findings);
};

QStringList tst_AdvancedRules::codes(const ValidationFindings &findings)
{
    QStringList result;
    for (const ValidationFinding &finding : findings)
        result.append(finding.code);
    return result;
}

void tst_AdvancedRules::theAdvancedSampleIsValid()
{
    const FlowLogRequest request = advancedSampleRequest();
    QCOMPARE(codes(RequestValidator::validate(request)), QStringList());
    QVERIFY(request.hasAdvancedParameters());
    QVERIFY(!sampleRequest().hasAdvancedParameters());
}

void tst_AdvancedRules::nothingIsSentWhenNothingIsGiven()
{
    FlowLogRequest request = sampleRequest();
    request.aggregationInterval = u"  "_s;
    for (const ApiParameter &parameter : request.apiParameters()) {
        QVERIFY2(!parameter.first.startsWith(u"Tag"_s) && !parameter.first.startsWith(u"TrafficPath"_s)
                && parameter.first != u"AggregationInterval"_s && parameter.first != u"IpVersion"_s
                && parameter.first != u"ResourceGroupId"_s,
            qPrintable(parameter.first));
    }
}

void tst_AdvancedRules::repeatedParametersAreFlattenedFromOne()
{
    FlowLogRequest request = advancedSampleRequest();
    request.tags.first().value = u" 生产 "_s; // sent normalised, like every text
    ApiParameters advanced;
    for (const ApiParameter &parameter : request.apiParameters()) {
        if (!sampleRequest().apiParameters().contains(parameter))
            advanced.append(parameter);
    }
    const ApiParameters expected {
        {u"AggregationInterval"_s, u"1"_s},
        {u"IpVersion"_s, u"DualStack"_s},
        {u"ResourceGroupId"_s, u"rg-acfmxazdjdhd2ka"_s},
        {u"Tag.1.Key"_s, u"env"_s},
        {u"Tag.1.Value"_s, u"生产"_s},
        {u"Tag.2.Key"_s, u"team"_s},
        {u"Tag.2.Value"_s, u"network ops"_s},
        {u"Tag.3.Key"_s, u"empty"_s},
        {u"Tag.3.Value"_s, QString()},
        {u"TrafficPath.1"_s, u"all"_s},
        {u"TrafficPath.2"_s, u"internetGateway"_s},
    };
    QCOMPARE(advanced, expected);
}

void tst_AdvancedRules::parseReadsThemBackInIndexOrder()
{
    FlowLogRequest request = advancedSampleRequest();
    for (int i = 0; i < 12; ++i) // Tag.10 sorts before Tag.2 by name: the index decides the order
        request.tags.append({u"k%1"_s.arg(i), u"v%1"_s.arg(i)});
    const ParsedRequest parsed = RequestValidator::parse(request.apiParameters());
    QCOMPARE(parsed.request, request);
    QCOMPARE(codes(parsed.findings), QStringList());
}

void tst_AdvancedRules::aggregationInterval_data()
{
    QTest::addColumn<QString>("interval");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty: the default, not sent") << QString() << true;
    QTest::newRow("1") << u"1"_s << true;
    QTest::newRow("5 with spaces") << u" 5 "_s << true;
    QTest::newRow("10") << u"10"_s << true;
    QTest::newRow("7") << u"7"_s << false;
    QTest::newRow("seconds") << u"60"_s << false;
    QTest::newRow("unit") << u"1m"_s << false;
    QTest::newRow("leading zero") << u"05"_s << false;
}

void tst_AdvancedRules::aggregationInterval()
{
    QFETCH(QString, interval);
    QFETCH(bool, valid);
    FlowLogRequest request = sampleRequest();
    request.aggregationInterval = interval;
    const ValidationFindings findings = RequestValidator::validateField(request, Field::AggregationInterval);
    QCOMPARE(codes(findings), valid ? QStringList() : QStringList {u"aggregation-interval.invalid"_s});
    if (!valid)
        QCOMPARE(findings.first().parameterName(), u"AggregationInterval"_s);
}

void tst_AdvancedRules::trafficPathsAreJudgedOneByOne()
{
    FlowLogRequest request = sampleRequest();
    request.trafficPaths = {u"all"_s, u"InternetGateway"_s, u"internetGateway"_s, u"all"_s};
    const ValidationFindings findings = RequestValidator::validateField(request, Field::TrafficPath);
    QCOMPARE(codes(findings), (QStringList {u"traffic-path.unknown"_s, u"traffic-path.duplicate"_s}));
    QCOMPARE(findings.at(0).item, 1);
    QCOMPARE(findings.at(0).parameterName(), u"TrafficPath.2"_s);
    QVERIFY(findings.at(0).message().contains(u"InternetGateway"_s));
    QCOMPARE(findings.at(1).parameterName(), u"TrafficPath.4"_s);
}

void tst_AdvancedRules::ipVersion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("not given") << u"eu-central-1"_s << QString() << QStringList();
    QTest::newRow("IPV4 anywhere") << u"eu-central-1"_s << u"IPV4"_s << QStringList();
    QTest::newRow("DualStack where offered") << u"cn-hangzhou"_s << u"DualStack"_s << QStringList();
    QTest::newRow("DualStack in us-east-1") << u"us-east-1"_s << u"DualStack"_s << QStringList();
    QTest::newRow("DualStack elsewhere warns")
        << u"eu-central-1"_s << u"DualStack"_s << QStringList {u"ip-version.dual-stack-region"_s};
    QTest::newRow("case matters") << u"cn-hangzhou"_s << u"IPv4"_s << QStringList {u"ip-version.unknown"_s};
    QTest::newRow("IPv6 is no value") << u"cn-hangzhou"_s << u"IPv6"_s << QStringList {u"ip-version.unknown"_s};
}

void tst_AdvancedRules::ipVersion()
{
    QFETCH(QString, region);
    QFETCH(QString, version);
    QFETCH(QStringList, expected);
    FlowLogRequest request = sampleRequest();
    request.regionId = region;
    request.ipVersion = version;
    const ValidationFindings findings = RequestValidator::validateField(request, Field::IpVersion);
    QCOMPARE(codes(findings), expected);
    if (!findings.isEmpty() && findings.first().severity == Severity::Warning) {
        QVERIFY(findings.first().message().contains(region));
        QVERIFY(findings.first().message().contains(u"cn-hangzhou"_s));
        QVERIFY(!RequestValidator::hasErrors(findings));
    }
}

void tst_AdvancedRules::resourceGroupIdWarns_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("warns");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("well formed") << u"rg-acfmxazdjdhd2ka"_s << false;
    QTest::newRow("upper case") << u"rg-ACFM"_s << true;
    QTest::newRow("prefix only") << u"rg-"_s << true;
    QTest::newRow("other prefix") << u"acfmxazdjdhd"_s << true;
    QTest::newRow("underscore") << u"rg-abc_1"_s << true;
}

void tst_AdvancedRules::resourceGroupIdWarns()
{
    QFETCH(QString, id);
    QFETCH(bool, warns);
    FlowLogRequest request = sampleRequest();
    request.resourceGroupId = id;
    const ValidationFindings findings = RequestValidator::validateField(request, Field::ResourceGroupId);
    QCOMPARE(codes(findings), warns ? QStringList {u"resource-group.naming"_s} : QStringList());
    QVERIFY(!RequestValidator::hasErrors(findings));
}

void tst_AdvancedRules::tagRules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << u"env"_s << u"prod"_s << QStringList();
    QTest::newRow("empty value") << u"env"_s << QString() << QStringList();
    QTest::newRow("Chinese") << u"环境"_s << u"生产"_s << QStringList();
    QTest::newRow("128 code points") << u"𠀀"_s.repeated(128) << u"v"_s.repeated(128) << QStringList();
    QTest::newRow("blank key") << u"  "_s << u"x"_s << QStringList {u"tag.key-missing"_s};
    QTest::newRow("long key") << u"k"_s.repeated(129) << QString() << QStringList {u"tag.key-too-long"_s};
    QTest::newRow("long value") << u"k"_s << u"流"_s.repeated(129) << QStringList {u"tag.value-too-long"_s};
    QTest::newRow("aliyun key") << u"aliyun-env"_s << QString() << QStringList {u"tag.key-reserved-prefix"_s};
    QTest::newRow("Aliyun key") << u"Aliyun"_s << QString() << QStringList {u"tag.key-reserved-prefix"_s};
    QTest::newRow("acs: value") << u"k"_s << u"ACS:x"_s << QStringList {u"tag.value-reserved-prefix"_s};
    QTest::newRow("acs without colon") << u"acs-team"_s << QString() << QStringList();
    QTest::newRow("url in key") << u"see-http://x"_s << QString() << QStringList {u"tag.key-url"_s};
    QTest::newRow("url in value") << u"doc"_s << u"wiki at HTTPS://example"_s << QStringList {u"tag.value-url"_s};
    QTest::newRow("both") << u"aliyun"_s << u"acs:https://x"_s
                          << QStringList {u"tag.key-reserved-prefix"_s, u"tag.value-reserved-prefix"_s,
                                 u"tag.value-url"_s};
}

void tst_AdvancedRules::tagRules()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    FlowLogRequest request = sampleRequest();
    request.tags = {{u"first"_s, u"1"_s}, {key, value}};
    const ValidationFindings findings = RequestValidator::validateField(request, Field::Tags);
    QCOMPARE(codes(findings), expected);
    for (const ValidationFinding &finding : findings) {
        QCOMPARE(finding.item, 1);
        QCOMPARE(finding.severity, Severity::Error);
        QCOMPARE(finding.parameterName(),
            finding.code.startsWith(u"tag.value"_s) ? u"Tag.2.Value"_s : u"Tag.2.Key"_s);
        QVERIFY2(!finding.message().contains(u'%'), qPrintable(finding.message()));
    }
}

void tst_AdvancedRules::tagFindingsNameThePositionAndTheKey()
{
    FlowLogRequest request = sampleRequest();
    request.tags = {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"owner"_s, u"acs:me"_s}};
    const ValidationFindings findings = RequestValidator::validateField(request, Field::Tags);
    QCOMPARE(findings.size(), 1);
    const QString message = findings.first().message();
    QVERIFY2(message.startsWith(u"Tag 3 (“owner”)"_s), qPrintable(message));
    QVERIFY2(message.contains(u"acs:"_s), qPrintable(message));
    QCOMPARE(findings.first().parameterName(), u"Tag.3.Value"_s);
}

void tst_AdvancedRules::duplicateKeyNamesTheEarlierTag()
{
    FlowLogRequest request = sampleRequest();
    request.tags = {{u"env"_s, u"a"_s}, {u"team"_s, u"b"_s}, {u" env"_s, u"c"_s}};
    const ValidationFindings findings = RequestValidator::validateField(request, Field::Tags);
    QCOMPARE(codes(findings), QStringList {u"tag.key-duplicate"_s});
    QCOMPARE(findings.first().item, 2);
    QVERIFY2(findings.first().message().contains(u"tag 1"_s), qPrintable(findings.first().message()));
}

void tst_AdvancedRules::atMostTwentyTags()
{
    FlowLogRequest request = sampleRequest();
    for (int i = 0; i < AdvancedRules::maxTags; ++i)
        request.tags.append({u"key%1"_s.arg(i), u"value"_s});
    QVERIFY(RequestValidator::validateField(request, Field::Tags).isEmpty());
    request.tags.append({u"one-more"_s, QString()});
    const ValidationFindings findings = RequestValidator::validateField(request, Field::Tags);
    QCOMPARE(codes(findings), QStringList {u"tags.too-many"_s});
    QCOMPARE(findings.first().parameterName(), u"Tag"_s);
    QVERIFY2(findings.first().message().contains(u"21"_s), qPrintable(findings.first().message()));
}

void tst_AdvancedRules::aValueWithoutKeyIsReportedByParse()
{
    ApiParameters parameters = sampleRequest().apiParameters();
    parameters.append({u"Tag.1.Key"_s, u"env"_s});
    parameters.append({u"Tag.2.Value"_s, u"orphan"_s});
    const ParsedRequest parsed = RequestValidator::parse(parameters);
    QCOMPARE(codes(parsed.findings), QStringList {u"tag.key-missing"_s});
    QCOMPARE(parsed.findings.first().parameterName(), u"Tag.2.Key"_s);
}

QTEST_APPLESS_MAIN(tst_AdvancedRules)
#include "tst_advancedrules.moc"
