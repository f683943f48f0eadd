#include "core/api/httpconnectionpool.h"

#include "core/api/httpconnection.h"

HttpConnectionPool::HttpConnectionPool(int maxIdlePerOrigin, QObject *parent)
    : QObject(parent)
    , m_maxIdlePerOrigin(maxIdlePerOrigin)
{
}

HttpConnection *HttpConnectionPool::acquire(const QUrl &url, QObject *user)
{
    dropStale();
    const QString key = HttpConnection::originKey(url);
    // The most recently used first: it is the least likely to have been closed by the server.
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        HttpConnection *connection = m_idle.at(i);
        if (connection->originKey() == key) {
            m_idle.removeAt(i);
            connection->setParent(user);
            return connection;
        }
    }
    return new HttpConnection(url, user);
}

void HttpConnectionPool::release(HttpConnection *connection)
{
    const QString key = connection->originKey();
    const auto sameOrigin = [&key](const HttpConnection *idle) { return idle->originKey() == key; };
    if (!connection->isReusable()
        || std::count_if(m_idle.cbegin(), m_idle.cend(), sameOrigin) >= m_maxIdlePerOrigin) {
        connection->setParent(nullptr);
        connection->deleteLater();
        return;
    }
    connection->setParent(this);
    m_idle.append(connection);
}

void HttpConnectionPool::dropStale()
{
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        if (!m_idle.at(i)->isReusable())
            delete m_idle.takeAt(i);
    }
}
