// flowlog-emulator's options for its credential sources, on the built executable: the roles
// AssumeRole knows, the callers it refuses, the session and lifetime bounds, the metadata
// service's role and IMDS mode, the request log; the rate limit and the flow-log quota; and a bad
// value ends it with exit status 2.

#include "core/signing/requestsigner.h"
#include "support/emulatorprocess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString emulatorPath()
{
    return QString::fromUtf8(FLOWLOG_EMULATOR_PATH);
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    int retryAfter = -1; // x-acs-retry-after
    QString code() const { return json.value(u"Code"_s).toString(); }
};

} // namespace

class tst_EmulatorOptions : public QObject
{
    Q_OBJECT

private slots:
    void credentialSourceOptionsTakeEffect();
    void denyAssumeRefusesThatCaller();
    void rateLimitAndQuotaTakeEffect();
    void badOptionValuesEndWithStatus2_data();
    void badOptionValuesEndWithStatus2();

private:
    Reply send(const QByteArray &method, const QUrl &url, const HeaderList &headers = {}, const QByteArray &body = {});
    Reply assume(const QString &endpoint, const QString &roleArn, const QString &duration = {});

    QNetworkAccessManager m_network;
};

Reply tst_EmulatorOptions::send(const QByteArray &method, const QUrl &url, const HeaderList &headers,
    const QByteArray &body)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    Reply answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}, -1};
    answer.json = QJsonDocument::fromJson(answer.body).object();
    if (reply->hasRawHeader("x-acs-retry-after"))
        answer.retryAfter = reply->rawHeader("x-acs-retry-after").toInt();
    reply->deleteLater();
    return answer;
}

Reply tst_EmulatorOptions::assume(const QString &endpoint, const QString &roleArn, const QString &duration)
{
    QueryParameters parameters {{u"RoleArn"_s, roleArn}, {u"RoleSessionName"_s, u"e2e-session"_s}};
    if (!duration.isEmpty())
        parameters.append({u"DurationSeconds"_s, duration});
    const SignedRequest signedRequest = RequestSigner().sign({u"AssumeRole"_s, u"2015-04-01"_s, parameters},
        QUrl(endpoint), Credentials::sandbox(), SignatureVersion::V1, "POST");
    return send(signedRequest.method, signedRequest.url, signedRequest.headers, signedRequest.body);
}

void tst_EmulatorOptions::credentialSourceOptionsTakeEffect()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"requests.jsonl"_s);
    const QString role = u"acs:ram::4200000000000042:role/e2e-operator"_s;
    EmulatorProcess emulator(emulatorPath(),
        {u"--assumable-role"_s, role, u"--max-session-duration"_s, u"7200"_s, u"--sts-lifetime"_s, u"2"_s,
            u"--ecs-role"_s, u"e2e-instance-role"_s, u"--imds-v2-only"_s, u"--request-log"_s, log});
    QVERIFY2(emulator.isListening(), emulator.error().constData());

    QCOMPARE(assume(emulator.url(), u"acs:ram::1234567890123456:role/flowlog-operator"_s).code(),
        u"EntityNotExist.Role"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Reply assumed = assume(emulator.url(), role, u"7200"_s);
    QCOMPARE(assumed.status, 200);
    const QString expiration = assumed.json.value(u"Credentials"_s).toObject().value(u"Expiration"_s).toString();
    QVERIFY(QDateTime::fromString(expiration, Qt::ISODate).toMSecsSinceEpoch() <= now + 3000);
    QCOMPARE(assume(emulator.url(), role, u"7201"_s).code(), u"InvalidParameter.DurationSeconds"_s);

    const QUrl roles(emulator.url() + u"/latest/meta-data/ram/security-credentials/"_s);
    QCOMPARE(send("GET", roles).status, 401);
    const Reply token = send("PUT", QUrl(emulator.url() + u"/latest/api/token"_s),
        {{"X-aliyun-ecs-metadata-token-ttl-seconds", "60"}});
    QCOMPARE(token.status, 200);
    QCOMPARE(send("GET", roles, {{"x-aliyun-ecs-metadata-token", token.body}}).body, QByteArray("e2e-instance-role"));

    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value(u"accessKeyId"_s).toString(), Credentials::sandbox().accessKeyId);
    QCOMPARE(first.value(u"code"_s).toString(), u"EntityNotExist.Role"_s);
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(u"code"_s).toString(), u"200"_s);
}

void tst_EmulatorOptions::denyAssumeRefusesThatCaller()
{
    EmulatorProcess emulator(emulatorPath(), {u"--deny-assume"_s, Credentials::sandbox().accessKeyId});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    const Reply refused = assume(emulator.url(), u"acs:ram::1234567890123456:role/flowlog-operator"_s);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), u"NoPermission"_s);
}

// Two tokens a second and room for one flow log: the second create is refused by the quota (it
// reached the action, so it took a token), the third by the flow control.
void tst_EmulatorOptions::rateLimitAndQuotaTakeEffect()
{
    EmulatorProcess emulator(emulatorPath(), {u"--rate-limit"_s, u"2/s"_s, u"--quota"_s, u"1"_s});
    QVERIFY2(emulator.isListening(), emulator.error().constData());
    const auto create = [this, &emulator] {
        const QueryParameters parameters {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"ResourceType"_s, u"VPC"_s},
            {u"ResourceId"_s, u"vpc-bp1emulatoroptions00001"_s}, {u"TrafficType"_s, u"All"_s},
            {u"ProjectName"_s, u"p"_s}, {u"LogStoreName"_s, u"l"_s}};
        const SignedRequest signedRequest = RequestSigner().sign({u"CreateFlowLog"_s, u"2016-04-28"_s, parameters},
            QUrl(emulator.url()), Credentials::sandbox(), SignatureVersion::V1, "POST");
        return send(signedRequest.method, signedRequest.url, signedRequest.headers, signedRequest.body);
    };
    QCOMPARE(create().status, 200);
    QCOMPARE(create().code(), u"OperationFailed.ExceedPurchaseLimit"_s);
    const Reply throttled = create();
    QCOMPARE(throttled.code(), u"Throttling.User"_s);
    QVERIFY(throttled.retryAfter > 0 && throttled.retryAfter <= 500);
}

void tst_EmulatorOptions::badOptionValuesEndWithStatus2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("lifetime 0") << QStringList {u"--sts-lifetime"_s, u"0"_s} << u"--sts-lifetime"_s;
    QTest::newRow("lifetime text") << QStringList {u"--sts-lifetime"_s, u"1h"_s} << u"--sts-lifetime"_s;
    QTest::newRow("session 899") << QStringList {u"--max-session-duration"_s, u"899"_s} << u"--max-session-duration"_s;
    QTest::newRow("both IMDS modes") << QStringList {u"--imds-v1-only"_s, u"--imds-v2-only"_s} << u"exclude"_s;
    QTest::newRow("rate text") << QStringList {u"--rate-limit"_s, u"fast"_s} << u"--rate-limit expects"_s;
    QTest::newRow("rate negative") << QStringList {u"--rate-limit=-5/s"_s} << u"--rate-limit expects"_s;
    QTest::newRow("rate per minute") << QStringList {u"--rate-limit"_s, u"5/min"_s} << u"--rate-limit expects"_s;
    QTest::newRow("quota negative") << QStringList {u"--quota=-1"_s} << u"--quota"_s;
    QTest::newRow("quota text") << QStringList {u"--quota"_s, u"ten"_s} << u"--quota"_s;
    QTest::newRow("log in a missing folder") << QStringList {u"--request-log"_s, u"/nonexistent/dir/log"_s}
                                             << u"request log"_s;
}

void tst_EmulatorOptions::badOptionValuesEndWithStatus2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(emulatorPath(), QStringList {u"--listen"_s, u"127.0.0.1:0"_s} + arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(process.readAllStandardError()).contains(message), qPrintable(message));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(tst_EmulatorOptions)
#include "tst_emulatoroptions.moc"
