#include "core/signing/requestsigner.h"

#include "core/signing/acs3signature.h"
#include "core/signing/digest.h"
#include "core/signing/percentencoding.h"
#include "core/signing/rpcsignature.h"

#include <QUuid>

namespace SignatureVersions {

QString name(SignatureVersion version)
{
    return version == SignatureVersion::V1 ? QStringLiteral("v1") : QStringLiteral("v3");
}

std::optional<SignatureVersion> fromName(QStringView name)
{
    if (name.compare(QLatin1String("v1"), Qt::CaseInsensitive) == 0)
        return SignatureVersion::V1;
    if (name.compare(QLatin1String("v3"), Qt::CaseInsensitive) == 0)
        return SignatureVersion::V3;
    return std::nullopt;
}

} // namespace SignatureVersions

namespace {

QByteArray joinQuery(const QueryParameters &parameters)
{
    QByteArray query;
    for (const auto &[name, value] : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += PercentEncoding::encode(name) + '=' + PercentEncoding::encode(value);
    }
    return query;
}

QUrl rootUrl(const QUrl &endpoint, const QByteArray &encodedQuery)
{
    QUrl url = endpoint;
    url.setPath(QStringLiteral("/"));
    url.setQuery(encodedQuery.isEmpty() ? QString() : QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

// v1 carries the STS token as the SecurityToken parameter, in the query (GET) or the form body (POST).
QByteArray maskSecurityToken(const QByteArray &encodedForm)
{
    QList<QByteArray> pairs = encodedForm.split('&');
    for (QByteArray &pair : pairs) {
        if (!pair.startsWith("SecurityToken="))
            continue;
        const QString token = QString::fromUtf8(PercentEncoding::decode(pair.mid(14)));
        pair = "SecurityToken=" + Credentials::masked(token).toUtf8();
    }
    return pairs.join('&');
}

} // namespace

QString SignedRequest::securityToken() const
{
    for (const auto &[name, value] : headers) {
        if (name.compare("x-acs-security-token", Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(value);
    }
    const QByteArray form = url.query(QUrl::FullyEncoded).toLatin1() + '&' + body;
    for (const QByteArray &pair : form.split('&')) {
        if (pair.startsWith("SecurityToken="))
            return QString::fromUtf8(PercentEncoding::decode(pair.mid(14)));
    }
    return {};
}

QString SignedRequest::redactedStringToSign() const
{
    const Credentials carried {{}, {}, securityToken()};
    return carried.scrubbed(QString::fromUtf8(stringToSign));
}

QString SignedRequest::redactedText() const
{
    QUrl shownUrl = url;
    if (url.hasQuery())
        shownUrl.setQuery(QString::fromLatin1(maskSecurityToken(url.query(QUrl::FullyEncoded).toLatin1())));
    QString text = QString::fromLatin1(method) + QLatin1Char(' ') + shownUrl.toString(QUrl::FullyEncoded)
        + QLatin1Char('\n');
    for (const auto &[name, value] : headers) {
        const bool secret = name.compare("x-acs-security-token", Qt::CaseInsensitive) == 0;
        const QString shown = secret ? Credentials::masked(QString::fromUtf8(value)) : QString::fromUtf8(value);
        text += QString::fromLatin1(name) + QStringLiteral(": ") + shown + QLatin1Char('\n');
    }
    if (!body.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(maskSecurityToken(body)) + QLatin1Char('\n');
    return text;
}

RequestSigner::RequestSigner(Clock clock, NonceGenerator nonces)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_nonces(nonces ? std::move(nonces) : NonceGenerator(&RequestSigner::randomNonce))
{
}

SignedRequest RequestSigner::sign(const ApiCall &call, const QUrl &endpoint, const Credentials &credentials,
    SignatureVersion version, const QByteArray &method) const
{
    return version == SignatureVersion::V1 ? signV1(call, endpoint, credentials, method)
                                           : signV3(call, endpoint, credentials, method);
}

SignedRequest RequestSigner::signV1(const ApiCall &call, const QUrl &endpoint, const Credentials &credentials,
    const QByteArray &method) const
{
    QueryParameters parameters = call.parameters;
    parameters += {
        {QStringLiteral("Action"), call.action},
        {QStringLiteral("Version"), call.apiVersion},
        {QStringLiteral("Format"), QStringLiteral("JSON")},
        {QStringLiteral("AccessKeyId"), credentials.accessKeyId},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("SignatureNonce"), m_nonces()},
        {QStringLiteral("Timestamp"), timestamp(m_clock())},
    };
    if (credentials.isSts())
        parameters.append({QStringLiteral("SecurityToken"), credentials.securityToken});

    SignedRequest request;
    request.method = method;
    request.stringToSign = RpcSignature::stringToSign(method, parameters);
    const QByteArray signature = RpcSignature::signature(credentials.accessKeySecret, request.stringToSign);
    const QByteArray encoded
        = RpcSignature::canonicalQuery(parameters) + "&Signature=" + PercentEncoding::encode(signature);
    if (method == "POST") {
        request.url = rootUrl(endpoint, {});
        request.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        request.body = encoded;
    } else {
        request.url = rootUrl(endpoint, encoded);
    }
    return request;
}

SignedRequest RequestSigner::signV3(const ApiCall &call, const QUrl &endpoint, const Credentials &credentials,
    const QByteArray &method) const
{
    SignedRequest request;
    request.method = method;
    request.headers = {
        {"host", hostHeader(endpoint)},
        {"x-acs-action", call.action.toUtf8()},
        {"x-acs-version", call.apiVersion.toUtf8()},
        {"x-acs-date", timestamp(m_clock()).toLatin1()},
        {"x-acs-signature-nonce", m_nonces().toUtf8()},
        {"x-acs-content-sha256", Acs3Signature::emptyPayloadHash},
    };
    if (credentials.isSts())
        request.headers.append({QByteArrayLiteral("x-acs-security-token"), credentials.securityToken.toUtf8()});

    const Acs3Signature::Input input {method, "/", call.parameters, request.headers,
        Acs3Signature::emptyPayloadHash};
    QByteArray signedHeaders;
    request.canonicalRequest = Acs3Signature::canonicalRequest(input, &signedHeaders);
    request.stringToSign = Acs3Signature::stringToSign(request.canonicalRequest);
    const QByteArray signature = Acs3Signature::signature(credentials.accessKeySecret, request.stringToSign);
    request.headers.append({QByteArrayLiteral("Authorization"),
        Acs3Signature::authorization(credentials.accessKeyId, signedHeaders, signature)});
    request.url = rootUrl(endpoint, joinQuery(call.parameters));
    return request;
}

// A version-4 UUID, as the official SDKs send; QUuid draws it from the system's secure source.
QString RequestSigner::randomNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString RequestSigner::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QByteArray RequestSigner::hostHeader(const QUrl &endpoint)
{
    QByteArray host = endpoint.host(QUrl::FullyEncoded).toLatin1();
    const int port = endpoint.port();
    const int defaultPort = endpoint.scheme() == QLatin1String("https") ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}
