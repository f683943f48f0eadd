#pragma once

#include <QObject>

class QSocketNotifier;

// Ctrl+C (SIGINT) and SIGTERM while a program runs: the first one is delivered as requested() on
// the event loop, so that flowlog-cli can cancel its calls and record their outcomes, and the
// emulator can write its state; a second one ends the process at once, as usual. One instance at a time; the previous handlers
// come back when it is destroyed.
class Interruption final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Interruption)

public:
    explicit Interruption(QObject *parent = nullptr);
    ~Interruption() override;

Q_SIGNALS:
    void requested();

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
};
