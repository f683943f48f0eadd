#pragma once

#include "core/api/apiclient.h"
#include "core/config/renewingcredentialprovider.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrl>

// Credentials from a URI (a CredentialsURI profile's credentials_uri, else
// ALIBABA_CLOUD_CREDENTIALS_URI): GET it, expect {"Code":"Success","AccessKeyId","AccessKeySecret",
// "SecurityToken","Expiration"} as the aliyun CLI does; renewed before Expiration.
class CredentialsUriProvider final : public RenewingCredentialProvider
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsUriProvider)

public:
    CredentialsUriProvider(QString profile, QUrl uri, Clock clock = {});

    // https, or http:// on a loopback host only; empty when uri may be used, else a translated reason.
    static QString checkUri(const QUrl &uri);
    // The JSON the metadata service and credential URIs answer. Fails (empty code is never returned
    // on failure) with *missing naming the first key that is absent or not as expected.
    static std::optional<CredentialAnswer> parseJson(const QByteArray &body, QString *missing);

    static constexpr QLatin1StringView failedCode {"CredentialsURI.Failed"};
    static constexpr QLatin1StringView garbageCode {"CredentialsURI.Garbage"};

protected:
    void fetch(FetchDone done) override;

private:
    CredentialAnswer answerFrom(const ApiResult &result) const;

    QString m_profile;
    QUrl m_uri;
    QNetworkAccessManager m_network;
    ApiClient m_client;
};
