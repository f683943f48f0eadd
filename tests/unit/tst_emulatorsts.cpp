#include "core/signing/requestsigner.h"
#include "emulator/vpcemulator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString stsVersion = u"2015-04-01"_s;

struct Response
{
    int status = 0;
    QByteArray body = {};
    QJsonObject json = {};

    QString code() const { return json.value(u"Code"_s).toString(); }
    QJsonObject credentialsObject() const { return json.value(u"Credentials"_s).toObject(); }
    // The credentials of an AssumeRole answer, or of a metadata/URI answer (flat).
    Credentials credentials() const
    {
        const QJsonObject object = json.contains(u"Credentials"_s) ? credentialsObject() : json;
        return {object.value(u"AccessKeyId"_s).toString(), object.value(u"AccessKeySecret"_s).toString(),
            object.value(u"SecurityToken"_s).toString()};
    }
    qint64 expirationMs() const
    {
        const QJsonObject object = json.contains(u"Credentials"_s) ? credentialsObject() : json;
        return QDateTime::fromString(object.value(u"Expiration"_s).toString(), Qt::ISODate).toMSecsSinceEpoch();
    }
};

QueryParameters assumeParameters(const QString &roleArn = VpcEmulator::defaultAssumableRole())
{
    return {{u"RoleArn"_s, roleArn}, {u"RoleSessionName"_s, u"flowlog-test"_s}};
}

QueryParameters with(QueryParameters parameters, const QString &name, const QString &value)
{
    parameters.removeIf([&name](const auto &parameter) { return parameter.first == name; });
    if (!value.isNull())
        parameters.append({name, value});
    return parameters;
}

const QRegularExpression expirationPattern(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);

} // namespace

class tst_EmulatorSts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void assumeRoleAnswersAsStsDoes_data();
    void assumeRoleAnswersAsStsDoes();
    void assumeRoleChecksItsParameters_data();
    void assumeRoleChecksItsParameters();
    void assumeRoleVerifiesTheCallersSignature();
    void deniedCallerGetsNoPermission();
    void assumableRolesAreConfigurable();
    void otherStsActionIsNotFound();
    void temporaryCredentialsSignVpcCalls_data();
    void temporaryCredentialsSignVpcCalls();
    void temporaryCredentialsNeedTheirOwnToken_data();
    void temporaryCredentialsNeedTheirOwnToken();
    void temporaryCredentialsExpire();
    void lifetimeCapShortensDuration();
    void temporaryCallerCanAssumeAgain();
    void requestLogNamesTheSignerButNoSecret();
    void imdsV2TokenThenRoleThenCredentials();
    void imdsRejectsBadTokensAndTtls();
    void imdsV1OnlyHasNoTokens();
    void imdsV2OnlyNeedsAToken();
    void imdsUnknownRoleIsNotFound();
    void imdsKeepsCredentialsUntilHalfTheirLifetime();
    void credentialsUriAnswersCredentials();
    void credentialsUriFailsOnRequest_data();
    void credentialsUriFailsOnRequest();

private:
    Response send(const SignedRequest &request);
    Response signedCall(const QString &action, const QString &version, const QueryParameters &parameters,
        const Credentials &credentials = VpcEmulator::defaultAccount(), SignatureVersion signature = SignatureVersion::V1,
        const QByteArray &method = "POST");
    Response assume(const QueryParameters &parameters = assumeParameters(),
        const Credentials &caller = VpcEmulator::defaultAccount());
    Response describeRegions(const Credentials &credentials, SignatureVersion signature = SignatureVersion::V1);
    Response plain(const QByteArray &method, const QString &path, const HeaderList &headers = {});
    QString imdsToken(int ttlSeconds = 60);

    std::unique_ptr<VpcEmulator> m_emulator;
    QNetworkAccessManager m_network;
};

void tst_EmulatorSts::init()
{
    m_emulator = std::make_unique<VpcEmulator>();
    QVERIFY(m_emulator->start(QHostAddress::LocalHost, 0));
    m_network.clearConnectionCache();
}

void tst_EmulatorSts::cleanup()
{
    m_emulator.reset();
}

Response tst_EmulatorSts::send(const SignedRequest &signedRequest)
{
    QNetworkRequest request(signedRequest.url);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, signedRequest.method, signedRequest.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    reply->deleteLater();
    return response;
}

Response tst_EmulatorSts::signedCall(const QString &action, const QString &version, const QueryParameters &parameters,
    const Credentials &credentials, SignatureVersion signature, const QByteArray &method)
{
    return send(RequestSigner().sign({action, version, parameters}, m_emulator->serverUrl(), credentials, signature, method));
}

Response tst_EmulatorSts::assume(const QueryParameters &parameters, const Credentials &caller)
{
    return signedCall(u"AssumeRole"_s, stsVersion, parameters, caller);
}

Response tst_EmulatorSts::describeRegions(const Credentials &credentials, SignatureVersion signature)
{
    return signedCall(u"DescribeRegions"_s, u"2016-04-28"_s, {}, credentials, signature, "GET");
}

Response tst_EmulatorSts::plain(const QByteArray &method, const QString &path, const HeaderList &headers)
{
    QUrl url = m_emulator->serverUrl();
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    SignedRequest request;
    request.method = method;
    request.url = url;
    request.headers = headers;
    return send(request);
}

QString tst_EmulatorSts::imdsToken(int ttlSeconds)
{
    const Response token = plain("PUT", u"/latest/api/token"_s,
        {{"X-aliyun-ecs-metadata-token-ttl-seconds", QByteArray::number(ttlSeconds)}});
    return token.status == 200 ? QString::fromLatin1(token.body) : QString();
}

void tst_EmulatorSts::assumeRoleAnswersAsStsDoes_data()
{
    QTest::addColumn<SignatureVersion>("signature");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("v1 GET, parameters in the query") << SignatureVersion::V1 << QByteArray("GET");
    QTest::newRow("v1 POST, parameters in a form body") << SignatureVersion::V1 << QByteArray("POST");
    QTest::newRow("V3 POST") << SignatureVersion::V3 << QByteArray("POST");
}

void tst_EmulatorSts::assumeRoleAnswersAsStsDoes()
{
    QFETCH(SignatureVersion, signature);
    QFETCH(QByteArray, method);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Response response = signedCall(u"AssumeRole"_s, stsVersion, assumeParameters(),
        VpcEmulator::defaultAccount(), signature, method);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.keys(), (QStringList {u"AssumedRoleUser"_s, u"Credentials"_s, u"RequestId"_s}));
    const QJsonObject user = response.json.value(u"AssumedRoleUser"_s).toObject();
    QCOMPARE(user.keys(), (QStringList {u"Arn"_s, u"AssumedRoleId"_s}));
    QCOMPARE(user.value(u"Arn"_s).toString(), u"acs:ram::1234567890123456:assumed-role/flowlog-operator/flowlog-test"_s);
    QVERIFY(QRegularExpression(u"^\\d{17}:flowlog-test$"_s).match(user.value(u"AssumedRoleId"_s).toString()).hasMatch());
    const QJsonObject credentials = response.credentialsObject();
    QCOMPARE(credentials.keys(),
        (QStringList {u"AccessKeyId"_s, u"AccessKeySecret"_s, u"Expiration"_s, u"SecurityToken"_s}));
    QVERIFY(credentials.value(u"AccessKeyId"_s).toString().startsWith(u"STS."_s));
    QVERIFY(!credentials.value(u"AccessKeySecret"_s).toString().isEmpty());
    QVERIFY(credentials.value(u"SecurityToken"_s).toString().size() > 100);
    QVERIFY(expirationPattern.match(credentials.value(u"Expiration"_s).toString()).hasMatch());
    // Default DurationSeconds: 3600, counted from the next whole second.
    QVERIFY(response.expirationMs() >= before + 3600 * 1000);
    QVERIFY(response.expirationMs() <= QDateTime::currentMSecsSinceEpoch() + 3601 * 1000);
}

void tst_EmulatorSts::assumeRoleChecksItsParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: the parameter is left out
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // empty: accepted
    const QString roleArn = u"RoleArn"_s;
    const QString session = u"RoleSessionName"_s;
    const QString duration = u"DurationSeconds"_s;
    QTest::newRow("RoleArn missing") << roleArn << QString() << 400 << u"MissingParameter.RoleArn"_s;
    QTest::newRow("RoleArn of a user") << roleArn << u"acs:ram::1234567890123456:user/alice"_s << 400
                                       << u"InvalidParameter.RoleArn"_s;
    QTest::newRow("RoleArn without digits") << roleArn << u"acs:ram::abc:role/flowlog-operator"_s << 400
                                            << u"InvalidParameter.RoleArn"_s;
    QTest::newRow("RoleArn without a name") << roleArn << u"acs:ram::1234567890123456:role/"_s << 400
                                            << u"InvalidParameter.RoleArn"_s;
    QTest::newRow("RoleArn unknown role") << roleArn << u"acs:ram::1234567890123456:role/nobody"_s << 404
                                          << u"EntityNotExist.Role"_s;
    QTest::newRow("RoleArn other account") << roleArn << u"acs:ram::999:role/flowlog-operator"_s << 404
                                           << u"EntityNotExist.Role"_s;
    QTest::newRow("RoleArn name in upper case") << roleArn << u"acs:ram::1234567890123456:role/FlowLog-Operator"_s
                                                << 200 << QString();
    QTest::newRow("session missing") << session << QString() << 400 << u"MissingParameter.RoleSessionName"_s;
    QTest::newRow("session 1 char") << session << u"a"_s << 400 << u"InvalidParameter.RoleSessionName"_s;
    QTest::newRow("session 2 chars") << session << u"ab"_s << 200 << QString();
    QTest::newRow("session 64 chars") << session << QString(64, u'x') << 200 << QString();
    QTest::newRow("session 65 chars") << session << QString(65, u'x') << 400 << u"InvalidParameter.RoleSessionName"_s;
    QTest::newRow("session all allowed") << session << u"a.b@c_d-E9"_s << 200 << QString();
    QTest::newRow("session star") << session << u"abc*abc"_s << 400 << u"InvalidParameter.RoleSessionName"_s;
    QTest::newRow("session Chinese") << session << u"忍者神龟"_s << 400 << u"InvalidParameter.RoleSessionName"_s;
    QTest::newRow("duration 899") << duration << u"899"_s << 400 << u"InvalidParameter.DurationSeconds"_s;
    QTest::newRow("duration 900") << duration << u"900"_s << 200 << QString();
    QTest::newRow("duration 3600") << duration << u"3600"_s << 200 << QString();
    QTest::newRow("duration 3601") << duration << u"3601"_s << 400 << u"InvalidParameter.DurationSeconds"_s;
    QTest::newRow("duration text") << duration << u"1h"_s << 400 << u"InvalidParameter.DurationSeconds"_s;
    QTest::newRow("duration negative") << duration << u"-900"_s << 400 << u"InvalidParameter.DurationSeconds"_s;
    QTest::newRow("policy ok") << u"Policy"_s
                               << u"{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"vpc:*\","
                                  "\"Resource\":\"*\"}]}"_s
                               << 200 << QString();
    QTest::newRow("policy not JSON") << u"Policy"_s << u"allow everything"_s << 400 << u"InvalidParameter.PolicyGrammar"_s;
    QTest::newRow("policy too long") << u"Policy"_s << QString(2049, u' ') << 400 << u"InvalidParameter.PolicySize"_s;
    QTest::newRow("external id ok") << u"ExternalId"_s << u"abcd-1234:x/y"_s << 200 << QString();
    QTest::newRow("external id 1 char") << u"ExternalId"_s << u"a"_s << 400 << u"InvalidParameter.ExternalId"_s;
    QTest::newRow("external id space") << u"ExternalId"_s << u"a b"_s << 400 << u"InvalidParameter.ExternalId"_s;
}

void tst_EmulatorSts::assumeRoleChecksItsParameters()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Response response = assume(with(assumeParameters(), name, value));
    QCOMPARE(response.code(), code);
    QCOMPARE(response.status, status);
    if (!code.isEmpty())
        QVERIFY(!response.json.value(u"Message"_s).toString().isEmpty());
}

void tst_EmulatorSts::assumeRoleVerifiesTheCallersSignature()
{
    Credentials wrong = VpcEmulator::defaultAccount();
    wrong.accessKeySecret = u"not-the-secret"_s;
    QCOMPARE(assume(assumeParameters(), wrong).code(), u"SignatureDoesNotMatch"_s);
    const Response unknown = assume(assumeParameters(), {u"no-such-key"_s, u"secret"_s, {}});
    QCOMPARE(unknown.code(), u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(unknown.status, 404);
}

void tst_EmulatorSts::deniedCallerGetsNoPermission()
{
    m_emulator->setDeniedAssumers({VpcEmulator::defaultAccount().accessKeyId});
    const Response response = assume();
    QCOMPARE(response.status, 403);
    QCOMPARE(response.code(), u"NoPermission"_s);
    // A malformed request is still told what is wrong with it first.
    QCOMPARE(assume(with(assumeParameters(), u"RoleSessionName"_s, u"x"_s)).code(),
        u"InvalidParameter.RoleSessionName"_s);
}

void tst_EmulatorSts::assumableRolesAreConfigurable()
{
    const QString other = u"acs:ram::200000000000001:role/auditor"_s;
    m_emulator->setAssumableRoles({other});
    QCOMPARE(assume().code(), u"EntityNotExist.Role"_s);
    const Response response = assume(assumeParameters(other));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(u"AssumedRoleUser"_s).toObject().value(u"Arn"_s).toString(),
        u"acs:ram::200000000000001:assumed-role/auditor/flowlog-test"_s);
}

void tst_EmulatorSts::otherStsActionIsNotFound()
{
    const Response response = signedCall(u"GetCallerIdentity"_s, stsVersion, {});
    QCOMPARE(response.status, 404);
    QCOMPARE(response.code(), u"InvalidAction.NotFound"_s);
    QCOMPARE(signedCall(u"AssumeRole"_s, u"2016-04-28"_s, assumeParameters()).code(), u"InvalidAction.NotFound"_s);
}

void tst_EmulatorSts::temporaryCredentialsSignVpcCalls_data()
{
    QTest::addColumn<SignatureVersion>("signature");
    QTest::newRow("v1") << SignatureVersion::V1;
    QTest::newRow("V3") << SignatureVersion::V3;
}

void tst_EmulatorSts::temporaryCredentialsSignVpcCalls()
{
    QFETCH(SignatureVersion, signature);
    const Credentials temporary = assume().credentials();
    QVERIFY(temporary.isSts());
    QSignalSpy received(m_emulator.get(), &VpcEmulator::requestReceived);
    const Response response = describeRegions(temporary, signature);
    QCOMPARE(response.status, 200);
    QCOMPARE(received.count(), 1);
    const auto observed = received.first().first().value<ObservedRequest>();
    QCOMPARE(observed.accessKeyId, temporary.accessKeyId);
    QCOMPARE(observed.securityToken, temporary.securityToken);
    QVERIFY(observed.temporaryCredentials);
    QCOMPARE(observed.accountId, VpcEmulator::sandboxAccountId());
}

void tst_EmulatorSts::temporaryCredentialsNeedTheirOwnToken_data()
{
    QTest::addColumn<SignatureVersion>("signature");
    QTest::addColumn<QString>("token"); // "other": the token of another issued credential
    QTest::addColumn<QString>("code");
    for (const SignatureVersion signature : {SignatureVersion::V1, SignatureVersion::V3}) {
        const QByteArray tag = SignatureVersions::name(signature).toLatin1();
        QTest::addRow("%s: no token", tag.constData()) << signature << QString() << u"InvalidSecurityToken.Malformed"_s;
        QTest::addRow("%s: token never issued", tag.constData())
            << signature << u"CAISnot-a-token"_s << u"InvalidSecurityToken.Malformed"_s;
        QTest::addRow("%s: token of another AccessKey", tag.constData())
            << signature << u"other"_s << u"InvalidSecurityToken.MismatchWithAccessKey"_s;
    }
}

void tst_EmulatorSts::temporaryCredentialsNeedTheirOwnToken()
{
    QFETCH(SignatureVersion, signature);
    QFETCH(QString, token);
    QFETCH(QString, code);
    Credentials temporary = assume().credentials();
    const Credentials other = assume().credentials();
    QVERIFY(other.isSts());
    temporary.securityToken = token == u"other"_s ? other.securityToken : token;
    const Response response = describeRegions(temporary, signature);
    QCOMPARE(response.code(), code);
    QCOMPARE(response.status, 400);
}

void tst_EmulatorSts::temporaryCredentialsExpire()
{
    m_emulator->setStsLifetimeCap(1);
    const Response assumed = assume();
    const Credentials temporary = assumed.credentials();
    QVERIFY(assumed.expirationMs() <= QDateTime::currentMSecsSinceEpoch() + 2000);
    QCOMPARE(describeRegions(temporary).status, 200);
    QTest::qWait(int(qMax<qint64>(0, assumed.expirationMs() - QDateTime::currentMSecsSinceEpoch())) + 50);
    for (const SignatureVersion signature : {SignatureVersion::V1, SignatureVersion::V3}) {
        const Response expired = describeRegions(temporary, signature);
        QCOMPARE(expired.code(), u"InvalidSecurityToken.Expired"_s);
        QCOMPARE(expired.status, 400);
    }
    // A refresh gives credentials that work again.
    QCOMPARE(describeRegions(assume().credentials()).status, 200);
}

void tst_EmulatorSts::lifetimeCapShortensDuration()
{
    m_emulator->setStsLifetimeCap(5);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expiration = assume(with(assumeParameters(), u"DurationSeconds"_s, u"3600"_s)).expirationMs();
    QVERIFY2(expiration >= now + 5000 && expiration <= now + 6000, qPrintable(QString::number(expiration - now)));
    // The cap does not widen what DurationSeconds accepts.
    QCOMPARE(assume(with(assumeParameters(), u"DurationSeconds"_s, u"5"_s)).code(), u"InvalidParameter.DurationSeconds"_s);
}

void tst_EmulatorSts::temporaryCallerCanAssumeAgain()
{
    Credentials first = assume().credentials();
    const Response chained = assume(assumeParameters(), first);
    QCOMPARE(chained.status, 200);
    QSignalSpy received(m_emulator.get(), &VpcEmulator::requestReceived);
    QCOMPARE(describeRegions(chained.credentials()).status, 200);
    QCOMPARE(received.first().first().value<ObservedRequest>().accountId, VpcEmulator::sandboxAccountId());
    first.securityToken.clear();
    QCOMPARE(assume(assumeParameters(), first).code(), u"InvalidSecurityToken.Malformed"_s);
}

void tst_EmulatorSts::requestLogNamesTheSignerButNoSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"requests.jsonl"_s);
    QVERIFY(m_emulator->setRequestLog(path));
    const Credentials temporary = assume().credentials();
    QCOMPARE(describeRegions(temporary, SignatureVersion::V3).status, 200);
    QCOMPARE(plain("GET", u"/credentials-uri"_s).status, 200);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject assumeLine = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(assumeLine.value(u"action"_s).toString(), u"AssumeRole"_s);
    QCOMPARE(assumeLine.value(u"accessKeyId"_s).toString(), VpcEmulator::defaultAccount().accessKeyId);
    QCOMPARE(assumeLine.value(u"securityToken"_s).toBool(), false);
    const QJsonObject vpcLine = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(vpcLine.value(u"action"_s).toString(), u"DescribeRegions"_s);
    QCOMPARE(vpcLine.value(u"accessKeyId"_s).toString(), temporary.accessKeyId);
    QCOMPARE(vpcLine.value(u"securityToken"_s).toBool(), true);
    QCOMPARE(vpcLine.value(u"temporary"_s).toBool(), true);
    QCOMPARE(vpcLine.value(u"signatureVersion"_s).toString(), u"v3"_s);
    QCOMPARE(vpcLine.value(u"account"_s).toString(), VpcEmulator::sandboxAccountId());
    QCOMPARE(vpcLine.value(u"code"_s).toString(), u"OK"_s);
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(u"path"_s).toString(), u"/credentials-uri"_s);
    QVERIFY(!text.contains(temporary.accessKeySecret.toUtf8()));
    QVERIFY(!text.contains(temporary.securityToken.toUtf8()));
    QVERIFY(!text.contains(temporary.securityToken.left(24).toUtf8()));
    QVERIFY(!text.contains(VpcEmulator::defaultAccount().accessKeySecret.toUtf8()));
}

void tst_EmulatorSts::imdsV2TokenThenRoleThenCredentials()
{
    const QString token = imdsToken(21600);
    QVERIFY(!token.isEmpty());
    const HeaderList withToken {{"x-aliyun-ecs-metadata-token", token.toLatin1()}};
    const Response role = plain("GET", u"/latest/meta-data/ram/security-credentials/"_s, withToken);
    QCOMPARE(role.status, 200);
    QCOMPARE(role.body, QByteArray("flowlog-ecs-role"));
    const Response credentials
        = plain("GET", u"/latest/meta-data/ram/security-credentials/flowlog-ecs-role"_s, withToken);
    QCOMPARE(credentials.status, 200);
    QCOMPARE(credentials.json.keys(), (QStringList {u"AccessKeyId"_s, u"AccessKeySecret"_s, u"Code"_s,
                                          u"Expiration"_s, u"LastUpdated"_s, u"SecurityToken"_s}));
    QCOMPARE(credentials.code(), u"Success"_s);
    QVERIFY(expirationPattern.match(credentials.json.value(u"Expiration"_s).toString()).hasMatch());
    QVERIFY(expirationPattern.match(credentials.json.value(u"LastUpdated"_s).toString()).hasMatch());
    QVERIFY(credentials.credentials().accessKeyId.startsWith(u"STS."_s));
    QCOMPARE(describeRegions(credentials.credentials()).status, 200);
    // v1: the same without a token.
    QCOMPARE(plain("GET", u"/latest/meta-data/ram/security-credentials/"_s).body, QByteArray("flowlog-ecs-role"));
}

void tst_EmulatorSts::imdsRejectsBadTokensAndTtls()
{
    QCOMPARE(plain("PUT", u"/latest/api/token"_s).status, 400);
    QCOMPARE(imdsToken(0), QString());
    QCOMPARE(imdsToken(21601), QString());
    QCOMPARE(plain("GET", u"/latest/api/token"_s).status, 405);
    const Response forged = plain("GET", u"/latest/meta-data/ram/security-credentials/"_s,
        {{"x-aliyun-ecs-metadata-token", "forged-token"}});
    QCOMPARE(forged.status, 401);
    const QString shortLived = imdsToken(1);
    QVERIFY(!shortLived.isEmpty());
    QTest::qWait(1100);
    QCOMPARE(plain("GET", u"/latest/meta-data/ram/security-credentials/"_s,
                 {{"x-aliyun-ecs-metadata-token", shortLived.toLatin1()}})
                 .status,
        401);
}

void tst_EmulatorSts::imdsV1OnlyHasNoTokens()
{
    m_emulator->setImdsMode(MetadataService::ImdsMode::V1Only);
    QCOMPARE(plain("PUT", u"/latest/api/token"_s, {{"X-aliyun-ecs-metadata-token-ttl-seconds", "21600"}}).status, 404);
    const Response credentials = plain("GET", u"/latest/meta-data/ram/security-credentials/flowlog-ecs-role"_s);
    QCOMPARE(credentials.status, 200);
    QCOMPARE(describeRegions(credentials.credentials()).status, 200);
}

void tst_EmulatorSts::imdsV2OnlyNeedsAToken()
{
    m_emulator->setImdsMode(MetadataService::ImdsMode::V2Only);
    QCOMPARE(plain("GET", u"/latest/meta-data/ram/security-credentials/"_s).status, 401);
    QCOMPARE(plain("GET", u"/latest/meta-data/ram/security-credentials/flowlog-ecs-role"_s).status, 401);
    const QByteArray token = imdsToken().toLatin1();
    QCOMPARE(plain("GET", u"/latest/meta-data/ram/security-credentials/flowlog-ecs-role"_s,
                 {{"x-aliyun-ecs-metadata-token", token}})
                 .status,
        200);
}

void tst_EmulatorSts::imdsUnknownRoleIsNotFound()
{
    m_emulator->setEcsRoleName(u"instance-role"_s);
    QCOMPARE(plain("GET", u"/latest/meta-data/ram/security-credentials/"_s).body, QByteArray("instance-role"));
    QCOMPARE(plain("GET", u"/latest/meta-data/ram/security-credentials/flowlog-ecs-role"_s).status, 404);
    QCOMPARE(plain("GET", u"/latest/meta-data/ram/security-credentials/instance-role"_s).status, 200);
    QCOMPARE(plain("GET", u"/latest/meta-data/instance-id"_s).status, 404);
}

void tst_EmulatorSts::imdsKeepsCredentialsUntilHalfTheirLifetime()
{
    m_emulator->setStsLifetimeCap(2);
    const QString path = u"/latest/meta-data/ram/security-credentials/flowlog-ecs-role"_s;
    const Response first = plain("GET", path);
    QCOMPARE(plain("GET", path).credentials().accessKeyId, first.credentials().accessKeyId);
    QTest::qWait(int(qMax<qint64>(0, first.expirationMs() - QDateTime::currentMSecsSinceEpoch())) + 50);
    const Response later = plain("GET", path);
    QVERIFY(later.credentials().accessKeyId != first.credentials().accessKeyId);
    QCOMPARE(describeRegions(later.credentials()).status, 200);
    QCOMPARE(describeRegions(first.credentials()).code(), u"InvalidSecurityToken.Expired"_s);
}

void tst_EmulatorSts::credentialsUriAnswersCredentials()
{
    const Response response = plain("GET", u"/credentials-uri?role=uri-role"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.keys(),
        (QStringList {u"AccessKeyId"_s, u"AccessKeySecret"_s, u"Code"_s, u"Expiration"_s, u"SecurityToken"_s}));
    QCOMPARE(response.code(), u"Success"_s);
    QCOMPARE(describeRegions(response.credentials(), SignatureVersion::V3).status, 200);
    QVERIFY(plain("GET", u"/credentials-uri"_s).credentials().accessKeyId != response.credentials().accessKeyId);
    QCOMPARE(plain("POST", u"/credentials-uri"_s).status, 405);
}

void tst_EmulatorSts::credentialsUriFailsOnRequest_data()
{
    QTest::addColumn<QString>("fail");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // empty: the body is not JSON
    QTest::newRow("fail=1") << u"1"_s << 200 << u"Failure"_s;
    QTest::newRow("fail=code") << u"code"_s << 200 << u"Failure"_s;
    QTest::newRow("fail=garbage") << u"garbage"_s << 200 << QString();
    QTest::newRow("fail=http") << u"http"_s << 500 << u"InternalError"_s;
}

void tst_EmulatorSts::credentialsUriFailsOnRequest()
{
    QFETCH(QString, fail);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Response response = plain("GET", u"/credentials-uri?fail="_s + fail);
    QCOMPARE(response.status, status);
    QCOMPARE(response.code(), code);
    QVERIFY(!response.json.contains(u"AccessKeyId"_s));
    if (code.isEmpty())
        QVERIFY(QJsonDocument::fromJson(response.body).isNull());
}

QTEST_GUILESS_MAIN(tst_EmulatorSts)
#include "tst_emulatorsts.moc"
