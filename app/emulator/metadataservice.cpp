#include "emulator/metadataservice.h"

#include "emulator/incomingrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QByteArray metadataPrefix = "/latest/";
const QByteArray tokenPath = "/latest/api/token";
const QByteArray credentialsPath = "/latest/meta-data/ram/security-credentials/";
const QByteArray credentialsUriPath = "/credentials-uri";
constexpr qsizetype maximumTokens = 10000;

MetadataService::Answer text(int status, const QByteArray &body)
{
    return {status, "text/plain", body};
}

MetadataService::Answer json(int status, const QJsonObject &object)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

QJsonObject credentialsJson(const TemporaryCredentials::Issued &issued)
{
    return {
        {u"Code"_s, u"Success"_s},
        {u"AccessKeyId"_s, issued.credentials.accessKeyId},
        {u"AccessKeySecret"_s, issued.credentials.accessKeySecret},
        {u"SecurityToken"_s, issued.credentials.securityToken},
        {u"Expiration"_s, TemporaryCredentials::utcText(issued.expiresAtMs)},
    };
}

QString queryValue(const IncomingRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.queryParameters()) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

MetadataService::MetadataService(StsService *sts, TemporaryCredentials *issued)
    : m_sts(sts)
    , m_issued(issued)
{
}

bool MetadataService::handlesPath(const QByteArray &path)
{
    return path.startsWith(metadataPrefix) || path == credentialsUriPath;
}

std::optional<MetadataService::Answer> MetadataService::answer(const IncomingRequest &request, qint64 nowMs)
{
    if (request.path == credentialsUriPath)
        return credentialsUri(request, nowMs);
    if (request.path == tokenPath)
        return tokenAnswer(request, nowMs);
    if (request.path.startsWith(metadataPrefix))
        return metadataAnswer(request, nowMs);
    return std::nullopt;
}

// PUT /latest/api/token with the TTL header: the body is the token. A v1-only service does not
// know the path, which is what makes a client fall back to v1.
MetadataService::Answer MetadataService::tokenAnswer(const IncomingRequest &request, qint64 nowMs)
{
    if (m_mode == ImdsMode::V1Only)
        return text(404, "Not Found");
    if (request.method != "PUT")
        return text(405, "Method Not Allowed");
    bool ok = false;
    const int ttl = request.header("x-aliyun-ecs-metadata-token-ttl-seconds").toInt(&ok);
    if (!ok || ttl < 1 || ttl > maximumTokenTtlSeconds)
        return text(400, "Bad Request: X-aliyun-ecs-metadata-token-ttl-seconds must be from 1 to 21600");
    forgetExpiredTokens(nowMs);
    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()), token.size() / 4);
    token = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, nowMs + qint64(ttl) * 1000);
    return text(200, token);
}

MetadataService::Answer MetadataService::metadataAnswer(const IncomingRequest &request, qint64 nowMs)
{
    if (request.method != "GET")
        return text(405, "Method Not Allowed");
    if (!tokenAccepted(request, nowMs))
        return text(401, "Unauthorized");
    if (request.path == credentialsPath)
        return text(200, m_roleName.toUtf8());
    if (request.path == credentialsPath + m_roleName.toUtf8())
        return instanceCredentials(nowMs);
    return text(404, "Not Found");
}

// A token, when sent, must be one that was issued and has not expired; without one, only a
// service that still serves v1 answers.
bool MetadataService::tokenAccepted(const IncomingRequest &request, qint64 nowMs) const
{
    const QByteArray token = request.header("x-aliyun-ecs-metadata-token");
    if (token.isEmpty())
        return m_mode != ImdsMode::V2Only;
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.constEnd() && nowMs < it.value();
}

// The same credentials until half their lifetime is gone, as an instance's role credentials are
// rotated well before they expire; then fresh ones.
MetadataService::Answer MetadataService::instanceCredentials(qint64 nowMs)
{
    if (!m_instanceCredentials || !isFreshEnough(*m_instanceCredentials, nowMs)) {
        const QString arn = StsService::roleArn(m_accountId, m_roleName);
        m_instanceCredentials = m_issued->issue(m_accountId, arn, m_sts->cappedLifetime(instanceCredentialSeconds), nowMs);
    }
    QJsonObject object = credentialsJson(*m_instanceCredentials);
    object.insert(u"LastUpdated"_s, TemporaryCredentials::utcText(m_instanceCredentials->issuedAtMs));
    return json(200, object);
}

bool MetadataService::isFreshEnough(const TemporaryCredentials::Issued &issued, qint64 nowMs) const
{
    const qint64 lifetime = issued.expiresAtMs - issued.issuedAtMs;
    return issued.expiresAtMs - nowMs > lifetime / 2;
}

// GET /credentials-uri[?role=NAME][&fail=code|garbage|http]: fresh credentials on every call;
// fail= spoils the answer for the failure tests.
MetadataService::Answer MetadataService::credentialsUri(const IncomingRequest &request, qint64 nowMs)
{
    if (request.method != "GET")
        return text(405, "Method Not Allowed");
    const QString fail = queryValue(request, u"fail"_s);
    if (fail == u"code"_s || fail == u"1"_s) {
        return json(200, {{u"Code"_s, u"Failure"_s},
                             {u"Message"_s, u"The credentials could not be obtained (fail=code was asked for)."_s}});
    }
    if (fail == u"garbage"_s)
        return text(200, "this is not json: \x01\x02 garbage");
    if (fail == u"http"_s)
        return json(500, {{u"Code"_s, u"InternalError"_s}, {u"Message"_s, u"fail=http was asked for."_s}});
    const QString role = queryValue(request, u"role"_s);
    const QString arn = StsService::roleArn(m_accountId, role.isEmpty() ? u"flowlog-operator"_s : role);
    const int lifetime = m_sts->cappedLifetime(StsService::defaultDurationSeconds);
    return json(200, credentialsJson(m_issued->issue(m_accountId, arn, lifetime, nowMs)));
}

void MetadataService::forgetExpiredTokens(qint64 nowMs)
{
    if (m_tokens.size() < maximumTokens)
        return;
    m_tokens.removeIf([nowMs](const auto &entry) { return entry.value() <= nowMs; });
    while (m_tokens.size() >= maximumTokens) // all still valid: the oldest insertion order is unknown, drop any
        m_tokens.erase(m_tokens.begin());
}
