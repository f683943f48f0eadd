#pragma once

#include <QDebug>
#include <QList>
#include <QPair>
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
    // An AccessKey ID as "LTAI****abcd": an identifier, not a secret, shortened so that the operator
    // recognises it.
    static QString abbreviatedId(const QString &accessKeyId);
    // Shows at most a quarter of the value, its first and last characters (none of a value of 8 or
    // fewer), for previews and logs.
    static QString masked(const QString &value);
    // `text` with the secret and the token replaced, as written and in the percent-encoded forms a
    // signature's string to sign and a server's answer carry (encoded once and twice): the secret by
    // "****", the token by its masked form. For every text from a server, or about a signed
    // request, before it is shown, stored or exported.
    QString scrubbed(QString text) const;
    // What scrubbed() replaces, each written form with its replacement, longest first: worked out
    // once for scrubbing many texts (every string of an answer) with scrubbedWith().
    using Replacements = QList<QPair<QString, QString>>;
    Replacements replacements() const;
    static QString scrubbedWith(QString text, const Replacements &replacements);
    // The local emulator's fixed account (sandbox-access-key-id / sandbox-access-key-secret): public,
    // and accepted by nothing but the emulator. The sandbox profile, flowlog-cli --profile sandbox
    // and the emulator's default account are this one value.
    static Credentials sandbox();

    friend bool operator==(const Credentials &, const Credentials &) = default;
};

QDebug operator<<(QDebug debug, const Credentials &credentials);
