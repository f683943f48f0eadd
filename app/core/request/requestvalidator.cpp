#include "core/request/requestvalidator.h"

#include "core/request/advancedrules.h"
#include "core/request/codepointclass.h"
#include "core/request/textrules.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isLowerAscii(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isLowerAsciiOrDigit(QChar c)
{
    return isLowerAscii(c) || (c >= u'0' && c <= u'9');
}

// ^[a-z]{2,}(-[a-z0-9]+)+$ by hand: it runs on every keystroke.
bool isWellFormedRegionId(QStringView id)
{
    qsizetype i = 0;
    while (i < id.size() && isLowerAscii(id[i]))
        ++i;
    if (i < 2 || i == id.size())
        return false;
    while (i < id.size()) {
        if (id[i++] != u'-')
            return false;
        const qsizetype partStart = i;
        while (i < id.size() && isLowerAsciiOrDigit(id[i]))
            ++i;
        if (i == partStart)
            return false;
    }
    return true;
}

void checkRegion(const QString &typed, ValidationFindings &findings)
{
    const QString id = FlowLogRequest::normalized(typed);
    if (id.isEmpty())
        findings.append({u"region.missing"_s, Field::RegionId});
    else if (!isWellFormedRegionId(id))
        findings.append({u"region.invalid"_s, Field::RegionId, Severity::Error, {id}});
}

// The first whitespace or invisible character of an ID, reported by code point.
void checkResourceIdCharacters(QStringView id, ValidationFindings &findings)
{
    bool invisibleReported = false;
    for (CodePointReader reader(id); !reader.atEnd();) {
        const char32_t c = reader.next();
        const CodePointClass kind = CodePointClasses::classify(c);
        if (kind == CodePointClass::Space || kind == CodePointClass::Control) {
            findings.append({u"resource-id.whitespace"_s, Field::ResourceId, Severity::Error,
                {CodePointClasses::notation(c)}});
            return;
        }
        if (kind == CodePointClass::Invisible && !invisibleReported) {
            invisibleReported = true;
            findings.append({u"resource-id.invisible"_s, Field::ResourceId, Severity::Warning,
                {CodePointClasses::notation(c)}});
        }
    }
}

// A prefix of another type is a clear mistake (an error); an unknown prefix may be a format this
// client does not know yet (a warning).
void checkResourceIdPrefix(QStringView id, ResourceType type, ValidationFindings &findings)
{
    static constexpr ResourceType types[] = {ResourceType::NetworkInterface, ResourceType::VSwitch, ResourceType::Vpc};
    for (ResourceType other : types) {
        const QString prefix = ResourceTypes::idPrefix(other);
        if (other != type && id.startsWith(prefix, Qt::CaseInsensitive)) {
            findings.append({u"resource-id.prefix-of-other-type"_s, Field::ResourceId, Severity::Error,
                {id.first(prefix.size()).toString(), ResourceTypes::apiName(other), ResourceTypes::apiName(type)}});
            return;
        }
    }
    const QString expected = ResourceTypes::idPrefix(type);
    if (!id.startsWith(expected))
        findings.append({u"resource-id.unknown-prefix"_s, Field::ResourceId, Severity::Warning,
            {expected, ResourceTypes::apiName(type)}});
}

// The type is unknown when parse() could not read it: then only the type-independent rules apply.
void checkResourceId(const QString &typed, std::optional<ResourceType> type, ValidationFindings &findings)
{
    const QString id = FlowLogRequest::normalized(typed);
    if (id.isEmpty()) {
        findings.append({u"resource-id.missing"_s, Field::ResourceId});
        return;
    }
    checkResourceIdCharacters(id, findings);
    if (type)
        checkResourceIdPrefix(id, *type, findings);
}

// Log Service names: 3–63 characters from the allowed set, first and last a lower-case letter or
// digit. `extra` holds the allowed punctuation ("-" for projects, "-_" for logstores).
bool followsLogServiceNaming(QStringView name, QStringView extra)
{
    if (name.size() < 3 || name.size() > 63)
        return false;
    if (!isLowerAsciiOrDigit(name.front()) || !isLowerAsciiOrDigit(name.back()))
        return false;
    return std::all_of(name.begin(), name.end(),
        [extra](QChar c) { return isLowerAsciiOrDigit(c) || extra.contains(c); });
}

void checkLogServiceName(const QString &typed, Field field, ValidationFindings &findings)
{
    const bool project = field == Field::ProjectName;
    const QString name = FlowLogRequest::normalized(typed);
    if (name.isEmpty())
        findings.append({project ? u"project.missing"_s : u"logstore.missing"_s, field});
    else if (!followsLogServiceNaming(name, project ? u"-" : u"-_"))
        findings.append({project ? u"project.naming"_s : u"logstore.naming"_s, field, Severity::Warning});
}

void checkField(const FlowLogRequest &request, Field field, std::optional<ResourceType> type,
    ValidationFindings &findings)
{
    switch (field) {
    case Field::RegionId:
        return checkRegion(request.regionId, findings);
    case Field::ResourceType:
    case Field::TrafficType:
        return; // an enum holds only valid values; parse() judges their spelling
    case Field::ResourceId:
        return checkResourceId(request.resourceId, type, findings);
    case Field::ProjectName:
        return checkLogServiceName(request.projectName, field, findings);
    case Field::LogStoreName:
        return checkLogServiceName(request.logStoreName, field, findings);
    case Field::FlowLogName:
        return TextRules::checkName(request.flowLogName, findings);
    case Field::Description:
        return TextRules::checkDescription(request.description, findings);
    case Field::AggregationInterval:
        return AdvancedRules::checkAggregationInterval(request.aggregationInterval, findings);
    case Field::TrafficPath:
        return AdvancedRules::checkTrafficPaths(request.trafficPaths, findings);
    case Field::IpVersion:
        return AdvancedRules::checkIpVersion(request.ipVersion, request.regionId, findings);
    case Field::ResourceGroupId:
        return AdvancedRules::checkResourceGroupId(request.resourceGroupId, findings);
    case Field::Tags:
        return AdvancedRules::checkTags(request.tags, findings);
    }
}

constexpr Field allFields[] = {Field::RegionId, Field::ResourceType, Field::ResourceId, Field::TrafficType,
    Field::ProjectName, Field::LogStoreName, Field::FlowLogName, Field::Description, Field::AggregationInterval,
    Field::TrafficPath, Field::IpVersion, Field::ResourceGroupId, Field::Tags};

// The 1-based index N of "<prefix>N<suffix>" (TrafficPath.2, Tag.3.Key), or 0 when the name has
// another form.
int repeatIndex(QStringView name, QStringView prefix, QStringView suffix)
{
    if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.size() <= prefix.size() + suffix.size())
        return 0;
    bool ok = false;
    const int index = name.sliced(prefix.size(), name.size() - prefix.size() - suffix.size()).toInt(&ok);
    return ok && index >= 1 ? index : 0;
}

// The repeated parameters in index order, as the SDKs flatten them: TrafficPath.N and Tag.N.*. A tag
// with a value but no key keeps an empty key, which the tag rules report.
void readRepeatedParameters(const ApiParameters &parameters, FlowLogRequest &request)
{
    QMap<int, QString> paths;
    QMap<int, FlowLogTag> tags;
    for (const auto &[name, value] : parameters) {
        if (const int path = repeatIndex(name, u"TrafficPath.", u""))
            paths.insert(path, value);
        else if (const int key = repeatIndex(name, u"Tag.", u".Key"))
            tags[key].key = value;
        else if (const int tag = repeatIndex(name, u"Tag.", u".Value"))
            tags[tag].value = value;
    }
    request.trafficPaths = paths.values();
    request.tags = tags.values();
}

const QString *parameterValue(const ApiParameters &parameters, Field field)
{
    const QString name = Fields::apiName(field);
    for (const ApiParameter &parameter : parameters) {
        if (parameter.first == name)
            return &parameter.second;
    }
    return nullptr;
}

// The finding for an enum parameter that is absent, blank or not one of its spellings.
std::optional<ValidationFinding> enumFinding(const QString *value, bool known, Field field)
{
    const bool resourceType = field == Field::ResourceType;
    if (!value || FlowLogRequest::normalized(*value).isEmpty())
        return ValidationFinding {resourceType ? u"resource-type.missing"_s : u"traffic-type.missing"_s, field};
    if (!known)
        return ValidationFinding {resourceType ? u"resource-type.unknown"_s : u"traffic-type.unknown"_s, field,
            Severity::Error, {FlowLogRequest::normalized(*value)}};
    return std::nullopt;
}

QString normalizedOrEmpty(const QString *value)
{
    return value ? FlowLogRequest::normalized(*value) : QString();
}

QString textParameter(const ApiParameters &parameters, Field field)
{
    const QString *value = parameterValue(parameters, field);
    return value ? *value : QString();
}

} // namespace

namespace RequestValidator {

ValidationFindings validate(const FlowLogRequest &request)
{
    ValidationFindings findings;
    for (Field field : allFields)
        checkField(request, field, request.resourceType, findings);
    return findings;
}

ValidationFindings validateField(const FlowLogRequest &request, Field field)
{
    ValidationFindings findings;
    checkField(request, field, request.resourceType, findings);
    return findings;
}

bool hasErrors(const ValidationFindings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
        [](const ValidationFinding &finding) { return finding.severity == Severity::Error; });
}

ParsedRequest parse(const ApiParameters &parameters)
{
    ParsedRequest parsed;
    FlowLogRequest &request = parsed.request;
    request.regionId = textParameter(parameters, Field::RegionId);
    request.resourceId = textParameter(parameters, Field::ResourceId);
    request.projectName = textParameter(parameters, Field::ProjectName);
    request.logStoreName = textParameter(parameters, Field::LogStoreName);
    request.flowLogName = textParameter(parameters, Field::FlowLogName);
    request.description = textParameter(parameters, Field::Description);
    request.aggregationInterval = textParameter(parameters, Field::AggregationInterval);
    request.ipVersion = textParameter(parameters, Field::IpVersion);
    request.resourceGroupId = textParameter(parameters, Field::ResourceGroupId);
    readRepeatedParameters(parameters, request);

    const QString *typeValue = parameterValue(parameters, Field::ResourceType);
    const std::optional<ResourceType> type = ResourceTypes::fromApiName(normalizedOrEmpty(typeValue));
    const QString *trafficValue = parameterValue(parameters, Field::TrafficType);
    const std::optional<TrafficType> traffic = TrafficTypes::fromApiName(normalizedOrEmpty(trafficValue));
    if (type)
        request.resourceType = *type;
    if (traffic)
        request.trafficType = *traffic;

    for (Field field : allFields) {
        std::optional<ValidationFinding> finding;
        if (field == Field::ResourceType)
            finding = enumFinding(typeValue, type.has_value(), field);
        else if (field == Field::TrafficType)
            finding = enumFinding(trafficValue, traffic.has_value(), field);
        else
            checkField(request, field, type, parsed.findings);
        if (finding)
            parsed.findings.append(*finding);
    }
    return parsed;
}

} // namespace RequestValidator
