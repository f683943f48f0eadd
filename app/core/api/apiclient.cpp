#include "core/api/apiclient.h"

#include "core/api/pendingapicall.h"
#include "core/api/ratepacer.h"
#include "core/api/systemproxyfactory.h"

#include <QNetworkAccessManager>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString createFlowLogAction = u"CreateFlowLog"_s;
const QString vpcApiVersion = u"2016-04-28"_s;

void appendIfSet(QueryParameters *parameters, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        parameters->append({name, value});
}

} // namespace

FlowLogFilter FlowLogFilter::matching(const FlowLogRequest &request)
{
    FlowLogFilter filter;
    filter.regionId = FlowLogRequest::normalized(request.regionId);
    filter.resourceId = FlowLogRequest::normalized(request.resourceId);
    filter.projectName = FlowLogRequest::normalized(request.projectName);
    filter.logStoreName = FlowLogRequest::normalized(request.logStoreName);
    filter.flowLogName = FlowLogRequest::normalized(request.flowLogName);
    return filter;
}

ApiCall FlowLogFilter::toApiCall() const
{
    ApiCall describe {u"DescribeFlowLogs"_s, vpcApiVersion, {}};
    appendIfSet(&describe.parameters, u"RegionId"_s, regionId);
    appendIfSet(&describe.parameters, u"FlowLogId"_s, flowLogId);
    appendIfSet(&describe.parameters, u"FlowLogName"_s, flowLogName);
    appendIfSet(&describe.parameters, u"Description"_s, description);
    appendIfSet(&describe.parameters, u"ResourceId"_s, resourceId);
    appendIfSet(&describe.parameters, u"ResourceType"_s, resourceType);
    appendIfSet(&describe.parameters, u"TrafficType"_s, trafficType);
    appendIfSet(&describe.parameters, u"ProjectName"_s, projectName);
    appendIfSet(&describe.parameters, u"LogStoreName"_s, logStoreName);
    appendIfSet(&describe.parameters, u"Status"_s, status);
    appendIfSet(&describe.parameters, u"VpcId"_s, vpcId);
    appendIfSet(&describe.parameters, u"ResourceGroupId"_s, resourceGroupId);
    // A tag's value may be empty: both halves are always sent.
    for (qsizetype i = 0; i < std::min<qsizetype>(tags.size(), maxTags); ++i) {
        describe.parameters.append({u"Tags.%1.Key"_s.arg(i + 1), tags.at(i).key});
        describe.parameters.append({u"Tags.%1.Value"_s.arg(i + 1), tags.at(i).value});
    }
    describe.parameters.append({u"PageNumber"_s, QString::number(pageNumber)});
    describe.parameters.append({u"PageSize"_s, QString::number(pageSize)});
    return describe;
}

ApiCall FlowLogAttributes::toApiCall(const QString &regionId, const QString &flowLogId) const
{
    ApiCall modify {u"ModifyFlowLogAttribute"_s, vpcApiVersion, {}};
    appendIfSet(&modify.parameters, u"RegionId"_s, regionId);
    appendIfSet(&modify.parameters, u"FlowLogId"_s, flowLogId);
    appendIfSet(&modify.parameters, u"FlowLogName"_s, flowLogName);
    appendIfSet(&modify.parameters, u"Description"_s, description);
    if (aggregationInterval > 0)
        modify.parameters.append({u"AggregationInterval"_s, QString::number(aggregationInterval)});
    appendIfSet(&modify.parameters, u"IpVersion"_s, ipVersion);
    return modify;
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_managers {network}
    , m_credentials(std::make_shared<StaticCredentialProvider>(Credentials {}))
{
    qRegisterMetaType<ApiResult>();
}

void ApiClient::useSystemProxies()
{
    // What setUseSystemConfiguration(true) installs, plus all_proxy, which Qt's libproxy backend
    // leaves unread. Qt owns the factory from here on.
    QNetworkProxyFactory::setApplicationProxyFactory(new SystemProxyFactory);
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
    m_credentials = std::make_shared<StaticCredentialProvider>(credentials);
}

void ApiClient::setCredentialProvider(std::shared_ptr<CredentialProvider> provider)
{
    m_credentials = provider ? std::move(provider) : std::make_shared<StaticCredentialProvider>(Credentials {});
}

void ApiClient::setSigner(const RequestSigner &signer)
{
    m_signer = signer;
}

void ApiClient::setRatePacing(std::shared_ptr<RatePacing> pacing)
{
    m_pacing = std::move(pacing);
}

SignedRequest ApiClient::preview(const FlowLogRequest &request) const
{
    const ApiCall call {createFlowLogAction, vpcApiVersion, request.apiParameters()};
    const Credentials placeholder {u"TEMPORARY-ACCESS-KEY-ID"_s, u"placeholder-secret"_s, {}};
    const Credentials credentials = m_credentials->cached().value_or(placeholder);
    return m_signer.sign(call, m_settings.endpoint, credentials, m_settings.signatureVersion, m_settings.method);
}

ApiCallHandle *ApiClient::createFlowLog(const FlowLogRequest &request, CreateMode mode)
{
    PendingApiCall *pending = newCall({createFlowLogAction, vpcApiVersion, request.apiParameters()}, false);
    pending->setDuplicateCheck(request);
    if (mode == CreateMode::IfAbsent)
        pending->setCheckFirst();
    pending->start();
    return pending;
}

ApiCallHandle *ApiClient::describeFlowLogs(const FlowLogFilter &filter)
{
    return call(filter.toApiCall(), true);
}

ApiCallHandle *ApiClient::modifyFlowLogAttribute(const QString &regionId, const QString &flowLogId,
    const FlowLogAttributes &attributes)
{
    return call(attributes.toApiCall(regionId, flowLogId), true);
}

ApiCallHandle *ApiClient::call(const ApiCall &apiCall, bool idempotent)
{
    PendingApiCall *pending = newCall(apiCall, idempotent);
    pending->start();
    return pending;
}

ApiCallHandle *ApiClient::call(const ApiCall &apiCall, bool idempotent, const QUrl &endpoint)
{
    PendingApiCall *pending = newCall(apiCall, idempotent, endpoint);
    pending->start();
    return pending;
}

ApiCallHandle *ApiClient::fetch(const PlainRequest &request)
{
    PendingApiCall *pending = newCall({}, true);
    pending->setPlainRequest(request);
    pending->start();
    return pending;
}

PendingApiCall *ApiClient::newCall(const ApiCall &apiCall, bool idempotent, const QUrl &endpoint)
{
    PendingApiCall::Setup setup;
    setup.network = leastBusyManager();
    setup.settings = m_settings;
    if (!endpoint.isEmpty())
        setup.settings.endpoint = endpoint;
    setup.credentials = m_credentials;
    setup.signer = m_signer;
    setup.pacing = m_pacing;
    auto *pending = new PendingApiCall(setup, apiCall, idempotent, this);
    QNetworkAccessManager *network = setup.network;
    ++m_callsInFlight[network];
    connect(pending, &QObject::destroyed, this, [this, network] { --m_callsInFlight[network]; });
    return pending;
}

// A manager with room for one more call, a new one when every manager has its six.
QNetworkAccessManager *ApiClient::leastBusyManager()
{
    for (QNetworkAccessManager *network : std::as_const(m_managers)) {
        if (m_callsInFlight.value(network) < callsPerManager)
            return network;
    }
    auto *extra = new QNetworkAccessManager(this);
    m_managers.append(extra);
    return extra;
}
