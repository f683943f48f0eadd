#include "core/inventory/inventorycache.h"

std::shared_ptr<const Inventory> InventoryCache::find(const QString &profileId, const QString &regionId) const
{
    return m_entries.value(key(profileId, regionId));
}

void InventoryCache::store(Inventory inventory)
{
    const QString entryKey = key(inventory.profileId, inventory.regionId);
    m_entries.insert(entryKey, std::make_shared<const Inventory>(std::move(inventory)));
}

void InventoryCache::forget(const QString &profileId)
{
    const QString prefix = profileId + u'\n';
    m_entries.removeIf([&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
}
