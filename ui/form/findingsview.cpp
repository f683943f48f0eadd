#include "ui/form/findingsview.h"

#include "ui/form/findinglabel.h"

#include <QEvent>
#include <QFrame>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int LineSpacing = 2;

} // namespace

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(LineSpacing);
    setVisible(false);
}

FindingsView::~FindingsView()
{
    delete m_panel; // owned by the window, which may outlive the form
}

void FindingsView::followEditor(QWidget *editor)
{
    editor->installEventFilter(this);
}

bool FindingsView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        setHeld(true);
    else if (event->type() == QEvent::FocusOut || event->type() == QEvent::Hide)
        setHeld(false);
    return QWidget::eventFilter(watched, event);
}

void FindingsView::setFindings(const ValidationFindings &findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    if (m_held)
        showHeld();
    else
        showInline();
}

void FindingsView::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (held) {
        m_heldHeight = isVisible() ? height() : 0;
        setFixedHeight(m_heldHeight);
        return;
    }
    setMinimumHeight(0);
    setMaximumHeight(QWIDGETSIZE_MAX);
    showInline();
}

// Labels are reused, not recreated, so typing does not make the layout flicker.
void FindingsView::fill(QList<FindingLabel *> &labels, QWidget *owner, QVBoxLayout *layout,
                        const ValidationFindings &findings)
{
    while (labels.size() < findings.size()) {
        auto *label = new FindingLabel(owner);
        layout->addWidget(label);
        labels.append(label);
    }
    for (qsizetype i = 0; i < labels.size(); ++i)
        labels.at(i)->setVisible(i < findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i)
        labels.at(i)->setFinding(findings.at(i));
}

void FindingsView::showInline()
{
    if (m_panel)
        m_panel->hide();
    fill(m_labels, this, m_layout, m_findings);
    setVisible(!m_findings.isEmpty());
    relayoutAncestors();
}

// As many findings as fit in the height the view had when the focus came stay inline; the rest float.
void FindingsView::showHeld()
{
    fill(m_labels, this, m_layout, m_findings);
    const int width = isVisible() ? this->width() : parentWidget()->width();
    int used = 0;
    qsizetype inlineCount = 0;
    for (; inlineCount < m_findings.size(); ++inlineCount) {
        const int needed = m_labels.at(inlineCount)->heightForWidth(width) + (inlineCount > 0 ? LineSpacing : 0);
        if (used + needed > m_heldHeight)
            break;
        used += needed;
    }
    for (qsizetype i = inlineCount; i < m_labels.size(); ++i)
        m_labels.at(i)->hide();
    showFloating(m_findings.mid(inlineCount));
}

void FindingsView::showFloating(const ValidationFindings &findings)
{
    if (findings.isEmpty()) {
        if (m_panel)
            m_panel->hide();
        return;
    }
    if (!m_panel) {
        m_panel = new QFrame(window());
        m_panel->setObjectName(objectName() + u"Floating"_s);
        m_panel->setFrameShape(QFrame::StyledPanel);
        m_panel->setAutoFillBackground(true);
        m_panel->setBackgroundRole(QPalette::Base);
        m_panelLayout = new QVBoxLayout(m_panel);
        m_panelLayout->setContentsMargins(4, 2, 4, 2);
        m_panelLayout->setSpacing(LineSpacing);
    }
    fill(m_panelLabels, m_panel, m_panelLayout, findings);
    placePanel();
    m_panel->show();
    m_panel->raise();
}

// Just below the view's held room (or the editor, when it has none), as wide as the field.
void FindingsView::placePanel()
{
    QWidget *anchor = isVisible() ? static_cast<QWidget *>(this) : parentWidget();
    const QPoint bottomLeft = anchor->mapTo(m_panel->parentWidget(), QPoint(0, anchor->height()));
    // The texts line up with where they will be shown inline once the focus leaves.
    const int inset = m_panelLayout->contentsMargins().left() + m_panel->frameWidth();
    const int width = anchor->width() + inset;
    m_panel->setGeometry(bottomLeft.x() - inset, bottomLeft.y() + LineSpacing, width,
                         m_panel->heightForWidth(width));
}

void FindingsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_held && isFloating())
        placePanel();
}

bool FindingsView::isFloating() const
{
    return m_panel && m_panel->isVisible();
}

// The layouts above do not learn on their own that a shown or re-texted label needs another height
// (Qt 6.4 keeps the field's cached height-for-width): without this a second finding was cut off at
// the bottom.
void FindingsView::relayoutAncestors()
{
    updateGeometry();
    if (parentWidget())
        parentWidget()->updateGeometry();
}

QStringList FindingsView::texts() const
{
    QStringList result;
    for (const FindingLabel *label : m_labels) {
        if (!label->isHidden())
            result.append(label->text());
    }
    if (isFloating()) {
        for (const FindingLabel *label : m_panelLabels) {
            if (!label->isHidden())
                result.append(label->text());
        }
    }
    return result;
}
