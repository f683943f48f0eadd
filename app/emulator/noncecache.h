#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <utility>

// Remembers signature nonces for a window (the gateway's 15 minutes), per AccessKey ID, so that a
// replayed or retried-with-the-same-nonce request is rejected. Expired nonces are forgotten, and so
// are the oldest ones beyond maxEntries: under a long load test memory stays bounded (about 100 MB
// at the default), at the price of a shorter window above ~550 requests/s.
class NonceCache
{
public:
    explicit NonceCache(qint64 windowMs = 15 * 60 * 1000, qsizetype maxEntries = 500000);

    // true if the nonce was new (and is now remembered); false if it was seen within the window.
    bool remember(const QString &accessKeyId, const QString &nonce, qint64 nowMs);
    qsizetype size() const { return m_expiryByKey.size(); }

private:
    void forgetExpired(qint64 nowMs);
    void forgetOldest();

    qint64 m_windowMs = 0;
    qsizetype m_maxEntries = 0;
    QHash<QString, qint64> m_expiryByKey;
    std::deque<std::pair<qint64, QString>> m_expiryQueue; // oldest first
};
