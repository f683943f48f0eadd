#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QNetworkProxyFactory>

// The system's proxies, as QNetworkProxyFactory::setUseSystemConfiguration(true) finds them (on
// Linux through libproxy: https_proxy for https:// URLs, http_proxy for http:// and as the fallback,
// no_proxy honoured), plus all_proxy, which libproxy does not read: when the system names no proxy
// for a host that no_proxy does not cover, all_proxy (or ALL_PROXY) is used. Qt itself never asks
// for loopback hosts, so they are never proxied.
//
// Answers are kept for 30 s per scheme, host, port and proxy environment: Qt asks for every
// request, and a libproxy lookup each time cost flowlog-cli batch about a fifth more CPU.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    static constexpr int cacheLifetimeMs = 30'000;

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // no_proxy's rule as curl and libproxy read it: "*", or comma-separated host names and domain
    // suffixes ("example.com" and ".example.com" both cover example.com and its subdomains).
    static bool isExcluded(const QString &host, const QString &noProxy);

private:
    struct CachedAnswer
    {
        QList<QNetworkProxy> proxies;
        QDeadlineTimer expiry;
    };

    QList<QNetworkProxy> lookUp(const QNetworkProxyQuery &query) const;

    QMutex m_mutex; // Qt may ask from several threads
    QHash<QString, CachedAnswer> m_cache;
};
