#pragma once

#include "core/history/attemptresolver.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

// The info bar above the history that says once, at start, that earlier runs left attempts whose
// outcome is unknown, and offers to settle them: Resolve has the AttemptResolver look each up,
// Dismiss hides the bar for this run. Not a modal question: the window is usable meanwhile, and
// the table shows each row as it is settled. Its text follows the UI language.
class UnresolvedAttemptsBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnresolvedAttemptsBar)

public:
    explicit UnresolvedAttemptsBar(QWidget *parent = nullptr);

    // Not owned.
    void setResolver(AttemptResolver *resolver);
    // Shows the bar when the history holds unsettled attempts now. Once per run: later calls do
    // nothing, so rows that become unknown while the app runs are not announced again.
    void offer();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Hidden, Offered, Resolving, Done };

    void resolve();
    void dismiss();
    void onProgress(int done, int total);
    void onRowSettled();
    void onFinished(const AttemptResolver::Report &report);
    void retranslateUi();
    QString doneText() const;

    QLabel *m_label;
    QPushButton *m_resolvePushButton;
    QPushButton *m_dismissPushButton;
    QPointer<AttemptResolver> m_resolver;
    State m_state = State::Hidden;
    bool m_offered = false;
    QList<qint64> m_ids;
    int m_done = 0;
    int m_total = 0;
    AttemptResolver::Report m_report;
};
