#include "cli/flowlogactioncommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/config/appsettings.h"
#include "core/manage/operationhistory.h"

#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

FlowLogActionCommand::FlowLogActionCommand(CliOptions options, QObject *parent)
    : AsyncCommand(parent)
    , m_options(std::move(options))
    , m_client(&m_network)
{
}

FlowLogAction FlowLogActionCommand::action() const
{
    switch (m_options.command) {
    case CliCommand::Stop:
        return FlowLogAction::Stop;
    case CliCommand::Modify:
        return FlowLogAction::Modify;
    case CliCommand::Delete:
        return FlowLogAction::Delete;
    default:
        return FlowLogAction::Start;
    }
}

int FlowLogActionCommand::start()
{
    m_connection.addDefaultRegion(m_options);
    m_regionId = FlowLogRequest::normalized(m_options.field(u"RegionId"_s));
    if (m_regionId.isEmpty()) {
        Console::printError(tr("This command needs --region (or a profile with a region_id)."));
        return ExitUsage;
    }
    QString error;
    if (!m_connection.setUp(m_options, &error) || !m_connection.loadCredentials(m_options, &error)) {
        Console::printError(error);
        return ExitUsage;
    }
    const ClientSettings settings = m_connection.settingsFor(m_regionId);
    if (settings.endpoint.isEmpty()) {
        Console::printError(tr("No endpoint is known for region \"%1\": pass --endpoint.").arg(m_regionId));
        return ExitUsage;
    }
    m_client.setSettings(settings);
    m_client.setCredentialProvider(m_connection.credentialProvider());
    if (!m_options.noHistory) {
        m_recording = m_history.open(AppSettings::load().effectiveHistoryPath());
        if (!m_recording)
            Console::printError(tr("The actions are not recorded in the history: %1").arg(m_history.errorString()));
    }
    m_queue = m_options.flowLogIds;
    while (!m_queue.isEmpty() && m_running.size() < Concurrency)
        startNext();
    return Pending;
}

// The row is written before anything is sent, so that a crash leaves an "unknown" row behind.
void FlowLogActionCommand::startNext()
{
    FlowLogOperationRequest request;
    request.action = action();
    request.regionId = m_regionId;
    request.flowLogId = m_queue.takeFirst();
    request.change = m_options.change;
    request.wait = m_options.wait;
    Running running;
    running.entry = OperationHistory::pending(request, std::nullopt, u"cli"_s, m_connection.profileId(),
        m_client.settings().endpoint.toString(), m_options.signatureVersion);
    if (m_recording) {
        running.entry.id = m_history.add(running.entry);
        if (running.entry.id <= 0)
            Console::printError(tr("The action is not recorded in the history: %1").arg(m_history.errorString()));
    }
    auto *operation = new FlowLogOperation(&m_client, request, this);
    operation->setWaitTimeout(m_options.waitTimeoutSeconds * 1000);
    if (m_options.output == OutputFormat::Text) {
        const QString flowLogId = request.flowLogId;
        connect(operation, &FlowLogOperation::conflictWaiting, this, [flowLogId](const QString &code, int waitMs) {
            Console::printError(tr("%1: busy with another change (%2); trying again in %3 ms…")
                                    .arg(flowLogId, code)
                                    .arg(waitMs));
        });
        connect(operation, &FlowLogOperation::checkingStatus, this, [flowLogId]() {
            Console::printError(tr("%1: the answer was lost; reading the flow log's status before sending again…")
                                    .arg(flowLogId));
        });
    }
    connect(operation, &FlowLogOperation::finished, this,
        [this, operation](const FlowLogOperationResult &result) { onFinished(operation, result); });
    running.operation = operation;
    m_running.insert(operation, running);
    operation->start();
}

void FlowLogActionCommand::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    // Not sent: cancelled, with a line each (and no history row, as nothing was written for them).
    const QStringList notSent = std::exchange(m_queue, {});
    for (const QString &flowLogId : notSent) {
        FlowLogOperationResult cancelled;
        cancelled.outcome = Outcome::Cancelled;
        cancelled.call.outcome = Outcome::Cancelled;
        cancelled.call.code = u"Cancelled"_s;
        print(flowLogId, cancelled);
    }
    const QList<Running> running = m_running.values();
    for (const Running &item : running) {
        if (item.operation)
            item.operation->cancel(); // onFinished() follows
    }
    finishIfDone();
}

void FlowLogActionCommand::onFinished(FlowLogOperation *operation, const FlowLogOperationResult &result)
{
    const auto found = m_running.find(operation);
    if (found == m_running.end())
        return;
    Running running = found.value();
    m_running.erase(found);
    operation->deleteLater();
    OperationHistory::apply(running.entry, result);
    if (running.entry.id > 0 && !m_history.update(running.entry))
        Console::printError(tr("The outcome is not recorded in the history: %1").arg(m_history.errorString()));
    if (result.outcome != Outcome::Succeeded)
        m_anyFailed = true;
    print(operation->request().flowLogId, result);
    if (!m_interrupted) {
        while (!m_queue.isEmpty() && m_running.size() < Concurrency)
            startNext();
    }
    finishIfDone();
}

void FlowLogActionCommand::finishIfDone()
{
    if (!m_running.isEmpty() || (!m_queue.isEmpty() && !m_interrupted))
        return;
    Q_EMIT finished(m_interrupted ? ExitInterrupted : m_anyFailed ? ExitFailure : ExitSuccess);
}

void FlowLogActionCommand::print(const QString &flowLogId, const FlowLogOperationResult &result) const
{
    if (m_options.output != OutputFormat::Json) {
        printText(flowLogId, result);
        return;
    }
    QJsonObject object {
        {u"ok"_s, result.outcome == Outcome::Succeeded},
        {u"flowLogId"_s, flowLogId},
        {u"outcome"_s, Outcomes::apiName(result.outcome)},
        {u"status"_s, result.status},
        {u"requestId"_s, result.call.requestId},
        {u"httpStatus"_s, static_cast<int>(result.call.httpStatus)},
        {u"code"_s, result.call.code},
        {u"message"_s, result.call.message},
        // Each status conflict waited out cost one more send, as the history counts it.
        {u"attempts"_s, static_cast<int>(result.call.attempts + result.conflictRetries)},
        {u"elapsedMs"_s, static_cast<double>(result.elapsedMs)},
    };
    if (result.alreadyDone)
        object.insert(u"alreadyDone"_s, true);
    if (result.timedOut)
        object.insert(u"timedOut"_s, true);
    if (m_options.wait && result.flowLog)
        object.insert(u"flowLog"_s, CliReport::flowLogJson(*result.flowLog));
    Console::printLine(CliReport::compactJson(object));
}

void FlowLogActionCommand::printText(const QString &flowLogId, const FlowLogOperationResult &result) const
{
    const FlowLogAction done = action();
    if (result.outcome == Outcome::Succeeded) {
        QString line;
        if (done == FlowLogAction::Delete)
            line = result.alreadyDone ? tr("%1: already gone.").arg(flowLogId) : tr("%1: deleted.").arg(flowLogId);
        else if (result.alreadyDone)
            line = tr("%1: already %2.").arg(flowLogId, result.status);
        else if (done == FlowLogAction::Modify)
            line = tr("%1: modified.").arg(flowLogId);
        else if (done == FlowLogAction::Start)
            line = tr("%1: started (%2).").arg(flowLogId, result.status);
        else
            line = tr("%1: stopped (%2).").arg(flowLogId, result.status);
        Console::printLine(line);
        if (m_options.wait && result.flowLog)
            Console::printLine(u"    "_s + CliReport::flowLogText(*result.flowLog));
        return;
    }
    if (result.outcome == Outcome::Cancelled) {
        Console::printError(tr("%1: cancelled, nothing was sent.").arg(flowLogId));
        return;
    }
    if (result.timedOut) {
        Console::printError(tr("%1: sent, but it did not settle before the wait ended (last status %2): the outcome "
                               "is unknown.")
                                .arg(flowLogId, result.status.isEmpty() ? tr("none") : result.status));
        return;
    }
    Console::printError(flowLogId + u": "_s + CliReport::resultText(result.call));
}
