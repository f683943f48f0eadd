#include "emulator/stsservice.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString assumeRoleAction = u"AssumeRole"_s;
constexpr int maximumPolicyLength = 2048;

const QRegularExpression &roleArnPattern()
{
    static const QRegularExpression pattern(u"^acs:ram::(\\d+):role/([A-Za-z0-9._@-]{1,64})$"_s);
    return pattern;
}

StsService::Outcome failure(const EmulatorError &error)
{
    return {{}, error};
}

EmulatorError invalid(const QString &code, const QString &message)
{
    return {400, code, message};
}

// A stable numeric role id (17 digits, as RAM's), derived from the ARN.
QString roleIdOf(const QString &roleArn)
{
    const QByteArray hash = QCryptographicHash::hash(roleArn.toLower().toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(hash.at(i));
    return QString::number(10000000000000000ULL + value % 90000000000000000ULL);
}

} // namespace

StsService::StsService(TemporaryCredentials *issued)
    : m_issued(issued)
{
}

QString StsService::apiVersion()
{
    return u"2015-04-01"_s;
}

bool StsService::isKnownAction(const QString &action)
{
    return action == assumeRoleAction;
}

QString StsService::roleArn(const QString &accountId, const QString &roleName)
{
    return u"acs:ram::%1:role/%2"_s.arg(accountId, roleName);
}

void StsService::setDeniedCallers(const QStringList &accessKeyIds)
{
    m_deniedCallers = QSet<QString>(accessKeyIds.cbegin(), accessKeyIds.cend());
}

int StsService::cappedLifetime(int seconds) const
{
    return m_lifetimeCapSeconds > 0 ? qMin(seconds, m_lifetimeCapSeconds) : seconds;
}

StsService::Outcome StsService::execute(const AuthenticatedCall &call, qint64 nowMs)
{
    if (call.action == assumeRoleAction)
        return assumeRole(call, nowMs);
    return failure({404, u"InvalidAction.NotFound"_s, u"Specified api is not found, please check your url and method."_s});
}

// The parameters in the order a caller fixes them: the role first, then how long and how narrow.
StsService::Outcome StsService::assumeRole(const AuthenticatedCall &call, qint64 nowMs)
{
    if (auto error = checkRole(call))
        return failure(*error);
    if (auto error = checkSessionName(call))
        return failure(*error);
    std::optional<EmulatorError> error;
    const std::optional<int> duration = durationSeconds(call, &error);
    if (!duration)
        return failure(*error);
    if (auto policyError = checkPolicy(call))
        return failure(*policyError);
    if (auto externalIdError = checkExternalId(call))
        return failure(*externalIdError);
    if (m_deniedCallers.contains(call.accessKeyId)) {
        return failure({403, u"NoPermission"_s,
            u"You are not authorized to do this action. You should be authorized by RAM."_s});
    }
    const QRegularExpressionMatch arn = roleArnPattern().match(call.value(u"RoleArn"_s));
    const QString canonicalArn = roleArn(arn.captured(1), arn.captured(2));
    const TemporaryCredentials::Issued issued
        = m_issued->issue(call.accountId, canonicalArn, cappedLifetime(*duration), nowMs);
    return {answer(issued, call.value(u"RoleSessionName"_s)), std::nullopt};
}

std::optional<EmulatorError> StsService::checkRole(const AuthenticatedCall &call) const
{
    if (!call.has(u"RoleArn"_s))
        return invalid(u"MissingParameter.RoleArn"_s, u"Parameter RoleArn is required."_s);
    const QString wanted = call.value(u"RoleArn"_s);
    const QRegularExpressionMatch match = roleArnPattern().match(wanted);
    if (!match.hasMatch())
        return invalid(u"InvalidParameter.RoleArn"_s, u"The parameter RoleArn is wrongly formed."_s);
    const QString normalised = roleArn(match.captured(1), match.captured(2).toLower());
    for (const QString &role : m_assumableRoles) {
        if (role.compare(normalised, Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    return EmulatorError {404, u"EntityNotExist.Role"_s, u"The specified Role not exists."_s};
}

std::optional<EmulatorError> StsService::checkSessionName(const AuthenticatedCall &call)
{
    if (!call.has(u"RoleSessionName"_s))
        return invalid(u"MissingParameter.RoleSessionName"_s, u"Parameter RoleSessionName is required."_s);
    static const QRegularExpression pattern(u"^[A-Za-z0-9.@_-]{2,64}$"_s);
    if (!pattern.match(call.value(u"RoleSessionName"_s)).hasMatch())
        return invalid(u"InvalidParameter.RoleSessionName"_s, u"The parameter RoleSessionName is wrongly formed."_s);
    return std::nullopt;
}

std::optional<int> StsService::durationSeconds(const AuthenticatedCall &call, std::optional<EmulatorError> *error) const
{
    if (!call.has(u"DurationSeconds"_s))
        return qMin(defaultDurationSeconds, m_maxSessionSeconds);
    static const QRegularExpression digits(u"^\\d{1,9}$"_s);
    const QString text = call.value(u"DurationSeconds"_s);
    const int seconds = text.toInt();
    if (digits.match(text).hasMatch() && seconds >= minimumDurationSeconds && seconds <= m_maxSessionSeconds)
        return seconds;
    *error = invalid(u"InvalidParameter.DurationSeconds"_s,
        u"The Min/Max value of DurationSeconds is %1s/%2s."_s.arg(minimumDurationSeconds).arg(m_maxSessionSeconds));
    return std::nullopt;
}

// Only the outline of a policy document is checked: a JSON object with Version and Statement.
std::optional<EmulatorError> StsService::checkPolicy(const AuthenticatedCall &call)
{
    if (!call.has(u"Policy"_s))
        return std::nullopt;
    const QString policy = call.value(u"Policy"_s);
    if (policy.size() > maximumPolicyLength) {
        return invalid(u"InvalidParameter.PolicySize"_s,
            u"The size of Policy must be smaller than %1 bytes."_s.arg(maximumPolicyLength));
    }
    const QJsonObject document = QJsonDocument::fromJson(policy.toUtf8()).object();
    if (!document.contains(u"Version"_s) || !document.value(u"Statement"_s).isArray())
        return invalid(u"InvalidParameter.PolicyGrammar"_s, u"The parameter Policy has not passed grammar check."_s);
    return std::nullopt;
}

std::optional<EmulatorError> StsService::checkExternalId(const AuthenticatedCall &call)
{
    if (!call.has(u"ExternalId"_s))
        return std::nullopt;
    static const QRegularExpression pattern(u"^[\\w+=,.@:/-]{2,1224}$"_s);
    if (!pattern.match(call.value(u"ExternalId"_s)).hasMatch())
        return invalid(u"InvalidParameter.ExternalId"_s, u"The parameter ExternalId is wrongly formed."_s);
    return std::nullopt;
}

QJsonObject StsService::answer(const TemporaryCredentials::Issued &issued, const QString &sessionName)
{
    const QRegularExpressionMatch arn = roleArnPattern().match(issued.roleArn);
    return {
        {u"AssumedRoleUser"_s,
            QJsonObject {
                {u"Arn"_s, u"acs:ram::%1:assumed-role/%2/%3"_s.arg(arn.captured(1), arn.captured(2), sessionName)},
                {u"AssumedRoleId"_s, QString(roleIdOf(issued.roleArn) + u':' + sessionName)},
            }},
        {u"Credentials"_s,
            QJsonObject {
                {u"AccessKeyId"_s, issued.credentials.accessKeyId},
                {u"AccessKeySecret"_s, issued.credentials.accessKeySecret},
                {u"SecurityToken"_s, issued.credentials.securityToken},
                {u"Expiration"_s, TemporaryCredentials::utcText(issued.expiresAtMs)},
            }},
    };
}
