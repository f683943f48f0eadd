#include "cli/cliconnection.h"

#include "core/config/appsettings.h"
#include "core/config/credentialresolver.h"
#include "core/config/endpoints.h"
#include "core/config/profileendpoints.h"

using namespace Qt::StringLiterals;

bool CliConnection::setUp(const CliOptions &options, QString *error)
{
    Endpoints::CustomEndpointProblem problem = Endpoints::CustomEndpointProblem::None;
    m_customEndpoint = Endpoints::parseCustom(options.endpoint, &problem);
    if (problem != Endpoints::CustomEndpointProblem::None) {
        *error = tr("Invalid --endpoint \"%1\": %2").arg(options.endpoint, Endpoints::problemMessage(problem));
        return false;
    }
    m_settings.signatureVersion = options.signatureVersion;
    m_settings.method = options.method;
    m_settings.idleTimeoutMs = options.timeoutSeconds * 1000;
    m_settings.totalTimeoutMs = options.totalTimeoutSeconds * 1000;
    m_settings.maxAttempts = options.retries + 1;
    return true;
}

// --endpoint, else the endpoints the profile was given in the app (Tools → Profiles), else the
// region's public one: the app and the CLI send one profile to the same place.
QUrl CliConnection::endpointFor(const QString &regionId) const
{
    if (m_customEndpoint || m_profileId.isEmpty())
        return Endpoints::resolve(regionId, m_customEndpoint.value_or(QUrl()));
    return Endpoints::resolve(Endpoints::Product::Vpc, regionId, ProfileEndpoints::read(m_profileId));
}

QUrl CliConnection::endpointFor(Endpoints::Product product, const QString &regionId) const
{
    if (product == Endpoints::Product::Vpc)
        return endpointFor(regionId);
    Endpoints::Overrides overrides;
    if (m_customEndpoint && Endpoints::isLoopbackHost(m_customEndpoint->host()))
        overrides.emulator = *m_customEndpoint;
    else if (!m_customEndpoint && !m_profileId.isEmpty())
        overrides = ProfileEndpoints::read(m_profileId);
    return Endpoints::resolve(product, regionId, overrides);
}

ClientSettings CliConnection::settingsFor(const QString &regionId) const
{
    ClientSettings settings = m_settings;
    settings.endpoint = endpointFor(regionId);
    return settings;
}

QString CliConnection::aliyunConfigPath(const CliOptions &options)
{
    if (!options.configPath.isEmpty())
        return options.configPath;
    return AppSettings::load().effectiveAliyunConfigPath();
}

void CliConnection::addDefaultRegion(CliOptions &options)
{
    if (options.hasField(u"RegionId"_s))
        return;
    QString ignored;
    if (loadCredentials(options, &ignored, options.dryRun) && !m_defaultRegion.isEmpty())
        options.fields.append({u"RegionId"_s, m_defaultRegion});
}

bool CliConnection::loadCredentials(const CliOptions &options, QString *error, bool allowPlaceholder)
{
    if (m_provider)
        return true;
    const CredentialResolver resolver(QProcessEnvironment::systemEnvironment(), aliyunConfigPath(options));
    const CredentialResolution resolution = resolver.resolve(options.profile);
    m_defaultRegion = resolution.defaultRegion;
    if (resolution.ok()) {
        m_provider = resolution.provider;
        m_profileId = resolution.source ? resolution.source->id() : QString();
        return true;
    }
    if (allowPlaceholder) {
        m_provider = std::make_shared<StaticCredentialProvider>(
            Credentials {u"PLACEHOLDER-ACCESS-KEY-ID"_s, u"placeholder-secret"_s, {}});
        m_placeholder = true;
        m_placeholderReason = resolution.problem.message();
        return true;
    }
    // Finding none at all already names the three places to set them; other problems do not.
    if (resolution.problem.kind == CredentialProblem::NotConfigured) {
        *error = tr("No usable credentials: %1").arg(resolution.problem.message());
        return false;
    }
    *error = tr("No usable credentials: %1\nSet ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                "(and ALIBABA_CLOUD_SECURITY_TOKEN for STS), or pass --profile NAME, or configure the current "
                "profile of ~/.aliyun/config.json (aliyun configure).")
                 .arg(resolution.problem.message());
    return false;
}
