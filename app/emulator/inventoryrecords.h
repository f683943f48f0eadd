#pragma once

#include <QList>
#include <QString>

// The account's network resources as the emulator keeps them. Records refer to their parents by
// index into InventoryStore's tables; strings a parent and its children share (region, creation
// time, resource group) are the same implicitly shared QString, so 200,000 ENIs stay small.

struct VpcRecord
{
    QString vpcId;
    QString regionId;
    QString vpcName;
    QString description;
    QString cidrBlock;
    QString vRouterId;
    QString routeTableId;
    QString resourceGroupId;
    QString creationTime; // yyyy-MM-ddTHH:mm:ssZ
    bool isDefault = false;
    QList<int> vSwitches = {}; // indices, creation order
    QList<int> networkInterfaces = {}; // indices, creation order
};

struct VSwitchRecord
{
    QString vSwitchId;
    QString vSwitchName;
    QString description;
    QString zoneId;
    QString cidrBlock;
    QString creationTime;
    int vpc = -1;
    quint32 nextHost
        = 0; // offset of the next private address handed out (the first usable ones are reserved)
    QList<int> networkInterfaces = {};
};

struct NetworkInterfaceRecord
{
    QString networkInterfaceId;
    QString networkInterfaceName;
    QString description;
    QString instanceId; // empty: not attached
    QString type; // Primary | Secondary
    QString status; // InUse | Available
    QString securityGroupId;
    QString creationTime;
    quint32 privateIp = 0;
    int vSwitch = -1;
};
