#pragma once

#include "core/signing/credentials.h"

#include <QObject>
#include <QUrl>

class VpcEmulator;

// The local emulator the Sandbox profile sends to, running in this process on a loopback port.
// Started on first use, so a user who never picks the sandbox never opens a port. Its flow logs
// persist in a state file, so the sandbox keeps what was created between runs. Its account has the
// VPCs, vSwitches and ENIs of seedInventory(), whose flow logs seed a new state file only.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    // Starts the emulator unless it runs already; false (errorString() says why) when it cannot.
    bool ensureStarted();
    bool isRunning() const;
    // http://127.0.0.1:<port>; empty until started.
    QUrl endpoint() const;
    // The emulator's default account: sandbox-access-key-id / sandbox-access-key-secret.
    static Credentials credentials();
    QString errorString() const { return m_error; }
    // An empty path keeps the flow logs in memory only. Takes effect at the next start.
    void setStateFile(const QString &path) { m_stateFile = path; }
    static QString defaultStateFile();
    // :/flowlog/sandbox-inventory.json, compiled in (resources/sandbox-inventory.json).
    static QString seedInventory();
    // For tests: fault injection and activation delay.
    VpcEmulator *emulator() const { return m_emulator; }

Q_SIGNALS:
    void started(const QUrl &endpoint);

private:
    VpcEmulator *m_emulator = nullptr;
    QString m_stateFile;
    QString m_error;
};
