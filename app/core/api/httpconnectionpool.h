#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

class HttpConnection;

// Keeps up to maxIdlePerOrigin idle HttpConnections per scheme, host and port for reuse. Busy
// connections are not limited: callers bound their own concurrency.
class HttpConnectionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnectionPool)

public:
    explicit HttpConnectionPool(int maxIdlePerOrigin = 16, QObject *parent = nullptr);

    // A reusable idle connection to url's origin, or a new one. `user` owns it until release(); a
    // connection deleted with its user is simply gone.
    HttpConnection *acquire(const QUrl &url, QObject *user);
    // Takes a connection back: kept when it can carry another request and there is room, deleted
    // otherwise.
    void release(HttpConnection *connection);
    int idleCount() const { return int(m_idle.size()); }

private:
    void dropStale();

    int m_maxIdlePerOrigin;
    QList<HttpConnection *> m_idle; // children of this pool
};
