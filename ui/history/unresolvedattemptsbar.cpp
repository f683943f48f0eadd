#include "ui/history/unresolvedattemptsbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// The first few reasons are shown; the rest are counted.
constexpr int ShownProblems = 3;

QList<qint64> idsOf(const QList<HistoryEntry> &entries)
{
    QList<qint64> ids;
    for (const HistoryEntry &entry : entries)
        ids.append(entry.id);
    return ids;
}

} // namespace

UnresolvedAttemptsBar::UnresolvedAttemptsBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_resolvePushButton(new QPushButton(this))
    , m_dismissPushButton(new QPushButton(this))
{
    setObjectName(u"unresolvedAttemptsFrame"_s);
    // An information, not a warning: it must be noticed in any style, and differ from the sandbox's.
    setStyleSheet(u"#unresolvedAttemptsFrame { background: #e6f0fb; border: 1px solid #8db2dd; border-radius: 4px; }"
                  " #unresolvedAttemptsFrame QLabel { color: #173a61; }"_s);
    m_label->setObjectName(u"unresolvedAttemptsLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // reasons may quote a server
    m_resolvePushButton->setObjectName(u"resolveAttemptsPushButton"_s);
    m_dismissPushButton->setObjectName(u"dismissUnresolvedPushButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(7, 5, 7, 5);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_resolvePushButton, 0, Qt::AlignTop);
    layout->addWidget(m_dismissPushButton, 0, Qt::AlignTop);
    connect(m_resolvePushButton, &QPushButton::clicked, this, &UnresolvedAttemptsBar::resolve);
    connect(m_dismissPushButton, &QPushButton::clicked, this, &UnresolvedAttemptsBar::dismiss);
    hide();
}

void UnresolvedAttemptsBar::setResolver(AttemptResolver *resolver)
{
    if (m_resolver)
        disconnect(m_resolver, nullptr, this, nullptr);
    m_resolver = resolver;
    if (!resolver)
        return;
    connect(resolver, &AttemptResolver::progress, this, &UnresolvedAttemptsBar::onProgress);
    connect(resolver, &AttemptResolver::rowSettled, this, &UnresolvedAttemptsBar::onRowSettled);
    connect(resolver, &AttemptResolver::finished, this, &UnresolvedAttemptsBar::onFinished);
}

void UnresolvedAttemptsBar::offer()
{
    if (m_offered || !m_resolver)
        return;
    m_offered = true;
    m_ids = idsOf(m_resolver->unresolved());
    if (m_ids.isEmpty())
        return;
    m_state = State::Offered;
    retranslateUi();
    show();
}

void UnresolvedAttemptsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void UnresolvedAttemptsBar::resolve()
{
    if (!m_resolver || m_resolver->isBusy())
        return;
    // Those still unsettled now: a retry may have settled some since the offer.
    m_ids = idsOf(m_resolver->unresolved());
    if (m_ids.isEmpty()) {
        dismiss();
        return;
    }
    m_state = State::Resolving;
    m_done = 0;
    m_total = int(m_ids.size());
    retranslateUi();
    m_resolver->resolve(m_ids);
}

// Hides the bar for this run; lookups already under way go on, and the table shows what they find.
void UnresolvedAttemptsBar::dismiss()
{
    m_state = State::Hidden;
    hide();
}

void UnresolvedAttemptsBar::onProgress(int done, int total)
{
    if (m_state != State::Resolving)
        return;
    m_done = done;
    m_total = total;
    retranslateUi();
}

// While the offer stands, a retry that settles one of its rows makes the count smaller.
void UnresolvedAttemptsBar::onRowSettled()
{
    if (m_state != State::Offered || !m_resolver)
        return;
    m_ids = idsOf(m_resolver->unresolved());
    if (m_ids.isEmpty())
        dismiss();
    else
        retranslateUi();
}

void UnresolvedAttemptsBar::onFinished(const AttemptResolver::Report &report)
{
    if (m_state != State::Resolving)
        return;
    m_report = report;
    m_state = State::Done;
    retranslateUi();
}

void UnresolvedAttemptsBar::retranslateUi()
{
    m_dismissPushButton->setText(tr("Dismiss"));
    m_dismissPushButton->setToolTip(tr("Hide this until the next start; the rows stay as they are"));
    m_resolvePushButton->setToolTip(tr("Ask DescribeFlowLogs about each: a flow log found is adopted, one "
                                       "proven absent is marked as not created, nothing is created"));
    const bool stillUnknown = m_state == State::Done && m_report.count(AttemptResolver::Resolution::StillUnknown) > 0;
    m_resolvePushButton->setText(stillUnknown ? tr("Try again") : tr("Resolve"));
    m_resolvePushButton->setVisible(m_state == State::Offered || m_state == State::Resolving || stillUnknown);
    m_resolvePushButton->setEnabled(m_state != State::Resolving);
    switch (m_state) {
    case State::Hidden:
        break;
    case State::Offered:
        m_label->setText(tr("%n attempt(s) of an earlier run ended with an unknown outcome: each may or may "
                            "not have created its flow log.", nullptr, int(m_ids.size())));
        break;
    case State::Resolving:
        m_label->setText(tr("Looking up attempt %1 of %2…").arg(m_done).arg(m_total));
        break;
    case State::Done:
        m_label->setText(doneText());
        break;
    }
    m_label->setAccessibleName(m_label->text());
}

QString UnresolvedAttemptsBar::doneText() const
{
    using Resolution = AttemptResolver::Resolution;
    QStringList lines = {tr("Looked up: %1 created (found and adopted), %2 not created, %3 still unknown.")
                             .arg(m_report.count(Resolution::Created))
                             .arg(m_report.count(Resolution::NotCreated))
                             .arg(m_report.count(Resolution::StillUnknown))};
    int shown = 0;
    for (const AttemptResolver::Settled &settled : m_report.rows) {
        if (settled.resolution != Resolution::StillUnknown)
            continue;
        if (shown++ < ShownProblems)
            lines.append(tr("#%1: %2").arg(settled.id).arg(settled.problem));
    }
    if (shown > ShownProblems)
        lines.append(tr("and %n more.", nullptr, shown - ShownProblems));
    return lines.join(u'\n');
}
