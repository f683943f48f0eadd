#include "core/signing/acs3signature.h"

#include "core/signing/digest.h"
#include "core/signing/percentencoding.h"

#include <QMap>

#include <algorithm>

namespace {

bool isSignedHeader(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

} // namespace

namespace Acs3Signature {

QByteArray canonicalQuery(const QueryParameters &query)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({PercentEncoding::encode(name), PercentEncoding::encode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders)
{
    QMap<QByteArray, QByteArray> merged; // sorted by lower-case name
    for (const auto &[name, value] : headers) {
        const QByteArray lowerName = name.trimmed().toLower();
        if (!isSignedHeader(lowerName))
            continue;
        QByteArray &slot = merged[lowerName];
        slot += (slot.isEmpty() ? QByteArray() : QByteArray(",")) + value.trimmed();
    }
    QByteArray lines;
    QByteArray names;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        lines += it.key() + ':' + it.value() + '\n';
        names += (names.isEmpty() ? QByteArray() : QByteArray(";")) + it.key();
    }
    if (signedHeaders)
        *signedHeaders = names;
    return lines;
}

QByteArray canonicalRequest(const Input &input, QByteArray *signedHeaders)
{
    QByteArray names;
    const QByteArray headers = canonicalHeaders(input.headers, &names);
    if (signedHeaders)
        *signedHeaders = names;
    return input.method + '\n' + input.path + '\n' + canonicalQuery(input.query) + '\n' + headers + '\n' + names
        + '\n' + input.payloadHash;
}

QByteArray stringToSign(QByteArrayView canonicalRequest)
{
    return QByteArray(algorithm) + '\n' + hexSha256(canonicalRequest);
}

QByteArray signature(QStringView accessKeySecret, QByteArrayView stringToSign)
{
    return Digest::hmacSha256(accessKeySecret.toUtf8(), stringToSign).toHex();
}

QByteArray authorization(QStringView accessKeyId, QByteArrayView signedHeaders, QByteArrayView signature)
{
    return QByteArray(algorithm) + " Credential=" + accessKeyId.toUtf8() + ",SignedHeaders="
        + signedHeaders.toByteArray() + ",Signature=" + signature.toByteArray();
}

QByteArray hexSha256(QByteArrayView body)
{
    return Digest::sha256(body).toHex();
}

} // namespace Acs3Signature
