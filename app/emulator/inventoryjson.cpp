#include "emulator/inventoryjson.h"

#include "emulator/ipv4cidr.h"
#include "emulator/resourceids.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonObject list(const QString &key, const QJsonArray &items = {})
{
    return {{key, items}};
}

QJsonArray vSwitchIds(const InventoryStore &store, const VpcRecord &vpc)
{
    QJsonArray ids;
    for (const int index : vpc.vSwitches)
        ids.append(store.vSwitch(index).vSwitchId);
    return ids;
}

} // namespace

namespace InventoryJson {

QJsonObject vpc(const InventoryStore &store, int index, const QString &ownerId)
{
    const VpcRecord &vpc = store.vpc(index);
    return {
        {u"VpcId"_s, vpc.vpcId},
        {u"VpcName"_s, vpc.vpcName},
        {u"Description"_s, vpc.description},
        {u"CidrBlock"_s, vpc.cidrBlock},
        {u"Status"_s, u"Available"_s},
        {u"RegionId"_s, vpc.regionId},
        {u"IsDefault"_s, vpc.isDefault},
        {u"CreationTime"_s, vpc.creationTime},
        {u"VRouterId"_s, vpc.vRouterId},
        {u"VSwitchIds"_s, list(u"VSwitchId"_s, vSwitchIds(store, vpc))},
        {u"RouterTableIds"_s, list(u"RouterTableIds"_s, QJsonArray {vpc.routeTableId})},
        {u"NatGatewayIds"_s, list(u"NatGatewayIds"_s)},
        {u"ResourceGroupId"_s, vpc.resourceGroupId},
        {u"OwnerId"_s, ownerId.toLongLong()},
        {u"EnabledIpv6"_s, false},
        {u"Ipv6CidrBlock"_s, QString()},
        {u"SecondaryCidrBlocks"_s, list(u"SecondaryCidrBlock"_s)},
        {u"UserCidrs"_s, list(u"UserCidr"_s)},
        {u"Tags"_s, list(u"Tag"_s)},
        {u"CenStatus"_s, u"Detached"_s},
        {u"DhcpOptionsSetId"_s, QString()},
        {u"DhcpOptionsSetStatus"_s, QString()},
        {u"DnsHostnameStatus"_s, u"DISABLED"_s},
    };
}

qint64 availableIpAddressCount(const InventoryStore &store, int vSwitch)
{
    const VSwitchRecord &record = store.vSwitch(vSwitch);
    const auto cidr = Ipv4Cidr::parse(record.cidrBlock);
    const qint64 size = cidr ? qint64(cidr->size()) : 0;
    return qMax<qint64>(0, size - 4 - record.networkInterfaces.size());
}

QJsonObject vSwitch(const InventoryStore &store, int index, const QString &ownerId)
{
    const VSwitchRecord &vSwitch = store.vSwitch(index);
    const VpcRecord &vpc = store.vpcOfVSwitch(index);
    return {
        {u"VSwitchId"_s, vSwitch.vSwitchId},
        {u"VSwitchName"_s, vSwitch.vSwitchName},
        {u"Description"_s, vSwitch.description},
        {u"VpcId"_s, vpc.vpcId},
        {u"ZoneId"_s, vSwitch.zoneId},
        {u"CidrBlock"_s, vSwitch.cidrBlock},
        {u"Status"_s, u"Available"_s},
        {u"IsDefault"_s, false},
        {u"CreationTime"_s, vSwitch.creationTime},
        {u"AvailableIpAddressCount"_s, availableIpAddressCount(store, index)},
        {u"EnabledIpv6"_s, false},
        {u"Ipv6CidrBlock"_s, QString()},
        {u"NetworkAclId"_s, QString()},
        {u"RouteTable"_s,
            QJsonObject {{u"RouteTableId"_s, vpc.routeTableId}, {u"RouteTableType"_s, u"System"_s}}},
        {u"ResourceGroupId"_s, vpc.resourceGroupId},
        {u"OwnerId"_s, ownerId.toLongLong()},
        {u"ShareType"_s, QString()},
        {u"Tags"_s, list(u"Tag"_s)},
    };
}

QJsonObject networkInterface(const InventoryStore &store, int index, const QString &ownerId)
{
    const NetworkInterfaceRecord &eni = store.networkInterface(index);
    const VSwitchRecord &vSwitch = store.vSwitchOf(index);
    const VpcRecord &vpc = store.vpcOfNetworkInterface(index);
    const QString address = Ipv4Cidr::addressText(eni.privateIp);
    const QJsonObject privateIp {{u"PrivateIpAddress"_s, address}, {u"Primary"_s, true}};
    return {
        {u"NetworkInterfaceId"_s, eni.networkInterfaceId},
        {u"NetworkInterfaceName"_s, eni.networkInterfaceName},
        {u"Description"_s, eni.description},
        {u"Status"_s, eni.status},
        {u"Type"_s, eni.type},
        {u"VpcId"_s, vpc.vpcId},
        {u"VSwitchId"_s, vSwitch.vSwitchId},
        {u"ZoneId"_s, vSwitch.zoneId},
        {u"InstanceId"_s, eni.instanceId},
        {u"PrivateIpAddress"_s, address},
        {u"MacAddress"_s, ResourceIds::macAddress(eni.networkInterfaceId)},
        {u"CreationTime"_s, eni.creationTime},
        {u"ResourceGroupId"_s, vpc.resourceGroupId},
        {u"OwnerId"_s, ownerId},
        {u"ServiceManaged"_s, false},
        {u"SecurityGroupIds"_s, list(u"SecurityGroupId"_s, QJsonArray {eni.securityGroupId})},
        {u"PrivateIpSets"_s, list(u"PrivateIpSet"_s, QJsonArray {privateIp})},
        {u"Ipv6Sets"_s, list(u"Ipv6Set"_s)},
        {u"Tags"_s, list(u"Tag"_s)},
    };
}

} // namespace InventoryJson
