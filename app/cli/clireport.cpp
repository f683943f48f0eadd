#include "cli/clireport.h"

#include "core/api/errorcatalog.h"
#include "core/request/requestvalidator.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString severityName(Severity severity)
{
    return severity == Severity::Error ? u"error"_s : u"warning"_s;
}

} // namespace

QJsonObject CliReport::resultJson(const ApiResult &result)
{
    return QJsonObject {
        {u"ok"_s, result.ok()},
        {u"flowLogId"_s, result.flowLogId},
        {u"requestId"_s, result.requestId},
        {u"code"_s, result.code},
        {u"message"_s, result.message},
        {u"httpStatus"_s, result.httpStatus},
        {u"attempts"_s, result.attempts},
        {u"throttledAnswers"_s, result.throttledAnswers},
        {u"elapsedMs"_s, result.elapsedMs},
        {u"adoptedExisting"_s, result.adoptedExisting},
        {u"outcome"_s, Outcomes::apiName(result.outcome)},
    };
}

QJsonArray CliReport::findingsJson(const ValidationFindings &findings)
{
    QJsonArray array;
    for (const ValidationFinding &finding : findings) {
        array.append(QJsonObject {
            {u"code"_s, finding.code},
            {u"field"_s, Fields::apiName(finding.field)},
            // The parameter itself: Tag.3.Key, TrafficPath.2 (for other fields the same as field).
            {u"parameter"_s, finding.parameterName()},
            {u"severity"_s, severityName(finding.severity)},
            {u"message"_s, finding.message()},
        });
    }
    return array;
}

QJsonObject CliReport::invalidRequestJson(const ValidationFindings &findings)
{
    return QJsonObject {
        {u"ok"_s, false},
        {u"code"_s, validationFailedCode()},
        {u"message"_s, tr("The request is not valid and was not sent.")},
        {u"findings"_s, findingsJson(findings)},
    };
}

QString CliReport::compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString CliReport::findingsText(const ValidationFindings &findings)
{
    QStringList lines;
    for (const ValidationFinding &finding : findings) {
        const QString severity = finding.severity == Severity::Error ? tr("error") : tr("warning");
        lines.append(tr("%1: %2 [%3]: %4")
                         .arg(severity, finding.parameterName(), finding.code, finding.message()));
    }
    return lines.join(u'\n');
}

QString CliReport::resultText(const ApiResult &result)
{
    if (result.ok()) {
        const QString created = result.adoptedExisting
            ? tr("Flow log %1 already existed (created by an earlier attempt whose answer was lost); adopted it.")
            : tr("Flow log %1 created; it is activating.");
        return created.arg(result.flowLogId) + u'\n' + tr("Request ID: %1").arg(result.requestId);
    }
    const ErrorExplanation explained = ErrorCatalog::explain(result);
    QStringList lines;
    lines.append(tr("Failed: %1 %2").arg(result.code, result.message).trimmed());
    if (!explained.explanation.isEmpty())
        lines.append(explained.explanation);
    if (!explained.action.isEmpty())
        lines.append(tr("What to do: %1").arg(explained.action));
    if (!explained.link.isEmpty())
        lines.append(tr("Diagnosis: %1").arg(explained.link));
    if (result.httpStatus > 0)
        lines.append(tr("HTTP status: %1").arg(result.httpStatus));
    lines.append(tr("Attempts: %1 in %2 ms").arg(result.attempts).arg(result.elapsedMs));
    if (!result.requestId.isEmpty())
        lines.append(tr("Request ID: %1").arg(result.requestId));
    if (result.outcome == Outcome::Unknown)
        lines.append(tr("The flow log may have been created: look for it with \"flowlog-cli describe\" before "
                        "trying again."));
    return lines.join(u'\n');
}

QString CliReport::validationFailedCode()
{
    return u"ValidationFailed"_s;
}

// One flow log as describe (and start, stop, modify, delete with --wait) show it, built from FlowLogInfo: every field in camelCase and in
// one shape whichever form the answer had (aggregationInterval in minutes, null when not given;
// trafficPaths and tags as flat lists).
QJsonObject CliReport::flowLogJson(const FlowLogInfo &info)
{
    QJsonArray tags;
    for (const FlowLogTag &tag : info.tags)
        tags.append(QJsonObject {{u"key"_s, tag.key}, {u"value"_s, tag.value}});
    return QJsonObject {
        {u"flowLogId"_s, info.flowLogId},
        {u"flowLogName"_s, info.flowLogName},
        {u"description"_s, info.description},
        {u"resourceType"_s, info.resourceType},
        {u"resourceId"_s, info.resourceId},
        {u"trafficType"_s, info.trafficType},
        {u"projectName"_s, info.projectName},
        {u"logStoreName"_s, info.logStoreName},
        {u"status"_s, info.status},
        {u"aggregationInterval"_s,
            info.aggregationInterval > 0 ? QJsonValue(info.aggregationInterval) : QJsonValue(QJsonValue::Null)},
        {u"flowLogDeliverStatus"_s, info.deliverStatus},
        {u"flowLogDeliverErrorMessage"_s, info.deliverErrorMessage},
        {u"trafficPaths"_s, QJsonArray::fromStringList(info.trafficPaths)},
        {u"ipVersion"_s, info.ipVersion},
        {u"resourceGroupId"_s, info.resourceGroupId},
        {u"tags"_s, tags},
        {u"businessStatus"_s, info.businessStatus},
        {u"serviceType"_s, info.serviceType},
        {u"creationTime"_s, info.creationTime},
        {u"regionId"_s, info.regionId},
    };
}

QString CliReport::flowLogText(const FlowLogInfo &info)
{
    return tr("%1  %2  %3 %4  %5  %6/%7")
        .arg(info.status, info.flowLogName, info.resourceType, info.resourceId, info.trafficType, info.projectName,
            info.logStoreName);
}
