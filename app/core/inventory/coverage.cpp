#include "core/inventory/coverage.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString vpcType = u"VPC"_s;
const QString allTraffic = u"All"_s;
const QString activeStatus = u"Active"_s;
const QString inactiveStatus = u"Inactive"_s;
const QString failedDelivery = u"FAILED"_s;
const QString allPaths = u"all"_s;

bool same(const QString &value, const QString &expected)
{
    return value.compare(expected, Qt::CaseInsensitive) == 0;
}

bool isVpcLevel(const FlowLogInfo &flowLog)
{
    return same(flowLog.resourceType, vpcType);
}

bool coversEveryPath(const FlowLogInfo &flowLog)
{
    return flowLog.trafficPaths.isEmpty()
        || std::any_of(flowLog.trafficPaths.cbegin(), flowLog.trafficPaths.cend(),
            [](const QString &path) { return same(path, allPaths); });
}

// What keeps a VPC-level flow log from covering, in the order CoverageReason lists them; the
// number of such shortcomings says how close it comes.
QList<CoverageReason> shortcomings(const FlowLogInfo &flowLog)
{
    QList<CoverageReason> reasons;
    if (!same(flowLog.trafficType, allTraffic))
        reasons.append(CoverageReason::OnlyAllowOrDrop);
    if (same(flowLog.status, inactiveStatus))
        reasons.append(CoverageReason::OnlyInactive);
    else if (!same(flowLog.status, activeStatus))
        reasons.append(CoverageReason::OnlyActivating);
    if (same(flowLog.deliverStatus, failedDelivery))
        reasons.append(CoverageReason::DeliveryFailed);
    if (!coversEveryPath(flowLog))
        reasons.append(CoverageReason::OnlyNarrowerPath);
    return reasons;
}

// The flow logs of one region, grouped by the VPC they are on or in.
struct FlowLogsByVpc
{
    QHash<QString, QList<const FlowLogInfo *>> onVpc; // ResourceType VPC
    QHash<QString, QList<const FlowLogInfo *>> onParts; // vSwitches and ENIs whose VPC is known
    // Types (VSwitch, NetworkInterface) with flow logs whose VPC is unknown: their listing failed.
    QSet<ResourceType> unknownMembership;
};

FlowLogsByVpc groupFlowLogs(const Inventory &inventory)
{
    FlowLogsByVpc groups;
    for (const FlowLogInfo &flowLog : inventory.flowLogs) {
        if (isVpcLevel(flowLog)) {
            groups.onVpc[flowLog.resourceId].append(&flowLog);
            continue;
        }
        const std::optional<ResourceType> type
            = ResourceTypes::fromApiName(flowLog.resourceType, Qt::CaseInsensitive);
        if (!type)
            continue;
        const QString vpcId = inventory.vpcOf(flowLog.resourceId);
        if (!vpcId.isEmpty())
            groups.onParts[vpcId].append(&flowLog);
        else if (!inventory.isComplete(*type))
            groups.unknownMembership.insert(*type);
        // else: a resource the complete listing does not have (deleted meanwhile): no VPC's
    }
    return groups;
}

QStringList idsOf(const QList<const FlowLogInfo *> &flowLogs)
{
    QStringList ids;
    for (const FlowLogInfo *flowLog : flowLogs)
        ids.append(flowLog->flowLogId);
    return ids;
}

VpcCoverage unknown(VpcCoverage coverage, const QString &failureCode)
{
    coverage.state = CoverageState::Unknown;
    coverage.reason = CoverageReason::ListingFailed;
    coverage.failureCode = failureCode;
    return coverage;
}

// With VPC-level flow logs, none of which covers: the one that comes closest decides (fewest
// shortcomings, then the order of CoverageReason), and is named first.
VpcCoverage partialByVpcLevel(VpcCoverage coverage, const QList<const FlowLogInfo *> &vpcLevel)
{
    const FlowLogInfo *closest = nullptr;
    QList<CoverageReason> closestReasons;
    for (const FlowLogInfo *flowLog : vpcLevel) {
        const QList<CoverageReason> reasons = shortcomings(*flowLog);
        if (!closest || reasons.size() < closestReasons.size()
            || (reasons.size() == closestReasons.size() && reasons.first() < closestReasons.first())) {
            closest = flowLog;
            closestReasons = reasons;
        }
    }
    coverage.state = CoverageState::Partial;
    coverage.reason = closestReasons.first();
    coverage.flowLogIds.removeAll(closest->flowLogId);
    coverage.flowLogIds.prepend(closest->flowLogId);
    return coverage;
}

QString membershipFailureCode(const Inventory &inventory, const FlowLogsByVpc &groups, const QString &vpcId)
{
    if (inventory.flowLogIdsByVpcFailures.contains(vpcId))
        return inventory.flowLogIdsByVpcFailures.value(vpcId).code;
    for (ResourceType type : {ResourceType::VSwitch, ResourceType::NetworkInterface}) {
        if (groups.unknownMembership.contains(type))
            return inventory.resourceFailures.value(type).code;
    }
    return {};
}

VpcCoverage evaluateVpc(const Inventory &inventory, const FlowLogsByVpc &groups, const CloudResource &vpc)
{
    VpcCoverage coverage;
    coverage.regionId = vpc.regionId.isEmpty() ? inventory.regionId : vpc.regionId;
    coverage.vpcId = vpc.id;
    coverage.vpcName = vpc.name;
    const QList<const FlowLogInfo *> vpcLevel = groups.onVpc.value(vpc.id);
    QList<const FlowLogInfo *> covering;
    std::copy_if(vpcLevel.cbegin(), vpcLevel.cend(), std::back_inserter(covering),
        [](const FlowLogInfo *flowLog) { return Coverage::covers(*flowLog); });
    if (!covering.isEmpty()) {
        coverage.state = CoverageState::Covered;
        coverage.reason = CoverageReason::VpcFlowLogActive;
        coverage.flowLogIds = idsOf(covering);
        return coverage;
    }
    coverage.flowLogIds = idsOf(vpcLevel) + idsOf(groups.onParts.value(vpc.id));
    if (!groups.unknownMembership.isEmpty()) {
        // A VPC-level flow log decides the state even when the parts' flow logs are not all known.
        if (!inventory.flowLogIdsByVpc.contains(vpc.id) && vpcLevel.isEmpty())
            return unknown(coverage, membershipFailureCode(inventory, groups, vpc.id));
        for (const QString &id : inventory.flowLogIdsByVpc.value(vpc.id)) {
            if (!coverage.flowLogIds.contains(id))
                coverage.flowLogIds.append(id);
        }
    }
    if (!vpcLevel.isEmpty())
        return partialByVpcLevel(coverage, vpcLevel);
    if (!coverage.flowLogIds.isEmpty()) {
        coverage.state = CoverageState::Partial;
        coverage.reason = CoverageReason::OnlyNarrowerResources;
        return coverage;
    }
    coverage.state = CoverageState::Uncovered;
    coverage.reason = CoverageReason::NoFlowLog;
    return coverage;
}

} // namespace

namespace Coverage {

bool covers(const FlowLogInfo &flowLog)
{
    return isVpcLevel(flowLog) && shortcomings(flowLog).isEmpty();
}

QList<VpcCoverage> evaluate(const Inventory &inventory)
{
    QList<VpcCoverage> result;
    result.reserve(inventory.vpcs.size());
    const std::optional<ApiResult> listingFailure = !inventory.isComplete(ResourceType::Vpc)
        ? std::optional<ApiResult>(inventory.resourceFailures.value(ResourceType::Vpc))
        : inventory.flowLogFailure;
    const FlowLogsByVpc groups = listingFailure ? FlowLogsByVpc {} : groupFlowLogs(inventory);
    for (const CloudResource &vpc : inventory.vpcs) {
        if (listingFailure) {
            VpcCoverage coverage;
            coverage.regionId = vpc.regionId.isEmpty() ? inventory.regionId : vpc.regionId;
            coverage.vpcId = vpc.id;
            coverage.vpcName = vpc.name;
            result.append(unknown(coverage, listingFailure->code));
            continue;
        }
        result.append(evaluateVpc(inventory, groups, vpc));
    }
    return result;
}

QStringList vpcsNeedingMembership(const Inventory &inventory)
{
    if (!inventory.isComplete(ResourceType::Vpc) || inventory.flowLogFailure)
        return {};
    const FlowLogsByVpc groups = groupFlowLogs(inventory);
    if (groups.unknownMembership.isEmpty())
        return {};
    QStringList ids;
    for (const CloudResource &vpc : inventory.vpcs) {
        const QList<const FlowLogInfo *> vpcLevel = groups.onVpc.value(vpc.id);
        if (std::none_of(vpcLevel.cbegin(), vpcLevel.cend(),
                [](const FlowLogInfo *flowLog) { return covers(*flowLog); }))
            ids.append(vpc.id);
    }
    return ids;
}

CoverageCounts count(const QList<VpcCoverage> &coverage)
{
    CoverageCounts counts;
    for (const VpcCoverage &vpc : coverage) {
        switch (vpc.state) {
        case CoverageState::Covered:
            ++counts.covered;
            break;
        case CoverageState::Partial:
            ++counts.partial;
            break;
        case CoverageState::Uncovered:
            ++counts.uncovered;
            break;
        case CoverageState::Unknown:
            ++counts.unknown;
            break;
        }
    }
    return counts;
}

} // namespace Coverage

namespace CoverageStates {

QString apiName(CoverageState state)
{
    switch (state) {
    case CoverageState::Covered:
        return u"covered"_s;
    case CoverageState::Partial:
        return u"partial"_s;
    case CoverageState::Uncovered:
        return u"uncovered"_s;
    case CoverageState::Unknown:
        return u"unknown"_s;
    }
    Q_UNREACHABLE();
}

QString label(CoverageState state)
{
    switch (state) {
    case CoverageState::Covered:
        return QCoreApplication::translate("Coverage", "covered");
    case CoverageState::Partial:
        return QCoreApplication::translate("Coverage", "partial");
    case CoverageState::Uncovered:
        return QCoreApplication::translate("Coverage", "uncovered");
    case CoverageState::Unknown:
        return QCoreApplication::translate("Coverage", "unknown");
    }
    Q_UNREACHABLE();
}

} // namespace CoverageStates

namespace CoverageReasons {

QString apiName(CoverageReason reason)
{
    switch (reason) {
    case CoverageReason::VpcFlowLogActive:
        return u"vpcFlowLogActive"_s;
    case CoverageReason::OnlyNarrowerResources:
        return u"onlyNarrowerResources"_s;
    case CoverageReason::OnlyAllowOrDrop:
        return u"onlyAllowOrDrop"_s;
    case CoverageReason::OnlyInactive:
        return u"onlyInactive"_s;
    case CoverageReason::OnlyActivating:
        return u"onlyActivating"_s;
    case CoverageReason::DeliveryFailed:
        return u"deliveryFailed"_s;
    case CoverageReason::OnlyNarrowerPath:
        return u"onlyNarrowerPath"_s;
    case CoverageReason::NoFlowLog:
        return u"noFlowLog"_s;
    case CoverageReason::ListingFailed:
        return u"listingFailed"_s;
    }
    Q_UNREACHABLE();
}

QString text(const VpcCoverage &coverage)
{
    const QString first = coverage.flowLogIds.value(0);
    const QString all = coverage.flowLogIds.join(u", "_s);
    switch (coverage.reason) {
    case CoverageReason::VpcFlowLogActive:
        return QCoreApplication::translate("Coverage", "Flow log %1 captures all traffic of the VPC.")
            .arg(all);
    case CoverageReason::OnlyNarrowerResources:
        return QCoreApplication::translate("Coverage",
            "Only some of its vSwitches or network interfaces have flow "
            "logs (%1); the VPC itself has none.")
            .arg(all);
    case CoverageReason::OnlyAllowOrDrop:
        return QCoreApplication::translate("Coverage",
            "The VPC's flow log %1 captures only allowed or only "
            "dropped traffic, not all.")
            .arg(first);
    case CoverageReason::OnlyInactive:
        return QCoreApplication::translate("Coverage", "The VPC's flow log %1 is stopped (Inactive).")
            .arg(first);
    case CoverageReason::OnlyActivating:
        return QCoreApplication::translate("Coverage", "The VPC's flow log %1 is not active yet.").arg(first);
    case CoverageReason::DeliveryFailed:
        return QCoreApplication::translate(
            "Coverage", "The VPC's flow log %1 fails to deliver to Log Service.")
            .arg(first);
    case CoverageReason::OnlyNarrowerPath:
        return QCoreApplication::translate("Coverage",
            "The VPC's flow log %1 captures only some traffic paths, "
            "not all.")
            .arg(first);
    case CoverageReason::NoFlowLog:
        return QCoreApplication::translate("Coverage",
            "No flow log on the VPC, its vSwitches or its network "
            "interfaces.");
    case CoverageReason::ListingFailed:
        return coverage.failureCode.isEmpty() ? QCoreApplication::translate(
                   "Coverage", "The region's resources or flow logs could not be listed.")
                                              : QCoreApplication::translate("Coverage",
                                                  "The region's resources or flow logs could not be listed "
                                                  "(%1).")
                                                    .arg(coverage.failureCode);
    }
    Q_UNREACHABLE();
}

} // namespace CoverageReasons
