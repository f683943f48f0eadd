#pragma once

#include "core/api/apiresult.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// The end of one HTTP exchange over an HttpConnection: an answer (status, headers, body) or the
// transport error that prevented one.
struct HttpResponse
{
    TransportError error = TransportError::None;
    // Every byte of the request left this process. Without it the server cannot have acted on the
    // request, whatever the error.
    bool requestWritten = false;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers = {}; // names in lower case
    QByteArray body = {};

    // The first header of that (lower-case) name; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[headerName, value] : headers) {
            if (headerName == name)
                return value;
        }
        return {};
    }
};
