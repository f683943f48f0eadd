#include "ui/send/outcometext.h"

#include <QCoreApplication>

namespace OutcomeText {

QString headline(const ApiResult &result)
{
    switch (result.outcome) {
    case Outcome::Succeeded:
        return result.adoptedExisting
            ? QCoreApplication::translate("OutcomeText", "Flow log %1 found: an earlier attempt had created it")
                  .arg(result.flowLogId)
            : QCoreApplication::translate("OutcomeText", "Flow log %1 created").arg(result.flowLogId);
    case Outcome::Unknown:
        return QCoreApplication::translate("OutcomeText", "Outcome unknown: the flow log may have been created");
    case Outcome::Cancelled:
    case Outcome::Queued:
        return QCoreApplication::translate("OutcomeText", "Cancelled before anything was created");
    case Outcome::Failed:
        break;
    }
    if (result.credentialsFailed)
        return QCoreApplication::translate("OutcomeText", "Not sent: the profile's credentials could not be had");
    return result.code.isEmpty()
        ? QCoreApplication::translate("OutcomeText", "The flow log was not created")
        : QCoreApplication::translate("OutcomeText", "The flow log was not created: %1").arg(result.code);
}

} // namespace OutcomeText
