#include "ui/form/findingsview.h"

#include "ui/form/findinglabel.h"

#include <QVBoxLayout>

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setVisible(false);
}

void FindingsView::setFindings(const ValidationFindings &findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    // Labels are reused, not recreated, so typing does not make the layout flicker.
    while (m_labels.size() < findings.size()) {
        auto *label = new FindingLabel(this);
        m_layout->addWidget(label);
        m_labels.append(label);
    }
    setVisible(!findings.isEmpty());
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setVisible(i < findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i)
        m_labels.at(i)->setFinding(findings.at(i));
    // The layouts above do not learn on their own that a shown or re-texted label needs another
    // height (Qt 6.4 keeps the field's cached height-for-width): without this a second finding
    // was cut off at the bottom.
    updateGeometry();
    if (parentWidget())
        parentWidget()->updateGeometry();
}

QStringList FindingsView::texts() const
{
    QStringList result;
    for (qsizetype i = 0; i < m_findings.size(); ++i)
        result.append(m_labels.at(i)->text());
    return result;
}
