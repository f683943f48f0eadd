#pragma once

#include "core/request/validationfinding.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class FindingLabel;
class QFrame;
class QVBoxLayout;

// The findings of one field, stacked under it. Hidden while there are none, so a valid form stays
// compact.
//
// While the field's editor has the keyboard focus the view keeps the height it had when the focus
// came: findings that no longer fit are shown in a floating panel just below it instead of
// pushing the fields below down, and findings that go away leave their room empty. Typing never
// moves the form under the pointer; the view takes the height it needs once the focus leaves.
class FindingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsView)

public:
    explicit FindingsView(QWidget *parent = nullptr);
    ~FindingsView() override;

    // The editor whose focus holds the view's height (see above).
    void followEditor(QWidget *editor);

    void setFindings(const ValidationFindings &findings);
    ValidationFindings findings() const { return m_findings; }
    // The messages as shown, in order, inline and floating alike.
    QStringList texts() const;
    // True while findings are shown in the floating panel.
    bool isFloating() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setHeld(bool held);
    void showInline();
    void showHeld();
    void showFloating(const ValidationFindings &findings);
    void placePanel();
    void relayoutAncestors();
    static void fill(QList<FindingLabel *> &labels, QWidget *owner, QVBoxLayout *layout,
                     const ValidationFindings &findings);

    ValidationFindings m_findings;
    QList<FindingLabel *> m_labels;
    QVBoxLayout *m_layout;
    bool m_held = false;
    int m_heldHeight = 0;
    // Floating findings: a child of the window, so it may cover the rows below without moving them.
    QPointer<QFrame> m_panel;
    QList<FindingLabel *> m_panelLabels;
    QVBoxLayout *m_panelLayout = nullptr;
};
