#include "cli/validatecommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/request/requestvalidator.h"

using namespace Qt::StringLiterals;

int ValidateCommand::run(const CliOptions &options)
{
    const ParsedRequest parsed = RequestValidator::parse(options.fields);
    const bool valid = !RequestValidator::hasErrors(parsed.findings);
    if (options.output == OutputFormat::Json) {
        Console::printLine(CliReport::compactJson(
            {{u"valid"_s, valid}, {u"findings"_s, CliReport::findingsJson(parsed.findings)}}));
    } else {
        if (!parsed.findings.isEmpty())
            Console::printLine(CliReport::findingsText(parsed.findings));
        Console::printLine(valid ? tr("The request is valid.") : tr("The request is not valid."));
    }
    return valid ? ExitSuccess : ExitUsage;
}
