#include "core/inventory/inventoryloader.h"

#include "core/api/apiclient.h"
#include "core/api/flowloginfo.h"
#include "core/inventory/coverage.h"
#include "core/inventory/pagereader.h"
#include "core/inventory/resourcelister.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

int flowLogItems(const QJsonObject &body)
{
    return int(FlowLogInfo::listFromDescribeBody(body).size());
}

} // namespace

InventoryLoader::InventoryLoader(ApiClient *client, const Target &target, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_target(target)
{
    qRegisterMetaType<Inventory>();
    m_inventory.profileId = target.profileId;
    m_inventory.regionId = target.regionId;
}

InventoryLoader::~InventoryLoader() = default;

void InventoryLoader::start()
{
    QTimer::singleShot(0, this, [this] {
        for (ResourceType type : std::as_const(m_target.types))
            startResources(type);
        startFlowLogs();
    });
}

void InventoryLoader::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_membershipQueue.clear();
    const QList<QPointer<QObject>> running = m_running;
    for (const QPointer<QObject> &object : running) {
        if (auto *lister = qobject_cast<ResourceLister *>(object))
            lister->cancel();
        else if (auto *pages = qobject_cast<PageReader *>(object))
            pages->cancel();
    }
}

void InventoryLoader::startResources(ResourceType type)
{
    ResourceLister::Query query;
    query.regionId = m_target.regionId;
    query.type = type;
    query.endpoint = type == ResourceType::NetworkInterface ? m_target.ecsEndpoint : m_target.vpcEndpoint;
    auto *lister = new ResourceLister(m_client, query, this, &m_pool);
    m_running.append(lister);
    ++m_listingsLeft;
    connect(lister, &ResourceLister::progress, this, [this, lister](int read, int total) {
        m_progress.insert(lister, {read, total});
        reportProgress();
    });
    connect(lister, &ResourceLister::finished, this,
        [this, lister, type](const CloudResources &resources, const ApiResult &result) {
            CloudResources &list = type == ResourceType::Vpc ? m_inventory.vpcs
                : type == ResourceType::VSwitch              ? m_inventory.vSwitches
                                                             : m_inventory.networkInterfaces;
            list = resources;
            if (!result.ok())
                m_inventory.resourceFailures.insert(type, result);
            lister->deleteLater();
            onListingDone();
        });
    lister->start();
}

void InventoryLoader::startFlowLogs()
{
    const QString regionId = m_target.regionId;
    auto *pages = new PageReader(
        m_client,
        [regionId](int page) {
            FlowLogFilter filter;
            filter.regionId = regionId;
            filter.pageNumber = page;
            return filter.toApiCall();
        },
        flowLogItems, m_target.vpcEndpoint, 50, this);
    m_running.append(pages);
    ++m_listingsLeft;
    auto byPage = std::make_shared<QMap<int, QList<FlowLogInfo>>>();
    connect(pages, &PageReader::pageRead, this,
        [this, pages, byPage](int page, const QJsonObject &body, int total) {
            byPage->insert(page, FlowLogInfo::listFromDescribeBody(body));
            int read = 0;
            for (const QList<FlowLogInfo> &list : std::as_const(*byPage))
                read += int(list.size());
            m_progress.insert(pages, {read, total});
            reportProgress();
        });
    connect(pages, &PageReader::finished, this, [this, pages, byPage](const ApiResult &result) {
        for (const QList<FlowLogInfo> &list : std::as_const(*byPage))
            m_inventory.flowLogs.append(list);
        if (!result.ok())
            m_inventory.flowLogFailure = result;
        pages->deleteLater();
        onListingDone();
    });
    pages->start();
}

void InventoryLoader::reportProgress()
{
    int read = 0;
    int total = 0;
    for (const auto &[listingRead, listingTotal] : std::as_const(m_progress)) {
        read += listingRead;
        total = (total < 0 || listingTotal < 0) ? -1 : total + listingTotal;
    }
    // A listing that has not answered yet has no total either.
    if (m_progress.size() < m_target.types.size() + 1)
        total = -1;
    Q_EMIT progress(read, total);
}

void InventoryLoader::onListingDone()
{
    if (--m_listingsLeft > 0)
        return;
    if (!m_cancelled)
        m_membershipQueue = Coverage::vpcsNeedingMembership(m_inventory);
    if (m_membershipQueue.isEmpty()) {
        finish();
        return;
    }
    learnMembership();
}

// A vSwitch or ENI listing failed: which VPC their flow logs belong to is asked of the flow-log API
// itself, VPC by VPC (DescribeFlowLogs with VpcId), as it would be of the real cloud.
void InventoryLoader::learnMembership()
{
    while (!m_membershipQueue.isEmpty() && m_membershipInFlight < membershipCallsInFlight)
        startMembershipCall();
    if (m_membershipInFlight == 0)
        finish();
}

void InventoryLoader::startMembershipCall()
{
    const QString vpcId = m_membershipQueue.takeFirst();
    const QString regionId = m_target.regionId;
    auto *pages = new PageReader(
        m_client,
        [regionId, vpcId](int page) {
            FlowLogFilter filter;
            filter.regionId = regionId;
            filter.vpcId = vpcId;
            filter.pageNumber = page;
            return filter.toApiCall();
        },
        flowLogItems, m_target.vpcEndpoint, 50, this);
    m_running.append(pages);
    ++m_membershipInFlight;
    auto ids = std::make_shared<QStringList>();
    connect(pages, &PageReader::pageRead, this, [ids](int, const QJsonObject &body, int) {
        for (const FlowLogInfo &flowLog : FlowLogInfo::listFromDescribeBody(body))
            ids->append(flowLog.flowLogId);
    });
    connect(pages, &PageReader::finished, this, [this, pages, ids, vpcId](const ApiResult &result) {
        if (result.ok())
            m_inventory.flowLogIdsByVpc.insert(vpcId, *ids);
        else
            m_inventory.flowLogIdsByVpcFailures.insert(vpcId, result);
        pages->deleteLater();
        --m_membershipInFlight;
        learnMembership();
    });
    pages->start();
}

void InventoryLoader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_inventory.loadedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_inventory, m_cancelled);
}
