#include "emulator/inventorystore.h"

using namespace Qt::StringLiterals;

int InventoryStore::addVpc(const VpcRecord &vpc)
{
    const int index = int(m_vpcs.size());
    m_vpcs.append(vpc);
    m_vpcById.insert(vpc.vpcId, index);
    m_regions[vpc.regionId].vpcs.append(index);
    return index;
}

int InventoryStore::addVSwitch(const VSwitchRecord &vSwitch)
{
    const int index = int(m_vSwitches.size());
    m_vSwitches.append(vSwitch);
    m_vSwitchById.insert(vSwitch.vSwitchId, index);
    VpcRecord &parent = m_vpcs[vSwitch.vpc];
    parent.vSwitches.append(index);
    m_regions[parent.regionId].vSwitches.append(index);
    return index;
}

int InventoryStore::addNetworkInterface(const NetworkInterfaceRecord &networkInterface)
{
    const int index = int(m_networkInterfaces.size());
    m_networkInterfaces.append(networkInterface);
    m_networkInterfaceById.insert(networkInterface.networkInterfaceId, index);
    VSwitchRecord &parent = m_vSwitches[networkInterface.vSwitch];
    parent.networkInterfaces.append(index);
    VpcRecord &vpc = m_vpcs[parent.vpc];
    vpc.networkInterfaces.append(index);
    m_regions[vpc.regionId].networkInterfaces.append(index);
    if (!networkInterface.instanceId.isEmpty())
        m_byInstance[networkInterface.instanceId].append(index);
    return index;
}

void InventoryStore::clear()
{
    *this = InventoryStore();
}

void InventoryStore::reserve(qsizetype vpcs, qsizetype vSwitches, qsizetype networkInterfaces)
{
    m_vpcs.reserve(vpcs);
    m_vSwitches.reserve(vSwitches);
    m_networkInterfaces.reserve(networkInterfaces);
    m_vpcById.reserve(vpcs);
    m_vSwitchById.reserve(vSwitches);
    m_networkInterfaceById.reserve(networkInterfaces);
}

const VSwitchRecord &InventoryStore::vSwitchOf(int networkInterface) const
{
    return m_vSwitches.at(m_networkInterfaces.at(networkInterface).vSwitch);
}

const VpcRecord &InventoryStore::vpcOfNetworkInterface(int networkInterface) const
{
    return m_vpcs.at(vSwitchOf(networkInterface).vpc);
}

const InventoryStore::RegionIndex &InventoryStore::region(const QString &regionId) const
{
    static const RegionIndex none;
    const auto it = m_regions.constFind(regionId);
    return it == m_regions.cend() ? none : it.value();
}

const QList<int> &InventoryStore::networkInterfacesOfInstance(const QString &instanceId) const
{
    static const QList<int> none;
    const auto it = m_byInstance.constFind(instanceId);
    return it == m_byInstance.cend() ? none : it.value();
}

bool InventoryStore::locate(
    const QString &resourceType, const QString &resourceId, QString *regionId, QString *vpcId) const
{
    const VpcRecord *found = nullptr;
    if (resourceType == u"VPC"_s) {
        const int index = findVpc(resourceId);
        found = index < 0 ? nullptr : &m_vpcs.at(index);
    } else if (resourceType == u"VSwitch"_s) {
        const int index = findVSwitch(resourceId);
        found = index < 0 ? nullptr : &vpcOfVSwitch(index);
    } else if (resourceType == u"NetworkInterface"_s) {
        const int index = findNetworkInterface(resourceId);
        found = index < 0 ? nullptr : &vpcOfNetworkInterface(index);
    }
    if (!found)
        return false;
    *regionId = found->regionId;
    *vpcId = found->vpcId;
    return true;
}
