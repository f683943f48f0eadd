#include "core/api/errorcatalog.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    const char *code;
    const char *explanation;
    const char *action;
    ErrorKind kind;
};

// Source text only: translated at every lookup so a language switch takes effect at once.
constexpr Entry serverEntries[] = {
    {"MissingParameter", QT_TRANSLATE_NOOP("ErrorCatalog", "A required parameter was not sent."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Fill in every required field (region, resource, project, Logstore) "
                                          "and send again. The server's message names the missing parameter."),
        ErrorKind::Permanent},
    {"INVALID_PARAMETER", QT_TRANSLATE_NOOP("ErrorCatalog", "A parameter value is not valid."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Correct the value the server's message names and send again."),
        ErrorKind::Permanent},
    {"InvalidParameter", QT_TRANSLATE_NOOP("ErrorCatalog", "A parameter value is not valid."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Correct the value the server's message names and send again."),
        ErrorKind::Permanent},
    {"SignatureDoesNotMatch",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The server computed a different signature for this request."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the AccessKey secret. If it is right, compare the server's "
                                          "string to sign shown below with the one this request signed: a "
                                          "difference there is an encoding problem, not a wrong secret."),
        ErrorKind::Permanent},
    {"IncompleteSignature", QT_TRANSLATE_NOOP("ErrorCatalog", "The request lacked some of the signature fields."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Make sure a complete AccessKey pair is configured. If a proxy sits "
                                          "between you and the endpoint, check that it passes all headers."),
        ErrorKind::Permanent},
    {"InvalidAccessKeyId.NotFound", QT_TRANSLATE_NOOP("ErrorCatalog", "The AccessKey ID does not exist."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the AccessKey ID of the selected profile, or create a new "
                                          "AccessKey in the RAM console."),
        ErrorKind::Permanent},
    {"InvalidAccessKeyId.Inactive", QT_TRANSLATE_NOOP("ErrorCatalog", "The AccessKey is disabled."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Enable the AccessKey in the RAM console, or use another one."),
        ErrorKind::Permanent},
    {"InvalidTimeStamp.Expired",
        QT_TRANSLATE_NOOP("ErrorCatalog", "This computer's clock differs from the server's by more than 15 minutes."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Set the system clock right (enable network time synchronisation) "
                                          "and send again."),
        ErrorKind::Permanent},
    {"InvalidTimeStamp.Format", QT_TRANSLATE_NOOP("ErrorCatalog", "The request's time stamp was not understood."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the system clock and time zone settings and send again."),
        ErrorKind::Permanent},
    {"SignatureNonceUsed",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The server had already received this very request (same nonce). Every "
                                          "attempt is signed with a fresh nonce, so the request arrived twice, "
                                          "and the first copy may have been carried out."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Look for the flow log (Describe, or the console) before sending again. "
                                          "If this repeats, something between you and the endpoint replays "
                                          "requests."),
        ErrorKind::Ambiguous},
    {"InvalidSecurityToken.Expired", QT_TRANSLATE_NOOP("ErrorCatalog", "The STS security token has expired."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Obtain new STS credentials (AssumeRole) and update the profile."),
        ErrorKind::Permanent},
    {"InvalidSecurityToken.MismatchWithAccessKey",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The STS security token does not belong to this AccessKey."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Use the AccessKey ID, secret and token issued together by the same "
                                          "AssumeRole call."),
        ErrorKind::Permanent},
    {"Forbidden.RAM", QT_TRANSLATE_NOOP("ErrorCatalog", "The RAM user is not allowed to call this action."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Ask an administrator to grant vpc:CreateFlowLog (and "
                                          "vpc:DescribeFlowLogs) to this RAM user or role."),
        ErrorKind::Permanent},
    {"InvalidRegionId.NotFound", QT_TRANSLATE_NOOP("ErrorCatalog", "The region does not exist."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Choose a region from the list, or check the spelling of the region ID, such as cn-hangzhou."),
        ErrorKind::Permanent},
    {"OperationUnsupported.action",
        QT_TRANSLATE_NOOP("ErrorCatalog", "Flow logs are not supported in this region or for this account."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Choose a region that supports flow logs, or check that the flow log "
                                          "feature is activated for the account."),
        ErrorKind::Permanent},
    // The emulator's code for a refused TrafficPath: the public documents name none.
    {"OperationDenied.TrafficPathNotEnabled",
        QT_TRANSLATE_NOOP("ErrorCatalog", "Traffic paths are not enabled for this account."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Leave the traffic path at its default, or ask Alibaba Cloud by ticket "
                                          "to enable the feature."),
        ErrorKind::Permanent},
    {"ResourceNotFound.VPC",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The VPC, vSwitch or network interface does not exist in this region."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the resource ID, its type and the selected region."),
        ErrorKind::Permanent},
    {"ResourceNotFound.VSwitch",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The vSwitch is not in this account and region."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the ID and the region; pick the vSwitch from the list of the region."),
        ErrorKind::Permanent},
    {"ResourceNotFound.NetworkInterface",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The network interface is not in this account and region."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the ID and the region; pick the network interface from the list "
                                          "of the region."),
        ErrorKind::Permanent},
    {"OperationFailed.ExceedPurchaseLimit", QT_TRANSLATE_NOOP("ErrorCatalog", "The flow-log quota is reached."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Delete flow logs that are no longer needed, or request a higher "
                                          "quota in the Quota Center."),
        ErrorKind::Permanent},
    {"Throttling", QT_TRANSLATE_NOOP("ErrorCatalog", "The server is limiting the request rate."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a moment and send again; lower the rate of batch runs."),
        ErrorKind::RetryableNow},
    {"Throttling.User", QT_TRANSLATE_NOOP("ErrorCatalog", "This account sent more requests than its rate limit."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a moment and send again; lower the rate of batch runs or of "
                                          "other tools using the same account."),
        ErrorKind::RetryableNow},
    {"Throttling.Api", QT_TRANSLATE_NOOP("ErrorCatalog", "This action is being called more often than allowed."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a moment and send again; lower the rate of batch runs."),
        ErrorKind::RetryableNow},
    {"OperationConflict", QT_TRANSLATE_NOOP("ErrorCatalog", "Another operation on the same resource is in progress."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait until the other operation ends, then send again."),
        ErrorKind::TransientConflict},
    {"TaskConflict", QT_TRANSLATE_NOOP("ErrorCatalog", "A conflicting task is running on the resource."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait until the other task ends, then send again."),
        ErrorKind::TransientConflict},
    {"IncorrectStatus", QT_TRANSLATE_NOOP("ErrorCatalog", "The resource is in a state that does not allow this now."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait until the resource is available (for example, no longer being "
                                          "created or changed), then send again."),
        ErrorKind::TransientConflict},
    {"LastTokenProcessing", QT_TRANSLATE_NOOP("ErrorCatalog", "The previous request is still being processed."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a few seconds, then send again."), ErrorKind::TransientConflict},
    // The flow-log actions (start, stop, delete) refuse while an earlier one is still under way.
    {"IncorrectStatus.flowlog",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The flow log is busy with an earlier change (start, stop or delete) "
                                          "that has not finished yet."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait until its status stops changing, then try again in a minute."),
        ErrorKind::TransientConflict},
    {"InvalidStatus",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The flow log is busy with an earlier change (start, stop or delete) "
                                          "that has not finished yet."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait until its status stops changing, then try again in a minute."),
        ErrorKind::TransientConflict},
    {"OperationFailed.LastTokenProcessing",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The previous request on this flow log is still being processed."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait until its status stops changing, then try again in a minute."),
        ErrorKind::TransientConflict},
    {"InvalidFlowLogId.NotFound",
        QT_TRANSLATE_NOOP("ErrorCatalog", "The flow log does not exist in this region: it may have been deleted."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the flow log ID and the selected region, and list the region's "
                                          "flow logs to find it."),
        ErrorKind::Permanent},
    {"SystemBusy", QT_TRANSLATE_NOOP("ErrorCatalog", "The service is busy."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a few seconds, then send again."), ErrorKind::TransientConflict},
    {"InternalError", QT_TRANSLATE_NOOP("ErrorCatalog", "The server failed while handling the request."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Send again later. If it keeps failing, open a ticket quoting the "
                                          "request ID."),
        ErrorKind::RetryableNow},
    {"UnknownError", QT_TRANSLATE_NOOP("ErrorCatalog", "The server failed with an unspecified error."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Send again later. If it keeps failing, open a ticket quoting the "
                                          "request ID."),
        ErrorKind::RetryableNow},
    {"ServiceUnavailable", QT_TRANSLATE_NOOP("ErrorCatalog", "The service is temporarily unavailable."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Send again in a little while."), ErrorKind::RetryableNow},
};

constexpr Entry clientEntries[] = {
    {"ConnectionRefused", QT_TRANSLATE_NOOP("ErrorCatalog", "The endpoint refused the connection; nothing was sent."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the endpoint address and port, and that no firewall blocks it."),
        ErrorKind::RetryableNow},
    {"HostNotFound", QT_TRANSLATE_NOOP("ErrorCatalog", "The endpoint's host name could not be resolved; nothing was sent."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the endpoint address, the region and the DNS settings."),
        ErrorKind::RetryableNow},
    {"TlsFailure", QT_TRANSLATE_NOOP("ErrorCatalog", "The secure connection could not be set up; nothing was sent."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the system clock, the certificate store and any proxy that "
                                          "intercepts HTTPS."),
        ErrorKind::Permanent},
    {"ConnectTimeout", QT_TRANSLATE_NOOP("ErrorCatalog", "No connection to the endpoint could be made in time; "
                                                         "nothing was sent."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the network connection, proxy and firewall, then send again."),
        ErrorKind::RetryableNow},
    {"ReadTimeout", QT_TRANSLATE_NOOP("ErrorCatalog", "The request was sent but no answer came in time. The server "
                                                      "may have carried it out."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Before sending again, look for the flow log (Describe, or the console) "
                                          "so as not to create it twice."),
        ErrorKind::Ambiguous},
    {"ConnectionLost", QT_TRANSLATE_NOOP("ErrorCatalog", "The connection broke after the request was sent. The "
                                                         "server may have carried it out."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Before sending again, look for the flow log (Describe, or the console) "
                                          "so as not to create it twice."),
        ErrorKind::Ambiguous},
    {"ResponseTooLarge", QT_TRANSLATE_NOOP("ErrorCatalog", "The answer was larger than allowed and was not read."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check that the endpoint really is an Alibaba Cloud API endpoint; for "
                                          "long lists, ask for smaller pages."),
        ErrorKind::Permanent},
    {"MalformedResponse", QT_TRANSLATE_NOOP("ErrorCatalog", "The answer was not in a form the API uses."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the endpoint address: a proxy or captive portal may have "
                                          "answered instead of the API. The start of the answer is shown below."),
        ErrorKind::Permanent},
    {"NetworkError", QT_TRANSLATE_NOOP("ErrorCatalog", "The network request failed."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Check the network connection and the endpoint, then send again."),
        ErrorKind::Permanent},
    {ErrorCatalog::existingDiffersCode,
        QT_TRANSLATE_NOOP("ErrorCatalog", "A flow log on this resource, project and logstore exists with other "
                                          "settings; nothing was created."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Compare it with the request (flowlog-cli describe, or the console), "
                                          "then delete it or change the request and send again."),
        ErrorKind::Ambiguous},
    {ErrorCatalog::cancelledCode, QT_TRANSLATE_NOOP("ErrorCatalog", "The call was cancelled."),
        QT_TRANSLATE_NOOP("ErrorCatalog", "Send again when ready."), ErrorKind::Permanent},
};

const Entry *find(QStringView code)
{
    for (const Entry &entry : serverEntries) {
        if (code == QLatin1String(entry.code))
            return &entry;
    }
    for (const Entry &entry : clientEntries) {
        if (code == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ErrorCatalog", text);
}

ErrorExplanation unknownCode(const QString &code, const QString &serverMessage, const QString &recommend)
{
    ErrorExplanation result;
    result.code = code;
    result.link = recommend;
    result.explanation = serverMessage.isEmpty()
        ? QCoreApplication::translate("ErrorCatalog", "The server answered with error code %1.").arg(code)
        : serverMessage;
    result.action = recommend.isEmpty()
        ? QCoreApplication::translate("ErrorCatalog", "Look up the code %1 in the Alibaba Cloud error center.")
              .arg(code)
        : QCoreApplication::translate("ErrorCatalog", "See the server's diagnosis: %1").arg(recommend);
    return result;
}

} // namespace

namespace ErrorCatalog {

QStringList serverCodes()
{
    QStringList codes;
    for (const Entry &entry : serverEntries)
        codes.append(QLatin1String(entry.code));
    return codes;
}

QString listingForbiddenMessage(const QString &action)
{
    const QString service = action == QLatin1StringView("DescribeNetworkInterfaces") ? QStringLiteral("ecs")
                                                                                   : QStringLiteral("vpc");
    return QCoreApplication::translate("ErrorCatalog",
        "Not permitted to list (%1): typed IDs still work. To see the list, ask an administrator to grant "
        "%2:%1 to this RAM user or role.")
        .arg(action, service);
}

QString existingDiffersMessage(const QString &flowLogId, const QStringList &settings)
{
    return QCoreApplication::translate("ErrorCatalog",
        "The flow log %1 on this resource, project and logstore has other settings (%2): nothing was created. "
        "Delete it or change the request, then send again.")
        .arg(flowLogId, settings.join(u", "_s));
}

DeliveryProblem deliveryProblem(const QString &deliverErrorMessage)
{
    if (deliverErrorMessage == u"ProjectNotExist") {
        return {QCoreApplication::translate("ErrorCatalog", "The Log Service project is gone."),
            QCoreApplication::translate("ErrorCatalog",
                "Recreate it (same name, same region), or delete this flow log.")};
    }
    if (deliverErrorMessage == u"UnavaliableTarget") {
        return {QCoreApplication::translate("ErrorCatalog", "The logstore is unavailable."),
            QCoreApplication::translate("ErrorCatalog",
                "Check that it exists and has not been deleted in Log Service.")};
    }
    if (deliverErrorMessage == u"UnknownError") {
        return {QCoreApplication::translate("ErrorCatalog", "Delivery failed inside the service."),
            QCoreApplication::translate("ErrorCatalog", "Try again later.")};
    }
    return {deliverErrorMessage, {}};
}

QString readOnlyReason(const QString &serviceType)
{
    if (serviceType.compare(u"sls"_s, Qt::CaseInsensitive) != 0)
        return {};
    return QCoreApplication::translate("ErrorCatalog",
        "Created from Log Service; start, stop, edit and delete it in the Log Service console.");
}

ErrorExplanation flowLogBusy(const QString &code)
{
    ErrorExplanation explanation;
    explanation.code = code;
    explanation.known = true;
    explanation.explanation = QCoreApplication::translate("ErrorCatalog",
        "The flow log is busy with an earlier change (start, stop or delete) that has not finished yet.");
    explanation.action = QCoreApplication::translate("ErrorCatalog",
        "Wait until its status stops changing, then try again in a minute.");
    return explanation;
}

QStringList clientCodes()
{
    QStringList codes;
    for (const Entry &entry : clientEntries)
        codes.append(QLatin1String(entry.code));
    return codes;
}

bool isKnown(QStringView code)
{
    return find(code) != nullptr;
}

ErrorExplanation explain(const QString &code, const QString &serverMessage, const QString &recommend)
{
    const Entry *entry = find(code);
    if (!entry)
        return unknownCode(code, serverMessage, recommend);
    return {code, translated(entry->explanation), translated(entry->action), recommend, true};
}

ErrorExplanation explain(const ApiResult &result)
{
    ErrorExplanation explanation = explain(result.code, result.message, result.recommend);
    if (result.credentialsFailed) {
        // The provider's message names the profile and what to fix; the code is ours, not a server's.
        explanation.explanation = result.message;
        explanation.action = QCoreApplication::translate("ErrorCatalog",
            "Nothing was sent with these credentials. Correct the profile (Tools → Profiles, or the aliyun "
            "configuration) or choose another one, then create again.");
        explanation.link.clear();
        return explanation;
    }
    // A flow log with other settings was found: the entry's own advice says what to do with it.
    if (result.outcome == Outcome::Unknown && result.code != QLatin1StringView(existingDiffersCode)) {
        explanation.action = QCoreApplication::translate("ErrorCatalog",
            "Whether the flow log was created could not be checked. Look for it (Describe, or the console) "
            "before sending again, so as not to create it twice.");
    }
    return explanation;
}

ErrorKind kind(QStringView code)
{
    if (const Entry *entry = find(code))
        return entry->kind;
    // Products add sub-codes (Throttling.Concurrency, ...); the family decides.
    return isThrottling(code) ? ErrorKind::RetryableNow : ErrorKind::Permanent;
}

bool isQuotaReached(QStringView code)
{
    return code == QLatin1String(quotaReachedCode);
}

ErrorExplanation quotaReached()
{
    ErrorExplanation explanation = explain(QString::fromLatin1(quotaReachedCode));
    explanation.explanation = QCoreApplication::translate("ErrorCatalog",
        "The account's flow-log quota is reached (vpc_quota_flowlog_inst_nums_per_user, 10 flow logs unless it "
        "was raised): every further create would be refused the same way.");
    explanation.action = QCoreApplication::translate("ErrorCatalog",
        "Delete flow logs that are no longer needed, or raise the quota in the Quota Center (%1), then go on "
        "with the rows not created.").arg(QString::fromLatin1(quotaCenterUrl));
    return explanation;
}

bool isThrottling(QStringView code)
{
    return code == u"Throttling" || code.startsWith(u"Throttling.");
}

QString serverStringToSign(const QString &message)
{
    static constexpr QLatin1String marker("server string to sign is:");
    const qsizetype at = message.indexOf(marker, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    return message.mid(at + marker.size()).trimmed();
}

} // namespace ErrorCatalog
