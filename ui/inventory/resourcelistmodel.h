#pragma once

#include "core/inventory/inventory.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

// One type's resources of a loaded inventory, as the Resource ID picker lists them:
// "name (id) · CIDR · zone" (ENIs: "name (id) · private IP · instance"), narrowed by a VPC and by
// the text typed. Filtering is a byte search over one buffer of lower-case UTF-8 texts built when
// the resources are set, and a longer text searches only the rows the shorter one kept, so typing
// into 200,000 ENIs stays within a frame.
class ResourceListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the resource ID (also the EditRole: what the picker inserts)
        VpcIdRole,
    };

    explicit ResourceListModel(QObject *parent = nullptr);
    ~ResourceListModel() override;

    // null clears the list.
    void setInventory(std::shared_ptr<const Inventory> inventory, ResourceType type);
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }
    ResourceType resourceType() const { return m_type; }
    // Only resources in this VPC (empty: all); ignored for VPCs.
    void setVpcFilter(const QString &vpcId);
    QString vpcFilter() const { return m_vpcId; }
    // Case-insensitive, over name, ID, CIDR / private IP and instance; empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Rows listed before any filter (the type's resources).
    int totalCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The line the picker shows for a resource.
    static QString displayText(const CloudResource &resource);

private:
    const CloudResources &resources() const;
    void buildSearchText();
    void refilter(bool narrowing);
    bool matches(int resourceIndex, const QByteArray &needle) const;

    std::shared_ptr<const Inventory> m_inventory;
    ResourceType m_type = ResourceType::Vpc;
    QString m_vpcId;
    QString m_filterText;
    QByteArray m_needle; // m_filterText, lower-case UTF-8
    // Every resource's searchable text, lower-case UTF-8, one after another; resource i's is
    // m_text[m_offsets[i] .. m_offsets[i + 1]).
    QByteArray m_text;
    std::vector<quint32> m_offsets;
    std::vector<int> m_rows; // indices into resources() that pass the filters
};
