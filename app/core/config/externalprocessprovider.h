#pragma once

#include "core/config/renewingcredentialprovider.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

// Credentials from a program (an External profile's process_command), run without a shell with
// standard input from /dev/null, only when a call needs credentials. Its standard output is the
// aliyun CLI's contract: {"mode":"AK","access_key_id","access_key_secret"} or
// {"mode":"StsToken",…,"sts_token"} (optionally "sts_expiration", Unix seconds, which makes it
// renewed; without it the credentials are kept for the run). Other modes are refused. On failure
// the message quotes the start of its standard error.
class ExternalProcessProvider final : public RenewingCredentialProvider
{
    Q_DECLARE_TR_FUNCTIONS(ExternalProcessProvider)

public:
    ExternalProcessProvider(QString profile, QStringList command, int timeoutMs = 60'000, Clock clock = {});
    ~ExternalProcessProvider() override;

    static constexpr QLatin1StringView failedCode {"External.Failed"};
    static constexpr QLatin1StringView garbageCode {"External.Garbage"};
    // At most this much of the standard error is quoted.
    static constexpr int quotedErrorChars = 400;

protected:
    void fetch(FetchDone done) override;

private:
    void onFinished(FetchDone done);
    CredentialAnswer failure(const QString &reason, const QByteArray &errorOutput) const;
    CredentialAnswer parse(const QByteArray &output) const;

    QString m_profile;
    QStringList m_command;
    int m_timeoutMs;
    QPointer<QProcess> m_process;
    QTimer m_timeout;
    bool m_timedOut = false;
};
