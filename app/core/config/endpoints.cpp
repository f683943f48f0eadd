#include "core/config/endpoints.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isRegionId(const QString &regionId)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return pattern.match(regionId).hasMatch();
}

// Strict dotted quad: "127.1" or "127.0.0.1.example" are names, not addresses.
bool isLoopbackIpv4(const QString &host)
{
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        const bool digitsOnly = std::all_of(part.cbegin(), part.cend(),
                                            [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (part.isEmpty() || part.size() > 3 || !digitsOnly || part.toInt() > 255)
            return false;
    }
    return parts.front().toInt() == 127;
}

bool hasOnlyRootPath(const QUrl &endpoint)
{
    const QString path = endpoint.path();
    return path.isEmpty() || path == u"/"_s;
}

} // namespace

QUrl Endpoints::defaultFor(Product product, const QString &regionId)
{
    QUrl url;
    url.setScheme(u"https"_s);
    if (product == Product::Sts && regionId.isEmpty()) {
        url.setHost(u"sts.aliyuncs.com"_s);
        return url;
    }
    if (!isRegionId(regionId))
        return {};
    switch (product) {
    case Product::Vpc:
        url.setHost(u"vpc."_s + regionId + u".aliyuncs.com"_s);
        break;
    case Product::Ecs:
        url.setHost(u"ecs."_s + regionId + u".aliyuncs.com"_s);
        break;
    case Product::Sts:
        url.setHost(u"sts."_s + regionId + u".aliyuncs.com"_s);
        break;
    case Product::LogService:
        url.setHost(regionId + u".log.aliyuncs.com"_s);
        break;
    }
    return url;
}

QUrl Endpoints::defaultFor(const QString &regionId)
{
    return defaultFor(Product::Vpc, regionId);
}

QUrl Endpoints::Overrides::forProduct(Product product) const
{
    switch (product) {
    case Product::Vpc:
        return vpc;
    case Product::Ecs:
        return ecs;
    case Product::Sts:
        return sts;
    case Product::LogService:
        return logService;
    }
    Q_UNREACHABLE();
}

bool Endpoints::Overrides::isEmpty() const
{
    return emulator.isEmpty() && vpc.isEmpty() && ecs.isEmpty() && sts.isEmpty() && logService.isEmpty();
}

// IP literals need no resolver. "localhost" must be exactly that: with a trailing dot ("localhost.")
// or inside another name it is resolved through DNS, whose answer could point anywhere.
bool Endpoints::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name == u"localhost"_s || name == u"::1"_s)
        return true;
    if (name.startsWith(u"::ffff:"_s))
        name = name.mid(7);
    return isLoopbackIpv4(name);
}

Endpoints::CustomEndpointProblem Endpoints::checkCustom(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return CustomEndpointProblem::NotAUrl;
    const QString scheme = endpoint.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return CustomEndpointProblem::UnsupportedScheme;
    if (!endpoint.userInfo().isEmpty())
        return CustomEndpointProblem::HasUserInfo;
    if (!hasOnlyRootPath(endpoint) || endpoint.hasQuery() || endpoint.hasFragment())
        return CustomEndpointProblem::HasPathOrQuery;
    // Plain http would expose the signed request, and with it the AccessKey ID and STS token.
    if (scheme == u"http"_s && !isLoopbackHost(endpoint.host()))
        return CustomEndpointProblem::PlainHttpNotLoopback;
    return CustomEndpointProblem::None;
}

QString Endpoints::problemMessage(CustomEndpointProblem problem)
{
    switch (problem) {
    case CustomEndpointProblem::None:
        return {};
    case CustomEndpointProblem::NotAUrl:
        return QCoreApplication::translate("Endpoints",
                                           "This is not a valid endpoint. Enter a host name such as "
                                           "vpc.cn-hangzhou.aliyuncs.com, or a URL such as http://127.0.0.1:8080.");
    case CustomEndpointProblem::UnsupportedScheme:
        return QCoreApplication::translate("Endpoints", "Only https:// endpoints (and http:// on this computer) "
                                                        "are supported. Change the address to start with https://.");
    case CustomEndpointProblem::PlainHttpNotLoopback:
        return QCoreApplication::translate("Endpoints",
                                           "Plain http:// is allowed only for an endpoint on this computer "
                                           "(127.0.0.1, ::1 or localhost). Use https:// for any other host.");
    case CustomEndpointProblem::HasPathOrQuery:
        return QCoreApplication::translate("Endpoints",
                                           "An endpoint is only a scheme, host and port. Remove the path, query "
                                           "or fragment, e.g. https://vpc.cn-hangzhou.aliyuncs.com.");
    case CustomEndpointProblem::HasUserInfo:
        return QCoreApplication::translate("Endpoints",
                                           "An endpoint must not contain a user name or password. Remove the part "
                                           "before \"@\"; credentials are configured separately.");
    }
    return {};
}

std::optional<QUrl> Endpoints::parseCustom(const QString &text, CustomEndpointProblem *problem)
{
    const auto report = [problem](CustomEndpointProblem value) {
        if (problem)
            *problem = value;
    };
    const QString trimmed = text.trimmed();
    report(CustomEndpointProblem::None);
    if (trimmed.isEmpty())
        return std::nullopt;
    // A bare host means https: the only scheme that is safe everywhere.
    const QString withScheme = trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed;
    QUrl url(withScheme, QUrl::StrictMode);
    const CustomEndpointProblem found = checkCustom(url);
    report(found);
    if (found != CustomEndpointProblem::None)
        return std::nullopt;
    url.setScheme(url.scheme().toLower());
    url.setPath({});
    // Plain HTTP goes to the loopback address itself, never to whatever "localhost" resolves to.
    if (url.scheme() == u"http"_s && url.host().compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        url.setHost(u"127.0.0.1"_s);
    return url;
}

QUrl Endpoints::resolve(const QString &regionId, const QUrl &customEndpoint)
{
    if (!customEndpoint.isEmpty())
        return customEndpoint;
    return defaultFor(regionId);
}

QUrl Endpoints::resolve(Product product, const QString &regionId, const Overrides &overrides)
{
    if (const QUrl own = overrides.forProduct(product); !own.isEmpty())
        return own;
    if (!overrides.emulator.isEmpty())
        return overrides.emulator;
    return defaultFor(product, regionId);
}
