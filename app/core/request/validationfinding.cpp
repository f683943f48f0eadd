#include "core/request/validationfinding.h"

#include "core/request/resourcetype.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr char context[] = "RequestValidator";

// How a code's message is built. The arguments fill %1, %2, … in order; when `countArgument` is
// not -1, that argument is the %n of a plural form instead and the others keep their order.
struct MessageTemplate
{
    const char *code = nullptr;
    const char *text = nullptr;
    int countArgument = -1;
    bool typeArguments = false; // arguments 2 and 3 are ResourceType API names, shown as labels
};

// clang-format off
constexpr MessageTemplate templates[] = {
    {"region.missing", QT_TRANSLATE_NOOP("RequestValidator", "Choose a region, or enter a region ID such as cn-hangzhou.")},
    {"region.invalid", QT_TRANSLATE_NOOP("RequestValidator", "“%1” is not a region ID: use lower-case letters, digits and hyphens, such as cn-hangzhou or ap-southeast-1.")},
    {"resource-type.missing", QT_TRANSLATE_NOOP("RequestValidator", "Choose a resource type: NetworkInterface, VSwitch or VPC.")},
    {"resource-type.unknown", QT_TRANSLATE_NOOP("RequestValidator", "“%1” is not a resource type: use NetworkInterface, VSwitch or VPC, spelled exactly so.")},
    {"resource-id.missing", QT_TRANSLATE_NOOP("RequestValidator", "Enter the ID of the resource whose traffic is captured, such as eni-bp1234567890abcdefg.")},
    {"resource-id.whitespace", QT_TRANSLATE_NOOP("RequestValidator", "A resource ID contains no spaces or line breaks (found %1): delete it.")},
    {"resource-id.invisible", QT_TRANSLATE_NOOP("RequestValidator", "The resource ID contains the invisible character %1, probably copied along with it: delete it.")},
    {"resource-id.prefix-of-other-type", QT_TRANSLATE_NOOP("RequestValidator", "IDs starting with “%1” are %2 IDs, but the resource type is %3: choose the type %2, or enter an ID of the type %3."), -1, true},
    {"resource-id.unknown-prefix", QT_TRANSLATE_NOOP("RequestValidator", "%2 IDs usually start with “%1”: check the ID and the resource type."), -1, true},
    {"resource-id.not-in-account", QT_TRANSLATE_NOOP("RequestValidator", "No %2 with the ID “%1” was found in %3 for this profile: check the ID, and the region in the top bar."), -1, true},
    {"resource-id.not-in-account-similar", QT_TRANSLATE_NOOP("RequestValidator", "No %2 with the ID “%1” was found in %3 for this profile. Did you mean %4?"), -1, true},
    {"resource-id.listing-forbidden", QT_TRANSLATE_NOOP("RequestValidator", "“%1” cannot be checked against the account: this profile is not permitted to list %2 IDs in %3 (%4). Typed IDs still work."), -1, true},
    {"resource-id.listing-failed", QT_TRANSLATE_NOOP("RequestValidator", "“%1” cannot be checked against the account: the %2 IDs in %3 could not be listed (%4). Typed IDs still work; reload to try again."), -1, true},
    {"traffic-type.missing", QT_TRANSLATE_NOOP("RequestValidator", "Choose the traffic to capture: All, Allow or Drop.")},
    {"traffic-type.unknown", QT_TRANSLATE_NOOP("RequestValidator", "“%1” is not a traffic type: use All, Allow or Drop.")},
    {"project.missing", QT_TRANSLATE_NOOP("RequestValidator", "Enter the Log Service project that stores the captured traffic.")},
    {"project.naming", QT_TRANSLATE_NOOP("RequestValidator", "Log Service project names have 3 to 63 characters: lower-case letters, digits and hyphens, starting and ending with a letter or digit. Check that this project exists.")},
    {"logstore.missing", QT_TRANSLATE_NOOP("RequestValidator", "Enter the Logstore that stores the captured traffic.")},
    {"logstore.naming", QT_TRANSLATE_NOOP("RequestValidator", "Logstore names have 3 to 63 characters: lower-case letters, digits, hyphens and underscores, starting and ending with a letter or digit. Check that this Logstore exists.")},

    {"name.too-short", QT_TRANSLATE_N_NOOP("RequestValidator", "Too short: %n character(s); at least %1 are needed."), 0},
    {"name.too-long", QT_TRANSLATE_N_NOOP("RequestValidator", "Too long: %1 of at most %n character(s). Shorten the name."), 1},
    {"name.url-prefix", QT_TRANSLATE_NOOP("RequestValidator", "A name must not start with “%1” (http:// or https://).")},
    {"name.first-character", QT_TRANSLATE_NOOP("RequestValidator", "A name cannot start with “%1” (%2): start with a letter A–Z, a–z or a Chinese character.")},
    {"name.fullwidth-letter", QT_TRANSLATE_NOOP("RequestValidator", "“%1” (%2) is a full-width letter, which is not allowed: use “%3”.")},
    {"name.fullwidth-digit", QT_TRANSLATE_NOOP("RequestValidator", "“%1” (%2) is a full-width digit, which is not allowed: use “%3”.")},
    {"name.chinese-punctuation", QT_TRANSLATE_NOOP("RequestValidator", "The Chinese or full-width punctuation “%1” (%2) is not allowed in a name; allowed are . _ -")},
    {"name.space", QT_TRANSLATE_NOOP("RequestValidator", "Spaces are not allowed in a name (found %1): use _ or - instead.")},
    {"name.kana-hangul", QT_TRANSLATE_NOOP("RequestValidator", "“%1” (%2) is Japanese kana or Korean Hangul, not a Chinese character: it is not allowed in a name.")},
    {"name.han-radical", QT_TRANSLATE_NOOP("RequestValidator", "“%1” (%2) is a radical, not a Chinese character: type the whole character instead.")},
    {"name.invisible", QT_TRANSLATE_NOOP("RequestValidator", "The name contains the invisible character %1, probably copied along with the text: delete it.")},
    {"name.control-character", QT_TRANSLATE_NOOP("RequestValidator", "The name contains the control character %1 (a tab or line break, for example): delete it.")},
    {"name.emoji-or-symbol", QT_TRANSLATE_NOOP("RequestValidator", "Emoji and symbols such as “%1” (%2) are not allowed in a name.")},
    {"name.invalid-character", QT_TRANSLATE_NOOP("RequestValidator", "“%1” (%2) is not allowed in a name: use letters A–Z, a–z, Chinese characters, digits and . _ -")},

    {"description.too-short", QT_TRANSLATE_N_NOOP("RequestValidator", "Too short: %n character(s); at least %1 are needed."), 0},
    {"description.too-long", QT_TRANSLATE_N_NOOP("RequestValidator", "Too long: %1 of at most %n character(s). Shorten the description."), 1},
    {"description.url-prefix", QT_TRANSLATE_NOOP("RequestValidator", "A description must not start with “%1” (http:// or https://).")},
    {"description.first-character", QT_TRANSLATE_NOOP("RequestValidator", "A description cannot start with “%1” (%2): start with a letter A–Z, a–z or a Chinese character.")},
    {"description.fullwidth-letter", QT_TRANSLATE_NOOP("RequestValidator", "A description cannot start with the full-width letter “%1” (%2): use “%3”.")},
    {"description.control-character", QT_TRANSLATE_NOOP("RequestValidator", "The description must be a single line: delete the control character %1 (a tab or line break, for example).")},
    {"description.invisible", QT_TRANSLATE_NOOP("RequestValidator", "The description contains the invisible character %1 (a zero-width or text-direction character, probably copied along with the text): delete it.")},
    {"description.invalid-character", QT_TRANSLATE_NOOP("RequestValidator", "The description contains %1, which is not a character (unassigned, private use or a broken surrogate): delete it.")},
    {"description.surrounding-spaces", QT_TRANSLATE_NOOP("RequestValidator", "Leading and trailing spaces are removed before sending.")},

    {"aggregation-interval.invalid", QT_TRANSLATE_NOOP("RequestValidator", "“%1” is not a sampling interval: use 1, 5 or 10 (minutes; 10 is the default).")},
    {"traffic-path.unknown", QT_TRANSLATE_NOOP("RequestValidator", "“%1” is not a traffic path: use all or internetGateway, spelled exactly so.")},
    {"traffic-path.duplicate", QT_TRANSLATE_NOOP("RequestValidator", "The traffic path %1 is given twice: give each path once.")},
    {"ip-version.unknown", QT_TRANSLATE_NOOP("RequestValidator", "“%1” is not an IP version: use IPV4 or DualStack, spelled exactly so.")},
    {"ip-version.dual-stack-region", QT_TRANSLATE_NOOP("RequestValidator", "Dual-stack flow logs are offered only in %2; in %1 the service may refuse DualStack. Choose IPV4 unless the console offers dual stack in this region.")},
    {"resource-group.naming", QT_TRANSLATE_NOOP("RequestValidator", "Resource group IDs are “rg-” followed by lower-case letters and digits, such as rg-acfmxazdjdhd: check the ID in Resource Management.")},
    {"tags.too-many", QT_TRANSLATE_N_NOOP("RequestValidator", "At most 20 tags can be given; there are %n: remove the extra ones."), 0},
    {"tag.key-missing", QT_TRANSLATE_NOOP("RequestValidator", "Tag %1 has no key: enter one, or remove the tag.")},
    {"tag.key-too-long", QT_TRANSLATE_NOOP("RequestValidator", "Tag %1 (“%2”): the key has %3 characters, at most 128 are allowed. Shorten it.")},
    {"tag.value-too-long", QT_TRANSLATE_NOOP("RequestValidator", "Tag %1 (“%2”): the value has %3 characters, at most 128 are allowed. Shorten it.")},
    {"tag.key-reserved-prefix", QT_TRANSLATE_NOOP("RequestValidator", "Tag %1 (“%2”): a key must not start with “%3”, which Alibaba Cloud reserves (aliyun, acs:).")},
    {"tag.value-reserved-prefix", QT_TRANSLATE_NOOP("RequestValidator", "Tag %1 (“%2”): a value must not start with “%3”, which Alibaba Cloud reserves (aliyun, acs:).")},
    {"tag.key-url", QT_TRANSLATE_NOOP("RequestValidator", "Tag %1 (“%2”): a key must not contain “%3”. Remove the address.")},
    {"tag.value-url", QT_TRANSLATE_NOOP("RequestValidator", "Tag %1 (“%2”): a value must not contain “%3”. Remove the address.")},
    {"tag.key-duplicate", QT_TRANSLATE_NOOP("RequestValidator", "Tag %1 (“%2”): tag %3 has the same key. Keys must be unique: change or remove one.")},
};
// clang-format on

const MessageTemplate *findTemplate(const QString &code)
{
    for (const MessageTemplate &entry : templates) {
        if (code == QLatin1StringView(entry.code))
            return &entry;
    }
    return nullptr;
}

QString typeLabel(const QString &apiName)
{
    const std::optional<ResourceType> type = ResourceTypes::fromApiName(apiName);
    return type ? ResourceTypes::label(*type) : apiName;
}

// One pass over all placeholders, so an argument that itself contains "%1" stays as it is.
QString fill(const QString &text, const QStringList &a)
{
    switch (a.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(a[0]);
    case 2:
        return text.arg(a[0], a[1]);
    case 3:
        return text.arg(a[0], a[1], a[2]);
    default:
        return text.arg(a[0], a[1], a[2], a[3]);
    }
}

} // namespace

namespace Fields {

QList<Field> all()
{
    return {Field::RegionId, Field::ResourceType, Field::ResourceId, Field::TrafficType, Field::ProjectName,
        Field::LogStoreName, Field::FlowLogName, Field::Description, Field::AggregationInterval, Field::TrafficPath,
        Field::IpVersion, Field::ResourceGroupId, Field::Tags};
}

QString apiName(Field field)
{
    switch (field) {
    case Field::RegionId: return u"RegionId"_s;
    case Field::ResourceType: return u"ResourceType"_s;
    case Field::ResourceId: return u"ResourceId"_s;
    case Field::TrafficType: return u"TrafficType"_s;
    case Field::ProjectName: return u"ProjectName"_s;
    case Field::LogStoreName: return u"LogStoreName"_s;
    case Field::FlowLogName: return u"FlowLogName"_s;
    case Field::Description: return u"Description"_s;
    case Field::AggregationInterval: return u"AggregationInterval"_s;
    case Field::TrafficPath: return u"TrafficPath"_s;
    case Field::IpVersion: return u"IpVersion"_s;
    case Field::ResourceGroupId: return u"ResourceGroupId"_s;
    case Field::Tags: return u"Tag"_s;
    }
    Q_UNREACHABLE();
}

QString label(Field field)
{
    switch (field) {
    case Field::RegionId: return QCoreApplication::translate("Fields", "Region");
    case Field::ResourceType: return QCoreApplication::translate("Fields", "Resource type");
    case Field::ResourceId: return QCoreApplication::translate("Fields", "Resource ID");
    case Field::TrafficType: return QCoreApplication::translate("Fields", "Traffic type");
    case Field::ProjectName: return QCoreApplication::translate("Fields", "Log Service project");
    case Field::LogStoreName: return QCoreApplication::translate("Fields", "Logstore");
    case Field::FlowLogName: return QCoreApplication::translate("Fields", "Flow log name");
    case Field::Description: return QCoreApplication::translate("Fields", "Description");
    case Field::AggregationInterval: return QCoreApplication::translate("Fields", "Sampling interval (minutes)");
    case Field::TrafficPath: return QCoreApplication::translate("Fields", "Traffic path");
    case Field::IpVersion: return QCoreApplication::translate("Fields", "IP version");
    case Field::ResourceGroupId: return QCoreApplication::translate("Fields", "Resource group");
    case Field::Tags: return QCoreApplication::translate("Fields", "Tags");
    }
    Q_UNREACHABLE();
}

} // namespace Fields

QString ValidationFinding::parameterName() const
{
    if (item >= 0 && field == Field::TrafficPath)
        return u"TrafficPath.%1"_s.arg(item + 1);
    if (item >= 0 && field == Field::Tags)
        return u"Tag.%1.%2"_s.arg(item + 1).arg(code.startsWith(u"tag.value"_s) ? u"Value"_s : u"Key"_s);
    return Fields::apiName(field);
}

QString ValidationFinding::message() const
{
    const MessageTemplate *entry = findTemplate(code);
    if (!entry)
        return QCoreApplication::translate("RequestValidator", "Invalid value (%1).").arg(code);
    QStringList values = arguments;
    if (entry->typeArguments) {
        for (qsizetype i = 1; i < values.size(); ++i)
            values[i] = typeLabel(values[i]);
    }
    if (entry->countArgument < 0 || entry->countArgument >= values.size())
        return fill(QCoreApplication::translate(context, entry->text), values);
    const int count = values.takeAt(entry->countArgument).toInt();
    return fill(QCoreApplication::translate(context, entry->text, nullptr, count), values);
}
