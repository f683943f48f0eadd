#pragma once

#include "core/signing/credentials.h"
#include "core/signing/queryparameters.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

enum class SignatureVersion { V1, V3 };

namespace SignatureVersions {
QString name(SignatureVersion version); // "v1" / "v3"
std::optional<SignatureVersion> fromName(QStringView name);
} // namespace SignatureVersions

// One RPC-style API call before signing: action, API version and business parameters.
struct ApiCall
{
    QString action;
    QString apiVersion = QStringLiteral("2016-04-28");
    QueryParameters parameters = {};
};

// Everything needed to put a signed call on the wire, plus what was signed (for previews and for
// comparing with a gateway's "server string to sign").
struct SignedRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QByteArray stringToSign;
    QByteArray canonicalRequest; // V3 only

    // Method, URL, headers and body for a preview or --dry-run: the STS token is masked. (The
    // AccessKey secret is never part of a signed request, only the signature made with it.)
    QString redactedText() const;
    // The string to sign for a preview: a v1 string to sign holds the STS token (encoded twice),
    // which is masked as in redactedText().
    QString redactedStringToSign() const;
    // The STS token this request carries (v1: the SecurityToken parameter, V3: its header), or empty.
    QString securityToken() const;
};

// Signs ApiCalls with RPC v1 (GET query or POST form) or V3 (ACS3-HMAC-SHA256).
// Clock and nonce generator are injectable for known-answer tests; by default they are the system's
// UTC clock and a random UUID from a CSPRNG. Every call to sign() draws a fresh nonce and timestamp.
class RequestSigner
{
public:
    using Clock = std::function<QDateTime()>;
    using NonceGenerator = std::function<QString()>;

    explicit RequestSigner(Clock clock = {}, NonceGenerator nonces = {});

    // endpoint: scheme, host and optional port, e.g. https://vpc.cn-hangzhou.aliyuncs.com.
    // method: "GET" or "POST" (V3 sends business parameters in the query either way).
    SignedRequest sign(const ApiCall &call, const QUrl &endpoint, const Credentials &credentials,
        SignatureVersion version, const QByteArray &method = QByteArrayLiteral("POST")) const;

    // A version-4 UUID from OpenSSL's CSPRNG.
    static QString randomNonce();
    // UTC, yyyy-MM-ddTHH:mm:ssZ
    static QString timestamp(const QDateTime &time);
    // "host" or "host:port" as an HTTP client sends it for this URL.
    static QByteArray hostHeader(const QUrl &endpoint);

private:
    SignedRequest signV1(const ApiCall &call, const QUrl &endpoint, const Credentials &credentials,
        const QByteArray &method) const;
    SignedRequest signV3(const ApiCall &call, const QUrl &endpoint, const Credentials &credentials,
        const QByteArray &method) const;

    Clock m_clock;
    NonceGenerator m_nonces;
};
