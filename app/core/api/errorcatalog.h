#pragma once

#include "core/api/apiresult.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// How a failure should be handled, judged from its code alone.
enum class ErrorKind {
    RetryableNow,      // the server certainly did not act and may accept the same call soon
    TransientConflict, // the server refused for now (a conflicting task, a busy resource): retry later
    Ambiguous,         // the request was sent and may have acted: check before repeating it
    Permanent,         // repeating the same call gives the same answer: the operator must change something
};

// What an operator is told about a failure. Text is translated when explain() is called; never keep
// it across a language change.
struct ErrorExplanation
{
    QString code;
    QString explanation; // what happened, in plain words
    QString action;      // what to do about it
    QString link;        // the server's diagnosis link (Recommend), when it sent one
    bool known = false;  // false: the code is not in the catalog and the server's own words are shown
};

// Plain explanations of the VPC API's error codes (api-notes §5) and of our transport failures
// (TransportErrors::code), with their classification for retries. Source strings are English and
// translated through QCoreApplication::translate("ErrorCatalog", ...).
namespace ErrorCatalog {
// Every server code the catalog explains.
QStringList serverCodes();
// The codes of our own failures: transport errors and cancellation.
QStringList clientCodes();
bool isKnown(QStringView code);

ErrorExplanation explain(const QString &code, const QString &serverMessage = {}, const QString &recommend = {});
// Explains a finished call; for Outcome::Unknown the action says to check for the flow log first.
ErrorExplanation explain(const ApiResult &result);

ErrorKind kind(QStringView code);
bool isThrottling(QStringView code);
// The account's flow-log quota is reached (vpc_quota_flowlog_inst_nums_per_user, 10 by default):
// every later create fails the same way until flow logs are deleted or the quota is raised.
bool isQuotaReached(QStringView code);
inline constexpr char quotaReachedCode[] = "OperationFailed.ExceedPurchaseLimit";
// The quota of an account that never asked for more (the quota itself is not readable here).
inline constexpr int defaultFlowLogQuota = 10;
// Where the quota is raised, and what to say about it (the batch pauses on it), translated now.
inline constexpr char quotaCenterUrl[] = "https://quotas.console.aliyun.com/products/vpc/quotas";
ErrorExplanation quotaReached();
// The gateway's own StringToSign, quoted in a SignatureDoesNotMatch message; empty when absent.
QString serverStringToSign(const QString &message);

// A listing (DescribeVpcs, DescribeVSwitches, DescribeNetworkInterfaces, DescribeFlowLogs) refused
// with Forbidden.RAM: what the pickers and flowlog-cli say instead of the create-oriented advice.
QString listingForbiddenMessage(const QString &action);

// What an operator is told about a flow log whose delivery failed (FlowLogDeliverErrorMessage:
// ProjectNotExist, UnavaliableTarget, UnknownError, as the service spells them), translated now.
// An unknown message is shown as it is, with no advice.
struct DeliveryProblem
{
    QString what;
    QString whatToDo;
};
DeliveryProblem deliveryProblem(const QString &deliverErrorMessage);
// Why a flow log with ServiceType sls cannot be started, stopped, edited or deleted here; empty for
// any other service type (a flow log the user created).
QString readOnlyReason(const QString &serviceType);
// A status conflict that outlasted its wait (FlowLogOperation): the flow log is busy with an
// earlier change. code is the last code the service answered.
ErrorExplanation flowLogBusy(const QString &code);

// ApiResult::code of a call the user cancelled.
inline constexpr char cancelledCode[] = "Cancelled";
// ApiResult::code when the flow log a retry or --if-absent found has other settings than asked for.
inline constexpr char existingDiffersCode[] = "ExistingFlowLogDiffers";
// What that result says, translated now: the flow log found and the settings (API names) that differ.
QString existingDiffersMessage(const QString &flowLogId, const QStringList &settings);
} // namespace ErrorCatalog
