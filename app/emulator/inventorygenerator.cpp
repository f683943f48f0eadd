#include "emulator/inventorygenerator.h"

#include "core/config/regioncatalog.h"
#include "emulator/inventoryservice.h"
#include "emulator/ipv4cidr.h"
#include "emulator/resourceids.h"

#include <QRandomGenerator>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxCount = 10'000'000;

struct Plan
{
    int vSwitchesPerVpc = 1;
    int prefixLength = 24; // of each vSwitch
};

// vSwitch blocks large enough for their ENIs (plus the reserved addresses), at most /16.
Plan planFor(const InventorySpec &spec)
{
    Plan plan;
    plan.vSwitchesPerVpc = spec.vpcs > 0 ? (spec.vSwitches + spec.vpcs - 1) / spec.vpcs : 0;
    const int perVSwitch
        = spec.vSwitches > 0 ? (spec.networkInterfaces + spec.vSwitches - 1) / spec.vSwitches : 0;
    const int bits = int(std::bit_width(unsigned(perVSwitch + 6)));
    plan.prefixLength = std::clamp(32 - bits, 16, 24); // /24, as most real vSwitches, or larger
    return plan;
}

// The VPC blocks real accounts use; the first that holds all the VPC's vSwitches.
Ipv4Cidr vpcBlock(int index, const Plan &plan)
{
    static const Ipv4Cidr blocks[] = {{0xC0A80000u, 16}, {0xAC100000u, 12}, {0x0A000000u, 8}};
    for (int choice = index % 3; choice < 3; ++choice) {
        const Ipv4Cidr block = blocks[choice];
        if ((quint64(1) << (plan.prefixLength - block.prefixLength)) >= quint64(plan.vSwitchesPerVpc))
            return block;
    }
    return blocks[2]; // more vSwitches than a /8 holds: their blocks repeat (README)
}

const QStringList &vpcNames()
{
    static const QStringList names {u"production"_s, u"staging"_s, u"生产环境"_s, u"测试环境"_s,
        u"data-platform"_s, u"shared-services"_s, u"开发"_s, u""_s};
    return names;
}

class Generator
{
public:
    Generator(const InventorySpec &spec, qint64 nowMs)
        : m_spec(spec)
        , m_plan(planFor(spec))
        , m_random(spec.seed)
        , m_creationTime(InventoryService::utc(nowMs))
    {
        const QList<Region> &catalogue = RegionCatalog::builtIn();
        for (int i = 0; i < std::min<int>(spec.regions, int(catalogue.size())); ++i)
            m_regions.append(catalogue.at(i).id);
    }

    InventoryContents run();

private:
    void addVpc(int index);
    void addVSwitch(int index);
    void addNetworkInterface(int index);
    void addFlowLog(int index);
    QString id(const QString &prefix, const QString &regionId, int length)
    {
        return ResourceIds::make(prefix, regionId, length, m_random);
    }
    template<typename T> const T &pick(const QList<T> &values)
    {
        return values.at(m_random.bounded(int(values.size())));
    }

    InventorySpec m_spec;
    Plan m_plan;
    QRandomGenerator m_random;
    QString m_creationTime; // one shared string for every resource
    QStringList m_regions;
    QHash<QString, QStringList> m_zones;
    QString m_securityGroup;
    InventoryContents m_contents;
};

InventoryContents Generator::run()
{
    if (m_regions.isEmpty())
        return {};
    m_contents.store.reserve(m_spec.vpcs, m_spec.vSwitches, m_spec.networkInterfaces);
    for (const QString &region : std::as_const(m_regions))
        m_zones.insert(region, ResourceIds::zonesOf(region));
    for (int i = 0; i < m_spec.vpcs; ++i)
        addVpc(i);
    for (int i = 0; m_spec.vpcs > 0 && i < m_spec.vSwitches; ++i)
        addVSwitch(i);
    for (int i = 0; m_spec.vSwitches > 0 && m_spec.vpcs > 0 && i < m_spec.networkInterfaces; ++i)
        addNetworkInterface(i);
    for (int i = 0; m_spec.vpcs > 0 && i < m_spec.flowLogs; ++i)
        addFlowLog(i);
    m_contents.store.setInUse(true);
    return std::move(m_contents);
}

void Generator::addVpc(int index)
{
    const QString &regionId = m_regions.at(index % m_regions.size());
    VpcRecord vpc;
    vpc.vpcId = id(u"vpc-"_s, regionId, 25);
    vpc.regionId = regionId;
    const QString name = pick(vpcNames());
    vpc.vpcName = name.isEmpty() ? QString() : u"%1-%2"_s.arg(name).arg(index);
    vpc.cidrBlock = vpcBlock(index, m_plan).toString();
    vpc.vRouterId = id(u"vrt-"_s, regionId, 25);
    vpc.routeTableId = id(u"vtb-"_s, regionId, 25);
    vpc.resourceGroupId = FlowLogRecord::defaultResourceGroupId();
    vpc.creationTime = m_creationTime;
    vpc.isDefault = index < m_regions.size(); // each region's first VPC
    m_contents.store.addVpc(vpc);
}

// vSwitch i is the (i / vpcs)-th of VPC i % vpcs, in the next block of the plan's size.
void Generator::addVSwitch(int index)
{
    const int vpc = index % m_spec.vpcs;
    const int position = index / m_spec.vpcs;
    const VpcRecord &parent = m_contents.store.vpc(vpc);
    const Ipv4Cidr vpcCidr = *Ipv4Cidr::parse(parent.cidrBlock);
    const quint64 blockSize = quint64(1) << (32 - m_plan.prefixLength);
    const quint64 blocks = vpcCidr.size() / blockSize;
    VSwitchRecord vSwitch;
    vSwitch.vSwitchId = id(u"vsw-"_s, parent.regionId, 25);
    vSwitch.vpc = vpc;
    vSwitch.zoneId = m_zones.value(parent.regionId).at(position % m_zones.value(parent.regionId).size());
    vSwitch.cidrBlock
        = Ipv4Cidr {quint32(vpcCidr.base + (position % blocks) * blockSize), m_plan.prefixLength}.toString();
    vSwitch.vSwitchName = u"vsw-%1-%2"_s.arg(vSwitch.zoneId.right(1)).arg(position + 1);
    vSwitch.creationTime = m_creationTime;
    m_contents.store.addVSwitch(vSwitch);
}

// About three in four ENIs are attached: an instance's primary ENI, or a secondary one.
void Generator::addNetworkInterface(int index)
{
    const int vSwitch = index % m_spec.vSwitches;
    VSwitchRecord &parent = m_contents.store.vSwitch(vSwitch);
    const QString &regionId = m_contents.store.vpcOfVSwitch(vSwitch).regionId;
    if (m_securityGroup.isEmpty() || index % 50 == 0)
        m_securityGroup = id(u"sg-"_s, regionId, 22);
    NetworkInterfaceRecord eni;
    eni.networkInterfaceId = id(u"eni-"_s, regionId, 25);
    const int kind = m_random.bounded(100);
    eni.instanceId = kind < 75 ? id(u"i-"_s, regionId, 22) : QString();
    eni.type = kind < 60 ? u"Primary"_s : u"Secondary"_s;
    eni.status = eni.instanceId.isEmpty() ? u"Available"_s : u"InUse"_s;
    eni.securityGroupId = m_securityGroup;
    eni.creationTime = m_creationTime;
    eni.privateIp = Ipv4Cidr::parse(parent.cidrBlock)->base + 1 + parent.nextHost++;
    eni.vSwitch = vSwitch;
    m_contents.store.addNetworkInterface(eni);
}

// Resources: half VPCs, a third vSwitches, the rest ENIs. Mostly Active All, some Drop/Allow,
// some Inactive, a few still Activating (they read Active once the activation delay has passed)
// and 1 in 20 failing delivery.
void Generator::addFlowLog(int index)
{
    const InventoryStore &store = m_contents.store;
    const int kind = m_random.bounded(6);
    FlowLogRecord record;
    if (kind < 3 || store.vSwitchCount() == 0) {
        const VpcRecord &vpc = store.vpc(m_random.bounded(int(store.vpcCount())));
        record.resourceType = u"VPC"_s;
        record.resourceId = vpc.vpcId;
    } else if (kind < 5 || store.networkInterfaceCount() == 0) {
        const int vSwitch = m_random.bounded(int(store.vSwitchCount()));
        record.resourceType = u"VSwitch"_s;
        record.resourceId = store.vSwitch(vSwitch).vSwitchId;
    } else {
        const int eni = m_random.bounded(int(store.networkInterfaceCount()));
        record.resourceType = u"NetworkInterface"_s;
        record.resourceId = store.networkInterface(eni).networkInterfaceId;
    }
    QString regionId;
    store.locate(record.resourceType, record.resourceId, &regionId, &record.vpcId);
    record.regionId = regionId;
    record.flowLogId = id(u"fl-"_s, QString(), 23);
    record.flowLogName = u"flowlog-%1"_s.arg(index + 1);
    const int traffic = m_random.bounded(10);
    record.trafficType = traffic < 7 ? u"All"_s : traffic < 9 ? u"Drop"_s : u"Allow"_s;
    const int status = m_random.bounded(20);
    record.status = status < 16 ? u"Active"_s : status < 19 ? u"Inactive"_s : u"Activating"_s;
    if (m_random.bounded(20) == 0) {
        record.deliverStatus = u"FAILED"_s;
        record.deliverErrorMessage
            = pick(QStringList {u"UnavaliableTarget"_s, u"ProjectNotExist"_s, u"UnknownError"_s});
    }
    record.projectName = u"flowlog-%1"_s.arg(regionId);
    record.logStoreName = u"flowlog-%1"_s.arg(record.resourceType.toLower());
    record.creationTime = m_creationTime;
    m_contents.flowLogs.append(record);
}

} // namespace

std::optional<InventorySpec> InventorySpec::parse(const QString &text, QString *error)
{
    static const QString grammar
        = u"expected comma-separated KEY=N with KEY one of regions, vpcs, vswitches, enis, flowlogs, seed"_s;
    InventorySpec spec;
    const std::pair<QString, int InventorySpec::*> counts[] = {{u"regions"_s, &InventorySpec::regions},
        {u"vpcs"_s, &InventorySpec::vpcs}, {u"vswitches"_s, &InventorySpec::vSwitches},
        {u"enis"_s, &InventorySpec::networkInterfaces}, {u"flowlogs"_s, &InventorySpec::flowLogs}};
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0).trimmed().toLower();
        bool ok = false;
        const qint64 value = item.section(u'=', 1).trimmed().toLongLong(&ok);
        ok = ok && item.contains(u'=');
        const auto count = std::find_if(
            std::begin(counts), std::end(counts), [&key](const auto &c) { return c.first == key; });
        if (ok && key == u"seed"_s && value >= 0 && value <= 0xffffffffLL) {
            spec.seed = quint32(value);
            continue;
        }
        if (!ok || count == std::end(counts) || value < 0 || value > maxCount) {
            *error = u"--generate-inventory: bad item \"%1\": %2, N from 0 to %3"_s.arg(item, grammar)
                         .arg(maxCount);
            return std::nullopt;
        }
        spec.*(count->second) = int(value);
    }
    return spec;
}

namespace InventoryGenerator {

InventoryContents generate(const InventorySpec &spec, qint64 nowMs)
{
    return Generator(spec, nowMs).run();
}

} // namespace InventoryGenerator
