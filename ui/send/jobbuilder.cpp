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

std::optional<QUrl> JobBuilder::endpoint(const QString &profileId, const QString &regionId, QString *problem) const
{
    if (profileId == Profile::sandboxId()) {
        if (m_sandbox->isRunning())
            return m_sandbox->endpoint();
        *problem = m_sandbox->errorString().isEmpty() ? tr("The local sandbox is not running.") : m_sandbox->errorString();
        return std::nullopt;
    }
    auto customProblem = Endpoints::CustomEndpointProblem::None;
    const auto custom = Endpoints::parseCustom(AppSettings::load().customEndpoint, &customProblem);
    if (customProblem != Endpoints::CustomEndpointProblem::None) {
        *problem = tr("Custom endpoint in the settings: %1").arg(Endpoints::problemMessage(customProblem));
        return std::nullopt;
    }
    const QString region = FlowLogRequest::normalized(regionId);
    const QUrl endpoint = Endpoints::resolve(region, custom.value_or(QUrl()));
    if (endpoint.isEmpty()) {
        *problem = region.isEmpty() ? tr("Choose a region to see where the request goes.")
                                    : tr("No endpoint for the region “%1”.").arg(region);
        return std::nullopt;
    }
    return endpoint;
}

QUrl JobBuilder::customEndpoint()
{
    return Endpoints::parseCustom(AppSettings::load().customEndpoint).value_or(QUrl());
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
