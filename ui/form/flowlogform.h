#pragma once

#include "core/request/flowlogrequest.h"
#include "core/request/validationfinding.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class AdvancedSection;
class ResourcePicker;
struct Inventory;
class FindingsView;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// The CreateFlowLog form: every business parameter except the region (which sits in the main
// window's top bar and is passed in with setRegionId()). Validates on every keystroke; a field's
// findings appear under it once the field was touched (edited, or focus left) or a send was
// attempted, so an empty form does not greet the user with errors.
class FlowLogForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogForm)

public:
    explicit FlowLogForm(QWidget *parent = nullptr);
    ~FlowLogForm() override;

    FlowLogRequest request() const;
    // Fills every field (region included), e.g. to repeat an attempt from the history.
    void setRequest(const FlowLogRequest &request);
    void setRegionId(const QString &regionId);

    ValidationFindings findings() const { return m_findings; }
    // The findings of field as currently shown: empty until the field was touched.
    ValidationFindings visibleFindings(Field field) const;
    bool hasErrors() const;
    std::optional<ValidationFinding> firstError() const;
    // A send was attempted: show every finding from now on.
    void revealAllFindings();
    bool isTouched(Field field) const { return m_touched.contains(field); }
    void setTouched(Field field);
    // The editor of field (null for RegionId, which lives outside the form).
    QWidget *editorFor(Field field) const;
    // The last control in the form's tab order.
    QWidget *lastEditor() const;
    AdvancedSection *advancedSection() const { return m_advanced; }
    ResourcePicker *resourcePicker() const { return m_resourcePicker; }
    // What the account has in the form's region (null: not listed): the Resource ID picker lists
    // it, and an ID it does not have gets a warning with the nearest ones it has.
    void setInventory(std::shared_ptr<const Inventory> inventory);
    // "flowLogName" for FlowLogName: the stem of the object names of a field's label and findings,
    // which tests look for.
    static QString objectNameStem(Field field);
    // Gives every text field its clear button. Not done at construction: the button's icon is
    // looked up in the icon theme and decoded on first use, which delays the first frame, and the
    // fields are empty then, so no button would show yet.
    void enableClearButtons();

Q_SIGNALS:
    // The request or its findings changed (on every keystroke).
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void createLayout();
    QWidget *fieldBox(QWidget *editor, Field field, QWidget *trailing = nullptr);
    QLineEdit *createLineEdit(const QString &objectName, Field field);
    void connectTouch(QLineEdit *edit, Field field);
    void retranslateUi();
    void retranslateCombos();
    void onResourceTypeChanged();
    void updateCounters();
    void revalidate();
    QString inventoryCheckKey(const FlowLogRequest &request) const;
    void checkAgainstInventory();
    void showFindings();

    QString m_regionId;
    ValidationFindings m_findings;
    QSet<Field> m_touched;
    QHash<Field, FindingsView *> m_findingsViews;
    QHash<Field, QLabel *> m_labels;

    QFormLayout *m_layout = nullptr;
    QComboBox *m_resourceTypeComboBox = nullptr;
    QLineEdit *m_resourceIdLineEdit = nullptr;
    QComboBox *m_trafficTypeComboBox = nullptr;
    QLineEdit *m_projectNameLineEdit = nullptr;
    QLineEdit *m_logStoreNameLineEdit = nullptr;
    QLineEdit *m_flowLogNameLineEdit = nullptr;
    QLabel *m_flowLogNameCounterLabel = nullptr;
    QLineEdit *m_descriptionLineEdit = nullptr;
    QLabel *m_descriptionCounterLabel = nullptr;
    AdvancedSection *m_advanced = nullptr;
    ResourcePicker *m_resourcePicker = nullptr;
    std::shared_ptr<const Inventory> m_inventory;
    ValidationFindings m_inventoryFindings; // InventoryCheck's, for m_inventoryCheckedFor
    QString m_inventoryCheckedFor;
    QTimer m_inventoryCheckTimer;
};
