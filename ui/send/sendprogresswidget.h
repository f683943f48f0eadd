#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The status bar's part while a request is out: which attempt, or how long until the next one,
// a busy bar and a Cancel button. Hidden while idle.
class SendProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendProgressWidget)

public:
    explicit SendProgressWidget(QWidget *parent = nullptr);

    void start();
    // attempt counts from 1; waitingMs > 0 while backing off before it.
    void setAttempt(int attempt, int maxAttempts, int waitingMs);
    void stop();
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_attempt = 0;
    int m_maxAttempts = 0;
    int m_waitingMs = 0;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelPushButton;
};
