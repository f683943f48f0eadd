#pragma once

#include "core/request/flowlogrequest.h"
#include "core/request/validationfinding.h"

#include <QHash>
#include <QWidget>

class FindingsView;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

// The form's "Advanced settings": the optional parameters CreateFlowLog gained after 2016 (sampling
// interval, traffic path, IP version, resource group, tags). Collapsed by default, with a one-line
// summary of what is set; whether it is open is remembered. Everything left at its default is not
// sent, so the service's defaults apply. FlowLogForm owns the validation and passes the findings in.
class AdvancedSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedSection)

public:
    explicit AdvancedSection(QWidget *parent = nullptr);
    ~AdvancedSection() override;

    // Reads and writes only the advanced members of request.
    void readInto(FlowLogRequest &request) const;
    void setFrom(const FlowLogRequest &request);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    // The findings of the advanced fields; tag findings also mark their cell.
    void setFindings(const ValidationFindings &findings);
    // The editor of an advanced field (the tag table for Tags), null for the others.
    QWidget *editorFor(Field field) const;
    QWidget *firstEditor() const;
    QWidget *lastEditor() const;
    void enableClearButtons();

Q_SIGNALS:
    // A value changed (every keystroke) and the field it belongs to.
    void edited(Field field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void createLayout();
    QWidget *withFindings(QWidget *editor, Field field);
    void retranslateUi();
    void updateSummary();
    void updateTagControls();
    void markTagCells(const ValidationFindings &findings);
    void addTag();
    void removeSelectedTags();

    QToolButton *m_toggleButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QWidget *m_body = nullptr;
    QFormLayout *m_layout = nullptr;
    QHash<Field, QLabel *> m_labels;
    QHash<Field, FindingsView *> m_findingsViews;
    QComboBox *m_intervalComboBox = nullptr;
    QCheckBox *m_pathAllCheckBox = nullptr;
    QCheckBox *m_pathInternetCheckBox = nullptr;
    QLabel *m_pathHintLabel = nullptr;
    QComboBox *m_ipVersionComboBox = nullptr;
    QLineEdit *m_resourceGroupLineEdit = nullptr;
    QTableWidget *m_tagsTable = nullptr;
    QPushButton *m_addTagButton = nullptr;
    QPushButton *m_removeTagButton = nullptr;
    QLabel *m_tagCountLabel = nullptr;
    bool m_loading = false;
};
