#pragma once

#include "core/config/secretstore.h"

#include <QTimer>

// A keychain that is never there, as on a machine without a secret service: every call answers
// Unavailable, on the event loop like a real keychain. Windows built with it offer the sandbox and
// the environment profiles only.
class NoSecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, QObject *context, Callback callback) override { later(context, callback); }
    void write(const QString &, const QString &, QObject *context, Callback callback) override
    {
        later(context, callback);
    }
    void remove(const QString &, QObject *context, Callback callback) override { later(context, callback); }

private:
    static void later(QObject *context, const Callback &callback)
    {
        QTimer::singleShot(0, context, [callback] { callback({SecretStore::Status::Unavailable, {}, {}}); });
    }
};
