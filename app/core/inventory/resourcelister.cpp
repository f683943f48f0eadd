#include "core/inventory/resourcelister.h"

#include "core/api/apiclient.h"
#include "core/inventory/pagereader.h"

#include <QJsonArray>
#include <QTimer>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString vpcApiVersion = u"2016-04-28"_s;
const QString ecsApiVersion = u"2014-05-26"_s;

struct Shape
{
    QLatin1StringView list; // Vpcs, VSwitches, NetworkInterfaceSets
    QLatin1StringView item; // Vpc, VSwitch, NetworkInterfaceSet
};

Shape shapeOf(ResourceType type)
{
    switch (type) {
    case ResourceType::Vpc:
        return {"Vpcs"_L1, "Vpc"_L1};
    case ResourceType::VSwitch:
        return {"VSwitches"_L1, "VSwitch"_L1};
    case ResourceType::NetworkInterface:
        return {"NetworkInterfaceSets"_L1, "NetworkInterfaceSet"_L1};
    }
    Q_UNREACHABLE();
}

// The items of a listing: {"Vpcs": {"Vpc": [...]}}, one item as an object, or a bare array.
QJsonArray itemsOf(ResourceType type, const QJsonObject &body)
{
    const Shape shape = shapeOf(type);
    const QJsonValue list = body.value(shape.list);
    const QJsonValue items = list.isArray() ? list : list.toObject().value(shape.item);
    if (items.isArray())
        return items.toArray();
    if (items.isObject())
        return QJsonArray {items};
    return {};
}

QString text(const QJsonObject &object, QLatin1StringView name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString() : value.toVariant().toString();
}

// The primary private IP: PrivateIpAddress, else the PrivateIpSets entry marked Primary.
QString primaryIp(const QJsonObject &item)
{
    const QString direct = text(item, "PrivateIpAddress"_L1);
    if (!direct.isEmpty())
        return direct;
    const QJsonValue sets = item.value("PrivateIpSets"_L1).toObject().value("PrivateIpSet"_L1);
    const QJsonArray list = sets.isArray() ? sets.toArray() : QJsonArray {sets};
    for (const QJsonValue &set : list) {
        const QJsonObject entry = set.toObject();
        if (entry.value("Primary"_L1).toVariant().toBool())
            return text(entry, "PrivateIpAddress"_L1);
    }
    return {};
}

CloudResource parseItem(ResourceType type, const QJsonObject &item, const QString &regionId, StringPool &pool)
{
    CloudResource resource;
    resource.type = type;
    const QString itemRegion = text(item, "RegionId"_L1);
    resource.regionId = pool.intern(itemRegion.isEmpty() ? regionId : itemRegion);
    resource.status = pool.intern(text(item, "Status"_L1));
    switch (type) {
    case ResourceType::Vpc:
        resource.id = pool.intern(text(item, "VpcId"_L1)); // ENIs and vSwitches share it
        resource.name = text(item, "VpcName"_L1);
        resource.cidrBlock = text(item, "CidrBlock"_L1);
        break;
    case ResourceType::VSwitch:
        resource.id = pool.intern(text(item, "VSwitchId"_L1)); // ENIs share it
        resource.name = text(item, "VSwitchName"_L1);
        resource.vpcId = pool.intern(text(item, "VpcId"_L1));
        resource.zoneId = pool.intern(text(item, "ZoneId"_L1));
        resource.cidrBlock = text(item, "CidrBlock"_L1);
        break;
    case ResourceType::NetworkInterface:
        resource.id = text(item, "NetworkInterfaceId"_L1);
        resource.name = text(item, "NetworkInterfaceName"_L1);
        resource.vpcId = pool.intern(text(item, "VpcId"_L1));
        resource.vSwitchId = pool.intern(text(item, "VSwitchId"_L1));
        resource.zoneId = pool.intern(text(item, "ZoneId"_L1));
        resource.privateIpAddress = primaryIp(item);
        resource.instanceId = text(item, "InstanceId"_L1);
        break;
    }
    resource.name.squeeze();
    return resource;
}

} // namespace

ResourceLister::ResourceLister(ApiClient *client, const Query &query, QObject *parent, StringPool *pool)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
    , m_pool(pool ? pool : &m_ownPool)
{
    qRegisterMetaType<CloudResources>();
}

ResourceLister::~ResourceLister()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

ApiCall ResourceLister::pageCall(const Query &query, int pageNumber, const QString &nextToken)
{
    ApiCall call;
    call.parameters.append({u"RegionId"_s, query.regionId});
    switch (query.type) {
    case ResourceType::Vpc:
        call.action = u"DescribeVpcs"_s;
        break;
    case ResourceType::VSwitch:
        call.action = u"DescribeVSwitches"_s;
        break;
    case ResourceType::NetworkInterface:
        call.action = u"DescribeNetworkInterfaces"_s;
        call.apiVersion = ecsApiVersion;
        if (!query.vpcId.isEmpty())
            call.parameters.append({u"VpcId"_s, query.vpcId});
        if (!nextToken.isEmpty())
            call.parameters.append({u"NextToken"_s, nextToken});
        call.parameters.append({u"MaxResults"_s, QString::number(networkInterfacePageSize)});
        return call;
    }
    call.apiVersion = vpcApiVersion;
    if (query.type == ResourceType::VSwitch && !query.vpcId.isEmpty())
        call.parameters.append({u"VpcId"_s, query.vpcId});
    call.parameters.append({u"PageNumber"_s, QString::number(pageNumber)});
    call.parameters.append({u"PageSize"_s, QString::number(vpcPageSize)});
    return call;
}

CloudResources ResourceLister::parsePage(
    ResourceType type, const QJsonObject &body, const QString &regionId, StringPool &pool)
{
    const QJsonArray items = itemsOf(type, body);
    CloudResources resources;
    resources.reserve(items.size());
    for (const QJsonValue &item : items)
        resources.append(parseItem(type, item.toObject(), regionId, pool));
    return resources;
}

QString ResourceLister::nextToken(const QJsonObject &body)
{
    return text(body, "NextToken"_L1);
}

void ResourceLister::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_cancelled) {
            ApiResult cancelled;
            cancelled.outcome = Outcome::Cancelled;
            cancelled.code = QString::fromLatin1("Cancelled");
            finish(cancelled);
        } else if (m_query.type == ResourceType::NetworkInterface) {
            requestNetworkInterfaces({});
        } else {
            startPaged();
        }
    });
}

void ResourceLister::cancel()
{
    m_cancelled = true;
    if (m_pages)
        m_pages->cancel();
    if (m_call)
        m_call->cancel();
}

void ResourceLister::startPaged()
{
    const Query query = m_query;
    const ResourceType type = query.type;
    m_pages = new PageReader(
        m_client, [query](int page) { return pageCall(query, page); },
        [type](const QJsonObject &body) { return int(itemsOf(type, body).size()); }, query.endpoint,
        vpcPageSize, this);
    connect(m_pages, &PageReader::pageRead, this, [this](int page, const QJsonObject &body, int total) {
        m_byPage.insert(page, parsePage(m_query.type, body, m_query.regionId, *m_pool));
        m_total = total;
        int read = 0;
        for (const CloudResources &resources : std::as_const(m_byPage))
            read += int(resources.size());
        Q_EMIT progress(read, total);
    });
    connect(m_pages, &PageReader::finished, this, [this](const ApiResult &result) {
        for (const CloudResources &resources : std::as_const(m_byPage))
            m_resources.append(resources);
        m_byPage.clear();
        finish(result);
    });
    m_pages->start();
}

// NextToken pages follow one another: each token comes with the page before.
void ResourceLister::requestNetworkInterfaces(const QString &nextToken)
{
    m_call = m_client->call(pageCall(m_query, 1, nextToken), true, m_query.endpoint);
    connect(m_call, &ApiCallHandle::finished, this, &ResourceLister::onNetworkInterfaces);
}

void ResourceLister::onNetworkInterfaces(const ApiResult &result)
{
    m_call = nullptr;
    if (!result.ok()) {
        finish(result);
        return;
    }
    const CloudResources page = parsePage(m_query.type, result.body, m_query.regionId, *m_pool);
    m_resources.append(page);
    const QString token = nextToken(result.body);
    Q_EMIT progress(int(m_resources.size()), -1); // TotalCount is not valid with NextToken
    if (token.isEmpty() || page.isEmpty() || m_cancelled) {
        finish(result);
        return;
    }
    requestNetworkInterfaces(token);
}

void ResourceLister::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    ApiResult summary = result;
    summary.body = {};
    Q_EMIT finished(m_resources, summary);
}
