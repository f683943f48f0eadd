#pragma once

#include "core/api/apiclient.h"
#include "core/config/renewingcredentialprovider.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

// What an AssumeRole call asks for (STS 2015-04-01), from a RamRoleArn or ChainableRamRoleArn profile.
struct AssumeRoleParameters
{
    Q_DECLARE_TR_FUNCTIONS(AssumeRoleParameters)

public:
    QString profile = {};     // the profile's name, for messages
    QString roleArn = {};     // acs:ram::<account id>:role/<role name>
    QString sessionName = {}; // 2-64 of [A-Za-z0-9.@_-]
    int durationSeconds = 3600; // at least 900
    QString externalId = {};
    QString policy = {};
    QUrl endpoint = {}; // https://sts.aliyuncs.com, or an http:// loopback endpoint (the emulator)

    // The STS endpoint as the aliyun CLI chooses it: sts_endpoint (a bare host means https), else
    // sts.<sts_region>.aliyuncs.com, else sts.aliyuncs.com. Empty with *problem on a bad endpoint.
    static QUrl endpointFor(const QString &stsEndpoint, const QString &stsRegion, QString *problem);
    static bool isRoleArn(const QString &arn);
    // Empty when these can be sent, else the field at fault ("ram_role_arn", ...) in *field and a
    // translated reason saying how to fix it.
    QString problem(QString *field) const;
    ApiCall toApiCall() const;
};

// Credentials of a RAM role: AssumeRole signed with the source's credentials (a profile's
// AccessKey, with its sts_token if any, or another profile's credentials for a chain), renewed
// before they expire. The call goes through ApiClient like every other API call.
class AssumeRoleProvider final : public RenewingCredentialProvider
{
    Q_DECLARE_TR_FUNCTIONS(AssumeRoleProvider)

public:
    AssumeRoleProvider(std::shared_ptr<CredentialProvider> source, AssumeRoleParameters parameters,
        Clock clock = {});
    ~AssumeRoleProvider() override;

    static constexpr QLatin1StringView refusedCode {"AssumeRole.Refused"};
    static constexpr QLatin1StringView badRoleArnCode {"AssumeRole.BadRoleArn"};
    static constexpr QLatin1StringView sourceExpiredCode {"AssumeRole.SourceTokenExpired"};
    static constexpr QLatin1StringView failedCode {"AssumeRole.Failed"};

protected:
    void fetch(FetchDone done) override;

private:
    void assumeWith(const Credentials &source, FetchDone done);
    CredentialAnswer answerFrom(const ApiResult &result) const;
    CredentialAnswer failureFrom(const ApiResult &result) const;

    std::shared_ptr<CredentialProvider> m_source;
    AssumeRoleParameters m_parameters;
    QNetworkAccessManager m_network;
    ApiClient m_client;
};
