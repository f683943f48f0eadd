#include "core/inventory/inventory.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Levenshtein distance when it is at most maxDistance, else maxDistance + 1. The common prefix and
// suffix are skipped (IDs share "eni-bp1…"), only the diagonal band |i - j| <= maxDistance is
// computed, and a row whose every cell exceeds the bound ends the search: most IDs are rejected
// after a few characters.
int boundedDistance(QStringView a, QStringView b, int maxDistance)
{
    const int beyond = maxDistance + 1;
    if (std::abs(int(a.size()) - int(b.size())) > maxDistance)
        return beyond;
    while (!a.isEmpty() && !b.isEmpty() && a.front() == b.front()) {
        a = a.sliced(1);
        b = b.sliced(1);
    }
    while (!a.isEmpty() && !b.isEmpty() && a.back() == b.back()) {
        a.chop(1);
        b.chop(1);
    }
    const int n = int(a.size());
    const int m = int(b.size());
    if (n == 0 || m == 0)
        return std::min(std::max(n, m), beyond);
    QVarLengthArray<int, 128> previous(m + 1);
    QVarLengthArray<int, 128> current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = std::min(j, beyond);
    for (int i = 1; i <= n; ++i) {
        const int from = std::max(1, i - maxDistance);
        const int to = std::min(m, i + maxDistance);
        current[0] = std::min(i, beyond);
        if (from > 1)
            current[from - 1] = beyond;
        int rowBest = from == 1 ? current[0] : beyond;
        for (int j = from; j <= to; ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            const int above = j <= i - 1 + maxDistance ? previous[j] + 1 : beyond;
            const int value = std::min({substitution, above, current[j - 1] + 1, beyond});
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (to < m)
            current[to + 1] = beyond;
        if (rowBest > maxDistance)
            return beyond;
        std::swap(previous, current);
    }
    return std::min(previous[m], beyond);
}

} // namespace

const CloudResources &Inventory::resources(ResourceType type) const
{
    switch (type) {
    case ResourceType::Vpc:
        return vpcs;
    case ResourceType::VSwitch:
        return vSwitches;
    case ResourceType::NetworkInterface:
        return networkInterfaces;
    }
    Q_UNREACHABLE();
}

const CloudResource *Inventory::find(const QString &id) const
{
    QHash<QString, const CloudResource *> &byId = m_index.byId;
    if (byId.isEmpty()) {
        byId.reserve(vpcs.size() + vSwitches.size() + networkInterfaces.size());
        for (const CloudResources *list : {&vpcs, &vSwitches, &networkInterfaces}) {
            for (const CloudResource &resource : *list)
                byId.insert(resource.id, &resource);
        }
    }
    return byId.value(id.trimmed(), nullptr);
}

QString Inventory::vpcOf(const QString &resourceId) const
{
    const CloudResource *resource = find(resourceId);
    if (!resource)
        return {};
    return resource->type == ResourceType::Vpc ? resource->id : resource->vpcId;
}

QStringList Inventory::similarIds(ResourceType type, const QString &id, int limit) const
{
    constexpr int maxDistance = 2;
    const QString wanted = id.trimmed();
    QList<std::pair<int, const QString *>> found;
    for (const CloudResource &resource : resources(type)) {
        const int distance = boundedDistance(wanted, resource.id, maxDistance);
        if (distance <= maxDistance)
            found.append({distance, &resource.id});
    }
    std::stable_sort(found.begin(), found.end(),
        [](const auto &left, const auto &right) { return left.first < right.first; });
    QStringList ids;
    for (const auto &[distance, foundId] : std::as_const(found)) {
        if (ids.size() >= limit)
            break;
        if (distance > 0 || *foundId != wanted)
            ids.append(*foundId);
    }
    return ids;
}

bool Inventory::isForbidden(ResourceType type) const
{
    const auto failure = resourceFailures.constFind(type);
    return failure != resourceFailures.cend() && failure->code.startsWith(u"Forbidden"_s);
}
