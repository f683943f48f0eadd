#include "core/api/credentialprovider.h"

#include <QPointer>

CredentialAnswer CredentialAnswer::failure(const QString &code, const QString &message)
{
    CredentialAnswer answer;
    answer.code = code;
    answer.message = message;
    return answer;
}

StaticCredentialProvider::StaticCredentialProvider(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

void StaticCredentialProvider::request(QObject *context, Callback callback)
{
    CredentialAnswer answer;
    answer.credentials = m_credentials;
    CredentialProviders::deliverLater(context, std::move(callback), std::move(answer));
}

void CredentialProviders::deliverLater(QObject *context, CredentialProvider::Callback callback,
    CredentialAnswer answer)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), answer = std::move(answer)] { callback(answer); },
        Qt::QueuedConnection);
}
