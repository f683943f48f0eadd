#include "core/api/apiclient.h"

#include "core/api/httpconnectionpool.h"
#include "core/api/pendingapicall.h"

using namespace Qt::StringLiterals;

namespace {

const QString createFlowLogAction = u"CreateFlowLog"_s;

void appendIfSet(QueryParameters *parameters, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        parameters->append({name, value});
}

// Proxies are left to Qt's HTTP stack, which knows their protocols.
bool proxyInEnvironment(const QUrl &endpoint)
{
    const bool https = endpoint.scheme() == "https"_L1;
    const auto isSet = [](const char *name) { return !qEnvironmentVariableIsEmpty(name); };
    return isSet("all_proxy") || isSet("ALL_PROXY")
        || (https ? isSet("https_proxy") || isSet("HTTPS_PROXY") : isSet("http_proxy") || isSet("HTTP_PROXY"));
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_pool(new HttpConnectionPool(16, this))
{
    qRegisterMetaType<ApiResult>();
}

void ApiClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
}

ClientSettings ApiClient::settings() const
{
    return m_settings;
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void ApiClient::setSigner(const RequestSigner &signer)
{
    m_signer = signer;
}

SignedRequest ApiClient::preview(const FlowLogRequest &request) const
{
    const ApiCall call {createFlowLogAction, u"2016-04-28"_s, request.apiParameters()};
    return m_signer.sign(call, m_settings.endpoint, m_credentials, m_settings.signatureVersion, m_settings.method);
}

ApiCallHandle *ApiClient::createFlowLog(const FlowLogRequest &request, CreateMode mode)
{
    PendingApiCall *pending = newCall({createFlowLogAction, u"2016-04-28"_s, request.apiParameters()}, false);
    pending->setDuplicateCheck(request);
    if (mode == CreateMode::IfAbsent)
        pending->setCheckFirst();
    pending->start();
    return pending;
}

ApiCallHandle *ApiClient::describeFlowLogs(const FlowLogFilter &filter)
{
    ApiCall describe {u"DescribeFlowLogs"_s, u"2016-04-28"_s, {}};
    appendIfSet(&describe.parameters, u"RegionId"_s, filter.regionId);
    appendIfSet(&describe.parameters, u"FlowLogId"_s, filter.flowLogId);
    appendIfSet(&describe.parameters, u"FlowLogName"_s, filter.flowLogName);
    appendIfSet(&describe.parameters, u"ResourceId"_s, filter.resourceId);
    appendIfSet(&describe.parameters, u"ResourceType"_s, filter.resourceType);
    appendIfSet(&describe.parameters, u"ProjectName"_s, filter.projectName);
    appendIfSet(&describe.parameters, u"LogStoreName"_s, filter.logStoreName);
    appendIfSet(&describe.parameters, u"Status"_s, filter.status);
    describe.parameters.append({u"PageNumber"_s, QString::number(filter.pageNumber)});
    describe.parameters.append({u"PageSize"_s, QString::number(filter.pageSize)});
    return call(describe, true);
}

ApiCallHandle *ApiClient::call(const ApiCall &apiCall, bool idempotent)
{
    PendingApiCall *pending = newCall(apiCall, idempotent);
    pending->start();
    return pending;
}

PendingApiCall *ApiClient::newCall(const ApiCall &apiCall, bool idempotent)
{
    PendingApiCall::Setup setup;
    setup.network = m_network;
    if (m_settings.transport == HttpTransport::KeepAlive && !proxyInEnvironment(m_settings.endpoint))
        setup.pool = m_pool;
    setup.settings = m_settings;
    setup.credentials = m_credentials;
    setup.signer = m_signer;
    return new PendingApiCall(setup, apiCall, idempotent, this);
}
