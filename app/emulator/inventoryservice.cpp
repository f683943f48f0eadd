#include "emulator/inventoryservice.h"

#include "core/config/regioncatalog.h"
#include "emulator/flowlogrecord.h"
#include "emulator/inventoryjson.h"
#include "emulator/ipv4cidr.h"
#include "emulator/resourceids.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

const QString describeVpcsAction = u"DescribeVpcs"_s;
const QString describeVSwitchesAction = u"DescribeVSwitches"_s;
const QString createVpcAction = u"CreateVpc"_s;
const QString createVSwitchAction = u"CreateVSwitch"_s;
const QString defaultVpcCidr = u"172.16.0.0/12"_s; // CreateVpc's documented default

InventoryService::Outcome failure(const EmulatorError &error)
{
    return {{}, error, false};
}

// Our codes where the notes give none for these actions (README: "our choice").
EmulatorError vpcNotFound()
{
    return {404, u"InvalidVpcId.NotFound"_s, u"The specified VpcId is not found."_s};
}

EmulatorError malformedCidr(const QString &detail)
{
    return {400, u"InvalidCidrBlock.Malformed"_s, u"The specified CidrBlock is not valid. %1"_s.arg(detail)};
}

std::optional<EmulatorError> checkCidr(const QString &text, int shortest, int longest)
{
    const auto cidr = Ipv4Cidr::parse(text);
    if (!cidr || cidr->prefixLength < shortest || cidr->prefixLength > longest) {
        return malformedCidr(
            u"It must be an IPv4 block a.b.c.d/n with n from %1 to %2 and no host bits set."_s.arg(shortest)
                .arg(longest));
    }
    return std::nullopt;
}

std::optional<EmulatorError> checkLength(const AuthenticatedCall &call, const QString &name, int maximum)
{
    if (call.value(name).size() > maximum)
        return EmulatorError::invalidParameter(
            name, u"It must be at most %1 characters long."_s.arg(maximum));
    return std::nullopt;
}

// The paged answer both Describe actions give: TotalCount, PageNumber, PageSize as numbers.
QJsonObject pagedBody(const QString &listKey, const QString &itemKey, const QJsonArray &items,
    const InventoryPaging::Page &page, int pageNumber, int pageSize)
{
    return {
        {u"TotalCount"_s, qint64(page.total)},
        {u"PageNumber"_s, pageNumber},
        {u"PageSize"_s, pageSize},
        {listKey, QJsonObject {{itemKey, items}}},
    };
}

bool matchesBool(bool value, const QString &wanted)
{
    return wanted.isEmpty() || (wanted.compare(u"true"_s, Qt::CaseInsensitive) == 0) == value;
}

} // namespace

InventoryService::InventoryService(InventoryStore *store)
    : m_store(store)
{
}

bool InventoryService::isKnownAction(const QString &action)
{
    return action == describeVpcsAction || action == describeVSwitchesAction || action == createVpcAction
        || action == createVSwitchAction;
}

InventoryService::Outcome InventoryService::execute(const AuthenticatedCall &call, qint64 nowMs)
{
    if (call.action == describeVpcsAction)
        return describeVpcs(call);
    if (call.action == describeVSwitchesAction)
        return describeVSwitches(call);
    if (call.action == createVpcAction)
        return createVpc(call, nowMs);
    if (call.action == createVSwitchAction)
        return createVSwitch(call, nowMs);
    return failure({404, u"InvalidAction.NotFound"_s,
        u"Specified api is not found, please check your url and method."_s});
}

std::optional<EmulatorError> InventoryService::checkRegion(const QString &regionId)
{
    if (regionId.isEmpty())
        return EmulatorError::missingParameter(u"RegionId"_s);
    if (!RegionCatalog::isKnown(regionId))
        return EmulatorError {
            404, u"InvalidRegionId.NotFound"_s, u"The specified RegionId does not exist."_s};
    return std::nullopt;
}

QString InventoryService::utc(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

InventoryService::Outcome InventoryService::describeVpcs(const AuthenticatedCall &call)
{
    const QString regionId = call.value(u"RegionId"_s);
    if (auto error = checkRegion(regionId))
        return failure(*error);
    std::optional<EmulatorError> error;
    const auto pageNumber = InventoryPaging::integer(call, u"PageNumber"_s, 1, 1, INT_MAX, &error);
    const auto pageSize = InventoryPaging::integer(call, u"PageSize"_s, 10, 1, maxPageSize, &error);
    const QString vpcIds = call.value(u"VpcId"_s);
    if (vpcIds.split(u',', Qt::SkipEmptyParts).size() > maxVpcIds)
        error = EmulatorError::invalidParameter(u"VpcId"_s, u"At most %1 IDs may be given."_s.arg(maxVpcIds));
    if (error)
        return failure(*error);
    const QList<int> candidates
        = vpcIds.isEmpty() ? m_store->region(regionId).vpcs : requestedVpcs(regionId, vpcIds);
    const auto page = InventoryPaging::byNumber(
        candidates, vpcMatch(*m_store, call), qint64(*pageNumber - 1) * *pageSize, *pageSize);
    QJsonArray items;
    for (const int index : page.items)
        items.append(InventoryJson::vpc(*m_store, index, call.accountId));
    return {pagedBody(u"Vpcs"_s, u"Vpc"_s, items, page, *pageNumber, *pageSize)};
}

// The VPCs of a comma-separated VpcId in this region, each once, in creation order.
QList<int> InventoryService::requestedVpcs(const QString &regionId, const QString &vpcIds) const
{
    QList<int> found;
    for (const QString &id : vpcIds.split(u',', Qt::SkipEmptyParts)) {
        const int index = m_store->findVpc(id.trimmed());
        if (index >= 0 && m_store->vpc(index).regionId == regionId && !found.contains(index))
            found.append(index);
    }
    std::sort(found.begin(), found.end());
    return found;
}

InventoryPaging::Match InventoryService::vpcMatch(const InventoryStore &store, const AuthenticatedCall &call)
{
    const QString name = call.value(u"VpcName"_s);
    const QString isDefault = call.value(u"IsDefault"_s);
    const QString resourceGroupId = call.value(u"ResourceGroupId"_s);
    if (name.isEmpty() && isDefault.isEmpty() && resourceGroupId.isEmpty())
        return {};
    return [&store, name, isDefault, resourceGroupId](int index) {
        const VpcRecord &vpc = store.vpc(index);
        return (name.isEmpty() || vpc.vpcName == name) && matchesBool(vpc.isDefault, isDefault)
            && (resourceGroupId.isEmpty() || vpc.resourceGroupId == resourceGroupId);
    };
}

InventoryService::Outcome InventoryService::describeVSwitches(const AuthenticatedCall &call)
{
    QString regionId = call.value(u"RegionId"_s);
    const QString vpcId = call.value(u"VpcId"_s);
    if (regionId.isEmpty() && !vpcId.isEmpty()) {
        const int vpc = m_store->findVpc(vpcId);
        regionId = vpc < 0 ? QString() : m_store->vpc(vpc).regionId;
    } else if (auto error = checkRegion(regionId)) {
        return failure(*error);
    }
    std::optional<EmulatorError> error;
    const auto pageNumber = InventoryPaging::integer(call, u"PageNumber"_s, 1, 1, INT_MAX, &error);
    const auto pageSize = InventoryPaging::integer(call, u"PageSize"_s, 10, 1, maxPageSize, &error);
    if (error)
        return failure(*error);
    const auto page
        = InventoryPaging::byNumber(vSwitchCandidates(regionId, vpcId, call.value(u"VSwitchId"_s)),
            vSwitchMatch(*m_store, call), qint64(*pageNumber - 1) * *pageSize, *pageSize);
    QJsonArray items;
    for (const int index : page.items)
        items.append(InventoryJson::vSwitch(*m_store, index, call.accountId));
    return {pagedBody(u"VSwitches"_s, u"VSwitch"_s, items, page, *pageNumber, *pageSize)};
}

// The narrowest index the filters allow; the other filters are vSwitchMatch()'s.
QList<int> InventoryService::vSwitchCandidates(
    const QString &regionId, const QString &vpcId, const QString &vSwitchId) const
{
    if (regionId.isEmpty())
        return {}; // a VpcId alone that the account does not have
    if (!vSwitchId.isEmpty()) {
        const int index = m_store->findVSwitch(vSwitchId);
        const bool here = index >= 0 && m_store->vpcOfVSwitch(index).regionId == regionId
            && (vpcId.isEmpty() || m_store->vpcOfVSwitch(index).vpcId == vpcId);
        return here ? QList<int> {index} : QList<int>();
    }
    if (!vpcId.isEmpty()) {
        const int vpc = m_store->findVpc(vpcId);
        const bool here = vpc >= 0 && m_store->vpc(vpc).regionId == regionId;
        return here ? m_store->vpc(vpc).vSwitches : QList<int>();
    }
    return m_store->region(regionId).vSwitches;
}

InventoryPaging::Match InventoryService::vSwitchMatch(
    const InventoryStore &store, const AuthenticatedCall &call)
{
    const QString zoneId = call.value(u"ZoneId"_s);
    const QString name = call.value(u"VSwitchName"_s);
    const QString resourceGroupId = call.value(u"ResourceGroupId"_s);
    if (zoneId.isEmpty() && name.isEmpty() && resourceGroupId.isEmpty())
        return {};
    return [&store, zoneId, name, resourceGroupId](int index) {
        const VSwitchRecord &vSwitch = store.vSwitch(index);
        return (zoneId.isEmpty() || vSwitch.zoneId == zoneId)
            && (name.isEmpty() || vSwitch.vSwitchName == name)
            && (resourceGroupId.isEmpty() || store.vpcOfVSwitch(index).resourceGroupId == resourceGroupId);
    };
}

InventoryService::Outcome InventoryService::createVpc(const AuthenticatedCall &call, qint64 nowMs)
{
    const QString regionId = call.value(u"RegionId"_s);
    if (auto error = checkRegion(regionId))
        return failure(*error);
    const QString cidr = call.value(u"CidrBlock"_s).isEmpty() ? defaultVpcCidr : call.value(u"CidrBlock"_s);
    if (auto error = checkCidr(cidr, 8, 28))
        return failure(*error);
    if (auto error = checkLength(call, u"VpcName"_s, 128);
        error || (error = checkLength(call, u"Description"_s, 256)))
        return failure(*error);
    VpcRecord vpc;
    vpc.vpcId = ResourceIds::make(u"vpc-"_s, regionId, 25);
    vpc.regionId = regionId;
    vpc.vpcName = call.value(u"VpcName"_s);
    vpc.description = call.value(u"Description"_s);
    vpc.cidrBlock = cidr;
    vpc.vRouterId = ResourceIds::make(u"vrt-"_s, regionId, 25);
    vpc.routeTableId = ResourceIds::make(u"vtb-"_s, regionId, 25);
    const QString group = call.value(u"ResourceGroupId"_s);
    vpc.resourceGroupId = group.isEmpty() ? FlowLogRecord::defaultResourceGroupId() : group;
    vpc.creationTime = utc(nowMs);
    m_store->addVpc(vpc);
    return {{{u"VpcId"_s, vpc.vpcId}, {u"VRouterId"_s, vpc.vRouterId}, {u"RouteTableId"_s, vpc.routeTableId},
                {u"ResourceGroupId"_s, vpc.resourceGroupId}},
        std::nullopt, true};
}

InventoryService::Outcome InventoryService::createVSwitch(const AuthenticatedCall &call, qint64 nowMs)
{
    const QString regionId = call.value(u"RegionId"_s);
    if (auto error = checkRegion(regionId))
        return failure(*error);
    for (const QString &name : {u"VpcId"_s, u"ZoneId"_s, u"CidrBlock"_s}) {
        if (call.value(name).isEmpty())
            return failure(EmulatorError::missingParameter(name));
    }
    const int vpc = m_store->findVpc(call.value(u"VpcId"_s));
    if (vpc < 0 || m_store->vpc(vpc).regionId != regionId)
        return failure(vpcNotFound());
    if (auto error = checkNewVSwitch(call, vpc))
        return failure(*error);
    VSwitchRecord vSwitch;
    vSwitch.vSwitchId = ResourceIds::make(u"vsw-"_s, regionId, 25);
    vSwitch.vSwitchName = call.value(u"VSwitchName"_s);
    vSwitch.description = call.value(u"Description"_s);
    vSwitch.zoneId = call.value(u"ZoneId"_s);
    vSwitch.cidrBlock = call.value(u"CidrBlock"_s);
    vSwitch.creationTime = utc(nowMs);
    vSwitch.vpc = vpc;
    m_store->addVSwitch(vSwitch);
    return {{{u"VSwitchId"_s, vSwitch.vSwitchId}}, std::nullopt, true};
}

// The zone is the region's, the block lies in the VPC's and overlaps none of its vSwitches.
std::optional<EmulatorError> InventoryService::checkNewVSwitch(const AuthenticatedCall &call, int vpc) const
{
    const VpcRecord &parent = m_store->vpc(vpc);
    if (!ResourceIds::isZoneOf(call.value(u"ZoneId"_s), parent.regionId))
        return EmulatorError {
            404, u"InvalidZoneId.NotFound"_s, u"The specified ZoneId does not exist in the region."_s};
    if (auto error = checkCidr(call.value(u"CidrBlock"_s), 16, 29))
        return error;
    if (auto error = checkLength(call, u"VSwitchName"_s, 128);
        error || (error = checkLength(call, u"Description"_s, 256)))
        return error;
    const Ipv4Cidr block = *Ipv4Cidr::parse(call.value(u"CidrBlock"_s));
    if (!Ipv4Cidr::parse(parent.cidrBlock)->contains(block))
        return malformedCidr(u"It must lie within the VPC's CIDR block %1."_s.arg(parent.cidrBlock));
    for (const int sibling : parent.vSwitches) {
        if (Ipv4Cidr::parse(m_store->vSwitch(sibling).cidrBlock)->overlaps(block)) {
            return EmulatorError {400, u"InvalidCidrBlock.Overlapped"_s,
                u"The specified CidrBlock overlaps with the CIDR block of another vSwitch of the VPC."_s};
        }
    }
    return std::nullopt;
}
