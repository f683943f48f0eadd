#pragma once

#include "core/api/apiclient.h"
#include "core/api/flowloginfo.h"
#include "core/api/ratepacer.h"
#include "core/api/retrypolicy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkReply;

// The ApiCallHandle behind every ApiClient call: sends attempts over QNetworkAccessManager, reads
// and caps answers, holds each attempt to its idle and total time budgets, applies the RetryPolicy
// and, for CreateFlowLog, the duplicate check after an ambiguous failure.
// Owned by the client; deletes itself after finished().
class PendingApiCall final : public ApiCallHandle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingApiCall)

public:
    struct Setup
    {
        QNetworkAccessManager *network = nullptr;
        ClientSettings settings = {};
        std::shared_ptr<CredentialProvider> credentials;
        RequestSigner signer;
        std::shared_ptr<RatePacing> pacing; // null: attempts are not paced
    };

    PendingApiCall(const Setup &setup, const ApiCall &call, bool idempotent, QObject *parent);
    // Destroyed with its client mid-call: the reply is aborted and deleted, finished() is not sent.
    ~PendingApiCall() override;

    // Marks this call as the creation of `request`: after an ambiguous failure DescribeFlowLogs is
    // asked for it before anything is sent again.
    void setDuplicateCheck(const FlowLogRequest &request);
    // With a duplicate check: asks DescribeFlowLogs before the first attempt too, because an
    // earlier call whose outcome is unknown may already have created the flow log.
    void setCheckFirst();
    // Sends `request` unsigned instead of the ApiCall, and keeps its answer unparsed.
    void setPlainRequest(const PlainRequest &request);
    // Begins on the next event-loop turn, so the caller can connect to the signals first.
    void start();
    void cancel() override;

private:
    enum class AbortReason { None, Cancelled, TotalTimeout, TooLarge };

    void scheduleAttempt(int delayMs);
    qint64 bookSlot();
    void onWaitEnded();
    void reportToPacer(const ApiResult &result, int retryAfterMs);
    void sendAttempt();
    void onCredentials(const CredentialAnswer &answer);
    void sendSigned(const SignedRequest &signedRequest);
    ApiResult plainResult(int httpStatus) const;
    ApiResult credentialsResult(const CredentialAnswer &answer) const;
    ApiResult tooLargeResult(int httpStatus) const;
    ApiResult unsendableResult() const;
    void onRequestSent();
    void onMetaDataChanged();
    void onReadyRead();
    void onDownloadProgress(qint64 received, qint64 total);
    void onReplyFinished();
    void abortAttempt(AbortReason reason);

    ApiResult attemptResult(QNetworkReply *reply) const;
    ApiResult transportResult(TransportError error, int httpStatus = 0) const;
    TransportError transportErrorOf(int networkError) const;
    bool mayHaveBeenSent() const;
    void handleAttemptResult(const ApiResult &result, int retryAfterMs);

    void startDuplicateCheck(const ApiResult &ambiguous);
    void onDuplicateCheckFinished(const ApiResult &check);
    ApiResult unknownResult(const QString &reason) const;
    ApiResult existingDiffersResult(const QString &flowLogId, const QStringList &differing) const;
    ApiResult mayAlreadyExist() const;

    void finishCancelled();
    void finish(ApiResult result);

    Setup m_setup;
    ApiCall m_call;
    bool m_idempotent;
    RetryPolicy m_policy;
    std::optional<FlowLogRequest> m_createRequest;
    bool m_checkFirst = false;
    std::optional<PlainRequest> m_plain;
    Credentials m_signedWith;       // the credentials of the attempt on the wire
    QList<Credentials> m_usedCredentials; // every set this call signed with, for scrubbing
    bool m_renewedCredentials = false; // sent again once after InvalidSecurityToken.Expired

    QPointer<QNetworkReply> m_reply;
    QPointer<PendingApiCall> m_check;
    QTimer m_totalTimer; // the attempt's whole-exchange budget
    QTimer m_backoffTimer; // the retry's backoff, then the wait for the pacer's slot
    std::shared_ptr<RatePacer> m_pacer; // null without pacing
    std::optional<quint64> m_slotBookedAtPause; // the pacer's pauseCount() when this attempt booked its slot
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    AbortReason m_abortReason = AbortReason::None;
    ApiResult m_ambiguous; // the failure that led to the duplicate check
    int m_attempt = 0;
    int m_throttledAnswers = 0;
    bool m_requestSent = false;     // this attempt's request was seen leaving
    bool m_sendObservable = false;  // whether Qt reports requestSent() for this attempt
    bool m_cancelledInFlight = false;
    bool m_mayHaveActed = false; // an earlier attempt may have acted and no check has ruled it out
    bool m_cancelled = false;
    bool m_finished = false;
};
