#pragma once

#include "core/api/apiresult.h"
#include "core/api/credentialprovider.h"
#include "core/request/flowlogrequest.h"
#include "core/signing/credentials.h"
#include "core/signing/requestsigner.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class ApiCallHandle;
class PendingApiCall;
class RatePacing;

// How calls are made. Defaults follow the official SDKs (10 s without progress ends an attempt).
// QNetworkAccessManager has no connect timeout of its own, so there are two budgets per attempt:
// the idle timeout (no byte moved for that long) and the total one (the whole exchange, however
// slowly the bytes come).
struct ClientSettings
{
    QUrl endpoint = {}; // e.g. https://vpc.cn-hangzhou.aliyuncs.com (see Endpoints)
    SignatureVersion signatureVersion = SignatureVersion::V3;
    QByteArray method = QByteArrayLiteral("POST");
    int idleTimeoutMs = 10000;              // QNetworkRequest::setTransferTimeout
    int totalTimeoutMs = 30000;             // from sending to the last byte of the answer, per attempt
    int maxAttempts = 3;                    // attempts in all, the first included
    qint64 maxResponseBytes = 1024 * 1024;  // larger answers fail with TransportError::ResponseTooLarge
    int initialBackoffMs = 100;             // doubled per retry, with jitter; throttling starts at 500
    int maxBackoffMs = 20000;
};

// An unsigned HTTP exchange (the instance metadata service, a credentials URI), sent over the same
// transport, budgets and size cap as the API calls. Its answer is not parsed: ApiResult::rawBody.
struct PlainRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url = {};
    HeaderList headers = {};
};

// Filters of DescribeFlowLogs; empty members are not sent.
struct FlowLogFilter
{
    // The filter that finds the flow log `request` would create (the duplicate check).
    static FlowLogFilter matching(const FlowLogRequest &request);
    // The DescribeFlowLogs call with these filters: the one place its parameters are built.
    ApiCall toApiCall() const;

    QString regionId = {};
    QString flowLogId = {};
    QString flowLogName = {};
    QString description = {};
    QString resourceId = {};
    QString resourceType = {};
    QString trafficType = {}; // All, Allow, Drop
    QString projectName = {};
    QString logStoreName = {};
    QString status = {};
    QString vpcId = {}; // the VPC and every vSwitch and ENI in it (items carry no VpcId)
    QString resourceGroupId = {};
    // Tags.N.Key / Tags.N.Value (plural here, unlike CreateFlowLog's Tag.N); at most maxTags are sent.
    FlowLogTags tags = {};
    static constexpr int maxTags = 20;
    int pageNumber = 1;
    int pageSize = 50;
};

// What ModifyFlowLogAttribute changes; empty members (0 for the interval) are not sent, so the
// flow log keeps them.
struct FlowLogAttributes
{
    QString flowLogName = {};
    QString description = {};
    int aggregationInterval = 0; // minutes: 1, 5 or 10
    QString ipVersion = {};      // IPV4 or DualStack

    bool isEmpty() const
    {
        return flowLogName.isEmpty() && description.isEmpty() && aggregationInterval <= 0 && ipVersion.isEmpty();
    }
    // The ModifyFlowLogAttribute call for this flow log: the one place its parameters are built.
    ApiCall toApiCall(const QString &regionId, const QString &flowLogId) const;
};

// Sends signed API calls with QNetworkAccessManager: HTTP/1.1 only, no redirects followed, TLS
// verified against the system CAs, proxies as the system and the environment name them (the
// executables call useSystemProxies() at start). Each call returns a handle that reports progress
// and its one ApiResult, and can be cancelled. The client owns no credentials store: the caller
// passes what to sign with.
//
// Concurrency: a QNetworkAccessManager opens at most six connections per host and queues the rest
// inside, where their time budgets would already run. So the client never gives one manager more
// than six calls at once: when all are busy it creates another manager (a child of the client)
// and sends there, so that `flowlog-cli batch --concurrency 12` really has twelve calls in flight.
//
// Retries follow RetryPolicy: only what certainly did not act is retried (throttling, with
// x-acs-retry-after honoured and outside the attempt budget up to RetryPolicy::maxThrottledRetries;
// connection refused; 5xx); each attempt is signed anew. With a RatePacing every attempt first
// waits for its action's pacer (docs/rate-pacing.md). After an
// ambiguous failure of CreateFlowLog the client asks DescribeFlowLogs for a matching flow log and
// adopts it rather than create a second one; if that check fails the outcome is Unknown.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // Proxies as the system has them (SystemProxyFactory: Qt's system configuration, which on Linux
    // reads https_proxy, http_proxy and no_proxy through libproxy, plus all_proxy); loopback is
    // never proxied. Called once at the start of each executable, before the first request.
    static void useSystemProxies();

    void setSettings(const ClientSettings &settings);
    ClientSettings settings() const;
    // Fixed credentials: a StaticCredentialProvider.
    void setCredentials(const Credentials &credentials);
    // Where each attempt gets its credentials: asked before every attempt, so that temporary
    // credentials renewed while calls are in flight sign the next attempt; an
    // InvalidSecurityToken.Expired answer invalidates them and sends once more (not an attempt).
    // A provider that cannot answer ends the call as not sent (ApiResult::credentialsFailed).
    void setCredentialProvider(std::shared_ptr<CredentialProvider> provider);
    std::shared_ptr<CredentialProvider> credentialProvider() const { return m_credentials; }
    // Tests inject a fixed clock/nonce; normal use keeps the default.
    void setSigner(const RequestSigner &signer);
    // Paces every attempt with the action's pacer, which then learns from each answer: one pacing
    // for all the clients that share an account. Null (the default): attempts go at once, and a
    // throttled one waits its retry-after alone.
    void setRatePacing(std::shared_ptr<RatePacing> pacing);
    std::shared_ptr<RatePacing> ratePacing() const { return m_pacing; }

    // What would be sent for this call, signed now (for previews and --dry-run), with the
    // provider's cached credentials, or a placeholder AccessKey while temporary ones are not yet had.
    SignedRequest preview(const FlowLogRequest &request) const;

    enum class CreateMode {
        // Create: a new flow log is what was asked for.
        Always,
        // Only if no flow log with these parameters exists: DescribeFlowLogs is asked first, and a
        // single match is adopted instead of created again (several make the outcome Unknown).
        // For repeating an attempt whose outcome is unknown, or a batch after an interruption.
        IfAbsent,
    };

    // The returned handle is owned by the client and deletes itself after finished().
    ApiCallHandle *createFlowLog(const FlowLogRequest &request, CreateMode mode = CreateMode::Always);
    ApiCallHandle *describeFlowLogs(const FlowLogFilter &filter);
    // Retried like a read-only call: sending the same values again leaves the flow log as it was.
    ApiCallHandle *modifyFlowLogAttribute(const QString &regionId, const QString &flowLogId,
        const FlowLogAttributes &attributes);
    // Any other action (DeleteFlowLog, DescribeRegions, ...), retried like a read-only call when
    // idempotent is true, otherwise only when it certainly did not act.
    ApiCallHandle *call(const ApiCall &apiCall, bool idempotent);
    // The same, sent to another product's endpoint (ECS for DescribeNetworkInterfaces, …) instead
    // of ClientSettings::endpoint, with the same retries, throttling, budgets and credentials. An
    // empty endpoint means ClientSettings::endpoint.
    ApiCallHandle *call(const ApiCall &apiCall, bool idempotent, const QUrl &endpoint);
    // An unsigned request, retried as an idempotent call; Succeeded for a 2xx answer.
    ApiCallHandle *fetch(const PlainRequest &request);

    // The calls QNetworkAccessManager runs at once per host; more wait in its queue.
    static constexpr int callsPerManager = 6;
    // The given manager and those the client added for calls beyond the first six at once.
    int managerCount() const { return int(m_managers.size()); }

private:
    PendingApiCall *newCall(const ApiCall &apiCall, bool idempotent, const QUrl &endpoint = {});
    QNetworkAccessManager *leastBusyManager();

    QList<QNetworkAccessManager *> m_managers; // the given one first
    QHash<QNetworkAccessManager *, int> m_callsInFlight;
    ClientSettings m_settings;
    std::shared_ptr<CredentialProvider> m_credentials;
    RequestSigner m_signer;
    std::shared_ptr<RatePacing> m_pacing;
};

// One call in flight, possibly over several attempts.
class ApiCallHandle : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCallHandle)

public:
    using QObject::QObject;

    // Stops the call; finished() follows with Outcome::Cancelled, or Unknown when a call that is not
    // idempotent (CreateFlowLog) was on the wire or had an unresolved ambiguous attempt: it may have
    // acted. Calling it again, or after finished(), does nothing.
    virtual void cancel() = 0;

Q_SIGNALS:
    // attempt counts from 1; waitingMs > 0 while backing off before it. Emitted once per attempt,
    // when it is scheduled (so a UI can show the wait). The DescribeFlowLogs duplicate check is not
    // an attempt of its own.
    void attemptStarted(int attempt, int waitingMs);
    // A create asks DescribeFlowLogs whether an earlier attempt (or an earlier call whose outcome is
    // unknown) already created the flow log, before anything is sent again.
    void checkingForEarlierAttempt();
    // Emitted exactly once.
    void finished(const ApiResult &result);
};
