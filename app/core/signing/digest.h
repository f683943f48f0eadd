#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The few primitives the signatures need, computed by OpenSSL's libcrypto. All return raw bytes.
namespace Digest {
QByteArray hmacSha1(QByteArrayView key, QByteArrayView message);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
QByteArray sha256(QByteArrayView data);
} // namespace Digest
