#pragma once

#include "core/inventory/inventory.h"
#include "core/inventory/stringpool.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class PageReader;
class ResourceLister;

// Loads one region's Inventory: the three resource listings and every page of DescribeFlowLogs,
// concurrently over one ApiClient, never blocking the caller's event loop. A listing that fails
// does not stop the others: it is recorded in Inventory::resourceFailures / flowLogFailure.
class InventoryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryLoader)

public:
    struct Target
    {
        QString profileId;
        QString regionId;
        QUrl vpcEndpoint; // Endpoints::resolve(Product::Vpc, …): VPCs, vSwitches, flow logs
        QUrl ecsEndpoint; // Endpoints::resolve(Product::Ecs, …): ENIs
        // Which resource types to list; flow logs are always listed.
        QList<ResourceType> types = ResourceTypes::all();
    };

    InventoryLoader(ApiClient *client, const Target &target, QObject *parent = nullptr);
    ~InventoryLoader() override;

    void start();
    // Stops every listing; finished() follows with what was read and cancelled = true.
    void cancel();

Q_SIGNALS:
    // Items read so far over all listings, and their known total (-1 while a total is unknown).
    void progress(int read, int total);
    void finished(const Inventory &inventory, bool cancelled);

private:
    void startResources(ResourceType type);
    void startFlowLogs();
    void onListingDone();
    void learnMembership();
    void startMembershipCall();
    void reportProgress();
    void finish();

    static constexpr int membershipCallsInFlight = 4;

    ApiClient *m_client;
    Target m_target;
    Inventory m_inventory;
    StringPool m_pool;
    QList<QPointer<QObject>> m_running; // listers and page readers
    QHash<QObject *, std::pair<int, int>> m_progress; // read, total (-1 unknown) per listing
    QStringList m_membershipQueue;
    int m_listingsLeft = 0;
    int m_membershipInFlight = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};
