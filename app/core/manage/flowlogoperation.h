#pragma once

#include "core/api/apiclient.h"
#include "core/api/apiresult.h"
#include "core/api/flowlogaction.h"
#include "core/api/flowloginfo.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

// What Modify changes on an existing flow log. Empty members are left as they are.
struct FlowLogChange
{
    FlowLogAttributes attributes = {}; // ModifyFlowLogAttribute (name, description, interval, IP version)
    FlowLogTags addTags = {};          // TagResources, ResourceType FLOWLOG
    QStringList removeTagKeys = {};    // UntagResources, ResourceType FLOWLOG
    QString resourceGroupId = {};      // MoveResourceGroup, ResourceType FLOWLOG

    bool isEmpty() const;
};

// One action on one existing flow log: Start, Stop, Modify or Delete (Create has its own path:
// ApiClient::createFlowLog and the StatusPoller).
struct FlowLogOperationRequest
{
    FlowLogAction action = FlowLogAction::Start;
    QString regionId;
    QString flowLogId;
    FlowLogChange change = {}; // Modify only
    // Follow the flow log through Activating / Deactivating / Deleting until it rests.
    bool wait = true;
};

struct FlowLogOperationResult
{
    // Succeeded: done (and, when waited for, at rest in the target state; for Delete, gone).
    // Failed: the service refused (code and message in call), or the flow log is not there
    // (InvalidFlowLogId.NotFound) for anything but Delete. Unknown: the action may or may not have
    // happened, or it was sent but the flow log did not settle before the wait ended.
    // Cancelled: stopped before anything was sent.
    Outcome outcome = Outcome::Unknown;
    // The last call of the action itself (request ID, HTTP status, code, message, attempts,
    // elapsed); for a flow log already in the target state, the status check's.
    ApiResult call;
    bool alreadyDone = false;   // nothing was sent: the flow log was already there (or gone)
    bool timedOut = false;      // sent, but the wait ended before the flow log rested
    int conflictRetries = 0;    // status conflicts (IncorrectStatus…, TaskConflict, …) waited out
    QString status;             // the last status seen; empty for a deleted flow log
    std::optional<FlowLogInfo> flowLog; // as last listed, when it was
    qint64 elapsedMs = 0;       // the whole operation, waiting included
};

// Runs one FlowLogOperationRequest over an ApiClient.
//
// - The action is sent; a status conflict (isStatusConflict()) means the flow log is busy with an
//   earlier change: it is sent again after a backoff (2 s, doubling, at most 10 s, for at most
//   conflictBudget()), as Terraform does, and explained if it persists.
// - After an ambiguous failure (the call may have acted: Outcome::Unknown), the flow log's status
//   is read first (DescribeFlowLogs with FlowLogId): Start, Stop and Modify are sent again only if
//   it is not already in, or moving to, the target state (Modify: if the attributes differ);
//   for Delete, a flow log that is gone counts as done.
// - With wait, DescribeFlowLogs is asked every pollInterval() (1 s, growing by half up to 5 s)
//   until the status rests or waitTimeout() (5 minutes) passes.
// Emits finished() exactly once, also after cancel(); deletes nothing it was not given.
class FlowLogOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogOperation)

public:
    FlowLogOperation(ApiClient *client, const FlowLogOperationRequest &request, QObject *parent = nullptr);
    ~FlowLogOperation() override;

    // The codes that mean "the flow log is busy with another change": IncorrectStatus.flowlog,
    // IncorrectStatus, InvalidStatus, TaskConflict, LastTokenProcessing,
    // OperationFailed.LastTokenProcessing, OperationConflict.
    static bool isStatusConflict(const QString &code);
    // Delete: the codes that mean the flow log is already gone (InvalidFlowLogId.NotFound and
    // what Terraform treats as gone).
    static bool meansGone(const QString &code);

    void setWaitTimeout(int milliseconds);
    int waitTimeout() const;
    void setPollInterval(int initialMilliseconds, int maxMilliseconds);
    void setConflictBudget(int milliseconds); // default 60 s
    int conflictBudget() const;
    // The wait before sending again after a status conflict: initial, doubling up to max (2 s, 10 s).
    void setConflictBackoff(int initialMilliseconds, int maxMilliseconds);

    const FlowLogOperationRequest &request() const { return m_request; }

    // Begins on the next event-loop turn.
    void start();
    // Stops what is under way; finished() follows: Cancelled if nothing was sent, else Unknown
    // (the action may have been carried out).
    void cancel();

Q_SIGNALS:
    // The action is being sent (attempt counts from 1, waitingMs > 0 while backing off).
    void sending(int attempt, int waitingMs);
    // A status conflict is waited out before the next send.
    void conflictWaiting(const QString &code, int waitMs);
    // After an ambiguous failure, the status is being read before anything is sent again.
    void checkingStatus();
    // A status seen while following the flow log (or "" once a deleted one is gone).
    void statusSeen(const QString &status);
    void finished(const FlowLogOperationResult &result);

private:
    enum class Phase {
        Idle,
        Sending,
        BackingOff,
        CheckingAfterUnknown,
        CheckingAfterConflict,
        CheckingExists,
        Waiting,
        Done,
    };

    // One call that carries out (part of) the action: Modify may need several.
    struct Step
    {
        ApiCall call;
        enum class Kind { Action, Attributes, AddTags, RemoveTags, ResourceGroup } kind = Kind::Action;
    };

    void begin();
    void scheduleSend(int delayMs);
    void send();
    void onStepFinished(const ApiResult &result);
    void stepDone();
    void startWaiting();
    void poll();
    void describe(Phase phase);
    void onDescribed(const ApiResult &result);
    void afterUnknownCheck(const ApiResult &check, const std::optional<FlowLogInfo> &info);
    void afterConflictCheck(const ApiResult &check, const std::optional<FlowLogInfo> &info);
    void afterExistsCheck(const ApiResult &check, const std::optional<FlowLogInfo> &info);
    void afterPoll(const ApiResult &check, const std::optional<FlowLogInfo> &info);
    bool stepInEffect(const Step &step, const std::optional<FlowLogInfo> &info) const;
    bool atRest(const std::optional<FlowLogInfo> &info) const;
    void see(const std::optional<FlowLogInfo> &info);
    ApiResult notFoundResult(const ApiResult &check) const;
    ApiResult cancelledResult() const;
    void finish(Outcome outcome, const ApiResult &call);
    QList<Step> stepsFor() const;

    ApiClient *m_client;
    FlowLogOperationRequest m_request;
    QList<Step> m_steps;
    qsizetype m_stepIndex = 0;
    Phase m_phase = Phase::Idle;
    QPointer<ApiCallHandle> m_handle;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_conflictClock; // since the first conflict of the step being sent
    QDeadlineTimer m_waitDeadline;
    FlowLogOperationResult m_result;
    ApiResult m_lastCall;      // the last call of the action itself
    ApiResult m_lastConflict;  // the conflict being waited out
    int m_waitTimeoutMs = 5 * 60 * 1000;
    int m_pollInitialMs = 1000;
    int m_pollMaxMs = 5000;
    int m_pollNextMs = 1000;
    int m_conflictBudgetMs = 60 * 1000;
    int m_conflictInitialMs = 2000;
    int m_conflictMaxMs = 10000;
    int m_conflictNextMs = 2000;
    int m_attempt = 0;           // sends of the action's calls, from 1
    int m_unknownChecks = 0;     // status reads after ambiguous failures of the step being sent
    bool m_mayHaveActed = false; // a call of the action succeeded or may have
    bool m_cancelling = false;
    bool m_started = false;
    bool m_statusSeen = false;   // statusSeen() was emitted at least once
};

Q_DECLARE_METATYPE(FlowLogOperationResult)
