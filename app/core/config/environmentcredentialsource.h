#pragma once

#include "core/config/credentialsource.h"

#include <QProcessEnvironment>

// ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN / ALIBABA_CLOUD_REGION_ID.
class EnvironmentCredentialSource final : public CredentialSource
{
public:
    explicit EnvironmentCredentialSource(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    QString id() const override;
    QString displayName() const override;
    Credentials load(CredentialProblem *problem) const override;
    QString defaultRegion() const override;

private:
    QProcessEnvironment m_environment;
};
