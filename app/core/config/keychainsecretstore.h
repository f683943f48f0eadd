#pragma once

#include "core/config/secretstore.h"

namespace QKeychain {
class Job;
}

// Secrets in the operating system's keychain through QtKeychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows), under one service name. Every call is an
// asynchronous job; nothing blocks the UI. The insecure plain-file fallback of QtKeychain stays off:
// where no keychain exists the result is Status::Unavailable and the caller decides.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    // How a finished job's error maps onto a Status.
    static Status statusOf(int keychainError);

private:
    void run(QKeychain::Job *job, QObject *context, Callback callback, bool returnsSecret);

    QString m_service;
};
