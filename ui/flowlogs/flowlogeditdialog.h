#pragma once

#include "core/api/flowloginfo.h"
#include "core/manage/flowlogoperation.h"
#include "core/request/validationfinding.h"

#include <QDialog>
#include <QHash>

class FindingLabel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Edits an existing flow log: name, description, sampling interval, IP version, tags and resource
// group. Each field is checked as one types by the rules the Create form uses, with the same
// messages; Save is enabled when something changed and nothing is in error. change() is what
// differs from the flow log as listed.
class FlowLogEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogEditDialog)

public:
    explicit FlowLogEditDialog(const FlowLogInfo &flowLog, QWidget *parent = nullptr);

    FlowLogChange change() const;
    // The findings shown now, for tests.
    ValidationFindings findings() const;
    QLineEdit *nameLineEdit() const { return m_nameLineEdit; }
    QLineEdit *descriptionLineEdit() const { return m_descriptionLineEdit; }
    QComboBox *intervalComboBox() const { return m_intervalComboBox; }
    QComboBox *ipVersionComboBox() const { return m_ipVersionComboBox; }
    QLineEdit *tagsLineEdit() const { return m_tagsLineEdit; }
    QLineEdit *resourceGroupLineEdit() const { return m_resourceGroupLineEdit; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    FlowLogRequest asRequest(QString *tagProblem) const;
    void validate();
    void retranslateUi();

    FlowLogInfo m_flowLog;
    QLabel *m_aboutLabel = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    QLineEdit *m_descriptionLineEdit = nullptr;
    QComboBox *m_intervalComboBox = nullptr;
    QComboBox *m_ipVersionComboBox = nullptr;
    QLineEdit *m_tagsLineEdit = nullptr;
    QLineEdit *m_resourceGroupLineEdit = nullptr;
    QHash<Field, FindingLabel *> m_findingLabels;
    QLabel *m_tagSyntaxLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QLabel *> m_fieldLabels;
    ValidationFindings m_findings;
};
