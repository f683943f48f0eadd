#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// Where calls for a region go: https://vpc.<RegionId>.aliyuncs.com unless the user overrides it.
namespace Endpoints {
// An empty QUrl when regionId is empty or is not made of [a-z0-9-] (it becomes part of a host name).
QUrl defaultFor(const QString &regionId);

enum class CustomEndpointProblem {
    None,
    NotAUrl,
    UnsupportedScheme,    // neither http nor https
    PlainHttpNotLoopback, // http:// is allowed only for 127.0.0.0/8, ::1 and localhost
    HasPathOrQuery,       // a path other than "/", a query or a fragment
    HasUserInfo,          // user name or password in the URL
};
// Whether an endpoint may be used: scheme, host and optional port only (a trailing "/" is fine).
CustomEndpointProblem checkCustom(const QUrl &endpoint);
QString problemMessage(CustomEndpointProblem problem); // translated, says how to fix it
// Parses user text ("http://127.0.0.1:8080", "vpc.cn-beijing.aliyuncs.com" -> https) into an
// endpoint without path. Blank text means "no custom endpoint": std::nullopt with problem None.
std::optional<QUrl> parseCustom(const QString &text, CustomEndpointProblem *problem = nullptr);
// Whether host is 127.0.0.0/8, ::1 (also IPv4-mapped loopback) or localhost.
bool isLoopbackHost(const QString &host);
// The custom endpoint when set, else the default for the region. An unusable custom endpoint
// is never silently replaced: check it with checkCustom() before calling.
QUrl resolve(const QString &regionId, const QUrl &customEndpoint);
} // namespace Endpoints
