#pragma once

#include "core/request/flowlogrequest.h"
#include "core/request/validationfinding.h"

// The rules of the parameters CreateFlowLog gained after 2016: sampling interval, traffic path,
// IP version, resource group and tags (docs/validation.md). Like TextRules they append findings
// and allocate nothing for valid values: the form runs them on every keystroke.
namespace AdvancedRules {
inline constexpr int maxTags = 20;
inline constexpr int maxTagTextLength = 128;

// The regions where the console offers dual-stack flow logs (the VPC flow-log guide).
const QStringList &dualStackRegions();

void checkAggregationInterval(const QString &typed, ValidationFindings &findings);
void checkTrafficPaths(const QStringList &paths, ValidationFindings &findings);
void checkIpVersion(const QString &typed, const QString &regionId, ValidationFindings &findings);
void checkResourceGroupId(const QString &typed, ValidationFindings &findings);
void checkTags(const FlowLogTags &tags, ValidationFindings &findings);
} // namespace AdvancedRules
