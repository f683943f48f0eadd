#pragma once

#include "emulator/stsservice.h"
#include "emulator/temporarycredentials.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

struct IncomingRequest;

// Stand-ins for the two unsigned sources of temporary credentials, on the emulator's port:
// the ECS instance metadata service (/latest/…: IMDSv2 session tokens, the instance's RAM role
// name, its credentials) and a credentials URI (/credentials-uri). Both hand out credentials that
// the signed actions then accept, for the sandbox account.
class MetadataService
{
public:
    // IMDS versions served: both (a token is optional), v1 only (no tokens are issued), v2 only
    // (every metadata read needs a token).
    enum class ImdsMode { Both, V1Only, V2Only };

    struct Answer
    {
        int httpStatus = 200;
        QByteArray contentType = "text/plain";
        QByteArray body = {};
    };

    static constexpr int maximumTokenTtlSeconds = 21600;
    // How long instance-role credentials live before the lifetime cap (ECS hands out fresh ones
    // well before they expire: see isFreshEnough()).
    static constexpr int instanceCredentialSeconds = 3600;

    MetadataService(StsService *sts, TemporaryCredentials *issued);

    void setAccountId(const QString &accountId) { m_accountId = accountId; }
    void setRoleName(const QString &roleName) { m_roleName = roleName; }
    QString roleName() const { return m_roleName; }
    void setImdsMode(ImdsMode mode) { m_mode = mode; }
    ImdsMode imdsMode() const { return m_mode; }

    static bool handlesPath(const QByteArray &path);
    // nullopt when the path is neither the metadata service's nor the credentials URI's.
    std::optional<Answer> answer(const IncomingRequest &request, qint64 nowMs);

private:
    Answer tokenAnswer(const IncomingRequest &request, qint64 nowMs);
    Answer metadataAnswer(const IncomingRequest &request, qint64 nowMs);
    Answer instanceCredentials(qint64 nowMs);
    Answer credentialsUri(const IncomingRequest &request, qint64 nowMs);
    bool tokenAccepted(const IncomingRequest &request, qint64 nowMs) const;
    bool isFreshEnough(const TemporaryCredentials::Issued &issued, qint64 nowMs) const;
    void forgetExpiredTokens(qint64 nowMs);

    StsService *m_sts = nullptr;
    TemporaryCredentials *m_issued = nullptr;
    QString m_accountId;
    QString m_roleName = QStringLiteral("flowlog-ecs-role");
    ImdsMode m_mode = ImdsMode::Both;
    QHash<QByteArray, qint64> m_tokens; // IMDSv2 session token -> expiry (ms)
    std::optional<TemporaryCredentials::Issued> m_instanceCredentials;
};
