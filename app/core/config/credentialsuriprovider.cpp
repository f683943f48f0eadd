#include "core/config/credentialsuriprovider.h"

#include "core/config/endpoints.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

CredentialsUriProvider::CredentialsUriProvider(QString profile, QUrl uri, Clock clock)
    : RenewingCredentialProvider(std::move(clock))
    , m_profile(std::move(profile))
    , m_uri(std::move(uri))
    , m_client(&m_network)
{
    ClientSettings settings;
    settings.idleTimeoutMs = 5000;
    settings.totalTimeoutMs = 10000;
    settings.maxResponseBytes = 64 * 1024;
    m_client.setSettings(settings);
}

QString CredentialsUriProvider::checkUri(const QUrl &uri)
{
    if (!uri.isValid() || uri.host().isEmpty())
        return tr("\"%1\" is not a URL. Write it as https://host/path.").arg(uri.toDisplayString());
    if (uri.scheme() == u"https"_s)
        return {};
    if (uri.scheme() == u"http"_s && Endpoints::isLoopbackHost(uri.host()))
        return {};
    return tr("\"%1\" is not an https:// URL. Credentials travel only over HTTPS (plain http:// only to this "
              "computer, 127.0.0.1 or localhost).")
        .arg(uri.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

std::optional<CredentialAnswer> CredentialsUriProvider::parseJson(const QByteArray &body, QString *missing)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    if (!document.isObject()) {
        *missing = u"a JSON object"_s;
        return std::nullopt;
    }
    if (object.value(u"Code"_s).toString() != u"Success"_s) {
        *missing = u"\"Code\":\"Success\""_s;
        return std::nullopt;
    }
    for (const QString &key : {u"AccessKeyId"_s, u"AccessKeySecret"_s, u"SecurityToken"_s}) {
        if (object.value(key).toString().isEmpty()) {
            *missing = key;
            return std::nullopt;
        }
    }
    CredentialAnswer answer;
    answer.credentials = {object.value(u"AccessKeyId"_s).toString(), object.value(u"AccessKeySecret"_s).toString(),
        object.value(u"SecurityToken"_s).toString()};
    answer.expiration = QDateTime::fromString(object.value(u"Expiration"_s).toString(), Qt::ISODate);
    if (!answer.expiration.isValid()) {
        *missing = u"Expiration"_s;
        return std::nullopt;
    }
    return answer;
}

void CredentialsUriProvider::fetch(FetchDone done)
{
    ApiCallHandle *call = m_client.fetch({QByteArrayLiteral("GET"), m_uri, {}});
    QObject::connect(call, &ApiCallHandle::finished, context(),
        [this, done = std::move(done)](const ApiResult &result) { done(answerFrom(result)); });
}

// The URI itself may carry a token in its query: messages name the host and path only.
CredentialAnswer CredentialsUriProvider::answerFrom(const ApiResult &result) const
{
    const QString where = m_uri.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!result.ok()) {
        const QString reason = result.httpStatus > 0 ? tr("HTTP status %1").arg(result.httpStatus) : result.message;
        return CredentialAnswer::failure(failedCode,
            tr("The credentials URI %1 of profile \"%2\" did not answer with credentials (%3). Check that the "
               "service behind it runs and that credentials_uri is right.")
                .arg(where, m_profile, reason));
    }
    QString missing;
    if (const std::optional<CredentialAnswer> answer = parseJson(result.rawBody, &missing))
        return *answer;
    return CredentialAnswer::failure(garbageCode,
        tr("The credentials URI %1 of profile \"%2\" answered something that is not credentials (no %3). It must "
           "answer {\"Code\":\"Success\",\"AccessKeyId\":…,\"AccessKeySecret\":…,\"SecurityToken\":…,"
           "\"Expiration\":…}; check credentials_uri.")
            .arg(where, m_profile, missing));
}
