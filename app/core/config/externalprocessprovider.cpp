#include "core/config/externalprocessprovider.h"

#include "core/config/profilemode.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxOutputBytes = 64 * 1024;

} // namespace

ExternalProcessProvider::ExternalProcessProvider(QString profile, QStringList command, int timeoutMs, Clock clock)
    : RenewingCredentialProvider(std::move(clock))
    , m_profile(std::move(profile))
    , m_command(std::move(command))
    , m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
}

ExternalProcessProvider::~ExternalProcessProvider()
{
    if (m_process) {
        m_process->disconnect();
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

void ExternalProcessProvider::fetch(FetchDone done)
{
    auto *process = new QProcess(context());
    m_process = process;
    m_timedOut = false;
    process->setProgram(m_command.value(0));
    process->setArguments(m_command.mid(1));
    process->setStandardInputFile(QProcess::nullDevice());
    QObject::connect(process, &QProcess::finished, context(), [this, done] { onFinished(done); });
    QObject::connect(process, &QProcess::errorOccurred, context(), [this, done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished(done);
    });
    QObject::disconnect(&m_timeout, nullptr, nullptr, nullptr);
    QObject::connect(&m_timeout, &QTimer::timeout, context(), [this] {
        m_timedOut = true;
        if (m_process)
            m_process->kill(); // finished() follows
    });
    m_timeout.start(m_timeoutMs);
    process->start();
}

void ExternalProcessProvider::onFinished(FetchDone done)
{
    QProcess *process = m_process;
    if (!process)
        return;
    m_process = nullptr;
    m_timeout.stop();
    process->disconnect();
    process->deleteLater();
    const QByteArray errors = process->readAllStandardError().left(4 * quotedErrorChars);
    if (process->error() == QProcess::FailedToStart) {
        done(failure(tr("it cannot be started"), errors));
        return;
    }
    if (m_timedOut) {
        done(failure(tr("it did not finish within %n second(s)", nullptr, m_timeoutMs / 1000), errors));
        return;
    }
    if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
        done(failure(tr("it exited with status %1").arg(process->exitCode()), errors));
        return;
    }
    done(parse(process->read(maxOutputBytes)));
}

CredentialAnswer ExternalProcessProvider::failure(const QString &reason, const QByteArray &errorOutput) const
{
    QString quoted = QString::fromUtf8(errorOutput).trimmed();
    if (quoted.size() > quotedErrorChars)
        quoted = quoted.left(quotedErrorChars) + u'…';
    if (quoted.isEmpty())
        quoted = tr("(nothing)");
    return CredentialAnswer::failure(failedCode,
        tr("The credential process of profile \"%1\" failed: %2. Its error output: %3\nRun process_command (%4) "
           "in a terminal to see why, and correct it in the profile.")
            .arg(m_profile, reason, quoted, m_command.value(0)));
}

CredentialAnswer ExternalProcessProvider::parse(const QByteArray &output) const
{
    const QJsonObject object = QJsonDocument::fromJson(output).object();
    const ProfileMode mode = ProfileModes::parse(object.value(u"mode"_s).toString());
    const auto text = [&object](const QString &key) { return object.value(key).toString(); };
    CredentialAnswer answer;
    answer.credentials = {text(u"access_key_id"_s), text(u"access_key_secret"_s),
        mode == ProfileMode::StsToken ? text(u"sts_token"_s) : QString()};
    const qint64 expires = qint64(object.value(u"sts_expiration"_s).toDouble());
    if (expires > 0)
        answer.expiration = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
    const bool accepted = object.contains(u"mode"_s) && (mode == ProfileMode::AK || mode == ProfileMode::StsToken);
    if (accepted && answer.credentials.isComplete() && (mode == ProfileMode::AK || answer.credentials.isSts()))
        return answer;
    // What the process printed is not quoted: it may hold a secret.
    return CredentialAnswer::failure(garbageCode,
        tr("The credential process of profile \"%1\" printed no usable credentials. It must print "
           "{\"mode\":\"AK\",\"access_key_id\":…,\"access_key_secret\":…} or {\"mode\":\"StsToken\",…,"
           "\"sts_token\":…} on its standard output; correct process_command.")
            .arg(m_profile));
}
