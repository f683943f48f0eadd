#pragma once

#include "core/request/flowlogrequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One flow log as DescribeFlowLogs reports it. Named apart from the emulator's FlowLogRecord, which
// is that server's storage type: both can live in one program (the GUI embeds the emulator).
struct FlowLogInfo
{
    QString flowLogId;
    QString flowLogName;
    QString description;
    QString status; // Activating, Active, Inactive, ...
    QString resourceType;
    QString resourceId;
    QString trafficType;
    QString projectName;
    QString logStoreName;
    QString creationTime;
    QString regionId;

    static FlowLogInfo fromJson(const QJsonObject &item);
    // The FlowLogs.FlowLog items of a DescribeFlowLogs answer (ApiResult::body). A single item is
    // accepted as an object as well as in an array, as the XML form yields it.
    static QList<FlowLogInfo> listFromDescribeBody(const QJsonObject &body);
    // TotalCount of that answer (sent as a number or as text); -1 when absent.
    static int totalCount(const QJsonObject &body);

    // True when this is the flow log `request` would create, as the duplicate check tells: the same
    // resource, project and logstore, the same name when one was asked for, and the same region
    // when the answer names one. The client's check and the history's resolver use this one rule.
    bool matches(const FlowLogRequest &request) const;

    friend bool operator==(const FlowLogInfo &, const FlowLogInfo &) = default;
};
