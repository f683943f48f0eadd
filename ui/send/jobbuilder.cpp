#include "ui/send/jobbuilder.h"

#include "core/config/appsettings.h"
#include "core/config/endpoints.h"
#include "ui/profiles/profilemanager.h"
#include "ui/main/sandbox.h"

JobBuilder::JobBuilder(ProfileManager *profiles, Sandbox *sandbox, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_sandbox(sandbox)
{
}

std::optional<QUrl> JobBuilder::endpoint(const QString &profileId, const QString &regionId, QString *problem,
    Endpoints::Product product) const
{
    if (profileId == Profile::sandboxId()) {
        if (m_sandbox->isRunning())
            return m_sandbox->endpoint();
        *problem = m_sandbox->errorString().isEmpty() ? tr("The local sandbox is not running.") : m_sandbox->errorString();
        return std::nullopt;
    }
    // The profile's own endpoints: an unusable one is named, never silently replaced by the default.
    const Endpoints::Overrides overrides = m_profiles->endpoints(profileId);
    const QUrl custom = overrides.forProduct(product);
    if (const auto customProblem = Endpoints::checkCustom(custom);
        !custom.isEmpty() && customProblem != Endpoints::CustomEndpointProblem::None) {
        *problem = tr("Endpoint of this profile (Tools → Profiles): %1").arg(Endpoints::problemMessage(customProblem));
        return std::nullopt;
    }
    const QString region = FlowLogRequest::normalized(regionId);
    const QUrl endpoint = Endpoints::resolve(product, region, overrides);
    if (endpoint.isEmpty()) {
        *problem = region.isEmpty() ? tr("Choose a region to see where the request goes.")
                                    : tr("No endpoint for the region “%1”.").arg(region);
        return std::nullopt;
    }
    return endpoint;
}

bool JobBuilder::hasCustomEndpoint(const QString &profileId) const
{
    return !m_profiles->endpoints(profileId).forProduct(Endpoints::Product::Vpc).isEmpty();
}

void JobBuilder::connection(const QString &profileId, const QString &regionId, QObject *context,
    ConnectionDone done) const
{
    QString problem;
    const auto vpc = endpoint(profileId, regionId, &problem, Endpoints::Product::Vpc);
    const auto ecs = vpc ? endpoint(profileId, regionId, &problem, Endpoints::Product::Ecs) : std::nullopt;
    if (!vpc || !ecs) {
        done({}, problem);
        return;
    }
    Connection connection;
    connection.profileId = profileId;
    connection.regionId = FlowLogRequest::normalized(regionId);
    connection.settings = AppSettings::load().applyTo(ClientSettings());
    connection.settings.endpoint = *vpc;
    connection.ecsEndpoint = *ecs;
    if (profileId == Profile::sandboxId()) {
        connection.credentials = Sandbox::credentials();
        done(connection, {});
        return;
    }
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    if (profile && profile->temporary) {
        QString ignored; // credentialsFor() below reports the same problem
        connection.provider = m_profiles->providerFor(profileId, &ignored);
    }
    m_profiles->credentialsFor(profileId, context,
        [connection, done](const Credentials &credentials, const QString &error) mutable {
            connection.credentials = credentials;
            done(error.isEmpty() ? connection : Connection(), error);
        });
}

void JobBuilder::build(const QString &profileId, const FlowLogRequest &request, QObject *context, Done done) const
{
    QString problem;
    const auto url = endpoint(profileId, request.regionId, &problem);
    if (!url) {
        done({}, problem);
        return;
    }
    SendJob job;
    job.request = request;
    job.profileId = profileId;
    job.settings = AppSettings::load().applyTo(ClientSettings());
    job.settings.endpoint = *url;
    if (profileId == Profile::sandboxId()) {
        job.credentials = Sandbox::credentials();
        done(job, {});
        return;
    }
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    if (profile && profile->temporary) {
        QString ignored; // credentialsFor() below reports the same problem
        job.provider = m_profiles->providerFor(profileId, &ignored);
    }
    m_profiles->credentialsFor(profileId, context,
        [job, done](const Credentials &credentials, const QString &error) mutable {
            job.credentials = credentials;
            done(error.isEmpty() ? job : SendJob(), error);
        });
}

// The sandbox's endpoint is this run's: its port changes from run to run.
void JobBuilder::resolveEarlierAttempt(const HistoryEntry &entry, QObject *context, SendController::Reply reply) const
{
    ClientSettings settings = AppSettings::load().applyTo(ClientSettings());
    if (entry.profile == Profile::sandboxId()) {
        if (!m_sandbox->ensureStarted()) {
            reply(settings, {}, m_sandbox->errorString());
            return;
        }
        settings.endpoint = m_sandbox->endpoint();
        reply(settings, Sandbox::credentials(), {});
        return;
    }
    settings.endpoint = QUrl(entry.endpoint);
    m_profiles->credentialsFor(entry.profile, context,
        [settings, reply](const Credentials &credentials, const QString &error) { reply(settings, credentials, error); });
}
