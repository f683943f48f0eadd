#pragma once

#include "core/inventory/inventory.h"

#include <QHash>

#include <memory>

// The last Inventory loaded per (profile, region), shared read-only, with its age. In memory: an
// account's resources change, so each run loads them anew when first asked.
class InventoryCache
{
public:
    std::shared_ptr<const Inventory> find(const QString &profileId, const QString &regionId) const;
    void store(Inventory inventory);
    // Drops the inventories of one profile.
    void forget(const QString &profileId);
    void clear() { m_entries.clear(); }
    // The key of a (profile, region): what the cache and its users index by.
    static QString key(const QString &profileId, const QString &regionId) { return profileId + u'\n' + regionId; }

private:
    QHash<QString, std::shared_ptr<const Inventory>> m_entries; // key: profileId + '\n' + regionId
};
