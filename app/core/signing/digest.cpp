#include "core/signing/digest.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace {

QByteArray hmac(const EVP_MD *md, QByteArrayView key, QByteArrayView message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.data());
    if (!HMAC(md, key.data(), static_cast<int>(key.size()), data, static_cast<size_t>(message.size()), out,
            &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}

} // namespace

namespace Digest {

QByteArray hmacSha1(QByteArrayView key, QByteArrayView message)
{
    return hmac(EVP_sha1(), key, message);
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    return hmac(EVP_sha256(), key, message);
}

QByteArray sha256(QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &length, EVP_sha256(), nullptr))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}

} // namespace Digest
