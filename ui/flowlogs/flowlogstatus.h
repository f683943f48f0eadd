#pragma once

#include "core/api/flowloginfo.h"

#include <QIcon>
#include <QString>

// The states of a flow log as DescribeFlowLogs reports them, for showing: translated names, which
// states are on the way to another (and so are followed), and a mark per state.
namespace FlowLogStatuses {
// "Active" → "Active" / "已激活 (Active)"; an unknown state is shown as the service wrote it.
QString label(const QString &status);
// Activating, Deactivating, Deleting: the service is changing it; a refresh will tell the end.
bool isTransient(const QString &status);
// A mark in the state's colour with a shape of its own (a disc, a ring, a half disc for a state on
// the way), so the state is never told by colour alone.
QIcon icon(const QString &status);
// For a flow log whose delivery to Log Service failed: what went wrong and what to do, translated;
// empty when it delivers.
QString deliveryProblem(const FlowLogInfo &flowLog);
// Why a flow log created from Log Service cannot be changed here, translated.
QString readOnlyReason();
} // namespace FlowLogStatuses
