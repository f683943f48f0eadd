#pragma once

#include "apiresult.h"
#include "credentials.h"
#include "flowlogrequest.h"
#include "historyentry.h"
#include "apiclient.h"
#include "requestsigner.h"
#include "statuspoller.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class HistoryStore;
class QNetworkAccessManager;

// Everything one send needs, resolved by the window before it starts.
struct SendJob
{
    FlowLogRequest request;
    QString profileId;
    QUrl endpoint;
    Credentials credentials;
    SignatureVersion signatureVersion = SignatureVersion::V3;
};

// Runs one CreateFlowLog at a time without blocking the UI, and records it in the history: the
// row is written before the request leaves (as Unknown, which is what a crash mid-call leaves
// behind) and rewritten with the outcome when the call ends. After a success it follows the new
// flow log's status for a short while (it starts Activating) and records the last one seen.
class SendController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendController)

public:
    // history may be null or closed: then nothing is recorded and historyProblem() says so.
    explicit SendController(HistoryStore *history, QObject *parent = nullptr);
    ~SendController() override;

    bool isBusy() const { return !m_handle.isNull(); }
    // Does nothing while busy.
    void send(const SendJob &job);
    void cancel();
    // What would be sent, signed now with the job's credentials: for the preview dialog.
    SignedRequest preview(const SendJob &job) const;
    int maxAttempts() const;
    qint64 lastHistoryId() const { return m_entry.id; }

Q_SIGNALS:
    void started();
    // attempt counts from 1; waitingMs > 0 while backing off before it.
    void attemptStarted(int attempt, int maxAttempts, int waitingMs);
    void finished(const ApiResult &result);
    void historyProblem(const QString &message);
    // A created flow log's status as DescribeFlowLogs reports it ("Activating", then "Active").
    void flowLogStatusChanged(const QString &flowLogId, const QString &status);

private:
    ClientSettings settingsFor(const SendJob &job) const;
    void configure(const SendJob &job);
    void record(const SendJob &job);
    void finish(const ApiResult &result);
    void follow(const ApiResult &result);
    void describe(const HistoryEntry &entry, QObject *context, const StatusPoller::Done &done);
    void onStatusChanged(qint64 id, const QString &status);

    // What it takes to ask about a flow log this controller created, by history id.
    struct Followed
    {
        ClientSettings settings;
        Credentials credentials;
        QString flowLogId;
    };

    HistoryStore *m_history;
    QNetworkAccessManager *m_network;
    ApiClient *m_client;
    // Its own client: a new send may reconfigure m_client while a status check is pending.
    ApiClient *m_statusClient;
    StatusPoller *m_poller = nullptr;
    QHash<qint64, Followed> m_followed; // credentials kept only while their flow log activates
    QPointer<ApiCallHandle> m_handle;
    HistoryEntry m_entry;
    Credentials m_credentials; // of the send in flight
};
