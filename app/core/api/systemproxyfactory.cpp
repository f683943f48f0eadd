#include "core/api/systemproxyfactory.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString environment(const char *lower, const char *upper)
{
    const QString value = qEnvironmentVariable(lower);
    return value.isEmpty() ? qEnvironmentVariable(upper) : value;
}

bool namesNoProxy(const QList<QNetworkProxy> &proxies)
{
    return proxies.isEmpty() || (proxies.size() == 1 && proxies.first().type() == QNetworkProxy::NoProxy);
}

// "http://host:port", "socks5://host:port" or "host:port"; a proxy of no known scheme is not used.
std::optional<QNetworkProxy> proxyFromUrl(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme.startsWith(u"socks"_s))
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme != u"http"_s && scheme != u"https"_s)
        return std::nullopt;
    const int defaultPort = type == QNetworkProxy::Socks5Proxy ? 1080 : 8080;
    return QNetworkProxy(type, url.host(), quint16(url.port(defaultPort)), url.userName(), url.password());
}

// What the answer depends on: the destination and every variable a lookup reads.
QString cacheKey(const QNetworkProxyQuery &query)
{
    QString key = query.protocolTag() + u' ' + query.peerHostName() + u' ' + QString::number(query.peerPort())
        + u' ' + QString::number(int(query.queryType()));
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY",
             "ALL_PROXY", "NO_PROXY"})
        key += u'\n' + qEnvironmentVariable(name);
    return key;
}

} // namespace

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString key = cacheKey(query);
    const QMutexLocker lock(&m_mutex);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd() && !cached->expiry.hasExpired())
        return cached->proxies;
    if (m_cache.size() > 256) // many hosts: start over rather than grow
        m_cache.clear();
    const QList<QNetworkProxy> proxies = lookUp(query);
    m_cache.insert(key, {proxies, QDeadlineTimer(cacheLifetimeMs)});
    return proxies;
}

QList<QNetworkProxy> SystemProxyFactory::lookUp(const QNetworkProxyQuery &query) const
{
    const QList<QNetworkProxy> system = systemProxyForQuery(query);
    if (!namesNoProxy(system))
        return system;
    const QString allProxy = environment("all_proxy", "ALL_PROXY");
    if (allProxy.isEmpty() || isExcluded(query.peerHostName(), environment("no_proxy", "NO_PROXY")))
        return system;
    const std::optional<QNetworkProxy> proxy = proxyFromUrl(allProxy);
    return proxy ? QList<QNetworkProxy> {*proxy} : system;
}

bool SystemProxyFactory::isExcluded(const QString &host, const QString &noProxy)
{
    const QString name = host.toLower();
    for (QString entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == u"*"_s)
            return true;
        if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (!entry.isEmpty() && (name == entry || name.endsWith(u'.' + entry)))
            return true;
    }
    return false;
}
