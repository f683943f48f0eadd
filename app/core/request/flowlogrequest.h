#pragma once

#include "core/request/resourcetype.h"
#include "core/request/traffictype.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

using ApiParameter = QPair<QString, QString>;
using ApiParameters = QList<ApiParameter>;

// One tag of a flow log (Tag.N.Key / Tag.N.Value). An empty value is a value: it is sent.
struct FlowLogTag
{
    QString key;
    QString value;

    friend bool operator==(const FlowLogTag &, const FlowLogTag &) = default;
};

using FlowLogTags = QList<FlowLogTag>;

// Every business parameter of CreateFlowLog (API version 2016-04-28, with the parameters added to it
// since: sampling interval, traffic path, IP version, resource group and tags), as entered.
// Text is kept as typed; apiParameters() sends it normalised (NFC, trimmed) so that what is sent is
// what the validator judged.
struct FlowLogRequest
{
    QString regionId;
    ResourceType resourceType = ResourceType::NetworkInterface;
    QString resourceId;
    TrafficType trafficType = TrafficType::All;
    QString projectName;
    QString logStoreName;
    QString flowLogName;  // optional: empty means not sent
    QString description;  // optional: empty means not sent

    // Today's optional parameters, kept as given like the text fields; empty means not sent, so the
    // service's default applies (10 minutes, traffic path [all], IPv4, the default resource group).
    QString aggregationInterval; // sampling interval in minutes: "1", "5" or "10"
    QStringList trafficPaths;    // "all", "internetGateway": TrafficPath.1, TrafficPath.2, ...
    QString ipVersion;           // "IPV4" or "DualStack"
    QString resourceGroupId;     // "rg-..."
    FlowLogTags tags;            // Tag.1.Key, Tag.1.Value, ... in this order (at most 20)

    // The parameters of the CreateFlowLog call, without Action/Version and the signing parameters,
    // sorted by name. Optional fields that are empty are left out; repeated ones are flattened with
    // 1-based indexes as the official SDKs do (TrafficPath.1, Tag.1.Key, Tag.1.Value).
    ApiParameters apiParameters() const;

    // True when any of today's optional parameters is given (the form's Advanced group).
    bool hasAdvancedParameters() const;

    // The normalisation applied before validation and sending: NFC, then trimmed.
    static QString normalized(const QString &text);

    friend bool operator==(const FlowLogRequest &, const FlowLogRequest &) = default;
};

Q_DECLARE_METATYPE(FlowLogRequest)
