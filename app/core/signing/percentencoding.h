#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

// RFC 3986 "unreserved only" percent-encoding, as every Alibaba Cloud signature requires: the UTF-8
// bytes, A-Z a-z 0-9 - _ . ~ kept, every other byte %XY with upper-case hex (space is %20, '*' is %2A).
// QUrl's defaults differ, so signing never relies on them.
namespace PercentEncoding {
QByteArray encode(QByteArrayView utf8);
QByteArray encode(QStringView text);
// The inverse, for servers reading requests: '+' is NOT a space here (the form decoder handles that).
QByteArray decode(QByteArrayView encoded);
} // namespace PercentEncoding
