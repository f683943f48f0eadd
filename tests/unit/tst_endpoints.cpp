#include "core/config/endpoints.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Endpoints::CustomEndpointProblem;

Q_DECLARE_METATYPE(Endpoints::CustomEndpointProblem)

class tst_Endpoints : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsRegionalHttpsHost_data();
    void defaultIsRegionalHttpsHost();
    void parseCustomAcceptsSafeEndpoints_data();
    void parseCustomAcceptsSafeEndpoints();
    void parseCustomRejectsWithReason_data();
    void parseCustomRejectsWithReason();
    void blankTextMeansNoCustomEndpoint();
    void checkCustomRejectsEmptyUrl();
    void loopbackHosts_data();
    void loopbackHosts();
    void everyProblemHasItsOwnMessage();
    void resolvePrefersCustomEndpoint();
    void eachProductHasItsRegionalHost_data();
    void eachProductHasItsRegionalHost();
    void productOverrideWinsOverTheEmulatorWhichWinsOverTheDefault();
};

void tst_Endpoints::defaultIsRegionalHttpsHost_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hangzhou") << u"cn-hangzhou"_s << u"https://vpc.cn-hangzhou.aliyuncs.com"_s;
    QTest::newRow("singapore") << u"ap-southeast-1"_s << u"https://vpc.ap-southeast-1.aliyuncs.com"_s;
    QTest::newRow("wuhan local") << u"cn-wuhan-lr"_s << u"https://vpc.cn-wuhan-lr.aliyuncs.com"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("host injection") << u"evil.example/x"_s << QString();
    QTest::newRow("upper case") << u"CN-HANGZHOU"_s << QString();
    QTest::newRow("trailing dash") << u"cn-"_s << QString();
}

void tst_Endpoints::defaultIsRegionalHttpsHost()
{
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(Endpoints::defaultFor(region).toString(), expected);
}

void tst_Endpoints::parseCustomAcceptsSafeEndpoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("emulator") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("trailing slash dropped") << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("whole 127/8") << u"http://127.254.3.4"_s << u"http://127.254.3.4"_s;
    // Sent to the loopback address itself, not to what a resolver says localhost is.
    QTest::newRow("localhost") << u"http://localhost:9000"_s << u"http://127.0.0.1:9000"_s;
    QTest::newRow("localhost upper case") << u"http://LOCALHOST:9000"_s << u"http://127.0.0.1:9000"_s;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:8080"_s << u"http://[::1]:8080"_s;
    QTest::newRow("scheme upper case") << u"HTTP://127.0.0.1"_s << u"http://127.0.0.1"_s;
    QTest::newRow("https anywhere") << u"https://vpc.cn-beijing.aliyuncs.com"_s
                                    << u"https://vpc.cn-beijing.aliyuncs.com"_s;
    QTest::newRow("https with port") << u"https://10.1.2.3:8443"_s << u"https://10.1.2.3:8443"_s;
    QTest::newRow("bare host is https") << u"vpc.cn-beijing.aliyuncs.com"_s
                                        << u"https://vpc.cn-beijing.aliyuncs.com"_s;
    QTest::newRow("bare host with port") << u"localhost:8080"_s << u"https://localhost:8080"_s;
    QTest::newRow("surrounding blanks") << u"  https://vpc-vpc.cn-hangzhou.aliyuncs.com \n"_s
                                        << u"https://vpc-vpc.cn-hangzhou.aliyuncs.com"_s;
}

void tst_Endpoints::parseCustomAcceptsSafeEndpoints()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    CustomEndpointProblem problem = CustomEndpointProblem::NotAUrl;
    const std::optional<QUrl> url = Endpoints::parseCustom(text, &problem);
    QCOMPARE(problem, CustomEndpointProblem::None);
    QVERIFY(url.has_value());
    QCOMPARE(url->toString(), expected);
    QCOMPARE(Endpoints::checkCustom(*url), CustomEndpointProblem::None);
}

void tst_Endpoints::parseCustomRejectsWithReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CustomEndpointProblem>("expected");
    const auto plainHttp = CustomEndpointProblem::PlainHttpNotLoopback;
    QTest::newRow("http to the cloud") << u"http://vpc.cn-beijing.aliyuncs.com"_s << plainHttp;
    QTest::newRow("http to lan") << u"http://10.0.0.1:8080"_s << plainHttp;
    QTest::newRow("http to 128/8") << u"http://128.0.0.1"_s << plainHttp;
    QTest::newRow("localhost look-alike") << u"http://localhost.evil.example"_s << plainHttp;
    QTest::newRow("localhost with a trailing dot") << u"http://LOCALHOST.:8080"_s << plainHttp;
    QTest::newRow("127 look-alike name") << u"http://127.0.0.1.nip.io"_s << plainHttp;
    QTest::newRow("ipv6 not loopback") << u"http://[::2]:8080"_s << plainHttp;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << CustomEndpointProblem::UnsupportedScheme;
    QTest::newRow("file") << u"file:///etc/passwd"_s << CustomEndpointProblem::NotAUrl;
    QTest::newRow("path") << u"https://vpc.cn-beijing.aliyuncs.com/v1"_s << CustomEndpointProblem::HasPathOrQuery;
    QTest::newRow("query") << u"https://vpc.cn-beijing.aliyuncs.com?a=1"_s << CustomEndpointProblem::HasPathOrQuery;
    QTest::newRow("fragment") << u"https://vpc.cn-beijing.aliyuncs.com#x"_s << CustomEndpointProblem::HasPathOrQuery;
    QTest::newRow("bare host with path") << u"localhost:8080/x"_s << CustomEndpointProblem::HasPathOrQuery;
    QTest::newRow("user and password") << u"https://user:pw@vpc.cn-beijing.aliyuncs.com"_s
                                       << CustomEndpointProblem::HasUserInfo;
    QTest::newRow("user on loopback") << u"http://user@127.0.0.1:8080"_s << CustomEndpointProblem::HasUserInfo;
    QTest::newRow("scheme only") << u"https://"_s << CustomEndpointProblem::NotAUrl;
    QTest::newRow("space in host") << u"https://exa mple.com"_s << CustomEndpointProblem::NotAUrl;
    QTest::newRow("port out of range") << u"http://127.0.0.1:99999"_s << CustomEndpointProblem::NotAUrl;
}

void tst_Endpoints::parseCustomRejectsWithReason()
{
    QFETCH(QString, text);
    QFETCH(CustomEndpointProblem, expected);
    CustomEndpointProblem problem = CustomEndpointProblem::None;
    QVERIFY(!Endpoints::parseCustom(text, &problem).has_value());
    QCOMPARE(problem, expected);
    QVERIFY(!Endpoints::problemMessage(problem).isEmpty());
}

void tst_Endpoints::blankTextMeansNoCustomEndpoint()
{
    CustomEndpointProblem problem = CustomEndpointProblem::NotAUrl;
    QVERIFY(!Endpoints::parseCustom(u"  "_s, &problem).has_value());
    QCOMPARE(problem, CustomEndpointProblem::None);
    QVERIFY(!Endpoints::parseCustom(QString()).has_value()); // a null problem pointer is fine
}

void tst_Endpoints::checkCustomRejectsEmptyUrl()
{
    QCOMPARE(Endpoints::checkCustom(QUrl()), CustomEndpointProblem::NotAUrl);
    QCOMPARE(Endpoints::checkCustom(QUrl(u"http://127.0.0.1:8080/"_s)), CustomEndpointProblem::None);
}

void tst_Endpoints::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("mapped") << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    // Resolved through DNS: not a loopback host for plain HTTP.
    QTest::newRow("localhost.") << u"localhost."_s << false;
    QTest::newRow("LOCALHOST.") << u"LOCALHOST."_s << false;
    QTest::newRow("Localhost") << u"Localhost"_s << true;
    QTest::newRow("short form") << u"127.1"_s << false;
    QTest::newRow("octet too big") << u"127.0.0.256"_s << false;
    QTest::newRow("signed octet") << u"127.+0.0.1"_s << false;
    QTest::newRow("five parts") << u"127.0.0.1.5"_s << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("mapped lan") << u"::ffff:10.0.0.1"_s << false;
    QTest::newRow("sub-domain") << u"localhost.example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_Endpoints::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Endpoints::isLoopbackHost(host), loopback);
}

void tst_Endpoints::everyProblemHasItsOwnMessage()
{
    QVERIFY(Endpoints::problemMessage(CustomEndpointProblem::None).isEmpty());
    const CustomEndpointProblem problems[] = {
        CustomEndpointProblem::NotAUrl, CustomEndpointProblem::UnsupportedScheme,
        CustomEndpointProblem::PlainHttpNotLoopback, CustomEndpointProblem::HasPathOrQuery,
        CustomEndpointProblem::HasUserInfo};
    QSet<QString> messages;
    for (CustomEndpointProblem problem : problems)
        messages.insert(Endpoints::problemMessage(problem));
    QCOMPARE(messages.size(), int(std::size(problems)));
    QVERIFY(Endpoints::problemMessage(CustomEndpointProblem::PlainHttpNotLoopback).contains(u"https://"_s));
}

void tst_Endpoints::resolvePrefersCustomEndpoint()
{
    const QUrl custom(u"http://127.0.0.1:8080"_s);
    QCOMPARE(Endpoints::resolve(u"cn-hangzhou"_s, custom), custom);
    QCOMPARE(Endpoints::resolve(u"cn-hangzhou"_s, QUrl()), QUrl(u"https://vpc.cn-hangzhou.aliyuncs.com"_s));
}

void tst_Endpoints::eachProductHasItsRegionalHost_data()
{
    using Endpoints::Product;
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("VPC") << Product::Vpc << u"cn-hangzhou"_s << u"https://vpc.cn-hangzhou.aliyuncs.com"_s;
    QTest::newRow("ECS") << Product::Ecs << u"cn-hangzhou"_s << u"https://ecs.cn-hangzhou.aliyuncs.com"_s;
    QTest::newRow("STS") << Product::Sts << u"ap-southeast-1"_s << u"https://sts.ap-southeast-1.aliyuncs.com"_s;
    QTest::newRow("STS without a region") << Product::Sts << QString() << u"https://sts.aliyuncs.com"_s;
    QTest::newRow("Log Service") << Product::LogService << u"cn-beijing"_s << u"https://cn-beijing.log.aliyuncs.com"_s;
    QTest::newRow("ECS without a region") << Product::Ecs << QString() << QString();
    QTest::newRow("Log Service, bad region") << Product::LogService << u"cn-hangzhou.evil.com/"_s << QString();
}

void tst_Endpoints::eachProductHasItsRegionalHost()
{
    QFETCH(Endpoints::Product, product);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(Endpoints::defaultFor(product, region).toString(), expected);
    QCOMPARE(Endpoints::resolve(product, region, {}).toString(), expected);
}

void tst_Endpoints::productOverrideWinsOverTheEmulatorWhichWinsOverTheDefault()
{
    using Endpoints::Product;
    Endpoints::Overrides overrides;
    QVERIFY(overrides.isEmpty());
    overrides.emulator = QUrl(u"http://127.0.0.1:8080"_s);
    overrides.sts = QUrl(u"https://sts.example.test"_s);
    QVERIFY(!overrides.isEmpty());
    QCOMPARE(Endpoints::resolve(Product::Vpc, u"cn-hangzhou"_s, overrides), overrides.emulator);
    QCOMPARE(Endpoints::resolve(Product::Ecs, u"cn-hangzhou"_s, overrides), overrides.emulator);
    QCOMPARE(Endpoints::resolve(Product::LogService, u"cn-hangzhou"_s, overrides), overrides.emulator);
    QCOMPARE(Endpoints::resolve(Product::Sts, u"cn-hangzhou"_s, overrides), overrides.sts);
    overrides.emulator.clear();
    QCOMPARE(Endpoints::resolve(Product::Ecs, u"cn-hangzhou"_s, overrides).toString(),
        u"https://ecs.cn-hangzhou.aliyuncs.com"_s);
}

QTEST_APPLESS_MAIN(tst_Endpoints)
#include "tst_endpoints.moc"
