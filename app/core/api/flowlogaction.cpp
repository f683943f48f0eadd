#include "core/api/flowlogaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace FlowLogActions {

namespace {
constexpr FlowLogAction allActions[] = {FlowLogAction::Create, FlowLogAction::Start, FlowLogAction::Stop,
    FlowLogAction::Modify, FlowLogAction::Delete};
} // namespace

QString apiName(FlowLogAction action)
{
    switch (action) {
    case FlowLogAction::Create:
        return u"create"_s;
    case FlowLogAction::Start:
        return u"start"_s;
    case FlowLogAction::Stop:
        return u"stop"_s;
    case FlowLogAction::Modify:
        return u"modify"_s;
    case FlowLogAction::Delete:
        return u"delete"_s;
    }
    Q_UNREACHABLE();
}

// Case does not matter: "Start" typed on a command line means start.
std::optional<FlowLogAction> fromApiName(QStringView name)
{
    for (FlowLogAction action : allActions) {
        if (name.compare(apiName(action), Qt::CaseInsensitive) == 0)
            return action;
    }
    if (name.compare(u"activate"_s, Qt::CaseInsensitive) == 0)
        return FlowLogAction::Start;
    if (name.compare(u"deactivate"_s, Qt::CaseInsensitive) == 0)
        return FlowLogAction::Stop;
    return std::nullopt;
}

QString label(FlowLogAction action)
{
    switch (action) {
    case FlowLogAction::Create:
        return QCoreApplication::translate("FlowLogActions", "Create");
    case FlowLogAction::Start:
        return QCoreApplication::translate("FlowLogActions", "Start");
    case FlowLogAction::Stop:
        return QCoreApplication::translate("FlowLogActions", "Stop");
    case FlowLogAction::Modify:
        return QCoreApplication::translate("FlowLogActions", "Modify");
    case FlowLogAction::Delete:
        return QCoreApplication::translate("FlowLogActions", "Delete");
    }
    Q_UNREACHABLE();
}

QString apiAction(FlowLogAction action)
{
    switch (action) {
    case FlowLogAction::Create:
        return u"CreateFlowLog"_s;
    case FlowLogAction::Start:
        return u"ActiveFlowLog"_s;
    case FlowLogAction::Stop:
        return u"DeactiveFlowLog"_s;
    case FlowLogAction::Modify:
        return u"ModifyFlowLogAttribute"_s;
    case FlowLogAction::Delete:
        return u"DeleteFlowLog"_s;
    }
    Q_UNREACHABLE();
}

QString targetStatus(FlowLogAction action)
{
    switch (action) {
    case FlowLogAction::Start:
        return u"Active"_s;
    case FlowLogAction::Stop:
        return u"Inactive"_s;
    case FlowLogAction::Create:
    case FlowLogAction::Modify:
    case FlowLogAction::Delete:
        return {};
    }
    Q_UNREACHABLE();
}

QString transientStatus(FlowLogAction action)
{
    switch (action) {
    case FlowLogAction::Create:
    case FlowLogAction::Start:
        return u"Activating"_s;
    case FlowLogAction::Stop:
        return u"Deactivating"_s;
    case FlowLogAction::Delete:
        return u"Deleting"_s;
    case FlowLogAction::Modify:
        return {};
    }
    Q_UNREACHABLE();
}

} // namespace FlowLogActions
