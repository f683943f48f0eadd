#include "core/request/advancedrules.h"

#include "core/request/textrules.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The prefixes Alibaba Cloud reserves for its own tags. Matched regardless of case: the tag
// service's documentation does not say whether "Aliyun" is taken too, so the stricter reading wins
// (a refused tag costs the operator a round trip; an accepted one costs nothing).
constexpr QStringView reservedTagPrefixes[] = {u"aliyun", u"acs:"};
constexpr QStringView urlMarkers[] = {u"http://", u"https://"};

bool isLowerAsciiOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// Tag N ("key"): how every tag finding names its tag. The key is shown as typed, cut if long.
QStringList tagArguments(qsizetype index, QStringView key)
{
    const QString shown = key.size() > 40 ? key.first(40).toString() + u'…' : key.toString();
    return {QString::number(index + 1), shown};
}

void checkTagText(QStringView text, qsizetype index, QStringView key, bool isKey, ValidationFindings &findings)
{
    const auto add = [&](const char *what, QStringList extra) {
        QStringList arguments = tagArguments(index, key);
        arguments += extra;
        findings.append({(isKey ? u"tag.key-"_s : u"tag.value-"_s) + QLatin1StringView(what), Field::Tags,
            Severity::Error, arguments, int(index)});
    };
    const qsizetype length = TextRules::codePointCount(text);
    if (length > AdvancedRules::maxTagTextLength)
        add("too-long", {QString::number(length)});
    for (QStringView prefix : reservedTagPrefixes) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            add("reserved-prefix", {text.first(prefix.size()).toString()});
            break;
        }
    }
    // A case-insensitive search is slow on long texts; no ':' means no address, and most tags have none.
    if (!text.contains(u':'))
        return;
    for (QStringView marker : urlMarkers) {
        if (text.contains(marker, Qt::CaseInsensitive)) {
            add("url", {marker.toString()});
            break;
        }
    }
}

} // namespace

namespace AdvancedRules {

const QStringList &dualStackRegions()
{
    static const QStringList regions = {u"cn-hangzhou"_s, u"cn-shanghai"_s, u"cn-qingdao"_s, u"cn-beijing"_s,
        u"cn-huhehaote"_s, u"cn-shenzhen"_s, u"ap-southeast-1"_s, u"us-west-1"_s, u"us-east-1"_s};
    return regions;
}

void checkAggregationInterval(const QString &typed, ValidationFindings &findings)
{
    const QString value = FlowLogRequest::normalized(typed);
    if (!value.isEmpty() && value != u"1"_s && value != u"5"_s && value != u"10"_s)
        findings.append({u"aggregation-interval.invalid"_s, Field::AggregationInterval, Severity::Error, {value}});
}

void checkTrafficPaths(const QStringList &paths, ValidationFindings &findings)
{
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString path = FlowLogRequest::normalized(paths.at(i));
        if (path != u"all"_s && path != u"internetGateway"_s) {
            findings.append({u"traffic-path.unknown"_s, Field::TrafficPath, Severity::Error, {path}, int(i)});
            continue;
        }
        for (qsizetype earlier = 0; earlier < i; ++earlier) {
            if (FlowLogRequest::normalized(paths.at(earlier)) == path) {
                findings.append({u"traffic-path.duplicate"_s, Field::TrafficPath, Severity::Error, {path}, int(i)});
                break;
            }
        }
    }
}

void checkIpVersion(const QString &typed, const QString &regionId, ValidationFindings &findings)
{
    const QString value = FlowLogRequest::normalized(typed);
    if (value.isEmpty() || value == u"IPV4"_s)
        return;
    if (value != u"DualStack"_s) {
        findings.append({u"ip-version.unknown"_s, Field::IpVersion, Severity::Error, {value}});
        return;
    }
    const QString region = FlowLogRequest::normalized(regionId);
    if (!region.isEmpty() && !dualStackRegions().contains(region))
        findings.append({u"ip-version.dual-stack-region"_s, Field::IpVersion, Severity::Warning,
            {region, dualStackRegions().join(u", "_s)}});
}

void checkResourceGroupId(const QString &typed, ValidationFindings &findings)
{
    const QString id = FlowLogRequest::normalized(typed);
    if (id.isEmpty())
        return;
    const QStringView rest = QStringView(id).sliced(qMin<qsizetype>(3, id.size()));
    const bool wellFormed = id.startsWith(u"rg-"_s) && !rest.isEmpty()
        && std::all_of(rest.begin(), rest.end(), isLowerAsciiOrDigit);
    if (!wellFormed)
        findings.append({u"resource-group.naming"_s, Field::ResourceGroupId, Severity::Warning});
}

void checkTags(const FlowLogTags &tags, ValidationFindings &findings)
{
    if (tags.size() > maxTags)
        findings.append({u"tags.too-many"_s, Field::Tags, Severity::Error, {QString::number(tags.size())}});
    // Each key normalised once: the uniqueness check compares every pair.
    QVarLengthArray<QString, maxTags> keys;
    for (const FlowLogTag &tag : tags)
        keys.append(FlowLogRequest::normalized(tag.key));
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString &key = keys.at(i);
        if (key.isEmpty()) {
            findings.append({u"tag.key-missing"_s, Field::Tags, Severity::Error, {QString::number(i + 1)}, int(i)});
        } else {
            checkTagText(key, i, key, true, findings);
            const auto earlier = std::find(keys.cbegin(), keys.cbegin() + i, key);
            if (earlier != keys.cbegin() + i) {
                QStringList arguments = tagArguments(i, key);
                arguments << QString::number(earlier - keys.cbegin() + 1);
                findings.append({u"tag.key-duplicate"_s, Field::Tags, Severity::Error, arguments, int(i)});
            }
        }
        checkTagText(FlowLogRequest::normalized(tags.at(i).value), i, key, false, findings);
    }
}

} // namespace AdvancedRules
