#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// Where calls for a region go: https://vpc.<RegionId>.aliyuncs.com unless the user overrides it.
namespace Endpoints {
QUrl defaultFor(const QString &regionId);

enum class CustomEndpointProblem {
    None,
    NotAUrl,
    UnsupportedScheme,  // neither http nor https
    PlainHttpNotLoopback, // http:// is allowed only for 127.0.0.0/8, ::1 and localhost
    HasPathOrQuery,
};
CustomEndpointProblem checkCustom(const QUrl &endpoint);
QString problemMessage(CustomEndpointProblem problem); // translated, says how to fix it
// Parses user text ("http://127.0.0.1:8080", "vpc.cn-beijing.aliyuncs.com" -> https) into an endpoint.
std::optional<QUrl> parseCustom(const QString &text, CustomEndpointProblem *problem = nullptr);
// The custom endpoint when set, else the default for the region.
QUrl resolve(const QString &regionId, const QUrl &customEndpoint);
} // namespace Endpoints
