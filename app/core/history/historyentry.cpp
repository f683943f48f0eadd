#include "core/history/historyentry.h"

#include "core/api/errorcatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// The history keeps what is needed to understand a failure, not arbitrarily large answers.
constexpr qsizetype ResponseTextCap = 64 * 1024;

// An answer with an HTTP status and a code that is not ours carries the server's own message.
bool isServerMessage(const ApiResult &result)
{
    return !result.message.isEmpty() && result.httpStatus != 0 && result.transportError == TransportError::None
        && !ErrorCatalog::clientCodes().contains(result.code);
}
} // namespace

HistoryEntry HistoryEntry::pending(const FlowLogRequest &request, const QString &source,
    const QString &profile, const QString &endpoint, SignatureVersion signatureVersion)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = profile;
    entry.endpoint = endpoint;
    entry.signatureVersion = SignatureVersions::name(signatureVersion);
    entry.source = source;
    entry.request = request;
    entry.outcome = Outcome::Unknown;
    return entry;
}

void HistoryEntry::applyResult(const ApiResult &result)
{
    outcome = result.outcome;
    flowLogId = result.flowLogId;
    requestId = result.requestId;
    httpStatus = result.httpStatus;
    errorCode = result.code;
    errorMessage = isServerMessage(result) ? result.message : QString();
    // Kept language-independent ("fl-…: AggregationInterval, Tag") and worded when shown.
    if (!result.differingSettings.isEmpty())
        errorMessage = result.existingFlowLogId + u": "_s + result.differingSettings.join(u", "_s);
    attempts = result.attempts;
    durationMs = result.elapsedMs;
    if (!result.body.isEmpty())
        responseText = QString::fromUtf8(QJsonDocument(result.body).toJson(QJsonDocument::Compact)).left(ResponseTextCap);
}

QString HistoryEntry::messageText(const QString &code, const QString &storedMessage)
{
    if (code == QLatin1StringView(ErrorCatalog::existingDiffersCode) && storedMessage.contains(u": "_s)) {
        return ErrorCatalog::existingDiffersMessage(storedMessage.section(u": "_s, 0, 0),
            storedMessage.section(u": "_s, 1).split(u", "_s));
    }
    if (!storedMessage.isEmpty() || code.isEmpty())
        return storedMessage;
    return ErrorCatalog::explain(code).explanation;
}

QStringList HistoryEntry::ownFailureCodes()
{
    return ErrorCatalog::clientCodes();
}

QString HistoryEntry::resolutionText() const
{
    if (!isResolved())
        return {};
    const QString when = resolvedTime.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (outcome == Outcome::Succeeded && resolvedBy != 0) {
        return QCoreApplication::translate("HistoryEntry",
            "Created: retry #%1 found the flow log %2 that this attempt had created (%3).")
            .arg(QString::number(resolvedBy), flowLogId, when);
    }
    if (outcome == Outcome::Succeeded) {
        return QCoreApplication::translate("HistoryEntry",
            "Created: a lookup found the flow log %1 that this attempt had created (%2).")
            .arg(flowLogId, when);
    }
    if (resolvedBy != 0) {
        return QCoreApplication::translate("HistoryEntry",
            "Not created: retry #%1 found no such flow log before it sent anything (%2).")
            .arg(QString::number(resolvedBy), when);
    }
    return QCoreApplication::translate("HistoryEntry", "Not created: a lookup found no flow log that this attempt could have created (%1).").arg(when);
}

// The ids are those of Profile (ui/profiles) and of the CLI's credential sources, which share them.
QString HistoryEntry::profileDisplayName(const QString &profileId)
{
    if (profileId == u"sandbox")
        return QCoreApplication::translate("Profile", "Sandbox (local emulator)");
    if (profileId == u"env")
        return QCoreApplication::translate("Profile", "Environment variables");
    if (profileId.startsWith(u"aliyun:"))
        return QCoreApplication::translate("Profile", "aliyun CLI: %1").arg(profileId.sliced(7));
    if (profileId.startsWith(u"own:"))
        return profileId.sliced(4);
    return profileId;
}
