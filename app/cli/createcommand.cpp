#include "cli/createcommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/config/appsettings.h"
#include "core/request/requestvalidator.h"

using namespace Qt::StringLiterals;

CreateCommand::CreateCommand(CliOptions options, QObject *parent)
    : AsyncCommand(parent)
    , m_options(std::move(options))
    , m_client(&m_network)
{
}

int CreateCommand::start()
{
    m_connection.addDefaultRegion(m_options);
    const ParsedRequest parsed = RequestValidator::parse(m_options.fields);
    if (RequestValidator::hasErrors(parsed.findings))
        return reportInvalid(parsed.findings);
    if (!parsed.findings.isEmpty())
        Console::printError(CliReport::findingsText(parsed.findings));
    const int prepared = prepare(parsed.request);
    if (prepared != Pending)
        return prepared;
    if (m_options.dryRun)
        return printDryRun();
    recordStart();
    m_call = m_client.createFlowLog(m_request, m_options.createMode);
    connect(m_call, &ApiCallHandle::attemptStarted, this, &CreateCommand::onAttemptStarted);
    connect(m_call, &ApiCallHandle::finished, this, &CreateCommand::onFinished);
    return Pending;
}

void CreateCommand::interrupt()
{
    m_interrupted = true;
    if (m_call)
        m_call->cancel(); // onFinished() follows
    else
        Q_EMIT finished(ExitInterrupted);
}

int CreateCommand::reportInvalid(const ValidationFindings &findings) const
{
    if (m_options.output == OutputFormat::Json)
        Console::printLine(CliReport::compactJson(CliReport::invalidRequestJson(findings)));
    else
        Console::printError(CliReport::findingsText(findings) + u'\n'
            + tr("The request is not valid and was not sent."));
    return ExitUsage;
}

// Endpoint, credentials and client; Pending when all is ready.
int CreateCommand::prepare(const FlowLogRequest &request)
{
    m_request = request;
    QString error;
    if (!m_connection.setUp(m_options, &error)
        || !m_connection.loadCredentials(m_options, &error, m_options.dryRun)) {
        Console::printError(error);
        return ExitUsage;
    }
    const ClientSettings settings = m_connection.settingsFor(FlowLogRequest::normalized(request.regionId));
    if (settings.endpoint.isEmpty()) {
        Console::printError(tr("No endpoint is known for region \"%1\": pass --endpoint.").arg(request.regionId));
        return ExitUsage;
    }
    m_client.setSettings(settings);
    m_client.setCredentialProvider(m_connection.credentialProvider());
    return Pending;
}

int CreateCommand::printDryRun() const
{
    if (m_connection.usesPlaceholder())
        Console::printError(tr("%1\nThis request is therefore signed with a placeholder AccessKey; the server "
                               "would reject it.")
                                .arg(m_connection.placeholderReason()));
    const QString text = m_client.preview(m_request).redactedText();
    if (m_options.output == OutputFormat::Json) {
        Console::printLine(CliReport::compactJson({{u"ok"_s, true}, {u"dryRun"_s, true},
            {u"placeholderCredentials"_s, m_connection.usesPlaceholder()}, {u"request"_s, text}}));
    } else {
        Console::printLine(text);
    }
    return ExitSuccess;
}

// The row is written before the call so that a crash mid-call leaves an "unknown" row behind.
void CreateCommand::recordStart()
{
    m_entry = HistoryEntry::pending(m_request, u"cli"_s, m_connection.profileId(),
        m_client.settings().endpoint.toString(), m_options.signatureVersion);
    m_entry.requestText = m_client.preview(m_request).redactedText();
    if (m_options.noHistory)
        return;
    if (!m_history.open(AppSettings::load().effectiveHistoryPath()))
        Console::printError(tr("The attempt is not recorded in the history: %1").arg(m_history.errorString()));
    else
        m_entry.id = m_history.add(m_entry);
}

void CreateCommand::onAttemptStarted(int attempt, int waitingMs)
{
    if (attempt > 1 && m_options.output == OutputFormat::Text)
        Console::printError(tr("Attempt %1 in %2 ms…").arg(attempt).arg(waitingMs));
}

void CreateCommand::onFinished(const ApiResult &result)
{
    m_entry.applyResult(result);
    if (m_entry.id > 0 && !m_history.update(m_entry))
        Console::printError(tr("The outcome is not recorded in the history: %1").arg(m_history.errorString()));
    print(result);
    Q_EMIT finished(m_interrupted ? ExitInterrupted : result.ok() ? ExitSuccess : ExitFailure);
}

void CreateCommand::print(const ApiResult &result) const
{
    if (m_options.output == OutputFormat::Json)
        Console::printLine(CliReport::compactJson(CliReport::resultJson(result)));
    else if (result.ok())
        Console::printLine(CliReport::resultText(result));
    else
        Console::printError(CliReport::resultText(result));
}
