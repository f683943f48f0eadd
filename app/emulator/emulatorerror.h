#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// An error answer as the VPC gateway sends it: the HTTP status, the stable Code clients must trust,
// and a Message. retryAfterMs >= 0 adds the x-acs-retry-after header (throttling).
struct EmulatorError
{
    int httpStatus = 400;
    QString code;
    QString message;
    int retryAfterMs = -1;

    static EmulatorError missingParameter(const QString &name);
    static EmulatorError invalidParameter(const QString &name, const QString &detail = {});
    static EmulatorError incompleteSignature(const QString &missing);
    // 400 Throttling.User, the gateway's flow control, with x-acs-retry-after: retryAfterMs.
    static EmulatorError throttled(int retryAfterMs);
    // The gateway's error body: {"RequestId","HostId","Code","Message","Recommend"} in JSON, or
    // <Error>…</Error> (without Recommend) in XML. host: the Host header (empty: vpc.aliyuncs.com).
    QByteArray body(const QByteArray &requestId, const QByteArray &host, bool xml) const;
    // The answers a fault can script (error=ACTION:CODE): server-side failures and refusals no
    // request of the emulator otherwise provokes, with the gateway's status and message.
    static std::optional<EmulatorError> scripted(const QString &code, int retryAfterMs);
    static QStringList scriptedCodes();
};
