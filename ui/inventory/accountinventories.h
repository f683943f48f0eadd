#pragma once

#include "core/inventory/inventorycache.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class InventoryLoader;
class JobBuilder;

// The account views' one source of inventories: loads a (profile, region) on request, in the
// background, keeps the last one of each in a cache, and tells every view when one arrives. At
// most one load per (profile, region) runs at a time; a refresh while one runs joins it.
class AccountInventories final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountInventories)

public:
    // jobs is not owned and must outlive the service.
    explicit AccountInventories(JobBuilder *jobs, QObject *parent = nullptr);
    ~AccountInventories() override;

    // The last inventory loaded for it, or null.
    std::shared_ptr<const Inventory> cached(const QString &profileId, const QString &regionId) const;
    bool isLoading(const QString &profileId, const QString &regionId) const;
    // Loads unless a cached inventory exists (refresh: load anyway) or a load is under way.
    void load(const QString &profileId, const QString &regionId, bool refresh = false);
    // Lists the region's flow logs anew and keeps the rest of the cached inventory (the Flow logs
    // tab's refresh, and following flow logs in a transient state: a large account's ENIs are not
    // listed again for that). Without a cached inventory, loads everything.
    void reloadFlowLogs(const QString &profileId, const QString &regionId);
    void cancel(const QString &profileId, const QString &regionId);
    // Drops every cached inventory of a profile (its credentials or endpoints changed).
    void forget(const QString &profileId);

Q_SIGNALS:
    void loadStarted(const QString &profileId, const QString &regionId);
    void progress(const QString &profileId, const QString &regionId, int read, int total);
    // A load ended (listings that failed are recorded in the inventory).
    void loaded(const QString &profileId, const QString &regionId, std::shared_ptr<const Inventory> inventory);
    // A load could not start or was cancelled: no endpoint, no credentials. error is translated;
    // empty when cancelled.
    void loadFailed(const QString &profileId, const QString &regionId, const QString &error);

private:
    struct Waiting
    {
        QString profileId;
        QString regionId;
        bool flowLogsOnly = false;
        friend bool operator==(const Waiting &, const Waiting &) = default;
    };
    void enqueue(const Waiting &waiting);
    void startLoader(const Waiting &waiting);
    void store(const Waiting &waiting, const Inventory &inventory);
    void startWaiting();
    void onFinished(const QString &profileId, const QString &regionId);

    // Loads at once; more wait (every region of a profile is four listings each).
    static constexpr int maxLoadsAtOnce = 4;

    JobBuilder *m_jobs;
    QNetworkAccessManager m_network;
    InventoryCache m_cache;
    QHash<QString, QPointer<InventoryLoader>> m_loading; // by InventoryCache::key(); null while waiting or fetching credentials
    QList<Waiting> m_waiting;                            // not started yet
    int m_running = 0;
};
