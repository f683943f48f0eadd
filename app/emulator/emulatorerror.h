#pragma once

#include <QString>

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
};
