#include "core/config/assumeroleprovider.h"

#include "core/config/endpoints.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString stsApiVersion = u"2015-04-01"_s;

} // namespace

QUrl AssumeRoleParameters::endpointFor(const QString &stsEndpoint, const QString &stsRegion, QString *problem)
{
    if (!stsEndpoint.trimmed().isEmpty()) {
        QString text = stsEndpoint.trimmed();
        while (text.endsWith(u'/'))
            text.chop(1);
        Endpoints::CustomEndpointProblem found = Endpoints::CustomEndpointProblem::None;
        const std::optional<QUrl> parsed = Endpoints::parseCustom(text, &found);
        if (!parsed) {
            *problem = Endpoints::problemMessage(found);
            return {};
        }
        return *parsed;
    }
    const QUrl regional = Endpoints::defaultFor(Endpoints::Product::Sts, stsRegion.trimmed());
    if (regional.isEmpty()) {
        *problem = tr("\"%1\" is not a region ID; use one such as cn-hangzhou, or leave sts_region empty.")
                       .arg(stsRegion);
    }
    return regional;
}

bool AssumeRoleParameters::isRoleArn(const QString &arn)
{
    static const QRegularExpression shape(u"^acs:ram::[0-9]+:role/[A-Za-z0-9._@/-]+$"_s);
    return shape.match(arn).hasMatch();
}

QString AssumeRoleParameters::problem(QString *field) const
{
    static const QRegularExpression sessionShape(u"^[A-Za-z0-9.@_-]{2,64}$"_s);
    if (!isRoleArn(roleArn)) {
        *field = u"ram_role_arn"_s;
        return tr("\"%1\" is not a role ARN. It has the form acs:ram::<account ID>:role/<role name>, as the RAM "
                  "console shows it on the role's page.")
            .arg(roleArn);
    }
    if (!sessionShape.match(sessionName).hasMatch()) {
        *field = u"ram_session_name"_s;
        return tr("The session name \"%1\" must be 2 to 64 letters, digits or . @ - _.").arg(sessionName);
    }
    if (durationSeconds < 900) {
        *field = u"expired_seconds"_s;
        return tr("%1 seconds is too short: temporary credentials last at least 900 seconds.").arg(durationSeconds);
    }
    return {};
}

ApiCall AssumeRoleParameters::toApiCall() const
{
    ApiCall call {u"AssumeRole"_s, stsApiVersion, {}};
    call.parameters.append({u"RoleArn"_s, roleArn});
    call.parameters.append({u"RoleSessionName"_s, sessionName});
    call.parameters.append({u"DurationSeconds"_s, QString::number(durationSeconds)});
    if (!externalId.isEmpty())
        call.parameters.append({u"ExternalId"_s, externalId});
    if (!policy.isEmpty())
        call.parameters.append({u"Policy"_s, policy});
    return call;
}

AssumeRoleProvider::AssumeRoleProvider(std::shared_ptr<CredentialProvider> source,
    AssumeRoleParameters parameters, Clock clock)
    : RenewingCredentialProvider(std::move(clock))
    , m_source(std::move(source))
    , m_parameters(std::move(parameters))
    , m_client(&m_network)
{
    ClientSettings settings;
    settings.endpoint = m_parameters.endpoint;
    settings.signatureVersion = SignatureVersion::V1; // what the official credential libraries sign with
    settings.method = QByteArrayLiteral("POST");
    settings.idleTimeoutMs = 10000;
    settings.totalTimeoutMs = 15000;
    m_client.setSettings(settings);
}

AssumeRoleProvider::~AssumeRoleProvider() = default;

void AssumeRoleProvider::fetch(FetchDone done)
{
    m_source->request(context(), [this, done = std::move(done)](const CredentialAnswer &source) {
        if (!source.ok()) {
            done(source); // the chain's own failure says best what to fix
            return;
        }
        assumeWith(source.credentials, done);
    });
}

void AssumeRoleProvider::assumeWith(const Credentials &source, FetchDone done)
{
    m_client.setCredentials(source);
    ApiCallHandle *call = m_client.call(m_parameters.toApiCall(), true);
    QObject::connect(call, &ApiCallHandle::finished, context(),
        [this, done = std::move(done)](const ApiResult &result) { done(answerFrom(result)); });
}

CredentialAnswer AssumeRoleProvider::answerFrom(const ApiResult &result) const
{
    if (!result.ok())
        return failureFrom(result);
    const QJsonObject credentials = result.body.value(u"Credentials"_s).toObject();
    CredentialAnswer answer;
    answer.credentials = {credentials.value(u"AccessKeyId"_s).toString(),
        credentials.value(u"AccessKeySecret"_s).toString(), credentials.value(u"SecurityToken"_s).toString()};
    answer.expiration = QDateTime::fromString(credentials.value(u"Expiration"_s).toString(), Qt::ISODate);
    if (!answer.credentials.isComplete()) {
        return CredentialAnswer::failure(failedCode,
            tr("The STS endpoint %1 answered AssumeRole without credentials. Check sts_endpoint of profile \"%2\".")
                .arg(m_parameters.endpoint.toDisplayString(), m_parameters.profile));
    }
    return answer;
}

CredentialAnswer AssumeRoleProvider::failureFrom(const ApiResult &result) const
{
    const QString &code = result.code;
    if (code.startsWith(u"NoPermission"_s) || code == u"EntityNotExist.Role")
        return CredentialAnswer::failure(refusedCode,
            tr("The role %1 cannot be assumed (%2: %3). Check in the RAM console that the role exists and that its "
               "trust policy allows the account of profile \"%4\" to assume it, and that this account may call "
               "sts:AssumeRole.")
                .arg(m_parameters.roleArn, code, result.message, m_parameters.profile));
    if (code.contains(u"RoleArn"_s))
        return CredentialAnswer::failure(badRoleArnCode,
            tr("STS rejects the role ARN %1 (%2). Correct ram_role_arn of profile \"%3\": it has the form "
               "acs:ram::<account ID>:role/<role name>.")
                .arg(m_parameters.roleArn, code, m_parameters.profile));
    if (code == u"InvalidSecurityToken.Expired")
        return CredentialAnswer::failure(sourceExpiredCode,
            tr("The STS token that profile \"%1\" assumes its role with has expired. Get a new token and update "
               "the source profile (sts_token), or use an AccessKey that does not expire.")
                .arg(m_parameters.profile));
    return CredentialAnswer::failure(failedCode,
        tr("Assuming the role %1 for profile \"%2\" failed at %3: %4 %5")
            .arg(m_parameters.roleArn, m_parameters.profile, m_parameters.endpoint.toDisplayString(), code,
                result.message).trimmed());
}
