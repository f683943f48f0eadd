#include "core/config/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(callback), true);
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(callback), false);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(callback), false);
}

SecretStore::Status KeychainSecretStore::statusOf(int keychainError)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::Unavailable;
    default:
        return Status::Failed;
    }
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Callback callback, bool returnsSecret)
{
    // Never the plain-text QSettings fallback: a secret must not reach a file of ours.
    job->setInsecureFallback(false);
    // Owned by nobody and deleted once finished: the libsecret backend calls back into the job
    // when the secret service answers, so a job deleted earlier (with this store) would crash.
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, context,
        [callback = std::move(callback), returnsSecret](QKeychain::Job *finished) {
            Result result{statusOf(finished->error()), {}, finished->errorString()};
            if (returnsSecret && result.status == Status::Ok)
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            callback(result);
        });
    job->start();
}
