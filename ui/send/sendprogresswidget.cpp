#include "ui/send/sendprogresswidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

SendProgressWidget::SendProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelPushButton(new QPushButton(this))
{
    setObjectName(u"sendProgressWidget"_s);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setRange(0, 0); // busy: the number of attempts is known, their length is not
    m_progressBar->setMaximumWidth(120);
    m_cancelPushButton->setObjectName(u"cancelPushButton"_s);
    connect(m_cancelPushButton, &QPushButton::clicked, this, &SendProgressWidget::cancelRequested);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SendProgressWidget::retranslateUi);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelPushButton);
    retranslateUi();
    setVisible(false);
}

void SendProgressWidget::start(int attemptBudgetMs)
{
    m_attempt = 0;
    m_attemptBudgetMs = attemptBudgetMs;
    enterPhase(Phase::Preparing);
    m_tick.start();
    setVisible(true);
}

void SendProgressWidget::setAttempt(int attempt, int maxAttempts, int waitingMs)
{
    m_attempt = attempt;
    m_maxAttempts = maxAttempts;
    m_waitingMs = waitingMs;
    enterPhase(waitingMs > 0 ? Phase::BackingOff : Phase::Waiting);
}

void SendProgressWidget::setChecking()
{
    enterPhase(Phase::Checking);
}

void SendProgressWidget::stop()
{
    m_tick.stop();
    setVisible(false);
}

void SendProgressWidget::enterPhase(Phase phase)
{
    m_phase = phase;
    m_sincePhase.start();
    retranslateUi();
}

QString SendProgressWidget::text() const
{
    return m_progressLabel->text();
}

void SendProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SendProgressWidget::retranslateUi()
{
    m_cancelPushButton->setText(tr("Cancel"));
    m_cancelPushButton->setAccessibleName(tr("Cancel sending"));
    const qint64 elapsedMs = m_sincePhase.isValid() ? m_sincePhase.elapsed() : 0;
    const QString seconds = QString::number(elapsedMs / 1000);
    switch (m_phase) {
    case Phase::Preparing:
        m_progressLabel->setText(tr("Creating the flow log…"));
        break;
    case Phase::Waiting:
        // Qt cannot tell "sent" from "still connecting" for a request with a body: one phase.
        m_progressLabel->setText(m_attemptBudgetMs > 0
                ? tr("Attempt %1 of %2: sent, waiting for the answer — %3 s of at most %4 s")
                      .arg(m_attempt)
                      .arg(m_maxAttempts)
                      .arg(seconds)
                      .arg(m_attemptBudgetMs / 1000)
                : tr("Attempt %1 of %2: sent, waiting for the answer — %3 s").arg(m_attempt).arg(m_maxAttempts).arg(seconds));
        break;
    case Phase::BackingOff: {
        const double left = qMax<qint64>(0, m_waitingMs - elapsedMs) / 1000.0;
        m_progressLabel->setText(tr("Waiting %1 s before attempt %2 of %3…")
                                     .arg(QLocale().toString(left, 'f', 0))
                                     .arg(m_attempt)
                                     .arg(m_maxAttempts));
        break;
    }
    case Phase::Checking:
        m_progressLabel->setText(tr("Checking whether an earlier attempt created the flow log — %1 s").arg(seconds));
        break;
    }
}
