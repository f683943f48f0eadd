#pragma once

#include "core/signing/queryparameters.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

// Alibaba Cloud V3 signature, ACS3-HMAC-SHA256: what the current official SDKs send by default.
// Pure functions, shared by the client (signing) and the emulator (verifying).
namespace Acs3Signature {
inline constexpr char algorithm[] = "ACS3-HMAC-SHA256";
// SHA-256 of an empty body, lower-case hex.
inline constexpr char emptyPayloadHash[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

struct Input
{
    QByteArray method;
    QByteArray path = "/";
    QueryParameters query;
    HeaderList headers;     // as sent; names in any case
    QByteArray payloadHash; // lower-case hex SHA-256 of the body
};

// Sorted pct(name)=pct(value), empty value written "name=", joined by '&'.
QByteArray canonicalQuery(const QueryParameters &query);
// The headers that are signed: host, content-type and every x-acs-* header, lower-case names,
// trimmed values, repeated names merged with ','. Returns "name:value\n" lines; signedHeaders gets
// the names joined by ';'.
QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders);
QByteArray canonicalRequest(const Input &input, QByteArray *signedHeaders = nullptr);
// "ACS3-HMAC-SHA256\n" + hex(SHA256(canonicalRequest))
QByteArray stringToSign(QByteArrayView canonicalRequest);
// hex(HMAC-SHA256(secret, stringToSign)): no "&" appended, unlike v1.
QByteArray signature(QStringView accessKeySecret, QByteArrayView stringToSign);
QByteArray authorization(QStringView accessKeyId, QByteArrayView signedHeaders, QByteArrayView signature);
QByteArray hexSha256(QByteArrayView body);
} // namespace Acs3Signature
