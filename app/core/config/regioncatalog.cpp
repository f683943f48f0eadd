#include "core/config/regioncatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcRegions, "flowlog.regions")

QList<Region> loadBuiltIn()
{
    QFile file(u":/flowlog/regions.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here; the tests guard against it.
        qCWarning(lcRegions) << "built-in region list missing:" << file.errorString();
        return {};
    }
    QList<Region> regions;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(u"regions"_s).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        regions.append({object.value(u"id"_s).toString(), object.value(u"en"_s).toString(),
                        object.value(u"zh"_s).toString()});
    }
    return regions;
}

} // namespace

QString Region::localName() const
{
    // Both names are data, not translations: the UI language (the default locale, which the
    // language manager and flowlog-cli --lang set) picks one at call time.
    if (QLocale().language() == QLocale::Chinese && !chineseName.isEmpty())
        return chineseName;
    return englishName.isEmpty() ? id : englishName;
}

QString Region::displayName() const
{
    return localName() + u' ' + id;
}

const QList<Region> &RegionCatalog::builtIn()
{
    static const QList<Region> regions = loadBuiltIn();
    return regions;
}

std::optional<Region> RegionCatalog::find(const QString &regionId)
{
    const QList<Region> &regions = builtIn();
    const auto it = std::find_if(regions.cbegin(), regions.cend(),
                                 [&regionId](const Region &region) { return region.id == regionId; });
    if (it == regions.cend())
        return std::nullopt;
    return *it;
}

bool RegionCatalog::isKnown(const QString &regionId)
{
    return find(regionId).has_value();
}
