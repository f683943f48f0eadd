#include "emulator/emulatorerror.h"

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
