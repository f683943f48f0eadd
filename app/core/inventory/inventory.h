#pragma once

#include "core/api/apiresult.h"
#include "core/api/flowloginfo.h"
#include "core/inventory/cloudresource.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QStringList>

#include <optional>

// What the account has in one region, as one load found it: its VPCs, vSwitches, ENIs and flow
// logs, and for each listing that failed, how it failed. A value: the loader builds one, the cache
// shares it read-only.
struct Inventory
{
    QString profileId;
    QString regionId;
    QDateTime loadedAt; // UTC, when the last listing finished

    CloudResources vpcs;
    CloudResources vSwitches;
    CloudResources networkInterfaces;
    QList<FlowLogInfo> flowLogs;

    // A listing that did not complete (its list above is then empty or partial): the result of the
    // call that failed. Forbidden.RAM (a RAM user without e.g. ecs:DescribeNetworkInterfaces) is one
    // of these; typed IDs of that type are still accepted.
    QHash<ResourceType, ApiResult> resourceFailures;
    std::optional<ApiResult> flowLogFailure;

    // Membership learnt from the flow-log API when a vSwitch or ENI listing failed (the items of
    // DescribeFlowLogs carry no VpcId): per VPC asked, the IDs of the flow logs DescribeFlowLogs
    // returns with VpcId set, i.e. those on the VPC, its vSwitches and its ENIs; and the VPCs for
    // which that call failed too.
    QHash<QString, QStringList> flowLogIdsByVpc;
    QHash<QString, ApiResult> flowLogIdsByVpcFailures;

    // The list of one type.
    const CloudResources &resources(ResourceType type) const;
    // Whether the resources of this type were listed in full.
    bool isComplete(ResourceType type) const { return !resourceFailures.contains(type); }
    // The resource with this ID among every type, or nullptr. Built on first use, O(1) after.
    const CloudResource *find(const QString &id) const;
    // The VPC a resource belongs to: itself for a VPC, vpcId for the others; empty when unknown.
    QString vpcOf(const QString &resourceId) const;
    // Up to `limit` IDs of that type closest to a mistyped one (edit distance at most 2, nearest
    // first), for "did you mean …?".
    QStringList similarIds(ResourceType type, const QString &id, int limit = 3) const;
    // True when a listing of the type failed because the credentials may not list it.
    bool isForbidden(ResourceType type) const;

private:
    // Filled by find() on first use, over the lists as they are then; a copy starts without one
    // (its pointers would point into the other value's lists). Not for use from several threads.
    struct IdIndex
    {
        QHash<QString, const CloudResource *> byId;
        IdIndex() = default;
        IdIndex(const IdIndex &) { }
        IdIndex &operator=(const IdIndex &)
        {
            byId.clear();
            return *this;
        }
    };
    mutable IdIndex m_index;
};

Q_DECLARE_METATYPE(Inventory)
