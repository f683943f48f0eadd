#include "emulator/emulatorerror.h"

#include "emulator/responsebody.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

EmulatorError EmulatorError::missingParameter(const QString &name)
{
    return {400, u"MissingParameter"_s,
        u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s.arg(name)};
}

EmulatorError EmulatorError::invalidParameter(const QString &name, const QString &detail)
{
    QString message = u"The specified parameter \"%1\" is not valid."_s.arg(name);
    if (!detail.isEmpty())
        message += u" "_s + detail;
    return {400, u"InvalidParameter"_s, message};
}

EmulatorError EmulatorError::incompleteSignature(const QString &missing)
{
    return {400, u"IncompleteSignature"_s,
        u"The request signature does not conform to Aliyun standards: %1 is missing."_s.arg(missing)};
}

EmulatorError EmulatorError::throttled(int retryAfterMs)
{
    return {400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s, retryAfterMs};
}

QByteArray EmulatorError::body(const QByteArray &requestId, const QByteArray &host, bool xml) const
{
    const QString id = QString::fromLatin1(requestId);
    QJsonObject object {
        {u"RequestId"_s, id},
        {u"HostId"_s, host.isEmpty() ? u"vpc.aliyuncs.com"_s : QString::fromUtf8(host)},
        {u"Code"_s, code},
        {u"Message"_s, message},
    };
    if (xml)
        return ResponseBody::xml(u"Error"_s, object);
    object.insert(
        u"Recommend"_s, u"https://api.aliyun.com/troubleshoot?q=%1&product=Vpc&requestId=%2"_s.arg(code, id));
    return ResponseBody::json(object);
}

namespace {

struct ScriptedError
{
    const char *code;
    int httpStatus;
    const char *message;
};

const ScriptedError scriptedErrors[] = {
    {"Throttling.User", 400, "Request was denied due to user flow control."},
    {"ServiceUnavailable", 503, "The request has failed due to a temporary failure of the server."},
    {"InternalError", 500, "The request processing has failed due to some unknown error."},
    {"SystemBusy", 500, "The system is busy. Please try again later."},
    {"Forbidden.RAM", 403, "User not authorized to operate on the specified resource."},
    {"ResourceNotFound.VPC", 404, "The specified VPC does not exist."},
    {"OperationConflict", 400, "The operation conflicts with another operation in progress."},
    {"IncorrectStatus.flowlog", 400, "The status of the flow log is incorrect."},
    {"TaskConflict", 400, "The operation conflicts with a task in progress. Try again later."},
};

} // namespace

std::optional<EmulatorError> EmulatorError::scripted(const QString &code, int retryAfterMs)
{
    for (const ScriptedError &error : scriptedErrors) {
        if (code == QLatin1String(error.code)) {
            const bool throttled = code.startsWith(u"Throttling"_s);
            return EmulatorError {
                error.httpStatus, code, QString::fromLatin1(error.message), throttled ? retryAfterMs : -1};
        }
    }
    return std::nullopt;
}

QStringList EmulatorError::scriptedCodes()
{
    QStringList codes;
    for (const ScriptedError &error : scriptedErrors)
        codes.append(QString::fromLatin1(error.code));
    return codes;
}
