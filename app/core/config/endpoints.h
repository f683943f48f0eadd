#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// Where calls for a region go. Each product the app talks to has its own endpoint:
//   VPC          https://vpc.<RegionId>.aliyuncs.com     (RPC, 2016-04-28)
//   ECS          https://ecs.<RegionId>.aliyuncs.com     (RPC, 2014-05-26)
//   STS          https://sts.<RegionId>.aliyuncs.com     (RPC, 2015-04-01; sts.aliyuncs.com without a region)
//   Log Service  https://<RegionId>.log.aliyuncs.com     (REST, its own signature)
// An operator may override each of them, and one emulator base URL overrides all at once: the
// emulator routes RPC calls by Version/Action and Log Service calls by their Authorization scheme.
namespace Endpoints {

enum class Product { Vpc, Ecs, Sts, LogService };

// The overrides the settings, a profile or the command line hold; empty URLs are not set. A
// product's own override wins over the emulator's.
struct Overrides
{
    QUrl emulator = {};
    QUrl vpc = {};
    QUrl ecs = {};
    QUrl sts = {};
    QUrl logService = {};

    QUrl forProduct(Product product) const;
    bool isEmpty() const;
    friend bool operator==(const Overrides &, const Overrides &) = default;
};

// An empty QUrl when regionId is empty or is not made of [a-z0-9-] (it becomes part of a host name);
// STS alone has a global endpoint for an empty region.
QUrl defaultFor(Product product, const QString &regionId);
// The VPC endpoint (the flow-log API's).
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
// The product's override, else the emulator's, else the product's default for the region.
QUrl resolve(Product product, const QString &regionId, const Overrides &overrides);
} // namespace Endpoints
