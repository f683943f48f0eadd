#pragma once

#include "core/api/apiclient.h"
#include "cli/clioptions.h"
#include "core/config/endpoints.h"
#include "core/signing/credentials.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// Where and as whom flowlog-cli calls: the client settings from the connection options and the
// credentials in the CLI's order (environment, --profile, ~/.aliyun/config.json).
class CliConnection
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)

public:
    // Resolves the endpoint and settings; false with *error (translated) on a bad --endpoint.
    bool setUp(const CliOptions &options, QString *error);
    // The endpoint for a region: --endpoint when given, else the region's default. Empty when
    // the region cannot name a host.
    QUrl endpointFor(const QString &regionId) const;
    // The endpoint of a product for a region: --endpoint on a loopback host (the emulator) for
    // every product, any other --endpoint for VPC alone; else the profile's endpoints; else the
    // product's default for the region.
    QUrl endpointFor(Endpoints::Product product, const QString &regionId) const;
    // Settings for calls to a region.
    ClientSettings settingsFor(const QString &regionId) const;

    // Loads credentials once; false with *error naming the three places credentials come from. With
    // allowPlaceholder (--dry-run), missing credentials are replaced by a placeholder instead.
    bool loadCredentials(const CliOptions &options, QString *error, bool allowPlaceholder = false);
    // What the calls sign with; temporary credentials are obtained when the first call asks.
    std::shared_ptr<CredentialProvider> credentialProvider() const { return m_provider; }
    // Adds the credential source's region (a profile's region_id, else ALIBABA_CLOUD_REGION_ID) as
    // RegionId when options has none, as the aliyun CLI does. Loads the credentials for that
    // (contacting nothing); a failure is left for loadCredentials() to report.
    void addDefaultRegion(CliOptions &options);
    // --config-path, else the file the settings name, else ~/.aliyun/config.json.
    static QString aliyunConfigPath(const CliOptions &options);
    // The credential source's id, e.g. "env" or "aliyun:default", as the history records it.
    QString profileId() const { return m_profileId; }
    bool usesPlaceholder() const { return m_placeholder; }
    // Why the placeholder is used (translated), when it is.
    QString placeholderReason() const { return m_placeholderReason; }
    // The default region the credential source names (ALIBABA_CLOUD_REGION_ID, a profile's).
    QString defaultRegion() const { return m_defaultRegion; }

private:
    ClientSettings m_settings;
    std::optional<QUrl> m_customEndpoint;
    std::shared_ptr<CredentialProvider> m_provider;
    QString m_profileId;
    QString m_defaultRegion;
    QString m_placeholderReason;
    bool m_placeholder = false;
};
