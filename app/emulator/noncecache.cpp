#include "emulator/noncecache.h"

NonceCache::NonceCache(qint64 windowMs, qsizetype maxEntries)
    : m_windowMs(windowMs)
    , m_maxEntries(maxEntries)
{
}

bool NonceCache::remember(const QString &accessKeyId, const QString &nonce, qint64 nowMs)
{
    forgetExpired(nowMs);
    const QString key = accessKeyId + QLatin1Char('\n') + nonce;
    if (m_expiryByKey.contains(key))
        return false;
    const qint64 expiry = nowMs + m_windowMs;
    m_expiryByKey.insert(key, expiry);
    m_expiryQueue.emplace_back(expiry, key);
    if (m_expiryByKey.size() > m_maxEntries)
        forgetOldest();
    return true;
}

void NonceCache::forgetExpired(qint64 nowMs)
{
    while (!m_expiryQueue.empty() && m_expiryQueue.front().first <= nowMs) {
        m_expiryByKey.remove(m_expiryQueue.front().second);
        m_expiryQueue.pop_front();
    }
}

void NonceCache::forgetOldest()
{
    m_expiryByKey.remove(m_expiryQueue.front().second);
    m_expiryQueue.pop_front();
}
