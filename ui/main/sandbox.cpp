#include "ui/main/sandbox.h"

#include "core/config/appsettings.h"

#include "emulator/vpcemulator.h"

#include <QDir>

using namespace Qt::StringLiterals;

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
    , m_stateFile(defaultStateFile())
{
}

Sandbox::~Sandbox() = default;

bool Sandbox::ensureStarted()
{
    if (isRunning())
        return true;
    auto *emulator = new VpcEmulator(this);
    QString error;
    if (!m_stateFile.isEmpty()) {
        QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
        if (!emulator->setStateFile(m_stateFile, &error)) {
            // An unreadable state file must not lock the user out of the sandbox: start empty.
            emulator->deleteLater();
            emulator = new VpcEmulator(this);
        }
    }
    // After the state file, so that its flow logs, once there, are not seeded again.
    QString inventoryError;
    if (!emulator->loadInventory(seedInventory(), &inventoryError))
        qWarning("sandbox inventory not loaded: %s", qUtf8Printable(inventoryError));
    if (!emulator->start(QHostAddress::LocalHost, 0)) {
        m_error = tr("The local sandbox could not listen on a loopback port.");
        emulator->deleteLater();
        return false;
    }
    m_emulator = emulator;
    m_error = error;
    Q_EMIT started(endpoint());
    return true;
}

bool Sandbox::isRunning() const
{
    return m_emulator && m_emulator->isListening();
}

QUrl Sandbox::endpoint() const
{
    return isRunning() ? m_emulator->serverUrl() : QUrl();
}

Credentials Sandbox::credentials()
{
    return VpcEmulator::defaultAccount();
}

QString Sandbox::seedInventory()
{
    return u":/flowlog/sandbox-inventory.json"_s;
}

QString Sandbox::defaultStateFile()
{
    return AppSettings::dataFolder() + u"/sandbox-flowlogs.json"_s;
}
