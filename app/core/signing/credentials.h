#pragma once

#include <QDebug>
#include <QString>

// An AccessKey pair, optionally with an STS token. The secret is only ever read by the signers:
// toString() and operator<< mask it, so it cannot reach a log or an error message by accident.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless these are STS credentials

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
    bool isSts() const { return !securityToken.isEmpty(); }

    // "LTAI****abcd (STS)" style; never the secret, never the token.
    QString toString() const;
    // Shows the first and last few characters only, for previews and logs.
    static QString masked(const QString &value);

    friend bool operator==(const Credentials &, const Credentials &) = default;
};

QDebug operator<<(QDebug debug, const Credentials &credentials);
