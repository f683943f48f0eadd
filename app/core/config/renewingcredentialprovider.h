#pragma once

#include "core/api/credentialprovider.h"

#include <QList>
#include <QPointer>
#include <QObject>

#include <functional>

// The cache of every provider of temporary credentials (a role, the metadata service, a URI, a
// process): what was fetched is kept in memory only and answered until it nears its expiry, when
// min(180 s, a quarter of its lifetime) or less remains. Then one fetch at a time renews it, and
// every request that arrives meanwhile waits for that one fetch. A failed fetch is answered to each
// waiting request and is not cached: the next request tries again.
class RenewingCredentialProvider : public CredentialProvider
{
public:
    using Clock = std::function<QDateTime()>; // UTC
    using FetchDone = std::function<void(const CredentialAnswer &answer)>;

    explicit RenewingCredentialProvider(Clock clock = {});
    ~RenewingCredentialProvider() override;

    void request(QObject *context, Callback callback) override;
    void invalidate(const Credentials &used) override;
    std::optional<Credentials> cached() const override;
    bool isTemporary() const override { return true; }

    // How many fetches have been started: for tests of the sharing.
    int fetchCount() const { return m_fetches; }
    // Whether credentials obtained at `obtained` and expiring at `expiration` need renewing at `now`.
    static bool needsRenewal(const QDateTime &obtained, const QDateTime &expiration, const QDateTime &now);

protected:
    // Obtains new credentials; done runs once, on the event loop, with m_context alive. Called only
    // when no other fetch is running.
    virtual void fetch(FetchDone done) = 0;
    // Receives callbacks of the network and process work, lives as long as the provider.
    QObject *context() { return &m_context; }
    QDateTime now() const { return m_clock(); }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    bool isFresh() const;
    void onFetched(const CredentialAnswer &answer);

    Clock m_clock;
    QObject m_context;
    CredentialAnswer m_cached;
    QDateTime m_obtained;
    bool m_haveCached = false;
    bool m_fetching = false;
    int m_fetches = 0;
    QList<Waiter> m_waiting;
};
