#pragma once

#include "core/signing/queryparameters.h"

#include <QByteArray>

class QHttpServerRequest;

// An HTTP request as the emulator judges it, copied out of the server's request object (which is
// reused for the next request on the same connection) and free of QtHttpServer types, so the
// verifying code can be tested on its own.
struct IncomingRequest
{
    QByteArray method;   // "GET", "POST", ...
    QByteArray path;     // percent-encoded, as sent
    QByteArray rawQuery; // percent-encoded, without '?'
    HeaderList headers;
    QByteArray body;

    // The value of a header (case-insensitive name); repeated headers are joined with ','.
    QByteArray header(QByteArrayView name) const;
    bool hasFormBody() const;
    QueryParameters queryParameters() const;
    // The application/x-www-form-urlencoded body; empty for any other content type.
    QueryParameters formParameters() const;
    // Query and form body together: the signed set of an RPC request.
    QueryParameters allParameters() const;

    static IncomingRequest fromHttp(const QHttpServerRequest &request);
    // name=value&... with '+' meaning a space, as in HTML forms.
    static QueryParameters decodeForm(QByteArrayView encoded);
};
