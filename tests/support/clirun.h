#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>

// One finished (or killed) run of flowlog-cli, as the suites that drive the executable see it.
struct CliRun
{
    bool finished = false;
    int exitCode = -1; // -1 when it crashed or was killed
    QByteArray outBytes; // as written: QString::fromUtf8 would drop a byte-order mark
    QByteArray errBytes;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(outBytes.trimmed()).object(); }
    // --output json of a command that prints one object per line (batch).
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : outBytes.split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }
    QString text() const { return out + err; }
    // For failure messages: everything the run printed.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)") + "\nstdout: "
            + outBytes + "\nstderr: " + errBytes;
    }
};

// Runs the flowlog-cli at `program` with standard input closed, waiting up to timeoutMs while this
// thread's event loop spins (an emulator in the test process answers from it); a run that does not
// finish by then is killed.
inline CliRun runCliProgram(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, int timeoutMs = 30000)
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    run.finished = finished.wait(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(1000);
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = run.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.outBytes = process.readAllStandardOutput();
    run.errBytes = process.readAllStandardError();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(run.errBytes);
    return run;
}
