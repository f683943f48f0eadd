#include "core/config/renewingcredentialprovider.h"

#include <QPointer>

#include <algorithm>

RenewingCredentialProvider::RenewingCredentialProvider(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

RenewingCredentialProvider::~RenewingCredentialProvider() = default;

bool RenewingCredentialProvider::needsRenewal(const QDateTime &obtained, const QDateTime &expiration,
    const QDateTime &now)
{
    if (!expiration.isValid())
        return false; // no Expiration: kept for the run, as the official tools do
    const qint64 lifetimeMs = std::max<qint64>(0, obtained.msecsTo(expiration));
    const qint64 marginMs = std::min<qint64>(180'000, lifetimeMs / 4);
    return now.msecsTo(expiration) <= marginMs;
}

bool RenewingCredentialProvider::isFresh() const
{
    return m_haveCached && !needsRenewal(m_obtained, m_cached.expiration, m_clock());
}

void RenewingCredentialProvider::request(QObject *context, Callback callback)
{
    if (isFresh()) {
        CredentialProviders::deliverLater(context, std::move(callback), m_cached);
        return;
    }
    m_waiting.append({context, std::move(callback)});
    if (m_fetching)
        return;
    m_fetching = true;
    ++m_fetches;
    // Started from the event loop, so that a fetch that answers at once still answers later.
    QMetaObject::invokeMethod(
        &m_context, [this] { fetch([this](const CredentialAnswer &answer) { onFetched(answer); }); },
        Qt::QueuedConnection);
}

void RenewingCredentialProvider::onFetched(const CredentialAnswer &answer)
{
    m_fetching = false;
    m_haveCached = answer.ok();
    m_obtained = m_clock();
    m_cached = answer.ok() ? answer : CredentialAnswer {};
    for (const Waiter &waiter : std::exchange(m_waiting, {})) {
        if (waiter.context)
            waiter.callback(answer);
    }
}

void RenewingCredentialProvider::invalidate(const Credentials &used)
{
    // Another call may already have renewed them: only the rejected set is dropped.
    if (m_haveCached && m_cached.credentials == used) {
        m_haveCached = false;
        m_cached = {};
    }
}

std::optional<Credentials> RenewingCredentialProvider::cached() const
{
    if (!m_haveCached)
        return std::nullopt;
    return m_cached.credentials;
}
