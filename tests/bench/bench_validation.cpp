#include "core/request/requestvalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

// RequestValidator::validate() runs on every keystroke of the form, so it must stay far below a
// frame: the budget is 20 µs median for a whole form.
//
//   build-validation/bin/bench/bench_validation -median 21 -iterations 2000
//
// prints, per benchmark, the median over 21 runs of 2000 validate() calls each, in ms per call.
//
// Measured with -median 21 -iterations 20000 on the 2-core build machine under load (load average
// 7), GCC 12, per validate():
//                                  RelWithDebInfo (-O2)   no build type (-O0)
//   typicalForm                    0.6 µs                 5 µs
//   longChineseTexts (128 + 256)   4.4 µs                 18 µs
//   formFullOfErrors (19 findings) 9–13 µs                31 µs
//   parseOfCliParameters           0.9 µs                 8 µs
//   advancedFormWithTwentyTags     9.5 µs (-median 11 -iterations 5000, load average 2.3)
//     (every parameter of today's API, 20 tags with 128-character keys and Chinese values)
class bench_Validation : public QObject
{
    Q_OBJECT

private slots:
    void typicalForm();
    void longChineseTexts();
    void formFullOfErrors();
    void advancedFormWithTwentyTags();
    void parseOfCliParameters();

private:
    static FlowLogRequest typicalRequest();
    static void measure(const FlowLogRequest &request, bool expectErrors);
};

FlowLogRequest bench_Validation::typicalRequest()
{
    FlowLogRequest request;
    request.regionId = u"cn-hangzhou"_s;
    request.resourceType = ResourceType::VSwitch;
    request.resourceId = u"vsw-bp1s7d3xxxxxxxxxxxxx"_s;
    request.trafficType = TrafficType::All;
    request.projectName = u"flowlog-project"_s;
    request.logStoreName = u"flowlog_store"_s;
    request.flowLogName = u"生产环境-交换机_01"_s;
    request.description = u"生产环境 VPC-1 的全部流量 (All)"_s;
    return request;
}

void bench_Validation::measure(const FlowLogRequest &request, bool expectErrors)
{
    QCOMPARE(RequestValidator::hasErrors(RequestValidator::validate(request)), expectErrors);
    qsizetype findings = 0;
    QBENCHMARK {
        findings += RequestValidator::validate(request).size();
    }
    QVERIFY(findings >= 0);
}

void bench_Validation::typicalForm()
{
    measure(typicalRequest(), false);
}

void bench_Validation::longChineseTexts()
{
    FlowLogRequest request = typicalRequest();
    request.flowLogName = QString(u'流').repeated(127) + u"𠀀"_s;
    request.description = u"描"_s + u"述，Ｖ😀"_s.repeated(63) + u"述"_s;
    QCOMPARE(request.description.size(), 1 + 5 * 63 + 1); // 256 code points, 😀 takes two units
    measure(request, false);
}

// Every parameter of today's API set, with the most tags allowed: Chinese values, 128-character keys.
void bench_Validation::advancedFormWithTwentyTags()
{
    FlowLogRequest request = typicalRequest();
    request.aggregationInterval = u"1"_s;
    request.trafficPaths = {u"all"_s, u"internetGateway"_s};
    request.ipVersion = u"DualStack"_s;
    request.resourceGroupId = u"rg-acfmxazdjdhd2ka"_s;
    for (int i = 0; i < 20; ++i)
        request.tags.append({u"team-%1-"_s.arg(i, 2, 10, QChar(u'0')).leftJustified(128, u'k'), u"生产环境-网络组"_s});
    measure(request, false);
}

void bench_Validation::formFullOfErrors()
{
    FlowLogRequest request;
    request.regionId = u"CN_Hangzhou"_s;
    request.resourceType = ResourceType::Vpc;
    request.resourceId = u"vsw-a b"_s;
    request.projectName = u"My Project"_s;
    request.logStoreName = u"_store"_s;
    request.flowLogName = u"1Ａ，　ログ⺀\u200B\t😀é１"_s + QString(u'流').repeated(120);
    request.description = u"Ａ\n\u202E\uE000"_s + QString(u'描').repeated(300);
    QVERIFY(RequestValidator::validate(request).size() > 15);
    measure(request, true);
}

void bench_Validation::parseOfCliParameters()
{
    ApiParameters parameters = typicalRequest().apiParameters();
    parameters.append({u"TrafficType"_s, u"all"_s});
    QVERIFY(RequestValidator::parse(parameters).findings.isEmpty());
    qsizetype findings = 0;
    QBENCHMARK {
        findings += RequestValidator::parse(parameters).findings.size();
    }
    QVERIFY(findings >= 0);
}

QTEST_APPLESS_MAIN(bench_Validation)
#include "bench_validation.moc"
