#pragma once

#include "apiresult.h"
#include "credentials.h"
#include "flowlogrequest.h"
#include "historyentry.h"
#include "requestsigner.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiCallHandle;
class ApiClient;
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
// behind) and rewritten with the outcome when the call ends.
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
    SignedRequest preview(const SendJob &job);
    int maxAttempts() const;
    qint64 lastHistoryId() const { return m_entry.id; }

Q_SIGNALS:
    void started();
    // attempt counts from 1; waitingMs > 0 while backing off before it.
    void attemptStarted(int attempt, int maxAttempts, int waitingMs);
    void finished(const ApiResult &result);
    void historyProblem(const QString &message);

private:
    void configure(const SendJob &job);
    void record(const SendJob &job);
    void finish(const ApiResult &result);

    HistoryStore *m_history;
    QNetworkAccessManager *m_network;
    ApiClient *m_client;
    QPointer<ApiCallHandle> m_handle;
    HistoryEntry m_entry;
};
