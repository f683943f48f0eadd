#pragma once

#include "core/inventory/inventory.h"
#include "core/request/validationfinding.h"

// The Resource ID judged against what the account has: a warning (never an error: the inventory
// may be minutes old, and the service decides) when a well-formed ID of the chosen type is not in a
// complete listing, with the nearest IDs the listing has as "did you mean"; a warning that typed IDs
// are not checked when the type could not be listed (Forbidden.RAM: not permitted). Nothing when
// the ID is empty or belongs to another type (the validator names that).
namespace InventoryCheck {
ValidationFindings check(const Inventory &inventory, ResourceType type, const QString &resourceId);
} // namespace InventoryCheck
