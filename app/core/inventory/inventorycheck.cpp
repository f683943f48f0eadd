#include "core/inventory/inventorycheck.h"

#include "core/request/flowlogrequest.h"

using namespace Qt::StringLiterals;

namespace InventoryCheck {

ValidationFindings check(const Inventory &inventory, ResourceType type, const QString &resourceId)
{
    const QString id = FlowLogRequest::normalized(resourceId);
    if (id.isEmpty() || !id.startsWith(ResourceTypes::idPrefix(type)))
        return {};
    if (!inventory.isComplete(type)) {
        // Said once an ID is typed: the picker's list is empty, and the operator should know why.
        ValidationFinding finding;
        finding.field = Field::ResourceId;
        finding.severity = Severity::Warning;
        finding.code = inventory.isForbidden(type) ? u"resource-id.listing-forbidden"_s : u"resource-id.listing-failed"_s;
        finding.arguments = {id, ResourceTypes::apiName(type), inventory.regionId,
            inventory.resourceFailures.value(type).code};
        return {finding};
    }
    const CloudResource *found = inventory.find(id);
    if (found && found->type == type)
        return {};
    const QStringList similar = inventory.similarIds(type, id);
    ValidationFinding finding;
    finding.field = Field::ResourceId;
    finding.severity = Severity::Warning;
    finding.arguments = {id, ResourceTypes::apiName(type), inventory.regionId};
    if (similar.isEmpty()) {
        finding.code = u"resource-id.not-in-account"_s;
    } else {
        finding.code = u"resource-id.not-in-account-similar"_s;
        QStringList quoted;
        for (const QString &candidate : similar)
            quoted.append(u"“%1”"_s.arg(candidate));
        finding.arguments.append(quoted.join(u", "_s));
    }
    return {finding};
}

} // namespace InventoryCheck
