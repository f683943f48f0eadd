#pragma once

#include "core/request/flowlogrequest.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

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
    // Today's parameters; the initial values are what the emulator stores when one is not sent
    // (app/emulator/README.md says which are documented and which are our choice).
    int aggregationInterval = 10; // minutes
    QStringList trafficPaths = {QStringLiteral("all")};
    QString ipVersion = QStringLiteral("IPV4");
    QString resourceGroupId = defaultResourceGroupId();
    FlowLogTags tags = {};
    QString creationTime; // yyyy-MM-ddTHH:mm:ssZ
    QString status;       // as stored: Active, Inactive or a transient one (Activating, Deactivating, Deleting)
    QString deliverStatus = QStringLiteral("SUCCESS"); // FlowLogDeliverStatus: SUCCESS or FAILED
    QString deliverErrorMessage = {};                   // FlowLogDeliverErrorMessage when FAILED
    // ServiceType: empty for a flow log the user made in VPC, "sls" for one made from Log Service
    // (listed by VPC, but managed in Log Service only).
    QString serviceType = {};
    // The VPC the resource belongs to, as far as the emulator knows it (the VPC's own ID for a VPC
    // flow log); for DescribeFlowLogs' VpcId filter, never in its items.
    QString vpcId = {};
    // A transient status ends at this moment: Activating reads Active, Deactivating reads Inactive
    // and a Deleting flow log is gone.
    qint64 settlesAtMs = 0;

    // Activation, deactivation and deletion are asynchronous on the real service; the delay is
    // modelled by reading, not by timers.
    QString statusAt(qint64 nowMs) const;
    // A Deleting flow log whose moment has come: no action and no listing sees it any more.
    bool goneAt(qint64 nowMs) const;
    // Activating, Deactivating or Deleting: the status a flow log passes through.
    static bool isTransient(const QString &status);
    bool managedByLogService() const;
    // The DescribeFlowLogs item.
    QJsonObject toApiJson(qint64 nowMs) const;

    QJsonObject toStateJson() const;
    static FlowLogRecord fromStateJson(const QJsonObject &object);
    // The sandbox account's default resource group, where a flow log created without
    // ResourceGroupId lands (a real account has one such group too; its id is ours).
    static QString defaultResourceGroupId() { return QStringLiteral("rg-acfmsandbox0default"); }
    // "fl-" + 20 random lower-case alphanumerics.
    static QString newId();
};
