#pragma once

#include "core/request/resourcetype.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One VPC, vSwitch or elastic network interface of an account, as the listing APIs report it
// (DescribeVpcs, DescribeVSwitches, DescribeNetworkInterfaces). Members that do not apply to the
// type stay empty. Repeated values (VPC, vSwitch and zone IDs, statuses) share one string buffer
// across resources (the loader interns them), so 200,000 ENIs fit in well under 100 MB.
struct CloudResource
{
    ResourceType type = ResourceType::Vpc;
    QString id = {}; // vpc-…, vsw-…, eni-…
    QString name = {}; // VpcName, VSwitchName, NetworkInterfaceName; may be empty
    QString regionId = {};
    QString vpcId = {}; // vSwitches and ENIs: the VPC they are in
    QString vSwitchId = {}; // ENIs: the vSwitch they are in
    QString zoneId = {}; // vSwitches and ENIs
    QString cidrBlock = {}; // VPCs and vSwitches
    QString status = {}; // Available, Pending, InUse, …, as the API spells it
    QString privateIpAddress = {}; // ENIs: the primary private IP
    QString instanceId = {}; // ENIs: the instance it is attached to, empty when detached

    friend bool operator==(const CloudResource &, const CloudResource &) = default;
};

using CloudResources = QList<CloudResource>;
Q_DECLARE_METATYPE(CloudResource)
