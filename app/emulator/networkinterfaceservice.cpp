#include "emulator/networkinterfaceservice.h"

#include "emulator/inventoryjson.h"
#include "emulator/ipv4cidr.h"
#include "emulator/resourceids.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

const QString describeAction = u"DescribeNetworkInterfaces"_s;
const QString createAction = u"CreateNetworkInterface"_s;

NetworkInterfaceService::Outcome failure(const EmulatorError &error)
{
    return {{}, error, false};
}

// Our code: the notes name none for a NextToken the service did not issue.
EmulatorError invalidToken()
{
    return {400, u"InvalidNextToken.Malformed"_s,
        u"The specified NextToken is not valid: it was not issued for a query with these filters."_s};
}

EmulatorError vSwitchNotFound()
{
    return {404, u"InvalidVSwitchId.NotFound"_s, u"The specified VSwitchId is not found."_s};
}

// The 1-based N of "NetworkInterfaceId.N", or 0.
int idIndex(const QString &name)
{
    static const QString prefix = u"NetworkInterfaceId."_s;
    if (!name.startsWith(prefix))
        return 0;
    bool ok = false;
    const int index = name.mid(prefix.size()).toInt(&ok);
    return ok ? index : 0;
}

} // namespace

NetworkInterfaceService::NetworkInterfaceService(InventoryStore *store)
    : m_store(store)
{
}

QString NetworkInterfaceService::apiVersion()
{
    return u"2014-05-26"_s;
}

bool NetworkInterfaceService::isKnownAction(const QString &action)
{
    return action == describeAction || action == createAction;
}

NetworkInterfaceService::Outcome NetworkInterfaceService::execute(const AuthenticatedCall &call, qint64 nowMs)
{
    if (call.action == describeAction)
        return describeNetworkInterfaces(call);
    if (call.action == createAction)
        return createNetworkInterface(call, nowMs);
    return failure({404, u"InvalidAction.NotFound"_s,
        u"Specified api is not found, please check your url and method."_s});
}

QString NetworkInterfaceService::Query::fingerprint() const
{
    return QStringList {regionId, ids.join(u','), vpcId, vSwitchId, instanceId, status, type, name}.join(
        u'|');
}

std::optional<NetworkInterfaceService::Query> NetworkInterfaceService::readQuery(
    const AuthenticatedCall &call, std::optional<EmulatorError> *error)
{
    Query query {call.value(u"RegionId"_s), {}, call.value(u"VpcId"_s), call.value(u"VSwitchId"_s),
        call.value(u"InstanceId"_s), call.value(u"Status"_s), call.value(u"Type"_s),
        call.value(u"NetworkInterfaceName"_s)};
    *error = InventoryService::checkRegion(query.regionId);
    for (const auto &[name, value] : call.parameters) {
        const int index = idIndex(name);
        if (index < 1 || index > maxIds) {
            if (name.startsWith(u"NetworkInterfaceId."_s) && !*error)
                *error = EmulatorError::invalidParameter(name, u"N must be from 1 to %1."_s.arg(maxIds));
            continue;
        }
        if (!value.isEmpty())
            query.ids.append(value);
    }
    if (*error)
        return std::nullopt;
    return query;
}

NetworkInterfaceService::Outcome NetworkInterfaceService::describeNetworkInterfaces(
    const AuthenticatedCall &call)
{
    std::optional<EmulatorError> error;
    const std::optional<Query> query = readQuery(call, &error);
    if (!query)
        return failure(*error);
    // NextToken or MaxResults: the recommended paging; otherwise the deprecated PageNumber/PageSize.
    if (call.has(u"NextToken"_s) || call.has(u"MaxResults"_s))
        return byToken(call, *query);
    return byPageNumber(call, *query);
}

NetworkInterfaceService::Outcome NetworkInterfaceService::byToken(
    const AuthenticatedCall &call, const Query &query)
{
    int size = minResults;
    if (call.has(u"MaxResults"_s)) {
        bool ok = false;
        size = call.value(u"MaxResults"_s).toInt(&ok);
        if (!ok)
            return failure(EmulatorError::invalidParameter(u"MaxResults"_s, u"It must be an integer."_s));
        size = std::clamp(size, minResults, maxResults); // documented: below 10 gives 10, above 500 gives 500
    }
    const QString token = call.value(u"NextToken"_s);
    const auto position = token.isEmpty() ? std::optional<qsizetype>(0)
                                          : InventoryPaging::position(token, query.fingerprint());
    if (!position)
        return failure(invalidToken());
    InventoryPaging::Page page
        = InventoryPaging::fromPosition(candidates(query), match(query), *position, size);
    QJsonObject body = answer(call, page);
    body.insert(u"NextToken"_s,
        page.nextPosition < 0 ? QString() : InventoryPaging::token(page.nextPosition, query.fingerprint()));
    body.insert(u"PageNumber"_s, int(*position / size) + 1);
    body.insert(u"PageSize"_s, size);
    return {body};
}

NetworkInterfaceService::Outcome NetworkInterfaceService::byPageNumber(
    const AuthenticatedCall &call, const Query &query)
{
    std::optional<EmulatorError> error;
    const auto pageNumber = InventoryPaging::integer(call, u"PageNumber"_s, 1, 1, INT_MAX, &error);
    const auto pageSize = InventoryPaging::integer(call, u"PageSize"_s, 10, 1, maxPageSize, &error);
    if (error)
        return failure(*error);
    const InventoryPaging::Page page = InventoryPaging::byNumber(
        candidates(query), match(query), qint64(*pageNumber - 1) * *pageSize, *pageSize);
    QJsonObject body = answer(call, page);
    body.insert(u"NextToken"_s, QString());
    body.insert(u"PageNumber"_s, *pageNumber);
    body.insert(u"PageSize"_s, *pageSize);
    return {body};
}

QJsonObject NetworkInterfaceService::answer(
    const AuthenticatedCall &call, const InventoryPaging::Page &page) const
{
    QJsonArray items;
    for (const int index : page.items)
        items.append(InventoryJson::networkInterface(*m_store, index, call.accountId));
    return {{u"TotalCount"_s, qint64(page.total)},
        {u"NetworkInterfaceSets"_s, QJsonObject {{u"NetworkInterfaceSet"_s, items}}}};
}

// The narrowest index the filters allow, all in the region; match() checks every filter.
QList<int> NetworkInterfaceService::candidates(const Query &query) const
{
    if (!query.ids.isEmpty())
        return requestedIds(query);
    if (!query.instanceId.isEmpty())
        return m_store->networkInterfacesOfInstance(query.instanceId);
    if (!query.vSwitchId.isEmpty()) {
        const int vSwitch = m_store->findVSwitch(query.vSwitchId);
        return vSwitch < 0 ? QList<int>() : m_store->vSwitch(vSwitch).networkInterfaces;
    }
    if (!query.vpcId.isEmpty()) {
        const int vpc = m_store->findVpc(query.vpcId);
        return vpc < 0 ? QList<int>() : m_store->vpc(vpc).networkInterfaces;
    }
    return m_store->region(query.regionId).networkInterfaces;
}

QList<int> NetworkInterfaceService::requestedIds(const Query &query) const
{
    QList<int> found;
    for (const QString &id : query.ids) {
        const int index = m_store->findNetworkInterface(id);
        if (index >= 0 && !found.contains(index))
            found.append(index);
    }
    std::sort(found.begin(), found.end());
    return found;
}

// null when the candidates are exactly the matches (only the region and the one indexed filter).
InventoryPaging::Match NetworkInterfaceService::match(const Query &query) const
{
    const int narrowing = int(!query.ids.isEmpty()) + int(!query.instanceId.isEmpty())
        + int(!query.vSwitchId.isEmpty()) + int(!query.vpcId.isEmpty());
    const bool plain = query.status.isEmpty() && query.type.isEmpty() && query.name.isEmpty();
    if (plain && narrowing == 0)
        return {};
    const InventoryStore *store = m_store;
    return [store, query](int index) {
        const NetworkInterfaceRecord &eni = store->networkInterface(index);
        const VSwitchRecord &vSwitch = store->vSwitchOf(index);
        const VpcRecord &vpc = store->vpcOfNetworkInterface(index);
        return vpc.regionId == query.regionId && (query.vpcId.isEmpty() || vpc.vpcId == query.vpcId)
            && (query.vSwitchId.isEmpty() || vSwitch.vSwitchId == query.vSwitchId)
            && (query.instanceId.isEmpty() || eni.instanceId == query.instanceId)
            && (query.status.isEmpty() || eni.status == query.status)
            && (query.type.isEmpty() || eni.type == query.type)
            && (query.name.isEmpty() || eni.networkInterfaceName == query.name);
    };
}

NetworkInterfaceService::Outcome NetworkInterfaceService::createNetworkInterface(
    const AuthenticatedCall &call, qint64 nowMs)
{
    const QString regionId = call.value(u"RegionId"_s);
    if (auto error = InventoryService::checkRegion(regionId))
        return failure(*error);
    for (const QString &name : {u"VSwitchId"_s, u"SecurityGroupId"_s}) {
        if (call.value(name).isEmpty())
            return failure(EmulatorError::missingParameter(name));
    }
    const int vSwitch = m_store->findVSwitch(call.value(u"VSwitchId"_s));
    if (vSwitch < 0 || m_store->vpcOfVSwitch(vSwitch).regionId != regionId)
        return failure(vSwitchNotFound());
    std::optional<EmulatorError> error;
    const std::optional<quint32> address = privateAddress(call, vSwitch, &error);
    if (!address)
        return failure(*error);
    NetworkInterfaceRecord eni;
    eni.networkInterfaceId = ResourceIds::make(u"eni-"_s, regionId, 25);
    eni.networkInterfaceName = call.value(u"NetworkInterfaceName"_s);
    eni.description = call.value(u"Description"_s);
    eni.type = u"Secondary"_s;
    eni.status = u"Available"_s;
    eni.securityGroupId = call.value(u"SecurityGroupId"_s);
    eni.creationTime = InventoryService::utc(nowMs);
    eni.privateIp = *address;
    eni.vSwitch = vSwitch;
    const int index = m_store->addNetworkInterface(eni);
    QJsonObject body = InventoryJson::networkInterface(*m_store, index, call.accountId);
    for (const QString &notInCreate : {u"InstanceId"_s, u"CreationTime"_s})
        body.remove(notInCreate);
    return {body, std::nullopt, true};
}

// PrimaryIpAddress if sent (an address of the vSwitch's block that the service does not reserve:
// not the first, not the last three), otherwise the vSwitch's next free one.
std::optional<quint32> NetworkInterfaceService::privateAddress(
    const AuthenticatedCall &call, int vSwitch, std::optional<EmulatorError> *error)
{
    VSwitchRecord &record = m_store->vSwitch(vSwitch);
    const Ipv4Cidr block = *Ipv4Cidr::parse(record.cidrBlock);
    const QString wanted = call.value(u"PrimaryIpAddress"_s);
    if (!wanted.isEmpty()) {
        const auto address = Ipv4Cidr::parseAddress(wanted);
        if (address && *address > block.base && *address < block.last() - 2)
            return address;
        *error = EmulatorError::invalidParameter(u"PrimaryIpAddress"_s,
            u"It must be an unreserved address of the vSwitch's CIDR block %1."_s.arg(record.cidrBlock));
        return std::nullopt;
    }
    const quint64 host = quint64(block.base) + 1 + record.nextHost;
    if (host >= quint64(block.last()) - 2) {
        *error = EmulatorError {400, u"InvalidVSwitchId.IpNotEnough"_s,
            u"The specified vSwitch has no private IP address left."_s};
        return std::nullopt;
    }
    ++record.nextHost;
    return quint32(host);
}
