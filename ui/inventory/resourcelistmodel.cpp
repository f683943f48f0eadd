#include "ui/inventory/resourcelistmodel.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

const CloudResources noResources;

QString joined(const QStringList &parts)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            present.append(part);
    }
    return present.join(u" · "_s);
}

} // namespace

ResourceListModel::ResourceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ResourceListModel::~ResourceListModel() = default;

void ResourceListModel::setInventory(std::shared_ptr<const Inventory> inventory, ResourceType type)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    m_type = type;
    buildSearchText();
    refilter(false);
    endResetModel();
}

void ResourceListModel::setVpcFilter(const QString &vpcId)
{
    if (vpcId == m_vpcId)
        return;
    const bool narrowing = m_vpcId.isEmpty();
    beginResetModel();
    m_vpcId = vpcId;
    refilter(narrowing);
    endResetModel();
}

void ResourceListModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    // A text that contains the previous one can only match rows the previous one matched.
    const bool narrowing = trimmed.contains(m_filterText, Qt::CaseInsensitive);
    beginResetModel();
    m_filterText = trimmed;
    m_needle = trimmed.toLower().toUtf8();
    refilter(narrowing);
    endResetModel();
}

int ResourceListModel::totalCount() const
{
    return int(resources().size());
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const CloudResource &resource = resources().at(m_rows[size_t(index.row())]);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return displayText(resource);
    case Qt::EditRole:
    case IdRole:
        return resource.id;
    case VpcIdRole:
        return resource.vpcId;
    default:
        return {};
    }
}

QString ResourceListModel::displayText(const CloudResource &resource)
{
    const QString title = resource.name.isEmpty() ? resource.id : u"%1 (%2)"_s.arg(resource.name, resource.id);
    if (resource.type == ResourceType::NetworkInterface)
        return joined({title, resource.privateIpAddress, resource.instanceId});
    return joined({title, resource.cidrBlock, resource.zoneId});
}

const CloudResources &ResourceListModel::resources() const
{
    return m_inventory ? m_inventory->resources(m_type) : noResources;
}

void ResourceListModel::buildSearchText()
{
    const CloudResources &all = resources();
    m_text.clear();
    m_offsets.clear();
    m_offsets.reserve(size_t(all.size()) + 1);
    m_offsets.push_back(0);
    for (const CloudResource &resource : all) {
        // A separator nobody types keeps a match from spanning two fields.
        m_text.append(resource.name.toLower().toUtf8()).append('\x01');
        m_text.append(resource.id.toUtf8()).append('\x01');
        m_text.append(resource.cidrBlock.toUtf8()).append('\x01');
        m_text.append(resource.privateIpAddress.toUtf8()).append('\x01');
        m_text.append(resource.instanceId.toUtf8());
        m_offsets.push_back(quint32(m_text.size()));
    }
    m_text.squeeze();
}

void ResourceListModel::refilter(bool narrowing)
{
    const CloudResources &all = resources();
    const bool byVpc = !m_vpcId.isEmpty() && m_type != ResourceType::Vpc;
    std::vector<int> kept;
    auto consider = [&](int i) {
        if (byVpc && all.at(i).vpcId != m_vpcId)
            return;
        if (!m_needle.isEmpty() && !matches(i, m_needle))
            return;
        kept.push_back(i);
    };
    if (narrowing) {
        kept.reserve(m_rows.size());
        for (int i : m_rows)
            consider(i);
    } else {
        kept.reserve(size_t(all.size()));
        for (int i = 0; i < int(all.size()); ++i)
            consider(i);
    }
    m_rows = std::move(kept);
}

bool ResourceListModel::matches(int resourceIndex, const QByteArray &needle) const
{
    const quint32 begin = m_offsets[size_t(resourceIndex)];
    const quint32 end = m_offsets[size_t(resourceIndex) + 1];
    return memmem(m_text.constData() + begin, end - begin, needle.constData(), size_t(needle.size())) != nullptr;
}
