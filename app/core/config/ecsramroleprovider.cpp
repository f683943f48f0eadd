#include "core/config/ecsramroleprovider.h"

#include "core/config/credentialsuriprovider.h"
#include "core/config/endpoints.h"

using namespace Qt::StringLiterals;

namespace {

const QString credentialsPath = u"/latest/meta-data/ram/security-credentials/"_s;

bool isTrue(const QProcessEnvironment &environment, const QString &name)
{
    return environment.value(name).trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

EcsRamRoleProvider::EcsRamRoleProvider(QString profile, QString roleName, QProcessEnvironment environment,
    Clock clock)
    : RenewingCredentialProvider(std::move(clock))
    , m_profile(std::move(profile))
    , m_roleName(roleName.isEmpty() ? environment.value(u"ALIBABA_CLOUD_ECS_METADATA"_s).trimmed() : roleName)
    , m_base(baseUrl(environment))
    , m_v1Allowed(!isTrue(environment, u"ALIBABA_CLOUD_IMDSV1_DISABLED"_s))
    , m_client(&m_network)
{
    ClientSettings settings;
    settings.idleTimeoutMs = 1000;
    settings.totalTimeoutMs = 1000;
    settings.maxAttempts = 1;
    settings.maxResponseBytes = 64 * 1024;
    m_client.setSettings(settings);
}

QUrl EcsRamRoleProvider::baseUrl(const QProcessEnvironment &environment)
{
    const QUrl override(environment.value(u"FLOWLOG_ECS_METADATA_URL"_s).trimmed());
    const bool webScheme = override.scheme() == u"http"_s || override.scheme() == u"https"_s;
    if (override.isValid() && webScheme && Endpoints::isLoopbackHost(override.host())) {
        QUrl base = override;
        QString path = base.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        base.setPath(path); // the service's paths are appended to it
        return base;
    }
    // The real service is plain HTTP by design: a link-local address inside the instance.
    return QUrl(u"http://100.100.100.200"_s);
}

void EcsRamRoleProvider::fetch(FetchDone done)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + u"/latest/api/token"_s);
    const PlainRequest tokenRequest {QByteArrayLiteral("PUT"), url,
        {{QByteArrayLiteral("X-aliyun-ecs-metadata-token-ttl-seconds"), QByteArrayLiteral("21600")}}};
    ApiCallHandle *call = m_client.fetch(tokenRequest);
    QObject::connect(call, &ApiCallHandle::finished, context(),
        [this, done = std::move(done)](const ApiResult &result) {
            m_token = result.ok() ? result.rawBody.trimmed() : QByteArray();
            if (!result.ok() && !m_v1Allowed) {
                done(unreachable(result));
                return;
            }
            withRole(done);
        });
}

void EcsRamRoleProvider::get(const QString &path, QObject *context, std::function<void(const ApiResult &)> then)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    PlainRequest request {QByteArrayLiteral("GET"), url, {}};
    if (!m_token.isEmpty())
        request.headers.append({QByteArrayLiteral("x-aliyun-ecs-metadata-token"), m_token});
    ApiCallHandle *call = m_client.fetch(request);
    QObject::connect(call, &ApiCallHandle::finished, context, std::move(then));
}

void EcsRamRoleProvider::withRole(FetchDone done)
{
    if (!m_roleName.isEmpty()) {
        fetchRole(m_roleName, std::move(done));
        return;
    }
    get(credentialsPath, context(), [this, done = std::move(done)](const ApiResult &result) {
        const QString role = QString::fromUtf8(result.rawBody).trimmed();
        if (!result.ok() || role.isEmpty() || role.contains(u'/')) {
            done(result.ok() ? CredentialAnswer::failure(failedCode,
                     tr("This ECS instance has no RAM role attached. Attach one in the ECS console (Instance → "
                        "Instance settings → Attach/Detach RAM role), or name it in ram_role_name of profile "
                        "\"%1\".").arg(m_profile))
                             : unreachable(result));
            return;
        }
        fetchRole(role, done);
    });
}

void EcsRamRoleProvider::fetchRole(const QString &role, FetchDone done)
{
    get(credentialsPath + role, context(), [this, role, done = std::move(done)](const ApiResult &result) {
        if (!result.ok()) {
            done(result.httpStatus == 404 ? CredentialAnswer::failure(failedCode,
                     tr("The ECS instance has no RAM role \"%1\". Correct ram_role_name of profile \"%2\" or attach "
                        "the role to the instance.").arg(role, m_profile))
                                          : unreachable(result));
            return;
        }
        QString missing;
        const std::optional<CredentialAnswer> answer = CredentialsUriProvider::parseJson(result.rawBody, &missing);
        done(answer ? *answer : CredentialAnswer::failure(failedCode,
                 tr("The instance metadata service did not give credentials for the role \"%1\" (no %2). Try "
                    "again in a moment; if it persists, detach and attach the role again.").arg(role, missing)));
    });
}

CredentialAnswer EcsRamRoleProvider::unreachable(const ApiResult &result) const
{
    const QString reason = result.httpStatus > 0 ? tr("HTTP status %1").arg(result.httpStatus) : result.message;
    return CredentialAnswer::failure(unreachableCode,
        tr("The ECS instance metadata service (%1) cannot be reached: %2. Profile \"%3\" (EcsRamRole) works only "
           "on an ECS instance with a RAM role attached; elsewhere, choose another profile.")
            .arg(m_base.toDisplayString(), reason, m_profile));
}
