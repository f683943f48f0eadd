#include "ui/inventory/accountinventories.h"

#include "core/api/apiclient.h"
#include "core/inventory/inventoryloader.h"
#include "ui/send/jobbuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

AccountInventories::AccountInventories(JobBuilder *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
}

AccountInventories::~AccountInventories() = default;

std::shared_ptr<const Inventory> AccountInventories::cached(const QString &profileId, const QString &regionId) const
{
    return m_cache.find(profileId, regionId);
}

bool AccountInventories::isLoading(const QString &profileId, const QString &regionId) const
{
    return m_loading.contains(InventoryCache::key(profileId, regionId));
}

void AccountInventories::load(const QString &profileId, const QString &regionId, bool refresh)
{
    if (profileId.isEmpty() || regionId.isEmpty() || isLoading(profileId, regionId))
        return;
    if (!refresh && cached(profileId, regionId))
        return;
    enqueue({profileId, regionId, false});
}

void AccountInventories::reloadFlowLogs(const QString &profileId, const QString &regionId)
{
    if (profileId.isEmpty() || regionId.isEmpty() || isLoading(profileId, regionId))
        return;
    enqueue({profileId, regionId, cached(profileId, regionId) != nullptr});
}

void AccountInventories::enqueue(const Waiting &waiting)
{
    m_loading.insert(InventoryCache::key(waiting.profileId, waiting.regionId), nullptr);
    m_waiting.append(waiting);
    Q_EMIT loadStarted(waiting.profileId, waiting.regionId);
    startWaiting();
}

void AccountInventories::startWaiting()
{
    while (m_running < maxLoadsAtOnce && !m_waiting.isEmpty()) {
        const Waiting waiting = m_waiting.takeFirst();
        ++m_running;
        startLoader(waiting);
    }
}

void AccountInventories::onFinished(const QString &profileId, const QString &regionId)
{
    m_loading.remove(InventoryCache::key(profileId, regionId));
    --m_running;
    startWaiting();
}

void AccountInventories::cancel(const QString &profileId, const QString &regionId)
{
    const QString loadKey = InventoryCache::key(profileId, regionId);
    const auto waiting = std::find_if(m_waiting.begin(), m_waiting.end(),
        [&](const Waiting &w) { return w.profileId == profileId && w.regionId == regionId; });
    if (waiting != m_waiting.end()) {
        m_waiting.erase(waiting);
        m_loading.remove(loadKey);
        Q_EMIT loadFailed(profileId, regionId, {});
        return;
    }
    if (const QPointer<InventoryLoader> loader = m_loading.value(loadKey))
        loader->cancel();
}

void AccountInventories::forget(const QString &profileId)
{
    m_cache.forget(profileId);
}

void AccountInventories::startLoader(const Waiting &waiting)
{
    const QString profileId = waiting.profileId;
    const QString regionId = waiting.regionId;
    m_jobs->connection(profileId, regionId, this,
        [this, waiting, profileId, regionId](const JobBuilder::Connection &connection, const QString &error) {
            const QString loadKey = InventoryCache::key(profileId, regionId);
            if (!error.isEmpty()) {
                onFinished(profileId, regionId);
                Q_EMIT loadFailed(profileId, regionId, error);
                return;
            }
            // One client per load: its settings and credentials are that profile's.
            auto *client = new ApiClient(&m_network, this);
            client->setSettings(connection.settings);
            if (connection.provider)
                client->setCredentialProvider(connection.provider);
            else
                client->setCredentials(connection.credentials);
            InventoryLoader::Target target;
            target.profileId = profileId;
            target.regionId = connection.regionId;
            target.vpcEndpoint = connection.settings.endpoint;
            target.ecsEndpoint = connection.ecsEndpoint;
            if (waiting.flowLogsOnly)
                target.types = {};
            auto *loader = new InventoryLoader(client, target, client);
            m_loading.insert(loadKey, loader);
            connect(loader, &InventoryLoader::progress, this,
                [this, profileId, regionId](int read, int total) { Q_EMIT progress(profileId, regionId, read, total); });
            connect(loader, &InventoryLoader::finished, this,
                [this, waiting, profileId, regionId, client](const Inventory &inventory, bool cancelled) {
                    onFinished(profileId, regionId);
                    client->deleteLater();
                    if (cancelled) {
                        Q_EMIT loadFailed(profileId, regionId, {});
                        return;
                    }
                    store(waiting, inventory);
                    Q_EMIT loaded(profileId, regionId, m_cache.find(profileId, regionId));
                });
            loader->start();
        });
}

// A flow-log listing replaces the flow logs of the cached inventory and keeps its resources.
void AccountInventories::store(const Waiting &waiting, const Inventory &inventory)
{
    const auto previous = waiting.flowLogsOnly ? cached(waiting.profileId, waiting.regionId) : nullptr;
    if (!previous) {
        m_cache.store(inventory);
        return;
    }
    Inventory merged = *previous;
    merged.flowLogs = inventory.flowLogs;
    merged.flowLogFailure = inventory.flowLogFailure;
    m_cache.store(std::move(merged));
}
