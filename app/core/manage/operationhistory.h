#pragma once

#include "core/history/historyentry.h"
#include "core/manage/flowlogoperation.h"

#include <optional>

// How an action on an existing flow log is recorded in the history, the same way for the app and
// the CLI: a pending row (outcome Unknown) written before anything is sent, so a crash leaves it
// behind, then the operation's result applied to it.
namespace OperationHistory {
// The row for request: its action, region and flow log ID; known (when the caller has listed the
// flow log) fills the resource, traffic, project, logstore and name, so the row reads like a
// create's.
HistoryEntry pending(const FlowLogOperationRequest &request, const std::optional<FlowLogInfo> &known,
    const QString &source, const QString &profile, const QString &endpoint, SignatureVersion signatureVersion);
// Outcome, request ID, HTTP status, code, server message, attempts, duration and the last status
// seen, with the same rule as HistoryEntry::applyResult (only the server's own message is kept).
void apply(HistoryEntry &entry, const FlowLogOperationResult &result);
} // namespace OperationHistory
