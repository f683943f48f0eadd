#pragma once

#include "core/config/credentialsource.h"

// Credentials held in memory only: the sandbox's, a keychain-less session's, tests'.
class MemoryCredentialSource final : public CredentialSource
{
public:
    MemoryCredentialSource(QString id, QString displayName, Credentials credentials, QString region = {});
    QString id() const override { return m_id; }
    QString displayName() const override { return m_displayName; }
    Credentials load(CredentialProblem *problem) const override;
    QString defaultRegion() const override { return m_region; }

private:
    QString m_id;
    QString m_displayName;
    Credentials m_credentials;
    QString m_region;
};
