#pragma once

#include "core/request/resourcetype.h"
#include "core/request/traffictype.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

using ApiParameter = QPair<QString, QString>;
using ApiParameters = QList<ApiParameter>;

// Every business parameter of CreateFlowLog (API version 2016-04-28), as the operator entered it.
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

    // The parameters of the CreateFlowLog call, without Action/Version and the signing parameters,
    // sorted by name. Optional fields that are empty are left out.
    ApiParameters apiParameters() const;

    // The normalisation applied before validation and sending: NFC, then trimmed.
    static QString normalized(const QString &text);

    friend bool operator==(const FlowLogRequest &, const FlowLogRequest &) = default;
};

Q_DECLARE_METATYPE(FlowLogRequest)
