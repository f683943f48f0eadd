#pragma once

#include "emulator/inventoryrecords.h"

#include <QHash>
#include <QList>
#include <QString>

// The account's VPCs, vSwitches and ENIs, indexed per region and per parent, so that a page of any
// listing is found without visiting the rest. Resources are only ever added (the emulator has no
// delete actions for them), so indices stay valid.
class InventoryStore
{
public:
    struct RegionIndex
    {
        QList<int> vpcs;
        QList<int> vSwitches;
        QList<int> networkInterfaces;
    };

    // The add functions expect a well-formed record whose parent exists (callers check); they
    // return its index.
    int addVpc(const VpcRecord &vpc);
    int addVSwitch(const VSwitchRecord &vSwitch);
    int addNetworkInterface(const NetworkInterfaceRecord &networkInterface);
    void clear();
    // In use: loaded from a file, generated, or holding a resource. Only then does CreateFlowLog
    // insist that its resource exists (without, any well-formed ID is accepted).
    bool inUse() const { return m_inUse || !m_vpcs.isEmpty(); }
    void setInUse(bool inUse) { m_inUse = inUse; }
    void reserve(qsizetype vpcs, qsizetype vSwitches, qsizetype networkInterfaces);

    // -1 when there is none.
    int findVpc(const QString &vpcId) const { return m_vpcById.value(vpcId, -1); }
    int findVSwitch(const QString &vSwitchId) const { return m_vSwitchById.value(vSwitchId, -1); }
    int findNetworkInterface(const QString &id) const { return m_networkInterfaceById.value(id, -1); }

    const VpcRecord &vpc(int index) const { return m_vpcs.at(index); }
    const VSwitchRecord &vSwitch(int index) const { return m_vSwitches.at(index); }
    const NetworkInterfaceRecord &networkInterface(int index) const { return m_networkInterfaces.at(index); }
    VSwitchRecord &vSwitch(int index) { return m_vSwitches[index]; }
    const VpcRecord &vpcOfVSwitch(int vSwitch) const { return m_vpcs.at(m_vSwitches.at(vSwitch).vpc); }
    const VSwitchRecord &vSwitchOf(int networkInterface) const;
    const VpcRecord &vpcOfNetworkInterface(int networkInterface) const;

    // Empty lists for a region without resources.
    const RegionIndex &region(const QString &regionId) const;
    const QList<int> &networkInterfacesOfInstance(const QString &instanceId) const;

    qsizetype vpcCount() const { return m_vpcs.size(); }
    qsizetype vSwitchCount() const { return m_vSwitches.size(); }
    qsizetype networkInterfaceCount() const { return m_networkInterfaces.size(); }
    QStringList regionIds() const { return m_regions.keys(); }

    // The region and VPC of a resource the account has (resourceType: VPC, VSwitch or
    // NetworkInterface); false when it has none of that type with that ID.
    bool locate(
        const QString &resourceType, const QString &resourceId, QString *regionId, QString *vpcId) const;

private:
    QList<VpcRecord> m_vpcs;
    QList<VSwitchRecord> m_vSwitches;
    QList<NetworkInterfaceRecord> m_networkInterfaces;
    QHash<QString, int> m_vpcById;
    QHash<QString, int> m_vSwitchById;
    QHash<QString, int> m_networkInterfaceById;
    QHash<QString, RegionIndex> m_regions;
    QHash<QString, QList<int>> m_byInstance;
    bool m_inUse = false;
};
