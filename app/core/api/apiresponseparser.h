#pragma once

#include "core/api/apiresult.h"

#include <QByteArray>

// Turns one HTTP answer of an RPC-style API into an ApiResult. Pure: no network, no state.
//
// The server's Code decides, not the HTTP status (published statuses differ between products):
// - a JSON or XML object without Code, under a 2xx status, is a success: RequestId and FlowLogId are
//   picked out and the whole object is kept in ApiResult::body (XML is converted to the same shape);
// - a JSON object or an XML <Error> with a Code is the server's error: Failed with code, message,
//   requestId, hostId and recommend;
// - anything else is Failed with TransportError::MalformedResponse and a message quoting the start
//   of what came, so that a proxy's HTML page can be recognised.
// Attempts, elapsed time and the outcome of retries are the caller's to fill in.
namespace ApiResponseParser {
// XML elements nested deeper than this (the root is level 1) make the body malformed: the service
// nests a few levels, and the conversion recurses once per level.
constexpr int maxXmlDepth = 32;

ApiResult parse(int httpStatus, const QByteArray &body);
// The body as a JSON object when it is one; the XML form converted: repeated elements become arrays.
std::optional<QJsonObject> toJsonObject(const QByteArray &body, QString *rootName = nullptr);
} // namespace ApiResponseParser
