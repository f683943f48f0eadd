#pragma once

#include "core/signing/queryparameters.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

// Alibaba Cloud RPC signature, SignatureMethod=HMAC-SHA1, SignatureVersion=1.0.
// Pure functions over already complete parameter sets, so the client (which signs) and the emulator
// (which verifies) run the very same code.
namespace RpcSignature {
// pct(name)=pct(value) sorted by name (byte order of the UTF-8 names), joined by '&'.
// A parameter named "Signature" is left out.
QByteArray canonicalQuery(const QueryParameters &parameters);
// METHOD & pct("/") & pct(canonicalQuery)
QByteArray stringToSign(QByteArrayView method, const QueryParameters &parameters);
// Base64(HMAC-SHA1(secret + "&", stringToSign))
QByteArray signature(QStringView accessKeySecret, QByteArrayView stringToSign);
} // namespace RpcSignature
