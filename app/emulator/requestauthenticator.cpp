#include "emulator/requestauthenticator.h"

#include "core/signing/acs3signature.h"
#include "core/signing/rpcsignature.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

EmulatorError signatureMismatch(const QByteArray &stringToSign)
{
    return {400, u"SignatureDoesNotMatch"_s,
        u"Specified signature is not matched with our calculation. server string to sign is:"_s
            + QString::fromUtf8(stringToSign)};
}

QString valueOf(const QueryParameters &parameters, const QString &name)
{
    for (const auto &[parameterName, value] : parameters) {
        if (parameterName == name)
            return value;
    }
    return {};
}

// The parameters that only serve signing and routing; the rest are the action's business.
QueryParameters businessParameters(const QueryParameters &parameters)
{
    static const QSet<QString> common = {u"Signature"_s, u"SignatureMethod"_s, u"SignatureVersion"_s,
        u"SignatureNonce"_s, u"SignatureType"_s, u"Timestamp"_s, u"AccessKeyId"_s, u"SecurityToken"_s,
        u"Action"_s, u"Version"_s, u"Format"_s};
    QueryParameters business;
    for (const auto &parameter : parameters) {
        if (!common.contains(parameter.first))
            business.append(parameter);
    }
    return business;
}

// "ACS3-HMAC-SHA256 Credential=ID,SignedHeaders=a;b,Signature=hex" -> its three fields.
QHash<QByteArray, QByteArray> parseAuthorization(const QByteArray &authorization)
{
    QHash<QByteArray, QByteArray> fields;
    const QByteArray rest = authorization.mid(qsizetype(sizeof(Acs3Signature::algorithm) - 1));
    for (const QByteArray &item : rest.split(',')) {
        const qsizetype equals = item.indexOf('=');
        if (equals > 0)
            fields.insert(item.left(equals).trimmed(), item.mid(equals + 1).trimmed());
    }
    return fields;
}

HeaderList signedHeadersOnly(const HeaderList &headers, const QByteArray &signedNames)
{
    const QList<QByteArray> names = signedNames.toLower().split(';');
    HeaderList selected;
    for (const auto &header : headers) {
        if (names.contains(header.first.trimmed().toLower()))
            selected.append(header);
    }
    return selected;
}

// The first header the V3 rules say must be signed but is not: host, content-type when sent, and
// every x-acs-* header. Otherwise one signature over "host" alone could be replayed with another
// nonce, date or even action. Empty when all are signed.
QByteArray firstUnsignedHeader(const HeaderList &headers, const QByteArray &signedNames)
{
    const QList<QByteArray> names = signedNames.toLower().split(';');
    if (!names.contains("host"))
        return "host";
    for (const auto &header : headers) {
        const QByteArray name = header.first.trimmed().toLower();
        const bool mustBeSigned = name.startsWith("x-acs-") || name == "content-type";
        if (mustBeSigned && !names.contains(name))
            return name;
    }
    return {};
}

} // namespace

std::optional<EmulatorError> RequestAuthenticator::authenticate(const IncomingRequest &request, qint64 nowMs,
    AuthenticatedCall *call)
{
    if (request.header("authorization").startsWith(Acs3Signature::algorithm))
        return authenticateV3(request, nowMs, call);
    return authenticateV1(request, nowMs, call);
}

std::optional<EmulatorError> RequestAuthenticator::authenticateV1(const IncomingRequest &request, qint64 nowMs,
    AuthenticatedCall *call)
{
    const QueryParameters parameters = request.allParameters();
    for (const QString &name : {u"AccessKeyId"_s, u"Signature"_s, u"SignatureNonce"_s, u"Timestamp"_s}) {
        if (valueOf(parameters, name).isEmpty())
            return EmulatorError::incompleteSignature(name);
    }
    const QString method = valueOf(parameters, u"SignatureMethod"_s);
    if (!method.isEmpty() && method != u"HMAC-SHA1"_s)
        return EmulatorError::invalidParameter(u"SignatureMethod"_s, u"Only HMAC-SHA1 is supported."_s);
    if (auto error = checkTimestamp(valueOf(parameters, u"Timestamp"_s), nowMs))
        return error;
    const QString accessKeyId = valueOf(parameters, u"AccessKeyId"_s);
    const Credentials *account = nullptr;
    if (auto error = checkAccount(accessKeyId, &account))
        return error;
    const QByteArray stringToSign = RpcSignature::stringToSign(request.method, parameters);
    const QByteArray expected = RpcSignature::signature(account->accessKeySecret, stringToSign);
    if (valueOf(parameters, u"Signature"_s).toLatin1() != expected)
        return signatureMismatch(stringToSign);
    if (auto error = checkAnyToken(accessKeyId, *account, valueOf(parameters, u"SecurityToken"_s), nowMs))
        return error;
    if (auto error = checkNonce(accessKeyId, valueOf(parameters, u"SignatureNonce"_s), nowMs))
        return error;

    call->signatureVersion = SignatureVersion::V1;
    fillIdentity(accessKeyId, call);
    call->action = valueOf(parameters, u"Action"_s);
    call->apiVersion = valueOf(parameters, u"Version"_s);
    const QString format = valueOf(parameters, u"Format"_s);
    call->format = format.isEmpty() ? u"JSON"_s : format;
    call->parameters = businessParameters(parameters);
    return std::nullopt;
}

std::optional<EmulatorError> RequestAuthenticator::authenticateV3(const IncomingRequest &request, qint64 nowMs,
    AuthenticatedCall *call)
{
    const QHash<QByteArray, QByteArray> authorization = parseAuthorization(request.header("authorization"));
    for (const char *field : {"Credential", "SignedHeaders", "Signature"}) {
        if (authorization.value(field).isEmpty())
            return EmulatorError::incompleteSignature(QString::fromLatin1(field));
    }
    for (const char *name : {"x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
             "x-acs-content-sha256"}) {
        if (request.header(name).isEmpty())
            return EmulatorError::incompleteSignature(QString::fromLatin1(name));
    }
    if (auto error = checkTimestamp(QString::fromLatin1(request.header("x-acs-date")), nowMs))
        return error;
    const QString accessKeyId = QString::fromUtf8(authorization.value("Credential"));
    const Credentials *account = nullptr;
    if (auto error = checkAccount(accessKeyId, &account))
        return error;
    const QueryParameters query = request.queryParameters();
    if (auto error = verifyV3Signature(request, *account, query))
        return error;
    const QString token = QString::fromUtf8(request.header("x-acs-security-token"));
    if (auto error = checkAnyToken(accessKeyId, *account, token, nowMs))
        return error;
    const QString nonce = QString::fromUtf8(request.header("x-acs-signature-nonce"));
    if (auto error = checkNonce(accessKeyId, nonce, nowMs))
        return error;

    const QueryParameters parameters = query + request.formParameters();
    call->signatureVersion = SignatureVersion::V3;
    fillIdentity(accessKeyId, call);
    call->action = QString::fromUtf8(request.header("x-acs-action"));
    call->apiVersion = QString::fromUtf8(request.header("x-acs-version"));
    const QString format = valueOf(parameters, u"Format"_s);
    call->format = format.isEmpty() ? u"JSON"_s : format;
    call->parameters = businessParameters(parameters);
    return std::nullopt;
}

std::optional<EmulatorError> RequestAuthenticator::verifyV3Signature(const IncomingRequest &request,
    const Credentials &account, const QueryParameters &query)
{
    const QByteArray claimedHash = request.header("x-acs-content-sha256").toLower();
    if (claimedHash != Acs3Signature::hexSha256(request.body)) {
        return EmulatorError {400, u"SignatureDoesNotMatch"_s,
            u"The x-acs-content-sha256 header does not match the SHA-256 of the request body."_s};
    }
    const QHash<QByteArray, QByteArray> authorization = parseAuthorization(request.header("authorization"));
    const QByteArray unsignedHeader = firstUnsignedHeader(request.headers, authorization.value("SignedHeaders"));
    if (!unsignedHeader.isEmpty()) {
        return EmulatorError {400, u"IncompleteSignature"_s,
            u"The request signature does not conform to Aliyun standards: the header %1 is not signed "
            "(SignedHeaders must list host, content-type and every x-acs-* header)."_s.arg(QString::fromLatin1(unsignedHeader))};
    }
    const Acs3Signature::Input input {request.method, request.path.isEmpty() ? QByteArray("/") : request.path, query,
        signedHeadersOnly(request.headers, authorization.value("SignedHeaders")), claimedHash};
    const QByteArray stringToSign = Acs3Signature::stringToSign(Acs3Signature::canonicalRequest(input));
    const QByteArray expected = Acs3Signature::signature(account.accessKeySecret, stringToSign);
    if (authorization.value("Signature").toLower() != expected)
        return signatureMismatch(stringToSign);
    return std::nullopt;
}

const Credentials *RequestAuthenticator::findAccount(const QString &accessKeyId) const
{
    for (const Credentials &account : m_accounts) {
        if (account.accessKeyId == accessKeyId)
            return &account;
    }
    const TemporaryCredentials::Issued *issued = m_temporary ? m_temporary->find(accessKeyId) : nullptr;
    return issued ? &issued->credentials : nullptr;
}

// Issued credentials, unless a fixed account has that AccessKey ID (a fixed account comes first).
const TemporaryCredentials::Issued *RequestAuthenticator::findTemporary(const QString &accessKeyId) const
{
    const bool fixed = std::any_of(m_accounts.cbegin(), m_accounts.cend(),
        [&accessKeyId](const Credentials &account) { return account.accessKeyId == accessKeyId; });
    return m_temporary && !fixed ? m_temporary->find(accessKeyId) : nullptr;
}

void RequestAuthenticator::fillIdentity(const QString &accessKeyId, AuthenticatedCall *call) const
{
    call->accessKeyId = accessKeyId;
    const TemporaryCredentials::Issued *issued = findTemporary(accessKeyId);
    call->temporary = issued != nullptr;
    call->accountId = issued ? issued->accountId : m_accountId;
}

std::optional<EmulatorError> RequestAuthenticator::checkAccount(const QString &accessKeyId,
    const Credentials **account) const
{
    *account = findAccount(accessKeyId);
    if (*account)
        return std::nullopt;
    return EmulatorError {404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s};
}

std::optional<EmulatorError> RequestAuthenticator::checkTimestamp(const QString &timestamp, qint64 nowMs)
{
    const QDateTime time = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!time.isValid() || !timestamp.endsWith(u'Z')) {
        return EmulatorError {400, u"InvalidTimeStamp.Format"_s,
            u"Specified time stamp or date value is not well formatted."_s};
    }
    if (qAbs(time.toMSecsSinceEpoch() - nowMs) > allowedSkewMs)
        return EmulatorError {400, u"InvalidTimeStamp.Expired"_s, u"Specified time stamp or date value is expired."_s};
    return std::nullopt;
}

// A token is required exactly when the account has one: a missing token is malformed, a different
// one (or a token sent for a plain AccessKey) a mismatch.
std::optional<EmulatorError> RequestAuthenticator::checkToken(const Credentials &account, const QString &token)
{
    if (account.securityToken == token)
        return std::nullopt;
    if (token.isEmpty())
        return EmulatorError {400, u"InvalidSecurityToken.Malformed"_s, u"Specified SecurityToken is malformed."_s};
    return EmulatorError {400, u"InvalidSecurityToken.MismatchWithAccessKey"_s,
        u"Specified SecurityToken mismatch with the AccessKey."_s};
}

std::optional<EmulatorError> RequestAuthenticator::checkAnyToken(const QString &accessKeyId,
    const Credentials &account, const QString &token, qint64 nowMs) const
{
    const TemporaryCredentials::Issued *issued = findTemporary(accessKeyId);
    return issued ? checkTemporaryToken(*issued, token, nowMs) : checkToken(account, token);
}

// An issued credential needs its own token: a token issued with another AccessKey does not match
// it, any other text (or none) is not a token at all. Only the right token learns of the expiry.
std::optional<EmulatorError> RequestAuthenticator::checkTemporaryToken(const TemporaryCredentials::Issued &issued,
    const QString &token, qint64 nowMs) const
{
    if (token != issued.credentials.securityToken) {
        if (!token.isEmpty() && m_temporary->isIssuedToken(token)) {
            return EmulatorError {400, u"InvalidSecurityToken.MismatchWithAccessKey"_s,
                u"Specified SecurityToken mismatch with the AccessKey."_s};
        }
        return EmulatorError {400, u"InvalidSecurityToken.Malformed"_s, u"Specified SecurityToken is malformed."_s};
    }
    if (issued.isExpiredAt(nowMs))
        return EmulatorError {400, u"InvalidSecurityToken.Expired"_s, u"Specified SecurityToken is expired."_s};
    return std::nullopt;
}

std::optional<EmulatorError> RequestAuthenticator::checkNonce(const QString &accessKeyId, const QString &nonce,
    qint64 nowMs)
{
    if (m_nonces.remember(accessKeyId, nonce, nowMs))
        return std::nullopt;
    return EmulatorError {400, u"SignatureNonceUsed"_s, u"Specified signature nonce was used already."_s};
}
