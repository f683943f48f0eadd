#include "core/signing/percentencoding.h"

#include <QString>

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

namespace PercentEncoding {

// Qt leaves exactly RFC 3986's unreserved characters (A-Z a-z 0-9 - _ . ~) as they are and writes
// upper-case hex digits, as both signatures require.
QByteArray encode(QByteArrayView utf8)
{
    return utf8.toByteArray().toPercentEncoding();
}

QByteArray encode(QStringView text)
{
    return encode(QByteArrayView(text.toUtf8()));
}

// Not QByteArray::fromPercentEncoding(): it turns a malformed escape ("%zz") into an arbitrary
// byte, where this keeps it as it was written.
QByteArray decode(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%' && i + 2 < encoded.size()) {
            const int high = hexValue(encoded[i + 1]);
            const int low = hexValue(encoded[i + 2]);
            if (high >= 0 && low >= 0) {
                out.append(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

} // namespace PercentEncoding
