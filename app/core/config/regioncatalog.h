#pragma once

#include <QList>
#include <QString>

#include <optional>

struct Region
{
    QString id = {};          // "cn-hangzhou"
    QString englishName = {}; // "China (Hangzhou)"
    QString chineseName = {}; // "华东1（杭州）"

    // The name in the current UI language (the default QLocale); falls back to the other name.
    QString localName() const;
    // "华东1（杭州） cn-hangzhou" / "China (Hangzhou) cn-hangzhou", as the region selector shows it.
    QString displayName() const;
};

// The built-in region list (resources/regions.json, compiled in), for offline use; in the order
// the console lists them. DescribeRegions is the live authority.
namespace RegionCatalog {
const QList<Region> &builtIn();
std::optional<Region> find(const QString &regionId);
bool isKnown(const QString &regionId);
} // namespace RegionCatalog
