#include "core/history/historyfields.h"

#include "core/request/tagsyntax.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// Local time, as the table shows it, with the offset that makes it unambiguous: the offset the
// zone had at that moment (summer time included).
QString isoTimeWithOffset(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s) + HistoryFields::utcOffset(local);
}

QJsonValue timeValue(const HistoryEntry &entry)
{
    return isoTimeWithOffset(entry.time);
}

} // namespace

QString HistoryField::title() const
{
    return QCoreApplication::translate("HistoryFields", sourceTitle);
}

QString HistoryField::text(const HistoryEntry &entry) const
{
    const QJsonValue field = value(entry);
    return field.isDouble() ? QString::number(field.toInteger()) : field.toString();
}

namespace HistoryFields {

// Always "+hh:mm", "+00:00" too (Qt writes "Z"), so that every export has one shape whatever
// machine made it.
QString utcOffset(const QDateTime &time)
{
    const int offsetMinutes = time.offsetFromUtc() / 60;
    const int minutes = std::abs(offsetMinutes);
    return (offsetMinutes < 0 ? u'-' : u'+')
        + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

const QList<HistoryField> &all()
{
    using E = const HistoryEntry &;
    static const QList<HistoryField> fields = {
        {u"time"_s, QT_TRANSLATE_NOOP("HistoryFields", "Time"), timeValue},
        {u"profile"_s, QT_TRANSLATE_NOOP("HistoryFields", "Profile"),
            [](E e) { return QJsonValue(e.profile); }},
        {u"regionId"_s, QT_TRANSLATE_NOOP("HistoryFields", "Region"),
            [](E e) { return QJsonValue(e.request.regionId); }},
        {u"resourceType"_s, QT_TRANSLATE_NOOP("HistoryFields", "Resource type"),
            [](E e) { return QJsonValue(ResourceTypes::apiName(e.request.resourceType)); }},
        {u"resourceId"_s, QT_TRANSLATE_NOOP("HistoryFields", "Resource ID"),
            [](E e) { return QJsonValue(e.request.resourceId); }},
        {u"trafficType"_s, QT_TRANSLATE_NOOP("HistoryFields", "Traffic"),
            [](E e) { return QJsonValue(TrafficTypes::apiName(e.request.trafficType)); }},
        {u"projectName"_s, QT_TRANSLATE_NOOP("HistoryFields", "Project"),
            [](E e) { return QJsonValue(e.request.projectName); }},
        {u"logStoreName"_s, QT_TRANSLATE_NOOP("HistoryFields", "Logstore"),
            [](E e) { return QJsonValue(e.request.logStoreName); }},
        {u"flowLogName"_s, QT_TRANSLATE_NOOP("HistoryFields", "Flow log name"),
            [](E e) { return QJsonValue(e.request.flowLogName); }},
        {u"description"_s, QT_TRANSLATE_NOOP("HistoryFields", "Description"),
            [](E e) { return QJsonValue(e.request.description); }},
        {u"outcome"_s, QT_TRANSLATE_NOOP("HistoryFields", "Outcome"),
            [](E e) { return QJsonValue(Outcomes::apiName(e.outcome)); }},
        {u"flowLogId"_s, QT_TRANSLATE_NOOP("HistoryFields", "Flow log ID"),
            [](E e) { return QJsonValue(e.flowLogId); }},
        {u"requestId"_s, QT_TRANSLATE_NOOP("HistoryFields", "Request ID"),
            [](E e) { return QJsonValue(e.requestId); }},
        {u"httpStatus"_s, QT_TRANSLATE_NOOP("HistoryFields", "HTTP status"),
            [](E e) { return QJsonValue(e.httpStatus); }},
        {u"code"_s, QT_TRANSLATE_NOOP("HistoryFields", "Error code"),
            [](E e) { return QJsonValue(e.errorCode); }},
        {u"message"_s, QT_TRANSLATE_NOOP("HistoryFields", "Error message"),
            [](E e) { return QJsonValue(e.messageText()); }},
        {u"attempts"_s, QT_TRANSLATE_NOOP("HistoryFields", "Attempts"),
            [](E e) { return QJsonValue(e.attempts); }},
        {u"elapsedMs"_s, QT_TRANSLATE_NOOP("HistoryFields", "Duration (ms)"),
            [](E e) { return QJsonValue(e.durationMs); }},
        {u"flowLogStatus"_s, QT_TRANSLATE_NOOP("HistoryFields", "Flow log status"),
            [](E e) { return QJsonValue(e.flowLogStatus); }},
        {u"endpoint"_s, QT_TRANSLATE_NOOP("HistoryFields", "Endpoint"),
            [](E e) { return QJsonValue(e.endpoint); }},
        {u"aggregationInterval"_s, QT_TRANSLATE_NOOP("HistoryFields", "Sampling interval (min)"),
            [](E e) { return QJsonValue(e.request.aggregationInterval); }},
        {u"trafficPath"_s, QT_TRANSLATE_NOOP("HistoryFields", "Traffic path"),
            [](E e) { return QJsonValue(e.request.trafficPaths.join(u';')); }},
        {u"ipVersion"_s, QT_TRANSLATE_NOOP("HistoryFields", "IP version"),
            [](E e) { return QJsonValue(e.request.ipVersion); }},
        {u"resourceGroupId"_s, QT_TRANSLATE_NOOP("HistoryFields", "Resource group"),
            [](E e) { return QJsonValue(e.request.resourceGroupId); }},
        {u"tags"_s, QT_TRANSLATE_NOOP("HistoryFields", "Tags"),
            [](E e) { return QJsonValue(TagSyntax::formatList(e.request.tags)); }},
        {u"id"_s, QT_TRANSLATE_NOOP("HistoryFields", "ID"), [](E e) { return QJsonValue(e.id); }},
        {u"source"_s, QT_TRANSLATE_NOOP("HistoryFields", "Source"), [](E e) { return QJsonValue(e.source); }},
        {u"signatureVersion"_s, QT_TRANSLATE_NOOP("HistoryFields", "Signature version"),
            [](E e) { return QJsonValue(e.signatureVersion); }},
        {u"resolvedBy"_s, QT_TRANSLATE_NOOP("HistoryFields", "Resolved by"),
            [](E e) { return QJsonValue(e.resolvedBy); }},
        {u"resolvedAt"_s, QT_TRANSLATE_NOOP("HistoryFields", "Resolved at"),
            [](E e) { return QJsonValue(isoTimeWithOffset(e.resolvedTime)); }},
        // Last, so that the columns of earlier exports keep their places.
        {u"action"_s, QT_TRANSLATE_NOOP("HistoryFields", "Action"),
            [](E e) { return QJsonValue(FlowLogActions::apiName(e.action)); }},
        {u"batchId"_s, QT_TRANSLATE_NOOP("HistoryFields", "Batch"), [](E e) { return QJsonValue(e.batchId); }},
    };
    return fields;
}

} // namespace HistoryFields
