#pragma once

#include "core/inventory/inventory.h"

#include <QCoreApplication>
#include <QStringList>

// Whether each VPC has the flow log compliance checks ask for (CIS Alibaba Cloud 3.3; cnspec):
// an Active flow log on the VPC itself, capturing All traffic on every path, whose delivery has
// not failed. See docs/glossary.md (覆盖).
enum class CoverageState {
    Covered, // such a flow log exists
    Partial, // flow logs exist, but none of that kind (see CoverageReason)
    Uncovered, // no flow log on the VPC, its vSwitches or its ENIs
    Unknown, // the region (its VPCs or its flow logs) could not be listed
};

// Why a VPC has its state: the deciding fact, most telling first.
enum class CoverageReason {
    VpcFlowLogActive, // Covered: an active, all-traffic, all-path VPC-level flow log
    OnlyNarrowerResources, // Partial: flow logs only on some of its vSwitches or ENIs
    OnlyAllowOrDrop, // Partial: VPC-level, but capturing only Allow or only Drop traffic
    OnlyInactive, // Partial: VPC-level, but stopped (Inactive)
    OnlyActivating, // Partial: VPC-level, still Activating (or another transient state)
    DeliveryFailed, // Partial: VPC-level, but FlowLogDeliverStatus is FAILED
    OnlyNarrowerPath, // Partial: VPC-level, but its traffic path leaves out "all"
    NoFlowLog, // Uncovered
    ListingFailed, // Unknown: the VPCs or the flow logs could not be listed
};

struct VpcCoverage
{
    QString regionId;
    QString vpcId;
    QString vpcName;
    CoverageState state = CoverageState::Unknown;
    CoverageReason reason = CoverageReason::ListingFailed;
    // The flow logs that decide it: the covering one, or every flow log on the VPC and its parts.
    QStringList flowLogIds;
    // For ListingFailed: the error code of the failed listing (Forbidden.RAM, …).
    QString failureCode;
};

struct CoverageCounts
{
    int covered = 0;
    int partial = 0;
    int uncovered = 0;
    int unknown = 0;
    int total() const { return covered + partial + uncovered + unknown; }
};

namespace Coverage {
// Every VPC of the inventory, in its listing order. Membership of vSwitch and ENI flow logs comes
// from the inventory (DescribeFlowLogs items carry no VpcId); a flow log on a resource the
// inventory does not know is counted for no VPC.
QList<VpcCoverage> evaluate(const Inventory &inventory);
CoverageCounts count(const QList<VpcCoverage> &coverage);
// The VPCs whose state depends on flow logs of vSwitches or ENIs whose VPC the inventory cannot
// tell (their listing failed) and that no VPC-level flow log covers: the loader asks
// DescribeFlowLogs with VpcId for these (Inventory::flowLogIdsByVpc).
QStringList vpcsNeedingMembership(const Inventory &inventory);
// Whether this flow log alone covers the VPC it is on (ResourceType VPC assumed).
bool covers(const FlowLogInfo &flowLog);
} // namespace Coverage

namespace CoverageStates {
QString apiName(CoverageState state); // "covered", "partial", "uncovered", "unknown": stable
QString label(CoverageState state); // translated
} // namespace CoverageStates

namespace CoverageReasons {
QString apiName(CoverageReason reason); // stable, e.g. "onlyAllowOrDrop"
// One translated sentence; flowLogIds and failureCode fill it in where it names them.
QString text(const VpcCoverage &coverage);
} // namespace CoverageReasons
