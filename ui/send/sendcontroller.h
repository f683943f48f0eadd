#pragma once

#include "core/api/apiclient.h"
#include "core/api/apiresult.h"
#include "core/signing/credentials.h"
#include "core/request/flowlogrequest.h"
#include "core/history/attemptresolver.h"
#include "core/history/historyentry.h"
#include "core/history/statuspoller.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class HistoryStore;
class QNetworkAccessManager;

// Everything one send needs, resolved by the window before it starts.
struct SendJob
{
    FlowLogRequest request;
    QString profileId;
    ClientSettings settings; // endpoint, signature version, timeouts, attempts
    Credentials credentials;
    // For temporary credentials: the profile's provider, which renews them for a retry and answers
    // InvalidSecurityToken.Expired by renewing and sending once more. Null: `credentials` sign.
    std::shared_ptr<CredentialProvider> provider = {};
    // IfAbsent when repeating an attempt that may have acted: the flow log is looked for first.
    ApiClient::CreateMode mode = ApiClient::CreateMode::Always;
    // The history row of the unknown attempt this one repeats (with IfAbsent): what the send finds
    // out settles it too (AttemptResolver::settleByRetry). 0 for none.
    qint64 settles = 0;
};

// Runs one CreateFlowLog at a time without blocking the UI, and records it in the history: the
// row is written before the request leaves (as Unknown, which is what a crash mid-call leaves
// behind) and rewritten with the outcome when the call ends. After a success it follows the new
// flow log's status (it starts Activating) through a StatusPoller, which the history view shares.
class SendController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendController)

public:
    // How to ask about a flow log created in an earlier run: the settings (endpoint included) and
    // credentials of its profile, or a translated error. Called on the event loop; reply once.
    using Reply = std::function<void(const ClientSettings &settings, const Credentials &credentials,
        const QString &error)>;
    using Resolver = std::function<void(const HistoryEntry &entry, QObject *context, Reply reply)>;

    // history may be null or closed: then nothing is recorded and historyProblem() says so.
    explicit SendController(HistoryStore *history, QObject *parent = nullptr);
    ~SendController() override;

    bool isBusy() const { return !m_handle.isNull(); }
    // Does nothing while busy.
    void send(const SendJob &job);
    void cancel();
    // What would be sent, signed now with the job's credentials: for the preview dialog.
    SignedRequest preview(const SendJob &job) const;
    int maxAttempts() const { return m_client->settings().maxAttempts; }
    qint64 lastHistoryId() const { return m_entry.id; }
    // Null without a history.
    StatusPoller *statusPoller() const { return m_poller; }
    // Settles unknown outcomes, asking as the status checks do. Null without a history.
    AttemptResolver *attemptResolver() const { return m_attempts; }
    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }

Q_SIGNALS:
    void started();
    // attempt counts from 1; waitingMs > 0 while backing off before it.
    void attemptStarted(int attempt, int maxAttempts, int waitingMs);
    // Before sending again, DescribeFlowLogs is asked whether an earlier attempt created it.
    void checkingForEarlierAttempt();
    void finished(const ApiResult &result);
    void historyProblem(const QString &message);
    // A created flow log's status as DescribeFlowLogs reports it ("Activating", then "Active").
    void flowLogStatusChanged(const QString &flowLogId, const QString &status);

private:
    // What it takes to ask about a flow log, by history id.
    struct Followed
    {
        ClientSettings settings;
        Credentials credentials;
    };

    void createPoller();
    void record(const SendJob &job);
    void finish(const ApiResult &result);
    void follow(const ApiResult &result);
    void describe(const HistoryEntry &entry, const FlowLogFilter &filter, QObject *context,
        const StatusPoller::Done &done);
    void ask(const FlowLogFilter &filter, const Followed &followed, QObject *context, const StatusPoller::Done &done);
    void onStatusChanged(qint64 id, const QString &status);

    HistoryStore *m_history;
    QNetworkAccessManager *m_network;
    ApiClient *m_client;
    // Its own client: a new send may reconfigure m_client while a status check is pending.
    ApiClient *m_statusClient;
    StatusPoller *m_poller = nullptr;
    AttemptResolver *m_attempts = nullptr;
    Resolver m_resolver;
    QHash<qint64, Followed> m_followed; // credentials kept only while their flow log activates
    QPointer<ApiCallHandle> m_handle;
    bool m_destroying = false;
    SendJob m_job;
    HistoryEntry m_entry;
};
