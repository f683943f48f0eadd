#pragma once

#include "core/config/endpoints.h"
#include "ui/send/sendcontroller.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class ProfileManager;
class Sandbox;

// Turns the window's choices into a SendJob: the endpoint for the profile and region (the local
// sandbox's, the custom one from the settings, or the region's own), the saved call settings and
// the profile's credentials, which may come from the OS keychain a little later.
class JobBuilder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobBuilder)

public:
    // Called once: a job, or a translated error and no job.
    using Done = std::function<void(const SendJob &job, const QString &error)>;

    // Neither is owned; both must outlive the builder.
    JobBuilder(ProfileManager *profiles, Sandbox *sandbox, QObject *parent = nullptr);

    // Where a call for this profile and region goes, or nullopt with *problem saying why.
    std::optional<QUrl> endpoint(const QString &profileId, const QString &regionId, QString *problem,
        Endpoints::Product product = Endpoints::Product::Vpc) const;
    // Whether the profile sends flow-log calls elsewhere than to each region's public endpoint.
    bool hasCustomEndpoint(const QString &profileId) const;
    // What the account views (pickers, coverage) call with: the VPC endpoint in settings, the ECS
    // one beside it, and the profile's credentials.
    struct Connection
    {
        QString profileId;
        QString regionId;
        ClientSettings settings; // endpoint: the VPC API's
        QUrl ecsEndpoint;
        Credentials credentials;
        std::shared_ptr<CredentialProvider> provider = {};
    };
    using ConnectionDone = std::function<void(const Connection &connection, const QString &error)>;
    void connection(const QString &profileId, const QString &regionId, QObject *context, ConnectionDone done) const;
    // done runs on the event loop or at once, and only while context lives.
    void build(const QString &profileId, const FlowLogRequest &request, QObject *context, Done done) const;
    // How to ask about a flow log an earlier run created (for the status poller).
    void resolveEarlierAttempt(const HistoryEntry &entry, QObject *context, SendController::Reply reply) const;

private:
    ProfileManager *m_profiles;
    Sandbox *m_sandbox;
};
