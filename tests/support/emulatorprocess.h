#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

// A flowlog-emulator process on a free loopback port (activation at once), for the suites that
// drive the executables; stopped with SIGTERM when destroyed.
class EmulatorProcess
{
public:
    // launcher: a program and its arguments that run the emulator, which follows them (e.g. a
    // shell that sets a resource limit first); empty: the emulator is run directly.
    EmulatorProcess(
        const QString &program, const QStringList &extraArguments = {}, const QStringList &launcher = {})
    {
        using namespace Qt::StringLiterals;
        const QStringList arguments
            = QStringList {u"--listen"_s, u"127.0.0.1:0"_s, u"--activation-delay"_s, u"0"_s} + extraArguments;
        m_process.setProgram(launcher.isEmpty() ? program : launcher.first());
        m_process.setArguments(
            launcher.isEmpty() ? arguments : launcher.mid(1) + QStringList {program} + arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return;
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 5000)
            m_process.waitForReadyRead(100);
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QRegularExpression announced(u"^listening on (http://127\\.0\\.0\\.1:(\\d+))$"_s);
        const QRegularExpressionMatch match = announced.match(line);
        if (match.hasMatch()) {
            m_url = match.captured(1);
            m_port = quint16(match.captured(2).toUInt());
        } else {
            m_error = u"first line \"%1\", stderr: %2"_s.arg(
                line, QString::fromUtf8(m_process.readAllStandardError()));
        }
    }
    ~EmulatorProcess() { stop(); }
    // SIGTERM, as a service manager stops it; true when it ended by itself with exit status 0.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        m_process.terminate();
        const bool ended = m_process.waitForFinished(3000);
        if (!ended)
            m_process.kill();
        m_process.waitForFinished(1000);
        return ended && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    Q_DISABLE_COPY_MOVE(EmulatorProcess)

    bool isListening() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    QByteArray error() const { return m_error.toUtf8(); }

private:
    QProcess m_process;
    QString m_url;
    quint16 m_port = 0;
    QString m_error;
};
