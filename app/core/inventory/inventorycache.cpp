#include "core/inventory/inventorycache.h"

namespace {

QString keyOf(const QString &profileId, const QString &regionId)
{
    return profileId + u'\n' + regionId;
}

} // namespace

std::shared_ptr<const Inventory> InventoryCache::find(const QString &profileId, const QString &regionId) const
{
    return m_entries.value(keyOf(profileId, regionId));
}

void InventoryCache::store(Inventory inventory)
{
    const QString key = keyOf(inventory.profileId, inventory.regionId);
    m_entries.insert(key, std::make_shared<const Inventory>(std::move(inventory)));
}

void InventoryCache::forget(const QString &profileId)
{
    const QString prefix = profileId + u'\n';
    m_entries.removeIf([&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
}
