#pragma once

#include "core/api/apiresult.h"
#include "core/api/flowloginfo.h"
#include "core/request/validationfinding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// How flowlog-cli shows findings and API results, as JSON for scripts or as lines for people.
// Field names of the JSON forms are stable; the texts are translated.
class CliReport
{
    Q_DECLARE_TR_FUNCTIONS(CliReport)

public:
    // {"ok", "flowLogId", "requestId", "code", "message", "httpStatus", "attempts", "elapsedMs",
    //  "adoptedExisting"}
    static QJsonObject resultJson(const ApiResult &result);
    // [{"code", "field", "severity", "message"}, ...]
    static QJsonArray findingsJson(const ValidationFindings &findings);
    // The object create/batch print for a request that failed validation and was not sent.
    static QJsonObject invalidRequestJson(const ValidationFindings &findings);
    // A flow log as describe's JSON has it: every FlowLogInfo field, camelCase keys.
    static QJsonObject flowLogJson(const FlowLogInfo &info);
    // Its status, name, resource, traffic type and destination on one line.
    static QString flowLogText(const FlowLogInfo &info);
    static QString compactJson(const QJsonObject &object);

    // One line per finding: "error   FlowLogName [name.too-short]: message".
    static QString findingsText(const ValidationFindings &findings);
    // Success: the flow log's id; failure: the code and message, what it means and what to do.
    static QString resultText(const ApiResult &result);
    // The code create and batch report for a request that failed validation.
    static QString validationFailedCode();
};
