#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// What an operator does to a flow log, as the history records it (its "action" column) and the
// CLI names it. Tag and resource-group changes are part of Modify.
enum class FlowLogAction {
    Create, // CreateFlowLog
    Start,  // ActiveFlowLog
    Stop,   // DeactiveFlowLog
    Modify, // ModifyFlowLogAttribute, TagResources, UntagResources, MoveResourceGroup
    Delete, // DeleteFlowLog
};

namespace FlowLogActions {
// "create", "start", "stop", "modify", "delete": stable, for files, the history and the CLI.
QString apiName(FlowLogAction action);
// The stable name, or (for the CLI) "activate"/"deactivate"; nullopt for anything else.
std::optional<FlowLogAction> fromApiName(QStringView name);
// Translated, for tables and messages: "Start", "启动", …
QString label(FlowLogAction action);
// The VPC API action that carries it out (Modify: ModifyFlowLogAttribute).
QString apiAction(FlowLogAction action);
// The resting status it leads to: Active (Start), Inactive (Stop); empty for Modify and Create,
// which leave the status as it is, and for Delete, whose end is the flow log being gone.
QString targetStatus(FlowLogAction action);
// The transient status the service shows on the way: Activating, Deactivating, Deleting; empty
// for Modify.
QString transientStatus(FlowLogAction action);
} // namespace FlowLogActions
