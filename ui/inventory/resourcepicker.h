#pragma once

#include "core/inventory/inventory.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QCompleter;
class QLineEdit;
class QListView;
class QToolButton;
class ResourceListModel;

// Turns the form's Resource ID field into a searchable picker: a list of the chosen type's
// resources in the region drops down under the field and narrows as the operator types (name, ID,
// CIDR, private IP); Enter or a click puts the ID in the field. A typed ID stays accepted. Beside
// the field: a VPC filter (vSwitches and ENIs) and a reload button that shows the list's age. The
// widget itself is that row's trailing part; the line edit stays the form's.
class ResourcePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcePicker)

public:
    ResourcePicker(QLineEdit *lineEdit, QWidget *parent = nullptr);
    ~ResourcePicker() override;

    // null: no inventory (yet) for the form's profile and region.
    void setInventory(std::shared_ptr<const Inventory> inventory);
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }
    void setResourceType(ResourceType type);
    // A load is under way: read of total items (total -1 while unknown).
    void setLoading(bool loading, int read = 0, int total = -1);
    bool isLoading() const { return m_loading; }
    // Drops the list down with what matches the field's text (Alt+Down, F4, the arrow in the field).
    void showList();
    bool isListVisible() const;
    ResourceListModel *model() const { return m_model; }
    QListView *listView() const { return m_listView; }

Q_SIGNALS:
    // The operator wants the list: the field got focus or the list was asked for, and there is no
    // inventory yet (or reload: a new listing even if there is).
    void inventoryWanted(bool reload);
    // An ID was picked from the list and put into the field.
    void picked(const QString &resourceId);
    // The operator stopped the listing under way (the reload button while loading).
    void cancelWanted();
    // The list was closed (picked, Escape, nothing matches any more, focus left).
    void listClosed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onActivated(const QModelIndex &index);
    QString filterFor(const QString &text) const;
    void fillVpcFilter();
    void onVpcFilterChosen();
    void updatePlaceholder();
    void updateReloadButton();
    void retranslateUi();

    // The form's; it may be destroyed first (then null). Not a QPointer: its events arrive while
    // it is being destroyed, when it is no longer a QLineEdit to cast to.
    QLineEdit *m_lineEdit;
    ResourceListModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    QListView *m_listView = nullptr;
    QAction *m_listAction = nullptr;
    QComboBox *m_vpcComboBox = nullptr;
    QToolButton *m_reloadToolButton = nullptr;
    std::shared_ptr<const Inventory> m_inventory;
    ResourceType m_type = ResourceType::NetworkInterface;
    bool m_loading = false;
    int m_read = 0;
    int m_total = -1;
};
