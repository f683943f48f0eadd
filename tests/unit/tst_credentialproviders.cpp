#include "core/api/apiclient.h"
#include "core/config/aliyunprofileproviders.h"
#include "core/config/assumeroleprovider.h"
#include "core/config/commandline.h"
#include "core/config/credentialsuriprovider.h"
#include "core/config/ecsramroleprovider.h"
#include "core/config/externalprocessprovider.h"
#include "core/config/profilemode.h"
#include "emulator/vpcemulator.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A provider whose fetches the test answers by hand, on a clock the test moves.
class ManualProvider final : public RenewingCredentialProvider
{
public:
    explicit ManualProvider(QDateTime *now)
        : RenewingCredentialProvider([now] { return *now; })
    {
    }
    void answer(const CredentialAnswer &answer) { std::exchange(m_pending, {})(answer); }
    bool isFetching() const { return bool(m_pending); }

protected:
    void fetch(FetchDone done) override { m_pending = std::move(done); }

private:
    FetchDone m_pending;
};

CredentialAnswer temporary(const QString &id, const QDateTime &expiration)
{
    CredentialAnswer answer;
    answer.credentials = {id, u"tempSECRET"_s + id, u"tempTOKEN"_s + id};
    answer.expiration = expiration;
    return answer;
}

// Asks the provider once and waits for the answer.
CredentialAnswer ask(CredentialProvider &provider, int timeoutMs = 5000)
{
    std::optional<CredentialAnswer> answer;
    QObject context;
    provider.request(&context, [&answer](const CredentialAnswer &a) { answer = a; });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return answer.value_or(CredentialAnswer::failure(u"Test.Timeout"_s, u"no answer"_s));
}

QProcessEnvironment environmentOf(const QStringList &variables)
{
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    return environment;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content, bool executable = false)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class tst_CredentialProviders : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void modeNamesMatchIgnoringCase_data();
    void modeNamesMatchIgnoringCase();
    void commandLineSplitsLikeTheCli_data();
    void commandLineSplitsLikeTheCli();

    void renewalStartsAtTheThreshold_data();
    void renewalStartsAtTheThreshold();
    void concurrentRequestsShareOneFetch();
    void renewalNearExpiryIsSharedToo();
    void failedFetchIsAnsweredToEveryWaiterAndNotCached();
    void invalidateDropsOnlyTheRejectedCredentials();

    void assumeRoleGivesTemporaryCredentials();
    void assumeRoleFailuresAreExplained_data();
    void assumeRoleFailuresAreExplained();
    void expiredSourceTokenIsExplained();
    void chainAssumesWithTheSourceRole();
    void expiredAnswerRenewsAndSendsOnceMore();
    void credentialFailureEndsTheCallUnsent();

    void ecsRoleFromTheMetadataService_data();
    void ecsRoleFromTheMetadataService();
    void ecsRoleUnreachableIsToldWithinSeconds();
    void metadataOverrideIsHonouredOnlyForLoopback();

    void credentialsUri_data();
    void credentialsUri();

    void externalProcess_data();
    void externalProcess();
    void externalProcessTimesOut();

    void profilesAreCheckedWithoutContactingAnything_data();
    void profilesAreCheckedWithoutContactingAnything();
    void listingNeverRunsTheProcess();

private:
    std::unique_ptr<VpcEmulator> m_emulator;
};

void tst_CredentialProviders::init()
{
    m_emulator = std::make_unique<VpcEmulator>();
    m_emulator->setActivationDelay(0);
    QVERIFY(m_emulator->start());
}

void tst_CredentialProviders::modeNamesMatchIgnoringCase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ProfileMode>("mode");
    QTest::newRow("empty is AK") << QString() << ProfileMode::AK;
    QTest::newRow("ak") << u"ak"_s << ProfileMode::AK;
    QTest::newRow("ststoken") << u"ststoken"_s << ProfileMode::StsToken;
    QTest::newRow("RAMROLEARN") << u"RAMROLEARN"_s << ProfileMode::RamRoleArn;
    QTest::newRow("chainable") << u"chainableramrolearn"_s << ProfileMode::ChainableRamRoleArn;
    QTest::newRow("ecs") << u"EcsRamRole"_s << ProfileMode::EcsRamRole;
    QTest::newRow("uri") << u"credentialsuri"_s << ProfileMode::CredentialsUri;
    QTest::newRow("external") << u" External "_s << ProfileMode::External;
    QTest::newRow("oidc") << u"OIDC"_s << ProfileMode::Unsupported;
    QTest::newRow("cloudsso") << u"CloudSSO"_s << ProfileMode::Unsupported;
    QTest::newRow("bearer") << u"BearerToken"_s << ProfileMode::Unsupported;
    QTest::newRow("anonymous") << u"Anonymous"_s << ProfileMode::Unsupported;
}

void tst_CredentialProviders::modeNamesMatchIgnoringCase()
{
    QFETCH(QString, name);
    QFETCH(ProfileMode, mode);
    QCOMPARE(ProfileModes::parse(name), mode);
}

void tst_CredentialProviders::commandLineSplitsLikeTheCli_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << u"/bin/echo a  b"_s << QStringList {u"/bin/echo"_s, u"a"_s, u"b"_s} << true;
    QTest::newRow("double quotes") << u"cmd \"a b\" c"_s << QStringList {u"cmd"_s, u"a b"_s, u"c"_s} << true;
    QTest::newRow("single quotes literal") << u"cmd 'a \\\" b'"_s << QStringList {u"cmd"_s, u"a \\\" b"_s} << true;
    QTest::newRow("escaped quote in double") << u"cmd \"say \\\"hi\\\"\""_s
                                             << QStringList {u"cmd"_s, u"say \"hi\""_s} << true;
    QTest::newRow("backslash blank") << u"cmd a\\ b"_s << QStringList {u"cmd"_s, u"a b"_s} << true;
    QTest::newRow("empty argument") << u"cmd \"\" x"_s << QStringList {u"cmd"_s, QString(), u"x"_s} << true;
    QTest::newRow("joined quotes") << u"cmd a\"b c\"d"_s << QStringList {u"cmd"_s, u"ab cd"_s} << true;
    QTest::newRow("no shell") << u"cmd $(rm -rf x); y"_s
                              << QStringList {u"cmd"_s, u"$(rm"_s, u"-rf"_s, u"x);"_s, u"y"_s} << true;
    QTest::newRow("unterminated") << u"cmd \"a b"_s << QStringList {} << false;
    QTest::newRow("trailing backslash") << u"cmd a\\"_s << QStringList {} << false;
}

void tst_CredentialProviders::commandLineSplitsLikeTheCli()
{
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    const std::optional<QStringList> split = CommandLine::split(command);
    QCOMPARE(split.has_value(), ok);
    if (ok)
        QCOMPARE(*split, arguments);
}

void tst_CredentialProviders::renewalStartsAtTheThreshold_data()
{
    QTest::addColumn<int>("lifetimeSeconds");
    QTest::addColumn<int>("remainingSeconds");
    QTest::addColumn<bool>("renew");
    QTest::newRow("1 h, 181 s left") << 3600 << 181 << false;
    QTest::newRow("1 h, 180 s left") << 3600 << 180 << true;
    QTest::newRow("400 s, 101 s left") << 400 << 101 << false;
    QTest::newRow("400 s, 100 s left (a quarter)") << 400 << 100 << true;
    QTest::newRow("8 s, 3 s left") << 8 << 3 << false;
    QTest::newRow("8 s, 2 s left") << 8 << 2 << true;
    QTest::newRow("expired") << 3600 << -1 << true;
}

void tst_CredentialProviders::renewalStartsAtTheThreshold()
{
    QFETCH(int, lifetimeSeconds);
    QFETCH(int, remainingSeconds);
    QFETCH(bool, renew);
    const QDateTime obtained = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const QDateTime expiration = obtained.addSecs(lifetimeSeconds);
    QCOMPARE(RenewingCredentialProvider::needsRenewal(obtained, expiration, expiration.addSecs(-remainingSeconds)),
        renew);
    QVERIFY(!RenewingCredentialProvider::needsRenewal(obtained, QDateTime(), expiration.addYears(1)));
}

void tst_CredentialProviders::concurrentRequestsShareOneFetch()
{
    QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    ManualProvider provider(&now);
    QObject context;
    QList<CredentialAnswer> answers;
    for (int i = 0; i < 5; ++i)
        provider.request(&context, [&answers](const CredentialAnswer &a) { answers.append(a); });
    QTRY_VERIFY(provider.isFetching());
    QCOMPARE(provider.fetchCount(), 1);
    provider.answer(temporary(u"STS.one"_s, now.addSecs(3600)));
    QCOMPARE(answers.size(), 5);
    for (const CredentialAnswer &answer : std::as_const(answers))
        QCOMPARE(answer.credentials.accessKeyId, u"STS.one"_s);
    // Fresh: answered from memory.
    QCOMPARE(ask(provider).credentials.accessKeyId, u"STS.one"_s);
    QCOMPARE(provider.fetchCount(), 1);
    QCOMPARE(provider.cached()->accessKeyId, u"STS.one"_s);
}

void tst_CredentialProviders::renewalNearExpiryIsSharedToo()
{
    QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    ManualProvider provider(&now);
    QObject context;
    provider.request(&context, [](const CredentialAnswer &) {});
    QTRY_VERIFY(provider.isFetching());
    provider.answer(temporary(u"STS.one"_s, now.addSecs(3600)));
    now = now.addSecs(3600 - 180);
    QList<QString> ids;
    for (int i = 0; i < 3; ++i)
        provider.request(&context, [&ids](const CredentialAnswer &a) { ids.append(a.credentials.accessKeyId); });
    QTRY_VERIFY(provider.isFetching());
    QCOMPARE(provider.fetchCount(), 2);
    provider.answer(temporary(u"STS.two"_s, now.addSecs(3600)));
    QCOMPARE(ids, QList<QString>(3, u"STS.two"_s));
}

void tst_CredentialProviders::failedFetchIsAnsweredToEveryWaiterAndNotCached()
{
    QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    ManualProvider provider(&now);
    QObject context;
    QStringList codes;
    for (int i = 0; i < 2; ++i)
        provider.request(&context, [&codes](const CredentialAnswer &a) { codes.append(a.code); });
    QTRY_VERIFY(provider.isFetching());
    provider.answer(CredentialAnswer::failure(u"Test.Failed"_s, u"no"_s));
    QCOMPARE(codes, QStringList(2, u"Test.Failed"_s));
    QVERIFY(!provider.cached());
    provider.request(&context, [](const CredentialAnswer &) {});
    QTRY_VERIFY(provider.isFetching());
    QCOMPARE(provider.fetchCount(), 2);
}

void tst_CredentialProviders::invalidateDropsOnlyTheRejectedCredentials()
{
    QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    ManualProvider provider(&now);
    QObject context;
    provider.request(&context, [](const CredentialAnswer &) {});
    QTRY_VERIFY(provider.isFetching());
    const CredentialAnswer current = temporary(u"STS.current"_s, now.addSecs(3600));
    provider.answer(current);
    provider.invalidate(temporary(u"STS.older"_s, now).credentials); // renewed by another call already
    QVERIFY(provider.cached());
    provider.invalidate(current.credentials);
    QVERIFY(!provider.cached());
}

namespace {

AssumeRoleParameters roleOn(const QUrl &endpoint, const QString &arn = VpcEmulator::defaultAssumableRole())
{
    AssumeRoleParameters parameters;
    parameters.profile = u"role"_s;
    parameters.roleArn = arn;
    parameters.sessionName = u"flowlog-test"_s;
    parameters.endpoint = endpoint;
    return parameters;
}

std::shared_ptr<CredentialProvider> sandbox()
{
    return std::make_shared<StaticCredentialProvider>(VpcEmulator::defaultAccount());
}

} // namespace

void tst_CredentialProviders::assumeRoleGivesTemporaryCredentials()
{
    AssumeRoleProvider provider(sandbox(), roleOn(m_emulator->serverUrl()));
    const CredentialAnswer answer = ask(provider);
    QVERIFY2(answer.ok(), qPrintable(answer.message));
    QVERIFY(answer.credentials.accessKeyId.startsWith(u"STS."_s));
    QVERIFY(answer.credentials.isSts());
    QVERIFY(answer.expiration > QDateTime::currentDateTimeUtc().addSecs(3000));
    QVERIFY(provider.isTemporary());
}

void tst_CredentialProviders::assumeRoleFailuresAreExplained_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<bool>("denied");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown role") << u"acs:ram::1234567890123456:role/nobody"_s << false
                                  << QString(AssumeRoleProvider::refusedCode) << u"trust policy"_s;
    QTest::newRow("denied caller") << VpcEmulator::defaultAssumableRole() << true
                                   << QString(AssumeRoleProvider::refusedCode) << u"NoPermission"_s;
    QTest::newRow("bad arn at the server") << u"acs:ram::12:user/x"_s << false
                                           << QString(AssumeRoleProvider::badRoleArnCode) << u"acs:ram::"_s;
}

void tst_CredentialProviders::assumeRoleFailuresAreExplained()
{
    QFETCH(QString, arn);
    QFETCH(bool, denied);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    if (denied)
        m_emulator->setDeniedAssumers({VpcEmulator::defaultAccount().accessKeyId});
    AssumeRoleProvider provider(sandbox(), roleOn(m_emulator->serverUrl(), arn));
    const CredentialAnswer answer = ask(provider);
    QCOMPARE(answer.code, code);
    QVERIFY2(answer.message.contains(mentions), qPrintable(answer.message));
    QVERIFY(!answer.message.contains(VpcEmulator::defaultAccount().accessKeySecret));
}

void tst_CredentialProviders::expiredSourceTokenIsExplained()
{
    m_emulator->setStsLifetimeCap(1);
    AssumeRoleProvider first(sandbox(), roleOn(m_emulator->serverUrl()));
    const CredentialAnswer expired = ask(first);
    QVERIFY2(expired.ok(), qPrintable(expired.message));
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expired.expiration.addMSecs(200), 4000);
    AssumeRoleProvider second(std::make_shared<StaticCredentialProvider>(expired.credentials),
        roleOn(m_emulator->serverUrl()));
    const CredentialAnswer answer = ask(second);
    QCOMPARE(answer.code, QString(AssumeRoleProvider::sourceExpiredCode));
    QVERIFY(!answer.message.contains(expired.credentials.securityToken));
    QVERIFY(!answer.message.contains(expired.credentials.accessKeySecret));
}

void tst_CredentialProviders::chainAssumesWithTheSourceRole()
{
    auto source = std::make_shared<AssumeRoleProvider>(sandbox(), roleOn(m_emulator->serverUrl()));
    AssumeRoleProvider chained(source, roleOn(m_emulator->serverUrl()));
    const CredentialAnswer answer = ask(chained);
    QVERIFY2(answer.ok(), qPrintable(answer.message));
    QVERIFY(source->cached());
    QVERIFY(answer.credentials.accessKeyId != source->cached()->accessKeyId);
}

// The provider's clock runs 30 s behind: it believes its credentials fresh when the emulator has
// already expired them, so the call is answered InvalidSecurityToken.Expired and must renew.
void tst_CredentialProviders::expiredAnswerRenewsAndSendsOnceMore()
{
    m_emulator->setStsLifetimeCap(2);
    auto provider = std::make_shared<AssumeRoleProvider>(sandbox(), roleOn(m_emulator->serverUrl()),
        [] { return QDateTime::currentDateTimeUtc().addSecs(-30); });
    const CredentialAnswer first = ask(*provider);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > first.expiration.addMSecs(200), 4000);
    QCOMPARE(provider->cached()->accessKeyId, first.credentials.accessKeyId);

    QNetworkAccessManager network;
    ApiClient client(&network);
    ClientSettings settings;
    settings.endpoint = m_emulator->serverUrl();
    client.setSettings(settings);
    client.setCredentialProvider(provider);
    FlowLogFilter filter;
    filter.regionId = u"cn-hangzhou"_s;
    ApiCallHandle *call = client.describeFlowLogs(filter);
    QSignalSpy finished(call, &ApiCallHandle::finished);
    QVERIFY(finished.wait(10000));
    const ApiResult result = finished.first().first().value<ApiResult>();
    QVERIFY2(result.ok(), qPrintable(result.code + u' ' + result.message));
    QCOMPARE(result.attempts, 1); // the resend is not an attempt
    QVERIFY(provider->cached()->accessKeyId != first.credentials.accessKeyId);
    QCOMPARE(provider->fetchCount(), 2);
}

// Nothing reaches the server when the provider cannot answer; the provider's message is the result's.
void tst_CredentialProviders::credentialFailureEndsTheCallUnsent()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    auto provider = std::make_shared<ManualProvider>(&now);
    QNetworkAccessManager network;
    ApiClient client(&network);
    ClientSettings settings;
    settings.endpoint = m_emulator->serverUrl();
    client.setSettings(settings);
    client.setCredentialProvider(provider);
    QSignalSpy received(m_emulator.get(), &VpcEmulator::requestReceived);
    FlowLogFilter filter;
    filter.regionId = u"cn-hangzhou"_s;
    ApiCallHandle *call = client.describeFlowLogs(filter);
    QSignalSpy finished(call, &ApiCallHandle::finished);
    QTRY_VERIFY(provider->isFetching());
    provider->answer(CredentialAnswer::failure(u"Test.Refused"_s, u"the role cannot be assumed"_s));
    QTRY_COMPARE(finished.size(), 1);
    const ApiResult result = finished.first().first().value<ApiResult>();
    QVERIFY(result.credentialsFailed);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.code, u"Test.Refused"_s);
    QCOMPARE(result.message, u"the role cannot be assumed"_s);
    QCOMPARE(received.size(), 0);
}

void tst_CredentialProviders::ecsRoleFromTheMetadataService_data()
{
    QTest::addColumn<MetadataService::ImdsMode>("mode");
    QTest::addColumn<bool>("v1Disabled");
    QTest::addColumn<QString>("roleName");
    QTest::addColumn<QString>("code");
    QTest::newRow("v2, role discovered") << MetadataService::ImdsMode::Both << false << QString() << QString();
    QTest::newRow("v2 only") << MetadataService::ImdsMode::V2Only << true << QString() << QString();
    QTest::newRow("v1 fallback") << MetadataService::ImdsMode::V1Only << false << u"flowlog-ecs-role"_s << QString();
    QTest::newRow("v1 fallback disabled") << MetadataService::ImdsMode::V1Only << true << QString()
                                          << QString(EcsRamRoleProvider::unreachableCode);
    QTest::newRow("wrong role") << MetadataService::ImdsMode::Both << false << u"other-role"_s
                                << QString(EcsRamRoleProvider::failedCode);
}

void tst_CredentialProviders::ecsRoleFromTheMetadataService()
{
    QFETCH(MetadataService::ImdsMode, mode);
    QFETCH(bool, v1Disabled);
    QFETCH(QString, roleName);
    QFETCH(QString, code);
    m_emulator->setImdsMode(mode);
    QStringList variables {u"FLOWLOG_ECS_METADATA_URL="_s + m_emulator->serverUrl().toString()};
    if (v1Disabled)
        variables.append(u"ALIBABA_CLOUD_IMDSV1_DISABLED=true"_s);
    EcsRamRoleProvider provider(u"ecs"_s, roleName, environmentOf(variables));
    const CredentialAnswer answer = ask(provider);
    QCOMPARE(answer.code, code);
    if (code.isEmpty()) {
        QVERIFY(answer.credentials.isSts());
        QVERIFY(answer.expiration.isValid());
    } else {
        QVERIFY(!answer.message.isEmpty());
    }
}

void tst_CredentialProviders::ecsRoleUnreachableIsToldWithinSeconds()
{
    QTcpServer closed; // a port nobody answers on once closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    EcsRamRoleProvider provider(u"ecs"_s, {},
        environmentOf({u"FLOWLOG_ECS_METADATA_URL=http://127.0.0.1:"_s + QString::number(port)}));
    QElapsedTimer timer;
    timer.start();
    const CredentialAnswer answer = ask(provider);
    QCOMPARE(answer.code, QString(EcsRamRoleProvider::unreachableCode));
    QVERIFY(answer.message.contains(u"ECS"_s));
    QVERIFY(timer.elapsed() < 4000);
}

void tst_CredentialProviders::metadataOverrideIsHonouredOnlyForLoopback()
{
    QCOMPARE(EcsRamRoleProvider::baseUrl({}), QUrl(u"http://100.100.100.200"_s));
    QCOMPARE(EcsRamRoleProvider::baseUrl(environmentOf({u"FLOWLOG_ECS_METADATA_URL=http://127.0.0.1:8080/"_s})),
        QUrl(u"http://127.0.0.1:8080"_s));
    QCOMPARE(EcsRamRoleProvider::baseUrl(environmentOf({u"FLOWLOG_ECS_METADATA_URL=http://evil.example:80"_s})),
        QUrl(u"http://100.100.100.200"_s));
}

void tst_CredentialProviders::credentialsUri_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << QString() << QString();
    QTest::newRow("failure code") << u"fail=code"_s << QString(CredentialsUriProvider::garbageCode);
    QTest::newRow("garbage") << u"fail=garbage"_s << QString(CredentialsUriProvider::garbageCode);
    QTest::newRow("http 500") << u"fail=http"_s << QString(CredentialsUriProvider::failedCode);
}

void tst_CredentialProviders::credentialsUri()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QUrl uri = m_emulator->serverUrl();
    uri.setPath(u"/credentials-uri"_s);
    uri.setQuery(query);
    CredentialsUriProvider provider(u"uri"_s, uri);
    const CredentialAnswer answer = ask(provider);
    QCOMPARE(answer.code, code);
    if (code.isEmpty())
        QVERIFY(answer.credentials.isSts());
    else
        QVERIFY(answer.message.contains(u"/credentials-uri"_s));
    QVERIFY(CredentialsUriProvider::checkUri(QUrl(u"http://example.com/creds"_s)).contains(u"https"_s));
    QVERIFY(CredentialsUriProvider::checkUri(QUrl(u"https://example.com/creds"_s)).isEmpty());
}

void tst_CredentialProviders::externalProcess_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("AK") << QByteArray(R"(echo '{"mode":"AK","access_key_id":"LTAIext","access_key_secret":"extSECRET1"}')")
                        << QString() << QString();
    QTest::newRow("StsToken") << QByteArray(R"(echo '{"mode":"StsToken","access_key_id":"STS.ext","access_key_secret":"extSECRET2","sts_token":"extTOKEN"}')")
                              << QString() << QString();
    QTest::newRow("fails with stderr") << QByteArray("echo 'login required: run sso-login' >&2; exit 3")
                                       << QString(ExternalProcessProvider::failedCode) << u"login required"_s;
    QTest::newRow("garbage") << QByteArray("echo 'hello extSECRET3'") << QString(ExternalProcessProvider::garbageCode)
                             << u"mode"_s;
    QTest::newRow("other mode") << QByteArray(R"(echo '{"mode":"RamRoleArn","access_key_id":"a","access_key_secret":"extSECRET4"}')")
                                << QString(ExternalProcessProvider::garbageCode) << u"StsToken"_s;
    QTest::newRow("reads no stdin") << QByteArray("read line && echo got || echo '{\"mode\":\"AK\",\"access_key_id\":\"i\",\"access_key_secret\":\"s\"}'")
                                    << QString() << QString();
}

void tst_CredentialProviders::externalProcess()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"credential process.sh"_s, "#!/bin/sh\n" + script + '\n', true);
    ExternalProcessProvider provider(u"ext"_s, CommandLine::split(u"'"_s + path + u"' --flag"_s).value());
    const CredentialAnswer answer = ask(provider, 10000);
    QCOMPARE(answer.code, code);
    QVERIFY2(answer.message.contains(mentions), qPrintable(answer.message));
    QVERIFY(!answer.message.contains(u"SECRET"_s));
    if (code.isEmpty())
        QVERIFY(answer.credentials.isComplete());
}

void tst_CredentialProviders::externalProcessTimesOut()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"slow.sh"_s, "#!/bin/sh\nsleep 30\n", true);
    ExternalProcessProvider provider(u"ext"_s, {path}, 300);
    QElapsedTimer timer;
    timer.start();
    const CredentialAnswer answer = ask(provider, 5000);
    QCOMPARE(answer.code, QString(ExternalProcessProvider::failedCode));
    QVERIFY(timer.elapsed() < 5000);
}

void tst_CredentialProviders::profilesAreCheckedWithoutContactingAnything_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<CredentialProblem::Kind>("kind");
    QTest::addColumn<QString>("detail");
    const QStringList none;
    QTest::newRow("ak") << u"ak"_s << none << CredentialProblem::None << QString();
    QTest::newRow("role") << u"role"_s << none << CredentialProblem::None << QString();
    QTest::newRow("role without session") << u"nosession"_s << none << CredentialProblem::Incomplete
                                          << u"ram_session_name"_s;
    QTest::newRow("bad arn") << u"badarn"_s << none << CredentialProblem::Invalid << u"ram_role_arn"_s;
    QTest::newRow("short duration") << u"short"_s << none << CredentialProblem::Invalid << u"expired_seconds"_s;
    QTest::newRow("plain http sts") << u"httpsts"_s << none << CredentialProblem::Invalid << u"sts_endpoint"_s;
    QTest::newRow("chain") << u"chain"_s << none << CredentialProblem::None << QString();
    QTest::newRow("cycle") << u"loop1"_s << none << CredentialProblem::ChainCycle << u"loop1 → loop2 → loop1"_s;
    QTest::newRow("chain to missing") << u"dangling"_s << none << CredentialProblem::ProfileNotFound << QString();
    QTest::newRow("ecs") << u"ecs"_s << none << CredentialProblem::None << QString();
    QTest::newRow("ecs disabled") << u"ecs"_s << QStringList {u"ALIBABA_CLOUD_ECS_METADATA_DISABLED=true"_s}
                                  << CredentialProblem::Disabled << u"ALIBABA_CLOUD_ECS_METADATA_DISABLED"_s;
    QTest::newRow("uri from env") << u"urienv"_s
                                  << QStringList {u"ALIBABA_CLOUD_CREDENTIALS_URI=http://127.0.0.1:1/c"_s}
                                  << CredentialProblem::None << QString();
    QTest::newRow("uri missing") << u"urienv"_s << none << CredentialProblem::Incomplete << u"credentials_uri"_s;
    QTest::newRow("uri plain http") << u"urihttp"_s << none << CredentialProblem::Invalid << u"credentials_uri"_s;
    QTest::newRow("external") << u"external"_s << none << CredentialProblem::None << QString();
    QTest::newRow("external disabled") << u"external"_s << QStringList {u"ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS=1"_s}
                                       << CredentialProblem::Disabled << u"ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS"_s;
    QTest::newRow("external unterminated") << u"badquote"_s << none << CredentialProblem::Invalid
                                           << u"process_command"_s;
    QTest::newRow("oidc") << u"oidc"_s << none << CredentialProblem::UnsupportedMode << u"OIDC"_s;
    QTest::newRow("cloudsso") << u"sso"_s << none << CredentialProblem::UnsupportedMode << u"CloudSSO"_s;
}

void tst_CredentialProviders::profilesAreCheckedWithoutContactingAnything()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, environment);
    QFETCH(CredentialProblem::Kind, kind);
    QFETCH(QString, detail);
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"config.json"_s, R"({"profiles": [
        {"name": "ak", "mode": "AK", "access_key_id": "LTAIak", "access_key_secret": "akSECRET"},
        {"name": "role", "mode": "ramrolearn", "access_key_id": "LTAIak", "access_key_secret": "akSECRET",
         "ram_role_arn": "acs:ram::1234567890123456:role/flowlog-operator", "ram_session_name": "s1"},
        {"name": "nosession", "mode": "RamRoleArn", "access_key_id": "LTAIak", "access_key_secret": "akSECRET",
         "ram_role_arn": "acs:ram::1:role/r"},
        {"name": "badarn", "mode": "RamRoleArn", "access_key_id": "LTAIak", "access_key_secret": "akSECRET",
         "ram_role_arn": "arn:aws:iam::1:role/r", "ram_session_name": "s1"},
        {"name": "short", "mode": "RamRoleArn", "access_key_id": "LTAIak", "access_key_secret": "akSECRET",
         "ram_role_arn": "acs:ram::1:role/r", "ram_session_name": "s1", "expired_seconds": 60},
        {"name": "httpsts", "mode": "RamRoleArn", "access_key_id": "LTAIak", "access_key_secret": "akSECRET",
         "ram_role_arn": "acs:ram::1:role/r", "ram_session_name": "s1", "sts_endpoint": "http://sts.example.com"},
        {"name": "chain", "mode": "ChainableRamRoleArn", "source_profile": "role",
         "ram_role_arn": "acs:ram::1:role/r2", "ram_session_name": "s2"},
        {"name": "loop1", "mode": "ChainableRamRoleArn", "source_profile": "loop2",
         "ram_role_arn": "acs:ram::1:role/r", "ram_session_name": "s1"},
        {"name": "loop2", "mode": "ChainableRamRoleArn", "source_profile": "loop1",
         "ram_role_arn": "acs:ram::1:role/r", "ram_session_name": "s1"},
        {"name": "dangling", "mode": "ChainableRamRoleArn", "source_profile": "gone",
         "ram_role_arn": "acs:ram::1:role/r", "ram_session_name": "s1"},
        {"name": "ecs", "mode": "EcsRamRole"},
        {"name": "urienv", "mode": "CredentialsURI"},
        {"name": "urihttp", "mode": "CredentialsURI", "credentials_uri": "http://creds.example.com/x"},
        {"name": "external", "mode": "External", "process_command": "/bin/false"},
        {"name": "badquote", "mode": "External", "process_command": "/bin/echo \"x"},
        {"name": "oidc", "mode": "OIDC"},
        {"name": "sso", "mode": "CloudSSO"}
    ]})");
    const AliyunCliConfig config = AliyunCliConfig::read(path);
    const AliyunProfileProviders providers(config, path, environmentOf(environment));
    const CredentialProblem problem = providers.check(profile);
    QCOMPARE(problem.kind, kind);
    if (!detail.isEmpty())
        QCOMPARE(problem.detail, detail);
    QCOMPARE(providers.provider(profile, nullptr) != nullptr, kind == CredentialProblem::None);
    if (kind != CredentialProblem::None) {
        QVERIFY(!problem.message().isEmpty());
        QVERIFY(!problem.message().contains(u"akSECRET"_s));
    }
}

void tst_CredentialProviders::listingNeverRunsTheProcess()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(u"ran"_s);
    const QString script = writeFile(dir, u"p.sh"_s, "#!/bin/sh\ntouch '" + marker.toUtf8() + "'\n", true);
    const QString path = writeFile(dir, u"config.json"_s,
        R"({"current": "x", "profiles": [{"name": "x", "mode": "External", "process_command": ")" + script.toUtf8()
            + R"("}]})");
    AliyunCliCredentialSource source(u"x"_s, path, {});
    QVERIFY(source.check().ok());
    const std::shared_ptr<CredentialProvider> provider = source.provider(nullptr);
    QVERIFY(provider);
    QTest::qWait(300);
    QVERIFY(!QFile::exists(marker));
    ask(*provider);
    QVERIFY(QFile::exists(marker)); // the check above can fail
}

QTEST_GUILESS_MAIN(tst_CredentialProviders)
#include "tst_credentialproviders.moc"
