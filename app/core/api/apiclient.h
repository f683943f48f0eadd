#pragma once

#include "core/api/apiresult.h"
#include "core/signing/credentials.h"
#include "core/request/flowlogrequest.h"
#include "core/signing/requestsigner.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class ApiCallHandle;
class HttpConnectionPool;
class PendingApiCall;

// What carries the HTTP requests.
enum class HttpTransport {
    QtNetwork, // the QNetworkAccessManager given to the client
    // The client's own keep-alive HTTP/1.1 connections: far less CPU per call, and it knows exactly
    // whether a request left in full, so fewer failures count as "may have acted". Falls back to
    // QtNetwork when a proxy is set in the environment (http_proxy, https_proxy, all_proxy).
    KeepAlive,
};

// How calls are made. Defaults follow the official SDKs.
struct ClientSettings
{
    QUrl endpoint = {}; // e.g. https://vpc.cn-hangzhou.aliyuncs.com (see Endpoints)
    SignatureVersion signatureVersion = SignatureVersion::V3;
    QByteArray method = QByteArrayLiteral("POST");
    int connectTimeoutMs = 5000;
    int readTimeoutMs = 10000;
    int maxAttempts = 3;                    // attempts in all, the first included
    qint64 maxResponseBytes = 1024 * 1024;  // larger answers fail with TransportError::ResponseTooLarge
    int initialBackoffMs = 100;             // doubled per retry, with jitter; throttling starts at 500
    int maxBackoffMs = 20000;
    HttpTransport transport = HttpTransport::QtNetwork;
};

// Filters of DescribeFlowLogs; empty members are not sent.
struct FlowLogFilter
{
    QString regionId = {};
    QString flowLogId = {};
    QString flowLogName = {};
    QString resourceId = {};
    QString resourceType = {};
    QString projectName = {};
    QString logStoreName = {};
    QString status = {};
    int pageNumber = 1;
    int pageSize = 50;
};

// Sends signed API calls with QNetworkAccessManager or over its own keep-alive connections
// (ClientSettings::transport). Each call returns a handle that reports
// progress and its one ApiResult, and can be cancelled. The client owns no credentials store: the
// caller passes what to sign with.
//
// Retries follow RetryPolicy: only what certainly did not act is retried (throttling, with
// x-acs-retry-after honoured; connection refused; 5xx); each attempt is signed anew. After an
// ambiguous failure of CreateFlowLog the client asks DescribeFlowLogs for a matching flow log and
// adopts it rather than create a second one; if that check fails the outcome is Unknown.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setSettings(const ClientSettings &settings);
    ClientSettings settings() const;
    void setCredentials(const Credentials &credentials);
    // Tests inject a fixed clock/nonce; normal use keeps the default.
    void setSigner(const RequestSigner &signer);

    // What would be sent for this call, signed now (for previews and --dry-run).
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
    // Any other action (DeleteFlowLog, DescribeRegions, ...), retried like a read-only call when
    // idempotent is true, otherwise only when it certainly did not act.
    ApiCallHandle *call(const ApiCall &apiCall, bool idempotent);

private:
    PendingApiCall *newCall(const ApiCall &apiCall, bool idempotent);

    QNetworkAccessManager *m_network;
    HttpConnectionPool *m_pool;
    ClientSettings m_settings;
    Credentials m_credentials;
    RequestSigner m_signer;
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
    // Emitted exactly once.
    void finished(const ApiResult &result);
};
