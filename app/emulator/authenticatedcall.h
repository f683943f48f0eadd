#pragma once

#include "core/signing/queryparameters.h"
#include "core/signing/requestsigner.h"

#include <QString>

// A request whose signature, AccessKey, timestamp, nonce and token have been accepted: what to do
// and with which business parameters (the signing parameters are removed).
struct AuthenticatedCall
{
    SignatureVersion signatureVersion = SignatureVersion::V1;
    QString accessKeyId;
    QString accountId; // the account the AccessKey belongs to (for temporary credentials: the assumer's)
    bool temporary = false; // STS credentials the emulator issued, with their token
    QString action;
    QString apiVersion;
    QString format = QStringLiteral("JSON");
    QueryParameters parameters = {};

    bool has(const QString &name) const
    {
        for (const auto &parameter : parameters) {
            if (parameter.first == name)
                return true;
        }
        return false;
    }
    // The first value of the parameter, or a null string.
    QString value(const QString &name) const
    {
        for (const auto &parameter : parameters) {
            if (parameter.first == name)
                return parameter.second;
        }
        return {};
    }
};
