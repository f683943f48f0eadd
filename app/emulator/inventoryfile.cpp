#include "emulator/inventoryfile.h"

#include "core/config/regioncatalog.h"
#include "core/platform/boundedfile.h"
#include "emulator/inventoryservice.h"
#include "emulator/ipv4cidr.h"
#include "emulator/resourceids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxInventoryBytes = 256 * 1024 * 1024;

// Thrown inside the reader only, caught in parse(): the first problem ends the reading.
struct Problem
{
    QString message;
};

[[noreturn]] void fail(const QString &where, const QString &what)
{
    throw Problem {where + u": "_s + what};
}

// The keys an object may have: a misspelt key is an error, not silently ignored.
void checkKeys(const QJsonObject &object, const QString &where, const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            fail(where, u"unknown key \"%1\" (expected one of %2)"_s.arg(it.key(), allowed.join(u", "_s)));
    }
}

QString text(const QJsonObject &object, const QString &where, const QString &key, bool required = false,
    const QString &fallback = {})
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(where, u"\"%1\" is missing"_s.arg(key));
        return fallback;
    }
    if (!value.isString())
        fail(where + u'.' + key, u"must be a string"_s);
    if (required && value.toString().isEmpty())
        fail(where + u'.' + key, u"must not be empty"_s);
    return value.toString();
}

QString oneOf(const QJsonObject &object, const QString &where, const QString &key, const QStringList &values,
    const QString &fallback)
{
    const QString value = text(object, where, key, false, fallback);
    if (!values.contains(value))
        fail(where + u'.' + key, u"\"%1\" is not one of %2"_s.arg(value, values.join(u", "_s)));
    return value;
}

QJsonArray array(const QJsonObject &object, const QString &where, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(where + u'.' + key, u"must be an array"_s);
    return value.toArray();
}

QJsonObject item(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        fail(where, u"must be an object"_s);
    return value.toObject();
}

QString newId(const QString &where, const QString &id, const QString &prefix, QSet<QString> *seen)
{
    if (!id.startsWith(prefix) || id.size() <= prefix.size())
        fail(where, u"\"%1\" does not start with %2"_s.arg(id, prefix));
    if (seen->contains(id))
        fail(where, u"%1 appears twice"_s.arg(id));
    seen->insert(id);
    return id;
}

// Reads one file into a fresh store; every ID is checked once for its shape and uniqueness.
class Reader
{
public:
    explicit Reader(qint64 nowMs)
        : m_now(InventoryService::utc(nowMs))
    {
    }

    InventoryContents read(const QJsonObject &root);

private:
    void readRegion(const QJsonObject &region, const QString &where);
    void readVpc(const QJsonObject &object, const QString &where, const QString &regionId);
    void readVSwitch(const QJsonObject &object, const QString &where, const QString &regionId);
    void readNetworkInterface(const QJsonObject &object, const QString &where, const QString &regionId);
    void readFlowLog(const QJsonObject &object, const QString &where, const QString &regionId);
    QString generated(const QString &prefix, const QString &regionId, int length, const QString &from);

    QString m_now;
    InventoryContents m_contents;
    QSet<QString> m_ids;
};

InventoryContents Reader::read(const QJsonObject &root)
{
    checkKeys(root, u"(top level)"_s, {u"regions"_s});
    const QJsonArray regions = array(root, u"(top level)"_s, u"regions"_s);
    QSet<QString> seenRegions;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const QString where = u"regions[%1]"_s.arg(i);
        const QJsonObject region = item(regions.at(i), where);
        const QString regionId = text(region, where, u"regionId"_s, true);
        if (!RegionCatalog::isKnown(regionId))
            fail(where + u".regionId"_s, u"\"%1\" is not a region of the built-in catalogue"_s.arg(regionId));
        if (seenRegions.contains(regionId))
            fail(where + u".regionId"_s, u"%1 appears twice"_s.arg(regionId));
        seenRegions.insert(regionId);
        readRegion(region, where);
    }
    return std::move(m_contents);
}

void Reader::readRegion(const QJsonObject &region, const QString &where)
{
    checkKeys(
        region, where, {u"regionId"_s, u"vpcs"_s, u"vSwitches"_s, u"networkInterfaces"_s, u"flowLogs"_s});
    const QString regionId = region.value(u"regionId"_s).toString();
    const std::pair<QString, void (Reader::*)(const QJsonObject &, const QString &, const QString &)>
        sections[] = {{u"vpcs"_s, &Reader::readVpc}, {u"vSwitches"_s, &Reader::readVSwitch},
            {u"networkInterfaces"_s, &Reader::readNetworkInterface}, {u"flowLogs"_s, &Reader::readFlowLog}};
    for (const auto &[key, readOne] : sections) {
        const QJsonArray items = array(region, where, key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemWhere = u"%1.%2[%3]"_s.arg(where, key).arg(i);
            (this->*readOne)(item(items.at(i), itemWhere), itemWhere, regionId);
        }
    }
}

// IDs the file may leave out, derived from the ID they belong to: the same file gives the same IDs.
QString Reader::generated(const QString &prefix, const QString &regionId, int length, const QString &from)
{
    QRandomGenerator random(qHash(from + prefix));
    return ResourceIds::make(prefix, regionId, length, random);
}

void Reader::readVpc(const QJsonObject &object, const QString &where, const QString &regionId)
{
    checkKeys(object, where,
        {u"vpcId"_s, u"vpcName"_s, u"description"_s, u"cidrBlock"_s, u"isDefault"_s, u"resourceGroupId"_s,
            u"creationTime"_s, u"vRouterId"_s, u"routeTableId"_s});
    VpcRecord vpc;
    vpc.vpcId = newId(where + u".vpcId"_s, text(object, where, u"vpcId"_s, true), u"vpc-"_s, &m_ids);
    vpc.regionId = regionId;
    vpc.vpcName = text(object, where, u"vpcName"_s);
    vpc.description = text(object, where, u"description"_s);
    vpc.cidrBlock = text(object, where, u"cidrBlock"_s, false, u"172.16.0.0/12"_s);
    if (!Ipv4Cidr::parse(vpc.cidrBlock))
        fail(where + u".cidrBlock"_s, u"\"%1\" is not an IPv4 CIDR block"_s.arg(vpc.cidrBlock));
    vpc.isDefault = object.value(u"isDefault"_s).toBool(false);
    vpc.resourceGroupId
        = text(object, where, u"resourceGroupId"_s, false, FlowLogRecord::defaultResourceGroupId());
    vpc.creationTime = text(object, where, u"creationTime"_s, false, m_now);
    vpc.vRouterId = text(object, where, u"vRouterId"_s, false, generated(u"vrt-"_s, regionId, 25, vpc.vpcId));
    vpc.routeTableId
        = text(object, where, u"routeTableId"_s, false, generated(u"vtb-"_s, regionId, 25, vpc.vpcId));
    m_contents.store.addVpc(vpc);
}

void Reader::readVSwitch(const QJsonObject &object, const QString &where, const QString &regionId)
{
    checkKeys(object, where,
        {u"vSwitchId"_s, u"vpcId"_s, u"zoneId"_s, u"cidrBlock"_s, u"vSwitchName"_s, u"description"_s,
            u"creationTime"_s});
    VSwitchRecord vSwitch;
    vSwitch.vSwitchId
        = newId(where + u".vSwitchId"_s, text(object, where, u"vSwitchId"_s, true), u"vsw-"_s, &m_ids);
    const QString vpcId = text(object, where, u"vpcId"_s, true);
    vSwitch.vpc = m_contents.store.findVpc(vpcId);
    if (vSwitch.vpc < 0 || m_contents.store.vpc(vSwitch.vpc).regionId != regionId)
        fail(where + u".vpcId"_s,
            u"no VPC %1 in %2 (VPCs must come before their vSwitches)"_s.arg(vpcId, regionId));
    vSwitch.zoneId = text(object, where, u"zoneId"_s, true);
    if (!ResourceIds::isZoneOf(vSwitch.zoneId, regionId))
        fail(where + u".zoneId"_s, u"\"%1\" is not a zone of %2"_s.arg(vSwitch.zoneId, regionId));
    vSwitch.cidrBlock = text(object, where, u"cidrBlock"_s, true);
    const auto block = Ipv4Cidr::parse(vSwitch.cidrBlock);
    if (!block || !Ipv4Cidr::parse(m_contents.store.vpc(vSwitch.vpc).cidrBlock)->contains(*block))
        fail(where + u".cidrBlock"_s,
            u"\"%1\" is not an IPv4 CIDR block within the VPC's"_s.arg(vSwitch.cidrBlock));
    vSwitch.vSwitchName = text(object, where, u"vSwitchName"_s);
    vSwitch.description = text(object, where, u"description"_s);
    vSwitch.creationTime = text(object, where, u"creationTime"_s, false, m_now);
    m_contents.store.addVSwitch(vSwitch);
}

void Reader::readNetworkInterface(const QJsonObject &object, const QString &where, const QString &regionId)
{
    checkKeys(object, where,
        {u"networkInterfaceId"_s, u"vSwitchId"_s, u"instanceId"_s, u"primaryIpAddress"_s, u"type"_s,
            u"status"_s, u"networkInterfaceName"_s, u"description"_s, u"securityGroupId"_s,
            u"creationTime"_s});
    NetworkInterfaceRecord eni;
    eni.networkInterfaceId = newId(where + u".networkInterfaceId"_s,
        text(object, where, u"networkInterfaceId"_s, true), u"eni-"_s, &m_ids);
    const QString vSwitchId = text(object, where, u"vSwitchId"_s, true);
    eni.vSwitch = m_contents.store.findVSwitch(vSwitchId);
    if (eni.vSwitch < 0 || m_contents.store.vpcOfVSwitch(eni.vSwitch).regionId != regionId)
        fail(where + u".vSwitchId"_s, u"no vSwitch %1 in %2"_s.arg(vSwitchId, regionId));
    eni.instanceId = text(object, where, u"instanceId"_s);
    if (!eni.instanceId.isEmpty() && !eni.instanceId.startsWith(u"i-"_s))
        fail(where + u".instanceId"_s, u"\"%1\" does not start with i-"_s.arg(eni.instanceId));
    const bool attached = !eni.instanceId.isEmpty();
    eni.type = oneOf(
        object, where, u"type"_s, {u"Primary"_s, u"Secondary"_s}, attached ? u"Primary"_s : u"Secondary"_s);
    eni.status = oneOf(object, where, u"status"_s,
        {u"Available"_s, u"Attaching"_s, u"InUse"_s, u"Detaching"_s, u"Deleting"_s},
        attached ? u"InUse"_s : u"Available"_s);
    VSwitchRecord &vSwitch = m_contents.store.vSwitch(eni.vSwitch);
    const Ipv4Cidr block = *Ipv4Cidr::parse(vSwitch.cidrBlock);
    const QString address = text(object, where, u"primaryIpAddress"_s);
    const auto parsed = address.isEmpty() ? std::optional<quint32>(block.base + 1 + vSwitch.nextHost++)
                                          : Ipv4Cidr::parseAddress(address);
    if (!parsed || !block.contains(*parsed))
        fail(where + u".primaryIpAddress"_s,
            u"\"%1\" is not an address of %2"_s.arg(address, vSwitch.cidrBlock));
    eni.privateIp = *parsed;
    eni.networkInterfaceName = text(object, where, u"networkInterfaceName"_s);
    eni.description = text(object, where, u"description"_s);
    eni.securityGroupId = text(object, where, u"securityGroupId"_s, false,
        generated(u"sg-"_s, regionId, 22, m_contents.store.vpcOfVSwitch(eni.vSwitch).vpcId));
    eni.creationTime = text(object, where, u"creationTime"_s, false, m_now);
    m_contents.store.addNetworkInterface(eni);
}

void Reader::readFlowLog(const QJsonObject &object, const QString &where, const QString &regionId)
{
    checkKeys(object, where,
        {u"flowLogId"_s, u"flowLogName"_s, u"description"_s, u"resourceType"_s, u"resourceId"_s,
            u"trafficType"_s, u"projectName"_s, u"logStoreName"_s, u"status"_s, u"aggregationInterval"_s,
            u"deliverStatus"_s, u"deliverErrorMessage"_s, u"serviceType"_s, u"creationTime"_s});
    FlowLogRecord record;
    record.regionId = regionId;
    const QString id = text(object, where, u"flowLogId"_s, false, generated(u"fl-"_s, regionId, 23, where));
    record.flowLogId = newId(where + u".flowLogId"_s, id, u"fl-"_s, &m_ids);
    record.flowLogName = text(object, where, u"flowLogName"_s);
    record.description = text(object, where, u"description"_s);
    record.resourceType
        = oneOf(object, where, u"resourceType"_s, {u"VPC"_s, u"VSwitch"_s, u"NetworkInterface"_s}, {});
    record.resourceId = text(object, where, u"resourceId"_s, true);
    QString resourceRegion;
    if (!m_contents.store.locate(record.resourceType, record.resourceId, &resourceRegion, &record.vpcId)
        || resourceRegion != regionId)
        fail(where + u".resourceId"_s,
            u"no %1 %2 in %3"_s.arg(record.resourceType, record.resourceId, regionId));
    record.trafficType = oneOf(object, where, u"trafficType"_s, {u"All"_s, u"Allow"_s, u"Drop"_s}, u"All"_s);
    record.projectName = text(object, where, u"projectName"_s, true);
    record.logStoreName = text(object, where, u"logStoreName"_s, true);
    record.status
        = oneOf(object, where, u"status"_s, {u"Active"_s, u"Activating"_s, u"Inactive"_s}, u"Active"_s);
    const int interval = object.value(u"aggregationInterval"_s).toInt(10);
    if (interval != 1 && interval != 5 && interval != 10)
        fail(where + u".aggregationInterval"_s, u"must be 1, 5 or 10"_s);
    record.aggregationInterval = interval;
    record.deliverStatus
        = oneOf(object, where, u"deliverStatus"_s, {u"SUCCESS"_s, u"FAILED"_s}, u"SUCCESS"_s);
    // The three messages the API documents (UnavaliableTarget is its spelling); none when delivering.
    record.deliverErrorMessage = oneOf(object, where, u"deliverErrorMessage"_s,
        {QString(), u"ProjectNotExist"_s, u"UnavaliableTarget"_s, u"UnknownError"_s}, {});
    if (record.deliverStatus == u"SUCCESS"_s && !record.deliverErrorMessage.isEmpty())
        fail(where + u".deliverErrorMessage"_s, u"only a FAILED delivery has an error message"_s);
    // "sls": made from Log Service, listed by VPC but managed in Log Service only.
    record.serviceType = oneOf(object, where, u"serviceType"_s, {QString(), u"sls"_s}, {});
    record.creationTime = text(object, where, u"creationTime"_s, false, m_now);
    m_contents.flowLogs.append(record);
}

} // namespace

namespace InventoryFile {

std::optional<InventoryContents> parse(const QByteArray &json, qint64 nowMs, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = document.isNull()
            ? u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
            : u"the top level must be an object with \"regions\""_s;
        return std::nullopt;
    }
    try {
        return Reader(nowMs).read(document.object());
    } catch (const Problem &problem) {
        *error = problem.message;
        return std::nullopt;
    }
}

std::optional<InventoryContents> read(const QString &path, qint64 nowMs, QString *error)
{
    const BoundedFile::Result file = BoundedFile::read(path, maxInventoryBytes);
    if (!file.ok()) {
        *error = file.problem == BoundedFile::Problem::Missing ? u"no such file"_s : file.reason;
        return std::nullopt;
    }
    return parse(file.data, nowMs, error);
}

} // namespace InventoryFile
