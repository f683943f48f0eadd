#include "core/inventory/coverage.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CloudResource resource(ResourceType type, const QString &id, const QString &vpcId = {})
{
    CloudResource item;
    item.type = type;
    item.id = id;
    item.regionId = u"cn-hangzhou"_s;
    item.vpcId = vpcId;
    return item;
}

// An Active, All-traffic, all-path flow log delivering fine on the resource: the covering kind
// when the resource is a VPC.
FlowLogInfo flowLog(const QString &id, const QString &resourceType, const QString &resourceId)
{
    FlowLogInfo info;
    info.flowLogId = id;
    info.resourceType = resourceType;
    info.resourceId = resourceId;
    info.trafficType = u"All"_s;
    info.status = u"Active"_s;
    info.deliverStatus = u"SUCCESS"_s;
    info.trafficPaths = {u"all"_s};
    return info;
}

// One VPC with a vSwitch and an ENI in it, and a second VPC with nothing.
Inventory sampleInventory()
{
    Inventory inventory;
    inventory.regionId = u"cn-hangzhou"_s;
    inventory.vpcs = {resource(ResourceType::Vpc, u"vpc-a"_s), resource(ResourceType::Vpc, u"vpc-b"_s)};
    inventory.vSwitches = {resource(ResourceType::VSwitch, u"vsw-a1"_s, u"vpc-a"_s)};
    inventory.networkInterfaces = {resource(ResourceType::NetworkInterface, u"eni-a1"_s, u"vpc-a"_s)};
    return inventory;
}

VpcCoverage coverageOf(const Inventory &inventory, const QString &vpcId)
{
    for (const VpcCoverage &coverage : Coverage::evaluate(inventory)) {
        if (coverage.vpcId == vpcId)
            return coverage;
    }
    return {};
}

ApiResult failure(const QString &code)
{
    ApiResult result;
    result.outcome = Outcome::Failed;
    result.httpStatus = 403;
    result.code = code;
    return result;
}

} // namespace

Q_DECLARE_METATYPE(CoverageState)
Q_DECLARE_METATYPE(CoverageReason)

class tst_Coverage : public QObject
{
    Q_OBJECT

private slots:
    void vpcLevelFlowLogDecides_data();
    void vpcLevelFlowLogDecides();
    void oneCoveringFlowLogAmongOthersCovers();
    void closestVpcLevelFlowLogGivesTheReason();
    void flowLogsOnlyOnPartsArePartial_data();
    void flowLogsOnlyOnPartsArePartial();
    void noFlowLogIsUncovered();
    void flowLogOnAnotherVpcDoesNotCount();
    void flowLogOnAnUnknownResourceCountsForNoVpc();
    void failedListingsMakeEveryVpcUnknown_data();
    void failedListingsMakeEveryVpcUnknown();
    void failedPartListingWithoutPartFlowLogsStillDecides();
    void failedPartListingIsLearntFromVpcFilteredCalls();
    void failedPartListingAndFailedVpcCallIsUnknown();
    void vpcLevelFlowLogDecidesEvenWhenMembershipIsUnknown();
    void vpcsNeedingMembershipAreThoseNotCovered();
    void countsAddUp();
    void apiNamesAreStable();
    void reasonTextsNameTheFlowLogs();
};

void tst_Coverage::vpcLevelFlowLogDecides_data()
{
    QTest::addColumn<QString>("trafficType");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("deliverStatus");
    QTest::addColumn<QStringList>("trafficPaths");
    QTest::addColumn<CoverageState>("state");
    QTest::addColumn<CoverageReason>("reason");

    const QStringList all {u"all"_s};
    const auto covered = CoverageState::Covered;
    const auto partial = CoverageState::Partial;
    QTest::newRow("active all") << u"All"_s << u"Active"_s << u"SUCCESS"_s << all << covered
                                << CoverageReason::VpcFlowLogActive;
    QTest::newRow("no path given") << u"All"_s << u"Active"_s << u"SUCCESS"_s << QStringList {} << covered
                                   << CoverageReason::VpcFlowLogActive;
    QTest::newRow("all among paths") << u"All"_s << u"Active"_s << QString()
                                     << QStringList {u"internetGateway"_s, u"all"_s} << covered
                                     << CoverageReason::VpcFlowLogActive;
    QTest::newRow("allow only") << u"Allow"_s << u"Active"_s << u"SUCCESS"_s << all << partial
                                << CoverageReason::OnlyAllowOrDrop;
    QTest::newRow("drop only") << u"Drop"_s << u"Active"_s << u"SUCCESS"_s << all << partial
                               << CoverageReason::OnlyAllowOrDrop;
    QTest::newRow("inactive") << u"All"_s << u"Inactive"_s << u"SUCCESS"_s << all << partial
                              << CoverageReason::OnlyInactive;
    QTest::newRow("activating") << u"All"_s << u"Activating"_s << u"SUCCESS"_s << all << partial
                                << CoverageReason::OnlyActivating;
    QTest::newRow("deactivating") << u"All"_s << u"Deactivating"_s << u"SUCCESS"_s << all << partial
                                  << CoverageReason::OnlyActivating;
    QTest::newRow("delivery failed") << u"All"_s << u"Active"_s << u"FAILED"_s << all << partial
                                     << CoverageReason::DeliveryFailed;
    QTest::newRow("internet gateway only")
        << u"All"_s << u"Active"_s << u"SUCCESS"_s << QStringList {u"internetGateway"_s} << partial
        << CoverageReason::OnlyNarrowerPath;
}

void tst_Coverage::vpcLevelFlowLogDecides()
{
    QFETCH(QString, trafficType);
    QFETCH(QString, status);
    QFETCH(QString, deliverStatus);
    QFETCH(QStringList, trafficPaths);
    QFETCH(CoverageState, state);
    QFETCH(CoverageReason, reason);

    Inventory inventory = sampleInventory();
    FlowLogInfo info = flowLog(u"fl-1"_s, u"VPC"_s, u"vpc-a"_s);
    info.trafficType = trafficType;
    info.status = status;
    info.deliverStatus = deliverStatus;
    info.trafficPaths = trafficPaths;
    inventory.flowLogs = {info};

    const VpcCoverage coverage = coverageOf(inventory, u"vpc-a"_s);
    QCOMPARE(coverage.state, state);
    QCOMPARE(coverage.reason, reason);
    QCOMPARE(coverage.flowLogIds, QStringList {u"fl-1"_s});
    QCOMPARE(coverageOf(inventory, u"vpc-b"_s).state, CoverageState::Uncovered);
}

void tst_Coverage::oneCoveringFlowLogAmongOthersCovers()
{
    Inventory inventory = sampleInventory();
    FlowLogInfo allow = flowLog(u"fl-allow"_s, u"VPC"_s, u"vpc-a"_s);
    allow.trafficType = u"Allow"_s;
    inventory.flowLogs = {
        allow, flowLog(u"fl-vsw"_s, u"VSwitch"_s, u"vsw-a1"_s), flowLog(u"fl-all"_s, u"VPC"_s, u"vpc-a"_s)};

    const VpcCoverage coverage = coverageOf(inventory, u"vpc-a"_s);
    QCOMPARE(coverage.state, CoverageState::Covered);
    QCOMPARE(coverage.flowLogIds, QStringList {u"fl-all"_s});
}

// An Allow-only log and a stopped Drop log: the one with a single shortcoming decides, named first.
void tst_Coverage::closestVpcLevelFlowLogGivesTheReason()
{
    Inventory inventory = sampleInventory();
    FlowLogInfo stoppedDrop = flowLog(u"fl-stopped-drop"_s, u"VPC"_s, u"vpc-a"_s);
    stoppedDrop.trafficType = u"Drop"_s;
    stoppedDrop.status = u"Inactive"_s;
    FlowLogInfo stopped = flowLog(u"fl-stopped"_s, u"VPC"_s, u"vpc-a"_s);
    stopped.status = u"Inactive"_s;
    inventory.flowLogs = {stoppedDrop, flowLog(u"fl-eni"_s, u"NetworkInterface"_s, u"eni-a1"_s), stopped};

    const VpcCoverage coverage = coverageOf(inventory, u"vpc-a"_s);
    QCOMPARE(coverage.state, CoverageState::Partial);
    QCOMPARE(coverage.reason, CoverageReason::OnlyInactive);
    QCOMPARE(coverage.flowLogIds, (QStringList {u"fl-stopped"_s, u"fl-stopped-drop"_s, u"fl-eni"_s}));
}

void tst_Coverage::flowLogsOnlyOnPartsArePartial_data()
{
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("resourceId");
    QTest::newRow("vSwitch") << u"VSwitch"_s << u"vsw-a1"_s;
    QTest::newRow("ENI") << u"NetworkInterface"_s << u"eni-a1"_s;
}

void tst_Coverage::flowLogsOnlyOnPartsArePartial()
{
    QFETCH(QString, resourceType);
    QFETCH(QString, resourceId);
    Inventory inventory = sampleInventory();
    inventory.flowLogs = {flowLog(u"fl-part"_s, resourceType, resourceId)};

    const VpcCoverage coverage = coverageOf(inventory, u"vpc-a"_s);
    QCOMPARE(coverage.state, CoverageState::Partial);
    QCOMPARE(coverage.reason, CoverageReason::OnlyNarrowerResources);
    QCOMPARE(coverage.flowLogIds, QStringList {u"fl-part"_s});
    QCOMPARE(coverageOf(inventory, u"vpc-b"_s).state, CoverageState::Uncovered);
}

void tst_Coverage::noFlowLogIsUncovered()
{
    const QList<VpcCoverage> coverage = Coverage::evaluate(sampleInventory());
    QCOMPARE(coverage.size(), 2);
    QCOMPARE(coverage.at(0).vpcId, u"vpc-a"_s); // listing order
    for (const VpcCoverage &vpc : coverage) {
        QCOMPARE(vpc.state, CoverageState::Uncovered);
        QCOMPARE(vpc.reason, CoverageReason::NoFlowLog);
        QVERIFY(vpc.flowLogIds.isEmpty());
        QCOMPARE(vpc.regionId, u"cn-hangzhou"_s);
    }
}

void tst_Coverage::flowLogOnAnotherVpcDoesNotCount()
{
    Inventory inventory = sampleInventory();
    inventory.flowLogs = {flowLog(u"fl-b"_s, u"VPC"_s, u"vpc-b"_s)};
    QCOMPARE(coverageOf(inventory, u"vpc-a"_s).state, CoverageState::Uncovered);
    QCOMPARE(coverageOf(inventory, u"vpc-b"_s).state, CoverageState::Covered);
}

void tst_Coverage::flowLogOnAnUnknownResourceCountsForNoVpc()
{
    Inventory inventory = sampleInventory();
    inventory.flowLogs = {
        flowLog(u"fl-gone"_s, u"VSwitch"_s, u"vsw-deleted"_s), flowLog(u"fl-odd"_s, u"Router"_s, u"vrt-1"_s)};
    QCOMPARE(coverageOf(inventory, u"vpc-a"_s).state, CoverageState::Uncovered);
    QCOMPARE(coverageOf(inventory, u"vpc-b"_s).state, CoverageState::Uncovered);
}

void tst_Coverage::failedListingsMakeEveryVpcUnknown_data()
{
    QTest::addColumn<bool>("vpcListingFails");
    QTest::newRow("VPC listing") << true;
    QTest::newRow("flow-log listing") << false;
}

void tst_Coverage::failedListingsMakeEveryVpcUnknown()
{
    QFETCH(bool, vpcListingFails);
    Inventory inventory = sampleInventory();
    inventory.flowLogs = {flowLog(u"fl-a"_s, u"VPC"_s, u"vpc-a"_s)};
    if (vpcListingFails)
        inventory.resourceFailures.insert(ResourceType::Vpc, failure(u"Forbidden.RAM"_s));
    else
        inventory.flowLogFailure = failure(u"Throttling.User"_s);

    const QList<VpcCoverage> coverage = Coverage::evaluate(inventory);
    QCOMPARE(coverage.size(), 2);
    for (const VpcCoverage &vpc : coverage) {
        QCOMPARE(vpc.state, CoverageState::Unknown);
        QCOMPARE(vpc.reason, CoverageReason::ListingFailed);
        QCOMPARE(vpc.failureCode, vpcListingFails ? u"Forbidden.RAM"_s : u"Throttling.User"_s);
    }
    QVERIFY(Coverage::vpcsNeedingMembership(inventory).isEmpty());
}

void tst_Coverage::failedPartListingWithoutPartFlowLogsStillDecides()
{
    Inventory inventory = sampleInventory();
    inventory.networkInterfaces.clear();
    inventory.resourceFailures.insert(ResourceType::NetworkInterface, failure(u"Forbidden.RAM"_s));
    inventory.flowLogs = {flowLog(u"fl-vsw"_s, u"VSwitch"_s, u"vsw-a1"_s)};

    QCOMPARE(coverageOf(inventory, u"vpc-a"_s).state, CoverageState::Partial);
    QCOMPARE(coverageOf(inventory, u"vpc-b"_s).state, CoverageState::Uncovered);
    QVERIFY(Coverage::vpcsNeedingMembership(inventory).isEmpty());
}

void tst_Coverage::failedPartListingIsLearntFromVpcFilteredCalls()
{
    Inventory inventory = sampleInventory();
    inventory.networkInterfaces.clear();
    inventory.resourceFailures.insert(ResourceType::NetworkInterface, failure(u"Forbidden.RAM"_s));
    inventory.flowLogs = {flowLog(u"fl-eni"_s, u"NetworkInterface"_s, u"eni-a1"_s)};
    QCOMPARE(coverageOf(inventory, u"vpc-a"_s).state, CoverageState::Unknown);
    QCOMPARE(coverageOf(inventory, u"vpc-a"_s).failureCode, u"Forbidden.RAM"_s);

    inventory.flowLogIdsByVpc.insert(u"vpc-a"_s, {u"fl-eni"_s});
    inventory.flowLogIdsByVpc.insert(u"vpc-b"_s, {});
    const VpcCoverage a = coverageOf(inventory, u"vpc-a"_s);
    QCOMPARE(a.state, CoverageState::Partial);
    QCOMPARE(a.reason, CoverageReason::OnlyNarrowerResources);
    QCOMPARE(a.flowLogIds, QStringList {u"fl-eni"_s});
    QCOMPARE(coverageOf(inventory, u"vpc-b"_s).state, CoverageState::Uncovered);
}

void tst_Coverage::failedPartListingAndFailedVpcCallIsUnknown()
{
    Inventory inventory = sampleInventory();
    inventory.vSwitches.clear();
    inventory.resourceFailures.insert(ResourceType::VSwitch, failure(u"Forbidden.RAM"_s));
    inventory.flowLogs = {flowLog(u"fl-vsw"_s, u"VSwitch"_s, u"vsw-a1"_s)};
    inventory.flowLogIdsByVpc.insert(u"vpc-a"_s, {u"fl-vsw"_s});
    inventory.flowLogIdsByVpcFailures.insert(u"vpc-b"_s, failure(u"Throttling.User"_s));

    QCOMPARE(coverageOf(inventory, u"vpc-a"_s).state, CoverageState::Partial);
    const VpcCoverage b = coverageOf(inventory, u"vpc-b"_s);
    QCOMPARE(b.state, CoverageState::Unknown);
    QCOMPARE(b.reason, CoverageReason::ListingFailed);
    QCOMPARE(b.failureCode, u"Throttling.User"_s);
}

void tst_Coverage::vpcLevelFlowLogDecidesEvenWhenMembershipIsUnknown()
{
    Inventory inventory = sampleInventory();
    inventory.networkInterfaces.clear();
    inventory.resourceFailures.insert(ResourceType::NetworkInterface, failure(u"Forbidden.RAM"_s));
    FlowLogInfo drop = flowLog(u"fl-drop"_s, u"VPC"_s, u"vpc-b"_s);
    drop.trafficType = u"Drop"_s;
    inventory.flowLogs = {flowLog(u"fl-a"_s, u"VPC"_s, u"vpc-a"_s), drop,
        flowLog(u"fl-eni"_s, u"NetworkInterface"_s, u"eni-x"_s)};

    QCOMPARE(coverageOf(inventory, u"vpc-a"_s).state, CoverageState::Covered);
    QCOMPARE(coverageOf(inventory, u"vpc-b"_s).state, CoverageState::Partial);
    QCOMPARE(coverageOf(inventory, u"vpc-b"_s).reason, CoverageReason::OnlyAllowOrDrop);
}

void tst_Coverage::vpcsNeedingMembershipAreThoseNotCovered()
{
    Inventory inventory = sampleInventory();
    inventory.vpcs.append(resource(ResourceType::Vpc, u"vpc-c"_s));
    inventory.resourceFailures.insert(ResourceType::VSwitch, failure(u"Forbidden.RAM"_s));
    inventory.vSwitches.clear();
    inventory.flowLogs
        = {flowLog(u"fl-a"_s, u"VPC"_s, u"vpc-a"_s), flowLog(u"fl-vsw"_s, u"VSwitch"_s, u"vsw-a1"_s)};
    QCOMPARE(Coverage::vpcsNeedingMembership(inventory), (QStringList {u"vpc-b"_s, u"vpc-c"_s}));
    // Without a vSwitch flow log, nothing is to be learnt.
    inventory.flowLogs.removeLast();
    QVERIFY(Coverage::vpcsNeedingMembership(inventory).isEmpty());
}

void tst_Coverage::countsAddUp()
{
    Inventory inventory = sampleInventory();
    inventory.vpcs.append(resource(ResourceType::Vpc, u"vpc-c"_s));
    inventory.flowLogs
        = {flowLog(u"fl-a"_s, u"VPC"_s, u"vpc-a"_s), flowLog(u"fl-c"_s, u"VSwitch"_s, u"vsw-c"_s)};
    inventory.vSwitches.append(resource(ResourceType::VSwitch, u"vsw-c"_s, u"vpc-c"_s));
    const CoverageCounts counts = Coverage::count(Coverage::evaluate(inventory));
    QCOMPARE(counts.covered, 1);
    QCOMPARE(counts.partial, 1);
    QCOMPARE(counts.uncovered, 1);
    QCOMPARE(counts.unknown, 0);
    QCOMPARE(counts.total(), 3);
}

void tst_Coverage::apiNamesAreStable()
{
    QCOMPARE(CoverageStates::apiName(CoverageState::Covered), u"covered"_s);
    QCOMPARE(CoverageStates::apiName(CoverageState::Partial), u"partial"_s);
    QCOMPARE(CoverageStates::apiName(CoverageState::Uncovered), u"uncovered"_s);
    QCOMPARE(CoverageStates::apiName(CoverageState::Unknown), u"unknown"_s);
    QCOMPARE(CoverageReasons::apiName(CoverageReason::OnlyAllowOrDrop), u"onlyAllowOrDrop"_s);
    QCOMPARE(CoverageReasons::apiName(CoverageReason::ListingFailed), u"listingFailed"_s);
    QSet<QString> names;
    for (int reason = 0; reason <= int(CoverageReason::ListingFailed); ++reason)
        names.insert(CoverageReasons::apiName(CoverageReason(reason)));
    QCOMPARE(names.size(), int(CoverageReason::ListingFailed) + 1);
}

void tst_Coverage::reasonTextsNameTheFlowLogs()
{
    Inventory inventory = sampleInventory();
    FlowLogInfo failing = flowLog(u"fl-failing"_s, u"VPC"_s, u"vpc-a"_s);
    failing.deliverStatus = u"FAILED"_s;
    inventory.flowLogs = {failing};
    inventory.resourceFailures.clear();
    const VpcCoverage a = coverageOf(inventory, u"vpc-a"_s);
    QCOMPARE(a.reason, CoverageReason::DeliveryFailed);
    QVERIFY2(CoverageReasons::text(a).contains(u"fl-failing"_s), qPrintable(CoverageReasons::text(a)));

    inventory.flowLogFailure = failure(u"Forbidden.RAM"_s);
    const VpcCoverage unknown = coverageOf(inventory, u"vpc-a"_s);
    QVERIFY2(CoverageReasons::text(unknown).contains(u"Forbidden.RAM"_s),
        qPrintable(CoverageReasons::text(unknown)));
    QVERIFY(!CoverageStates::label(CoverageState::Partial).isEmpty());
}

QTEST_APPLESS_MAIN(tst_Coverage)
#include "tst_coverage.moc"
