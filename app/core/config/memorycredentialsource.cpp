#include "core/config/memorycredentialsource.h"

MemoryCredentialSource::MemoryCredentialSource(QString id, QString displayName, Credentials credentials,
                                               QString region)
    : m_id(std::move(id))
    , m_displayName(std::move(displayName))
    , m_credentials(std::move(credentials))
    , m_region(std::move(region))
{
}

Credentials MemoryCredentialSource::load(CredentialProblem *problem) const
{
    CredentialProblem found;
    if (m_credentials.accessKeyId.isEmpty() && m_credentials.accessKeySecret.isEmpty())
        found.kind = CredentialProblem::NotConfigured;
    else if (!m_credentials.isComplete())
        found.kind = CredentialProblem::Incomplete;
    CredentialProblem::report(problem, found);
    return found.ok() ? m_credentials : Credentials{};
}
