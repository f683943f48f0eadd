#include "cli/cliapplication.h"

#include "cli/batchcommand.h"
#include "cli/cliargumentparser.h"
#include "cli/console.h"
#include "cli/coveragecommand.h"
#include "cli/createcommand.h"
#include "cli/describecommand.h"
#include "cli/exitcode.h"
#include "cli/flowlogactioncommand.h"
#include "cli/historycommand.h"
#include "cli/resourcescommand.h"
#include "core/platform/interruption.h"
#include "cli/validatecommand.h"
#include "core/config/appsettings.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<AsyncCommand> asyncCommand(const CliOptions &options)
{
    switch (options.command) {
    case CliCommand::Create:
        return std::make_unique<CreateCommand>(options);
    case CliCommand::Batch:
        return std::make_unique<BatchCommand>(options);
    case CliCommand::Describe:
        return std::make_unique<DescribeCommand>(options);
    case CliCommand::Resources:
        return std::make_unique<ResourcesCommand>(options);
    case CliCommand::Coverage:
        return std::make_unique<CoverageCommand>(options);
    case CliCommand::Start:
    case CliCommand::Stop:
    case CliCommand::Modify:
    case CliCommand::Delete:
        return std::make_unique<FlowLogActionCommand>(options);
    default:
        return nullptr;
    }
}

int runAsync(AsyncCommand &command)
{
    // Queued: a command may finish inside start(), before the event loop runs.
    QObject::connect(&command, &AsyncCommand::finished, QCoreApplication::instance(),
        [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    Interruption interruption;
    QObject::connect(&interruption, &Interruption::requested, &command, &AsyncCommand::interrupt);
    const int immediate = command.start();
    return immediate == AsyncCommand::Pending ? QCoreApplication::exec() : immediate;
}

} // namespace

void CliApplication::setIdentity()
{
    AppSettings::identifyApplication();
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWLOG_VERSION));
}

int CliApplication::run(const QStringList &arguments)
{
    m_language.apply(CliArgumentParser::languageOption(arguments));
    const CliArgumentParser::Result parsed = CliArgumentParser::parse(arguments);
    if (!parsed.ok()) {
        Console::printError(parsed.error);
        Console::printError(tr("Run \"flowlog-cli help\" for usage."));
        return ExitUsage;
    }
    const CliOptions &options = parsed.options;
    switch (options.command) {
    case CliCommand::Help:
        Console::printLine(CliArgumentParser::commandHelp(options.helpFor));
        return ExitSuccess;
    case CliCommand::Version:
        Console::printLine(u"flowlog-cli "_s + QCoreApplication::applicationVersion());
        return ExitSuccess;
    case CliCommand::Validate:
        return ValidateCommand::run(options);
    case CliCommand::History:
        return HistoryCommand::run(options);
    default:
        break;
    }
    const std::unique_ptr<AsyncCommand> command = asyncCommand(options);
    return runAsync(*command);
}
