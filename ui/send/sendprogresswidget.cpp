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
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelPushButton);
    retranslateUi();
    setVisible(false);
}

void SendProgressWidget::start()
{
    m_attempt = 0;
    retranslateUi();
    setVisible(true);
}

void SendProgressWidget::setAttempt(int attempt, int maxAttempts, int waitingMs)
{
    m_attempt = attempt;
    m_maxAttempts = maxAttempts;
    m_waitingMs = waitingMs;
    retranslateUi();
}

void SendProgressWidget::stop()
{
    setVisible(false);
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
    if (m_attempt == 0)
        m_progressLabel->setText(tr("Creating the flow log…"));
    else if (m_waitingMs > 0)
        m_progressLabel->setText(tr("Waiting %1 s before attempt %2 of %3…")
                                     .arg(QLocale().toString(m_waitingMs / 1000.0, 'f', 1))
                                     .arg(m_attempt)
                                     .arg(m_maxAttempts));
    else
        m_progressLabel->setText(tr("Creating the flow log… attempt %1 of %2").arg(m_attempt).arg(m_maxAttempts));
}
