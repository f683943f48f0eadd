#include "core/signing/acs3signature.h"
#include "core/signing/digest.h"
#include "core/signing/percentencoding.h"
#include "core/signing/requestsigner.h"
#include "core/signing/rpcsignature.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QueryParameters v1aParameters()
{
    return {
        {u"AccessKeyId"_s, u"testid"_s},
        {u"Action"_s, u"DescribeRegions"_s},
        {u"Format"_s, u"XML"_s},
        {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
        {u"SignatureNonce"_s, u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s},
        {u"SignatureVersion"_s, u"1.0"_s},
        {u"Timestamp"_s, u"2016-02-23T12:46:24Z"_s},
        {u"Version"_s, u"2014-05-26"_s},
    };
}

QueryParameters v1bParameters()
{
    return {
        {u"Action"_s, u"DescribeDedicatedHosts"_s},
        {u"Version"_s, u"2014-05-26"_s},
        {u"Format"_s, u"JSON"_s},
        {u"RegionId"_s, u"cn-beijing"_s},
        {u"AccessKeyId"_s, u"testid"_s},
        {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
        {u"SignatureNonce"_s, u"edb2b34af0af9a6d14deaf7c1a5315eb"_s},
        {u"SignatureVersion"_s, u"1.0"_s},
        {u"Timestamp"_s, u"2023-03-13T08:34:30Z"_s},
    };
}

// CreateFlowLog with today's repeated parameters: two traffic paths and a tag whose value is
// Chinese (UTF-8, percent-encoded byte by byte). The expected signatures of V1-e and V3-c were
// computed by tests/unit/signing_vectors.py with Python's hmac and hashlib alone; the same script
// reproduces the published V1-a and V3-a vectors.
QueryParameters createFlowLogParameters()
{
    return {
        {u"RegionId"_s, u"cn-hangzhou"_s},
        {u"ResourceType"_s, u"VPC"_s},
        {u"ResourceId"_s, u"vpc-bp1vectortest0001"_s},
        {u"TrafficType"_s, u"All"_s},
        {u"ProjectName"_s, u"flowlog-project"_s},
        {u"LogStoreName"_s, u"flowlog-store"_s},
        {u"TrafficPath.1"_s, u"all"_s},
        {u"TrafficPath.2"_s, u"internetGateway"_s},
        {u"Tag.1.Key"_s, u"env"_s},
        {u"Tag.1.Value"_s, u"生产"_s},
    };
}

QByteArray h1Message()
{
    return "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26RegionId%3Dregion1"
           "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3DNwDAxvLU6tFE0DVb%26SignatureVersion%3D1.0"
           "%26TimeStamp%3D2012-12-26T10%253A33%253A56Z%26Version%3D2013-01-10";
}

} // namespace

class tst_Signing : public QObject
{
    Q_OBJECT

private slots:
    void percentEncoding_data();
    void percentEncoding();
    void percentDecodingInvertsEncoding();
    void rpcStringToSign();
    void rpcSignature_data();
    void rpcSignature();
    void hmacSha1_data();
    void hmacSha1();
    void acs3CanonicalQuery();
    void acs3Signature_data();
    void acs3Signature();
    void signerV1GetCarriesEveryCommonParameter();
    void signerV1PostSendsFormBody();
    void signerV3SignsHeadersAndQuery();
    void signerStsTokenIsSentAndMasked();
    void signerV1SignsTagsAndTrafficPaths_data();
    void signerV1SignsTagsAndTrafficPaths();
    void signerV3SignsTagsAndTrafficPaths();
    void signerDrawsFreshNoncePerRequest();
    void maskedShowsAQuarterAtMost_data();
    void maskedShowsAQuarterAtMost();
    void scrubbedRemovesSecretAndTokenInEveryEncoding_data();
    void scrubbedRemovesSecretAndTokenInEveryEncoding();
    void v1StringToSignIsShownWithTheTokenMasked();
    void randomNonceIsUuidV4();
};

void tst_Signing::percentEncoding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("E-2 slashes and space") << u"a/b/c/ test"_s << QByteArray("a%2Fb%2Fc%2F%20test");
    QTest::newRow("unreserved kept") << u"AZaz09-_.~"_s << QByteArray("AZaz09-_.~");
    QTest::newRow("star and plus") << u"*+"_s << QByteArray("%2A%2B");
    QTest::newRow("chinese is three bytes") << u"流"_s << QByteArray("%E6%B5%81");
    QTest::newRow("extension B is four bytes") << u"𠀀"_s << QByteArray("%F0%A0%80%80");
    QTest::newRow("reserved") << u"&=?%"_s << QByteArray("%26%3D%3F%25");
    QTest::newRow("empty") << QString() << QByteArray();
}

void tst_Signing::percentEncoding()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(PercentEncoding::encode(QStringView(input)), expected);
}

void tst_Signing::percentDecodingInvertsEncoding()
{
    const QString text = u"中文 & = + * ~ / ? % 空格 😀"_s;
    QCOMPARE(QString::fromUtf8(PercentEncoding::decode(PercentEncoding::encode(QStringView(text)))), text);
    QCOMPARE(PercentEncoding::decode("100%"), QByteArray("100%"));
    QCOMPARE(PercentEncoding::decode("%zz%4"), QByteArray("%zz%4"));
    QCOMPARE(PercentEncoding::decode("a+b"), QByteArray("a+b"));
}

void tst_Signing::rpcStringToSign()
{
    QCOMPARE(RpcSignature::stringToSign("GET", v1aParameters()),
        QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod"
                   "%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
                   "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"));
    QCOMPARE(RpcSignature::stringToSign("", {{u"test"_s, u"ok"_s}}), QByteArray("&%2F&test%3Dok"));
}

void tst_Signing::rpcSignature_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QueryParameters>("parameters");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("V1-a GET") << QByteArray("GET") << u"testsecret"_s << v1aParameters()
                              << QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    QTest::newRow("V1-a POST") << QByteArray("POST") << u"testsecret"_s << v1aParameters()
                               << QByteArray("MxbnVAM4w6sft9xjVpe/GCKueuk=");
    QTest::newRow("V1-b") << QByteArray("GET") << u"testsecret"_s << v1bParameters()
                          << QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
    QTest::newRow("V1-c") << QByteArray("GET") << u"secret"_s
                          << QueryParameters {{u"query"_s, u"test"_s}, {u"body"_s, u"test"_s}}
                          << QByteArray("XlUyV4sXjOuX5FnjUz9IF9tm5rU=");
    QTest::newRow("V1-d empty method") << QByteArray() << u"accessKeySecret"_s
                                       << QueryParameters {{u"test"_s, u"ok"_s}}
                                       << QByteArray("jHx/oHoHNrbVfhncHEvPdHXZwHU=");
}

void tst_Signing::rpcSignature()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, secret);
    QFETCH(QueryParameters, parameters);
    QFETCH(QByteArray, expected);
    const QByteArray stringToSign = RpcSignature::stringToSign(method, parameters);
    QCOMPARE(RpcSignature::signature(secret, stringToSign), expected);
}

void tst_Signing::hmacSha1_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("H-1") << h1Message() << QByteArray("axE3FUHgDyfm9/+Iep0HpZXrRwE=");
    QByteArray unicode = h1Message();
    unicode.insert(unicode.indexOf("%26Format"), u"%26TestUnicode%3DDescribeRegions啊啊啊"_s.toUtf8());
    QTest::newRow("H-2 raw UTF-8") << unicode << QByteArray("VJ1a5YBLy+shtBK/l97MCMq+mzs=");
}

void tst_Signing::hmacSha1()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QCOMPARE(Digest::hmacSha1("testsecret&", message).toBase64(), expected);
}

void tst_Signing::acs3CanonicalQuery()
{
    QCOMPARE(Acs3Signature::canonicalQuery({{u"test"_s, u" ~/*-+"_s}}), QByteArray("test=%20~%2F%2A-%2B"));
    QCOMPARE(Acs3Signature::canonicalQuery({{u"b"_s, QString()}, {u"a"_s, u"1"_s}}), QByteArray("a=1&b="));
}

void tst_Signing::acs3Signature_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QueryParameters>("query");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("payloadHash");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expectedCanonicalHash"); // empty: not published for this vector
    QTest::addColumn<QByteArray>("expectedSignature");

    QTest::newRow("V3-a")
        << QByteArray("POST")
        << QueryParameters {{u"ImageId"_s, u"win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"_s},
               {u"RegionId"_s, u"cn-shanghai"_s}}
        << HeaderList {{"host", "ecs.cn-shanghai.aliyuncs.com"}, {"x-acs-action", "RunInstances"},
               {"x-acs-version", "2014-05-26"}, {"x-acs-date", "2023-10-26T10:22:32Z"},
               {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
               {"x-acs-content-sha256", Acs3Signature::emptyPayloadHash}}
        << QByteArray(Acs3Signature::emptyPayloadHash) << u"YourAccessKeySecret"_s
        << QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259")
        << QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    QTest::newRow("V3-b merged headers")
        << QByteArray("GET") << QueryParameters {{u"test"_s, u"ok"_s}, {u"empty"_s, QString()}}
        << HeaderList {{"x-acs-test", "http"}, {"x-acs-TEST", "https"}}
        << QByteArray("55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23") << u"secret"_s
        << QByteArray() << QByteArray("d16b30a7699ae9e43875b13195b2f81bcc3ed10c14a9b5eb780e51619aa50be1");
}

void tst_Signing::acs3Signature()
{
    QFETCH(QByteArray, method);
    QFETCH(QueryParameters, query);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, payloadHash);
    QFETCH(QString, secret);
    QFETCH(QByteArray, expectedCanonicalHash);
    QFETCH(QByteArray, expectedSignature);

    QByteArray signedHeaders;
    const QByteArray canonical = Acs3Signature::canonicalRequest({method, "/", query, headers, payloadHash},
        &signedHeaders);
    if (!expectedCanonicalHash.isEmpty())
        QCOMPARE(Acs3Signature::hexSha256(canonical), expectedCanonicalHash);
    const QByteArray signature = Acs3Signature::signature(secret, Acs3Signature::stringToSign(canonical));
    QCOMPARE(signature, expectedSignature);
}

void tst_Signing::signerV1GetCarriesEveryCommonParameter()
{
    const RequestSigner signer([] { return QDateTime(QDate(2016, 2, 23), QTime(12, 46, 24), Qt::UTC); },
        [] { return u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s; });
    const SignedRequest request = signer.sign({u"DescribeRegions"_s, u"2014-05-26"_s, {}},
        QUrl(u"https://ecs.aliyuncs.com"_s), {u"testid"_s, u"testsecret"_s, {}}, SignatureVersion::V1, "GET");
    // Same parameters as V1-a except Format=JSON, which every call of ours sends.
    QueryParameters expected = v1aParameters();
    expected[2].second = u"JSON"_s;
    QCOMPARE(request.stringToSign, RpcSignature::stringToSign("GET", expected));
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(u"Signature"_s, QUrl::FullyDecoded),
        QString::fromLatin1(RpcSignature::signature(u"testsecret", request.stringToSign)));
    QCOMPARE(request.url.host(), u"ecs.aliyuncs.com"_s);
    QVERIFY(request.body.isEmpty());
}

void tst_Signing::signerV1PostSendsFormBody()
{
    const RequestSigner signer;
    const SignedRequest request = signer.sign({u"CreateFlowLog"_s, u"2016-04-28"_s, {{u"Description"_s, u"a b*"_s}}},
        QUrl(u"http://127.0.0.1:8080"_s), {u"id"_s, u"secret"_s, {}}, SignatureVersion::V1, "POST");
    QCOMPARE(request.method, QByteArray("POST"));
    QVERIFY(!request.url.hasQuery());
    QVERIFY(request.body.contains("Description=a%20b%2A"));
    QVERIFY(request.body.contains("&Signature="));
    QVERIFY(request.headers.contains(qMakePair(QByteArray("content-type"),
        QByteArray("application/x-www-form-urlencoded"))));
}

void tst_Signing::signerV3SignsHeadersAndQuery()
{
    const RequestSigner signer([] { return QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC); },
        [] { return u"3156853299f313e23d1673dc12e1703d"_s; });
    const SignedRequest request = signer.sign({u"RunInstances"_s, u"2014-05-26"_s,
                                                  {{u"RegionId"_s, u"cn-shanghai"_s},
                                                      {u"ImageId"_s,
                                                          u"win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"_s}}},
        QUrl(u"https://ecs.cn-shanghai.aliyuncs.com"_s), {u"YourAccessKeyId"_s, u"YourAccessKeySecret"_s, {}},
        SignatureVersion::V3, "POST");
    // Same inputs as the V3-a vector: the signer must produce its Authorization exactly.
    QCOMPARE(request.headers.last().second,
        QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                   "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="
                   "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QCOMPARE(QUrlQuery(request.url).queryItemValue(u"RegionId"_s), u"cn-shanghai"_s);
}

void tst_Signing::signerV1SignsTagsAndTrafficPaths_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("expected");
    QTest::newRow("V1-e GET") << QByteArray("GET") << u"6STbYVKeASJvD2R3xeDYy6bZoDM="_s;
    QTest::newRow("V1-e POST") << QByteArray("POST") << u"F9qwm9lo0sOzvBCevYp/zlUp2X0="_s;
}

void tst_Signing::signerV1SignsTagsAndTrafficPaths()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, expected);
    const RequestSigner signer([] { return QDateTime(QDate(2016, 2, 23), QTime(12, 46, 24), Qt::UTC); },
        [] { return u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s; });
    const SignedRequest request = signer.sign({u"CreateFlowLog"_s, u"2016-04-28"_s, createFlowLogParameters()},
        QUrl(u"https://vpc.cn-hangzhou.aliyuncs.com"_s), {u"testid"_s, u"testsecret"_s, {}}, SignatureVersion::V1,
        method);
    const QUrlQuery sent(method == "GET" ? request.url.query(QUrl::FullyEncoded) : QString::fromLatin1(request.body));
    QCOMPARE(sent.queryItemValue(u"Signature"_s, QUrl::FullyDecoded), expected);
    QCOMPARE(sent.queryItemValue(u"Tag.1.Value"_s, QUrl::FullyDecoded), u"生产"_s);
    QVERIFY(request.stringToSign.contains("%26Tag.1.Value%3D%25E7%2594%259F%25E4%25BA%25A7%26"));
    QVERIFY(request.stringToSign.contains("%26TrafficPath.1%3Dall%26TrafficPath.2%3DinternetGateway%26"));
}

void tst_Signing::signerV3SignsTagsAndTrafficPaths()
{
    const RequestSigner signer([] { return QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC); },
        [] { return u"3156853299f313e23d1673dc12e1703d"_s; });
    const SignedRequest request = signer.sign({u"CreateFlowLog"_s, u"2016-04-28"_s, createFlowLogParameters()},
        QUrl(u"https://vpc.cn-hangzhou.aliyuncs.com"_s), {u"testid"_s, u"testsecret"_s, {}}, SignatureVersion::V3,
        "POST");
    QCOMPARE(Acs3Signature::hexSha256(request.canonicalRequest),
        QByteArray("f10b1a7644a2f80914e0efd9ee278a6e78e5709e6bcd3f0c43e10712fdeadf38"));
    QCOMPARE(request.headers.last().second,
        QByteArray("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;"
                   "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="
                   "b259a8454d6813e75373af1a42b6df4177283cdfbe86ce539721c2cf28f14e12"));
    QVERIFY(request.canonicalRequest.contains("&Tag.1.Value=%E7%94%9F%E4%BA%A7&TrafficPath.1=all&"));
}

void tst_Signing::signerStsTokenIsSentAndMasked()
{
    const Credentials sts {u"STS.id"_s, u"secret-value"_s, u"token-abcdefghijklmnop"_s};
    const RequestSigner signer;
    const SignedRequest v3 = signer.sign({u"DescribeRegions"_s}, QUrl(u"https://vpc.aliyuncs.com"_s), sts,
        SignatureVersion::V3);
    QVERIFY(v3.headers.contains(qMakePair(QByteArray("x-acs-security-token"), sts.securityToken.toUtf8())));
    QVERIFY(v3.canonicalRequest.contains("x-acs-security-token:token-abcdefghijklmnop\n"));
    QVERIFY(!v3.redactedText().contains(sts.securityToken));
    QVERIFY(!v3.redactedText().contains(sts.accessKeySecret));

    const SignedRequest v1 = signer.sign({u"DescribeRegions"_s}, QUrl(u"https://vpc.aliyuncs.com"_s), sts,
        SignatureVersion::V1, "GET");
    QCOMPARE(QUrlQuery(v1.url).queryItemValue(u"SecurityToken"_s), sts.securityToken);
    QVERIFY2(!v1.redactedText().contains(sts.securityToken), qPrintable(v1.redactedText()));
    QVERIFY(v1.redactedText().contains(u"SecurityToken=to****op&"_s));

    const SignedRequest v1Post = signer.sign({u"DescribeRegions"_s}, QUrl(u"https://vpc.aliyuncs.com"_s), sts,
        SignatureVersion::V1, "POST");
    QVERIFY(v1Post.body.contains(sts.securityToken.toUtf8()));
    QVERIFY2(!v1Post.redactedText().contains(sts.securityToken), qPrintable(v1Post.redactedText()));
    QVERIFY(v1Post.redactedText().contains(u"SecurityToken=to****op&"_s));
}

void tst_Signing::maskedShowsAQuarterAtMost_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("8: nothing") << u"abcdefgh"_s << u"********"_s;
    QTest::newRow("11: one at each end") << u"abcdefghijk"_s << u"a****k"_s;
    QTest::newRow("22: two at each end") << u"token-abcdefghijklmnop"_s << u"to****op"_s;
    QTest::newRow("40: four at each end") << QString(u"LTAI"_s + QString(32, u'x') + u"WXYZ"_s) << u"LTAI****WXYZ"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_Signing::maskedShowsAQuarterAtMost()
{
    QFETCH(QString, value);
    QFETCH(QString, shown);
    const QString masked = Credentials::masked(value);
    QCOMPARE(masked, shown);
    const qsizetype revealed = masked.size() - masked.count(u'*');
    QVERIFY(revealed * 4 <= value.size());
}

void tst_Signing::scrubbedRemovesSecretAndTokenInEveryEncoding_data()
{
    const QString token = u"CAIS+token/with=chars&more-0123456789"_s;
    const QByteArray once = PercentEncoding::encode(token);
    const QByteArray twice = PercentEncoding::encode(QByteArrayView(once));
    QTest::addColumn<QString>("text");
    QTest::newRow("as written") << u"<StringToSign>GET&%2F&SecurityToken " + token + u"</StringToSign>"_s;
    QTest::newRow("encoded once") << u"SecurityToken="_s + QString::fromLatin1(once) + u"&Version=2016-04-28"_s;
    QTest::newRow("encoded twice") << u"GET&%2F&SecurityToken%3D"_s + QString::fromLatin1(twice);
    QTest::newRow("the secret") << u"signed with secret-value-Zq8w and more"_s;
}

void tst_Signing::scrubbedRemovesSecretAndTokenInEveryEncoding()
{
    QFETCH(QString, text);
    const Credentials sts {u"STS.id"_s, u"secret-value-Zq8w"_s, u"CAIS+token/with=chars&more-0123456789"_s};
    const QString scrubbed = sts.scrubbed(text);
    QVERIFY2(!scrubbed.contains(u"token/with"_s) && !scrubbed.contains(u"token%2Fwith"_s)
            && !scrubbed.contains(u"token%252Fwith"_s),
        qPrintable(scrubbed));
    QVERIFY2(!scrubbed.contains(sts.accessKeySecret), qPrintable(scrubbed));
    QVERIFY(scrubbed.contains(u"****"_s));
}

// The preview shows the v1 string to sign beside the masked request: the token, encoded twice
// there, is masked too.
void tst_Signing::v1StringToSignIsShownWithTheTokenMasked()
{
    const Credentials sts {u"STS.id"_s, u"secret-value"_s, u"CAIS+token/with=chars-0123456789abcdef"_s};
    const RequestSigner signer;
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        const SignedRequest v1 = signer.sign({u"DescribeRegions"_s}, QUrl(u"https://vpc.aliyuncs.com"_s), sts,
            SignatureVersion::V1, method);
        QVERIFY(v1.stringToSign.contains("token%252Fwith"));
        QCOMPARE(v1.securityToken(), sts.securityToken);
        const QString shown = v1.redactedStringToSign();
        QVERIFY2(!shown.contains(u"token"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"SecurityToken%3DCAIS****cdef"_s), qPrintable(shown));
    }
}

void tst_Signing::signerDrawsFreshNoncePerRequest()
{
    const RequestSigner signer;
    const ApiCall call {u"DescribeRegions"_s};
    const Credentials credentials {u"id"_s, u"secret"_s, {}};
    const SignedRequest first = signer.sign(call, QUrl(u"https://vpc.aliyuncs.com"_s), credentials,
        SignatureVersion::V3);
    const SignedRequest second = signer.sign(call, QUrl(u"https://vpc.aliyuncs.com"_s), credentials,
        SignatureVersion::V3);
    QVERIFY(first.stringToSign != second.stringToSign);
}

void tst_Signing::randomNonceIsUuidV4()
{
    const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString nonce = RequestSigner::randomNonce();
        QVERIFY2(uuid.match(nonce).hasMatch(), qPrintable(nonce));
        seen.insert(nonce);
    }
    QCOMPARE(seen.size(), 1000);
}

QTEST_APPLESS_MAIN(tst_Signing)
#include "tst_signing.moc"
