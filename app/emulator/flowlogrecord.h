#pragma once

#include <QJsonObject>
#include <QString>

// One flow log as the emulated service stores it. Text fields hold exactly what the client sent.
struct FlowLogRecord
{
    QString flowLogId;
    QString regionId;
    QString flowLogName;
    QString description;
    QString resourceType;
    QString resourceId;
    QString trafficType;
    QString projectName;
    QString logStoreName;
    QString creationTime; // yyyy-MM-ddTHH:mm:ssZ
    QString status;       // as stored: Activating, Active or Inactive
    qint64 activatesAtMs = 0; // an Activating flow log reads as Active from this moment on

    // Creation is asynchronous on the real service; the delay is modelled by reading, not by timers.
    QString statusAt(qint64 nowMs) const;
    // The DescribeFlowLogs item.
    QJsonObject toApiJson(qint64 nowMs) const;

    QJsonObject toStateJson() const;
    static FlowLogRecord fromStateJson(const QJsonObject &object);
    // "fl-" + 20 random lower-case alphanumerics.
    static QString newId();
};
