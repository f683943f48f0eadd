#include "core/request/requestvalidator.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// libFuzzer entry: the input is raw UTF-16 (so lone surrogates occur), split into the request's
// text fields at every U+001E. Aborts when the validator contradicts itself or the rules.

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool isNameCodePoint(char32_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
        || c == u'_' || c == u'-')
        return true;
    const QChar::Category category = QChar::category(c);
    return QChar::script(c) == QChar::Script_Han
        && ((category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other) || category == QChar::Number_Letter);
}

// An accepted name holds only allowed characters (checked on the text that is sent).
void checkAcceptedName(const FlowLogRequest &request, const ValidationFindings &findings)
{
    for (const ValidationFinding &finding : findings) {
        if (finding.field == Field::FlowLogName && finding.severity == Severity::Error)
            return;
    }
    const QString sent = FlowLogRequest::normalized(request.flowLogName);
    for (char32_t c : sent.toUcs4())
        require(isNameCodePoint(c));
    const qsizetype length = sent.toUcs4().size();
    require(length == 0 || (length >= 2 && length <= 128));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf16(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2));
    const QStringList parts = input.split(QChar(0x1E));
    FlowLogRequest request;
    QString *fields[] = {&request.flowLogName, &request.description, &request.resourceId, &request.regionId,
        &request.projectName, &request.logStoreName};
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(fields)); ++i)
        *fields[i] = parts.at(i);

    const ValidationFindings findings = RequestValidator::validate(request);
    require(RequestValidator::validate(request) == findings);
    for (const ValidationFinding &finding : findings)
        require(!finding.message().isEmpty());
    checkAcceptedName(request, findings);
    const ParsedRequest parsed = RequestValidator::parse(request.apiParameters());
    require(RequestValidator::hasErrors(parsed.findings) == RequestValidator::hasErrors(findings));
    return 0;
}
