#pragma once

#include "core/config/aliyuncliconfig.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

struct AssumeRoleParameters;

// The one place that turns a profile of the aliyun CLI's file into a CredentialProvider, for the
// command line and the app alike: one provider per mode (ProfileMode). check() says without
// contacting anything whether a profile can be used (mode, required fields, role ARN, endpoints,
// URIs, the environment switches that disable a mode, source_profile chains and their cycles).
class AliyunProfileProviders
{
public:
    AliyunProfileProviders(const AliyunCliConfig &config, QString path, QProcessEnvironment environment);

    CredentialProblem check(const QString &name) const;
    // Null with *problem when check() finds a problem.
    std::shared_ptr<CredentialProvider> provider(const QString &name, CredentialProblem *problem) const;

private:
    CredentialProblem check(const QString &name, const QStringList &chain) const;
    CredentialProblem checkFields(const AliyunCliProfile &profile, const QStringList &chain) const;
    CredentialProblem checkRole(const AliyunCliProfile &profile) const;
    CredentialProblem problem(CredentialProblem::Kind kind, const QString &profile, const QString &detail = {},
        const QString &hint = {}) const;
    std::shared_ptr<CredentialProvider> build(const AliyunCliProfile &profile) const;
    AssumeRoleParameters roleParameters(const AliyunCliProfile &profile, QString *endpointProblem) const;
    QString credentialsUri(const AliyunCliProfile &profile) const;
    bool isSwitchedOn(const QString &variable) const;

    const AliyunCliConfig &m_config;
    QString m_path;
    QProcessEnvironment m_environment;
};
