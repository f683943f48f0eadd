#include "core/config/environmentcredentialsource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

const auto idVariable = u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s;
const auto secretVariable = u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s;
const auto tokenVariable = u"ALIBABA_CLOUD_SECURITY_TOKEN"_s;
const auto regionVariable = u"ALIBABA_CLOUD_REGION_ID"_s;

} // namespace

EnvironmentCredentialSource::EnvironmentCredentialSource(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

QString EnvironmentCredentialSource::id() const
{
    return u"env"_s;
}

QString EnvironmentCredentialSource::displayName() const
{
    return QCoreApplication::translate("EnvironmentCredentialSource", "Environment variables");
}

Credentials EnvironmentCredentialSource::load(CredentialProblem *problem) const
{
    // A variable set to an empty string counts as unset, as in the official SDKs.
    Credentials credentials{m_environment.value(idVariable).trimmed(), m_environment.value(secretVariable).trimmed(),
                            m_environment.value(tokenVariable).trimmed()};
    CredentialProblem found{CredentialProblem::None, {}, CredentialProblem::EnvironmentVariables};
    if (credentials.accessKeyId.isEmpty() && credentials.accessKeySecret.isEmpty())
        found.kind = credentials.isSts() ? CredentialProblem::Incomplete : CredentialProblem::NotConfigured;
    else if (!credentials.isComplete())
        found.kind = CredentialProblem::Incomplete;
    if (found.kind == CredentialProblem::Incomplete)
        found.detail = credentials.accessKeyId.isEmpty() ? idVariable : secretVariable;
    CredentialProblem::report(problem, found);
    return found.ok() ? credentials : Credentials{};
}

QString EnvironmentCredentialSource::defaultRegion() const
{
    return m_environment.value(regionVariable).trimmed();
}
