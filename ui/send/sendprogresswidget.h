#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The status bar's part while a request is out: what the call is doing now — waiting for the
// answer to attempt N (seconds so far against the attempt's time budget), waiting before attempt N
// (counting down), or checking whether an earlier attempt created the flow log — with a busy bar
// and a Cancel button. The seconds tick once a second. Hidden while idle.
class SendProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendProgressWidget)

public:
    explicit SendProgressWidget(QWidget *parent = nullptr);

    // attemptBudgetMs: how long one attempt may take in all (the total timeout).
    void start(int attemptBudgetMs = 0);
    // attempt counts from 1; waitingMs > 0 while backing off before it.
    void setAttempt(int attempt, int maxAttempts, int waitingMs);
    void setChecking();
    void stop();
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Phase { Preparing, Waiting, BackingOff, Checking };
    void enterPhase(Phase phase);
    void retranslateUi();

    Phase m_phase = Phase::Preparing;
    QElapsedTimer m_sincePhase;
    QTimer m_tick;
    int m_attemptBudgetMs = 0;
    int m_attempt = 0;
    int m_maxAttempts = 0;
    int m_waitingMs = 0;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelPushButton;
};
