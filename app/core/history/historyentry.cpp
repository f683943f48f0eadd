#include "core/history/historyentry.h"

#include <QJsonDocument>

namespace {
// The history keeps what is needed to understand a failure, not arbitrarily large answers.
constexpr qsizetype ResponseTextCap = 64 * 1024;
} // namespace

void HistoryEntry::applyResult(const ApiResult &result)
{
    outcome = result.outcome;
    flowLogId = result.flowLogId;
    requestId = result.requestId;
    httpStatus = result.httpStatus;
    errorCode = result.code;
    errorMessage = result.message;
    attempts = result.attempts;
    durationMs = result.elapsedMs;
    if (!result.body.isEmpty())
        responseText = QString::fromUtf8(QJsonDocument(result.body).toJson(QJsonDocument::Compact)).left(ResponseTextCap);
}
