#include "core/signing/rpcsignature.h"

#include "core/signing/digest.h"
#include "core/signing/percentencoding.h"

#include <algorithm>

namespace RpcSignature {

QByteArray canonicalQuery(const QueryParameters &parameters)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(parameters.size());
    for (const auto &[name, value] : parameters) {
        if (name != QLatin1String("Signature"))
            encoded.append({PercentEncoding::encode(name), PercentEncoding::encode(value)});
    }
    // Encoding keeps the byte order of the names' UTF-8, so sorting the encoded pairs is the
    // byte-order sort the gateway does.
    std::sort(encoded.begin(), encoded.end());
    QByteArray query;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!query.isEmpty())
            query += '&';
        query += name + '=' + value;
    }
    return query;
}

QByteArray stringToSign(QByteArrayView method, const QueryParameters &parameters)
{
    return method.toByteArray() + "&%2F&" + PercentEncoding::encode(canonicalQuery(parameters));
}

QByteArray signature(QStringView accessKeySecret, QByteArrayView stringToSign)
{
    const QByteArray key = accessKeySecret.toUtf8() + '&';
    return Digest::hmacSha1(key, stringToSign).toBase64();
}

} // namespace RpcSignature
