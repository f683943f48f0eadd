#pragma once

#include "emulator/authenticatedcall.h"
#include "emulator/emulatorerror.h"
#include "emulator/temporarycredentials.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

// STS (API version 2015-04-01) AssumeRole over TemporaryCredentials: checks RoleArn,
// RoleSessionName, DurationSeconds, Policy and ExternalId as the service documents them, refuses
// unknown roles (EntityNotExist.Role) and callers that may not assume (NoPermission), and hands
// out credentials that the emulator's other actions then accept.
class StsService
{
public:
    static constexpr int minimumDurationSeconds = 900;
    static constexpr int defaultDurationSeconds = 3600;

    struct Outcome
    {
        QJsonObject body = {}; // without RequestId
        std::optional<EmulatorError> error = {};
    };

    explicit StsService(TemporaryCredentials *issued);

    static QString apiVersion();
    static bool isKnownAction(const QString &action);
    // acs:ram::<accountId>:role/<roleName>
    static QString roleArn(const QString &accountId, const QString &roleName);

    // Role ARNs that exist and may be assumed; compared ignoring the case of the role name.
    void setAssumableRoles(const QStringList &roleArns) { m_assumableRoles = roleArns; }
    QStringList assumableRoles() const { return m_assumableRoles; }
    // Callers (AccessKey IDs) refused with NoPermission whatever role they ask for.
    void setDeniedCallers(const QStringList &accessKeyIds);
    // The roles' MaxSessionDuration: the largest DurationSeconds accepted (default 3600).
    void setMaxSessionDuration(int seconds) { m_maxSessionSeconds = seconds; }
    int maxSessionDuration() const { return m_maxSessionSeconds; }
    // Caps the lifetime of every credential handed out (0: no cap), so refresh tests need not wait.
    void setLifetimeCap(int seconds) { m_lifetimeCapSeconds = seconds; }
    int lifetimeCap() const { return m_lifetimeCapSeconds; }
    int cappedLifetime(int seconds) const;

    Outcome execute(const AuthenticatedCall &call, qint64 nowMs);

private:
    Outcome assumeRole(const AuthenticatedCall &call, qint64 nowMs);
    std::optional<EmulatorError> checkRole(const AuthenticatedCall &call) const;
    static std::optional<EmulatorError> checkSessionName(const AuthenticatedCall &call);
    std::optional<int> durationSeconds(const AuthenticatedCall &call, std::optional<EmulatorError> *error) const;
    static std::optional<EmulatorError> checkPolicy(const AuthenticatedCall &call);
    static std::optional<EmulatorError> checkExternalId(const AuthenticatedCall &call);
    static QJsonObject answer(const TemporaryCredentials::Issued &issued, const QString &sessionName);

    TemporaryCredentials *m_issued = nullptr;
    QStringList m_assumableRoles;
    QSet<QString> m_deniedCallers;
    int m_maxSessionSeconds = defaultDurationSeconds;
    int m_lifetimeCapSeconds = 0;
};
