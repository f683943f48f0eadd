#pragma once

#include "core/api/apiclient.h"
#include "core/config/renewingcredentialprovider.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QUrl>

// Credentials of the RAM role attached to this ECS instance, from the instance metadata service as
// the official credentials library asks it: an IMDSv2 token first (PUT /latest/api/token), then,
// unless ALIBABA_CLOUD_IMDSV1_DISABLED=true, without one; the role name from the profile or
// discovered (/latest/meta-data/ram/security-credentials/). Timeouts of about a second, so that a
// computer that is not an ECS instance is told so at once.
class EcsRamRoleProvider final : public RenewingCredentialProvider
{
    Q_DECLARE_TR_FUNCTIONS(EcsRamRoleProvider)

public:
    EcsRamRoleProvider(QString profile, QString roleName, QProcessEnvironment environment, Clock clock = {});

    // http://100.100.100.200, or FLOWLOG_ECS_METADATA_URL when that names a loopback URL.
    static QUrl baseUrl(const QProcessEnvironment &environment);

    static constexpr QLatin1StringView unreachableCode {"EcsRamRole.Unreachable"};
    static constexpr QLatin1StringView failedCode {"EcsRamRole.Failed"};

protected:
    void fetch(FetchDone done) override;

private:
    void get(const QString &path, QObject *context, std::function<void(const ApiResult &)> then);
    void withRole(FetchDone done);
    void fetchRole(const QString &role, FetchDone done);
    CredentialAnswer unreachable(const ApiResult &result) const;

    QString m_profile;
    QString m_roleName;
    QUrl m_base;
    bool m_v1Allowed;
    QByteArray m_token;
    QNetworkAccessManager m_network;
    ApiClient m_client;
};
