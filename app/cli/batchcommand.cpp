#include "cli/batchcommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/api/errorcatalog.h"
#include "core/api/ratepacer.h"
#include "core/config/appsettings.h"
#include "core/request/requestvalidator.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

BatchCommand::BatchCommand(CliOptions options, QObject *parent)
    : AsyncCommand(parent)
    , m_options(std::move(options))
    , m_pacing(std::make_shared<RatePacing>())
{
}

BatchCommand::~BatchCommand()
{
    m_runner.reset(); // before the clients it sends through
}

int BatchCommand::start()
{
    QString error;
    if (!load(&error) || !m_connection.setUp(m_options, &error) || !m_connection.loadCredentials(m_options, &error)) {
        Console::printError(error);
        return ExitUsage;
    }
    if (!m_options.noHistory) {
        m_recording = m_history.open(AppSettings::load().effectiveHistoryPath());
        if (!m_recording)
            Console::printError(tr("The attempts are not recorded in the history: %1").arg(m_history.errorString()));
    }
    QList<BatchItem> items = validRows();
    if (items.isEmpty()) {
        Console::printError(tr("No row of %1 can be sent.").arg(m_options.batchFile));
        return m_table.rows.isEmpty() ? ExitSuccess : ExitFailure;
    }
    startRunner(std::move(items));
    return Pending;
}

bool BatchCommand::load(QString *error)
{
    return CsvReader::readFile(m_options.batchFile, &m_table, error)
        && BatchColumns::mapHeader(m_table.header, m_options.batchFile, &m_columns, error);
}

// Every row is judged before anything is sent: the invalid ones get their line now, the valid ones
// become the batch.
QList<BatchItem> BatchCommand::validRows()
{
    QList<BatchItem> items;
    for (qsizetype index = 0; index < m_table.rows.size(); ++index) {
        ValidationFindings warnings;
        if (std::optional<FlowLogRequest> request = parseRow(index, &warnings)) {
            items.append(BatchItem {std::move(*request), 0, 0, m_options.createMode});
            m_rows.append(Row {int(index) + 1, std::move(warnings)});
        }
    }
    return items;
}

std::optional<FlowLogRequest> BatchCommand::parseRow(qsizetype index, ValidationFindings *warnings)
{
    const QStringList &cells = m_table.rows.at(index);
    const int number = int(index) + 1;
    if (cells.size() > m_columns.size()) {
        ++m_failed;
        printRow(number, {{u"ok"_s, false}, {u"code"_s, u"Csv.TooManyFields"_s},
            {u"message"_s, tr("The row has %1 fields; the header names %2.").arg(cells.size()).arg(m_columns.size())}}, {});
        return std::nullopt;
    }
    ApiParameters parameters;
    QString error;
    if (!BatchColumns::parameters(m_columns, cells, number, m_table.lines.value(index), &parameters, &error)) {
        ++m_failed;
        printRow(number, {{u"ok"_s, false}, {u"code"_s, u"Csv.InvalidTags"_s}, {u"message"_s, error}}, {});
        return std::nullopt;
    }
    // The command line's options of today's parameters stand for the cells left empty.
    ParsedRequest parsed = RequestValidator::parse(BatchColumns::withDefaults(parameters, m_options.fields));
    if (RequestValidator::hasErrors(parsed.findings)) {
        ++m_failed;
        printRow(number, CliReport::invalidRequestJson(parsed.findings), {});
        return std::nullopt;
    }
    const QString regionId = FlowLogRequest::normalized(parsed.request.regionId);
    if (m_connection.endpointFor(regionId).isEmpty()) {
        ++m_failed;
        printRow(number, {{u"ok"_s, false}, {u"code"_s, u"NoEndpoint"_s},
            {u"message"_s, tr("No endpoint is known for region \"%1\": pass --endpoint.").arg(regionId)}}, {});
        return std::nullopt;
    }
    *warnings = std::move(parsed.findings);
    return std::move(parsed.request);
}

void BatchCommand::startRunner(QList<BatchItem> items)
{
    RatePacerSettings pacing = m_pacing->settings();
    pacing.startRate = AppSettings::load().batchStartRate;
    pacing.ceiling = m_options.ratePerSecond; // a ceiling, not the pace
    m_pacing->setSettings(pacing);

    BatchRunner::Setup setup;
    setup.history = m_recording ? &m_history : nullptr;
    setup.clientFor = [this](const QString &regionId) { return clientFor(regionId); };
    setup.endpointFor = [this](const QString &regionId) { return m_connection.endpointFor(regionId).toString(); };
    setup.source = u"batch"_s;
    setup.profileId = m_connection.profileId();
    setup.signatureVersion = m_options.signatureVersion;
    setup.concurrency = m_options.concurrency;
    m_runner = std::make_unique<BatchRunner>(setup);
    connect(m_runner.get(), &BatchRunner::itemFinished, this,
        [this](int index, const HistoryEntry &, const ApiResult &result) { onItemFinished(index, result); });
    connect(m_runner.get(), &BatchRunner::quotaReached, this, &BatchCommand::onQuotaReached);
    connect(m_runner.get(), &BatchRunner::credentialsFailed, this, [this](const QString &message) {
        m_credentialsFailed = true;
        Console::printError(tr("The batch stops: %1").arg(message));
    });
    connect(m_runner.get(), &BatchRunner::finished, this, &BatchCommand::onFinished);
    if (m_runner->start(std::move(items)).isEmpty()) {
        Console::printError(m_runner->errorString());
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(ExitFailure); }, Qt::QueuedConnection);
    }
}

void BatchCommand::onItemFinished(int index, const ApiResult &result)
{
    if (!result.ok())
        ++m_failed;
    const Row &row = m_rows.at(index);
    printRow(row.number, CliReport::resultJson(result), row.warnings);
}

// Every later create would be refused the same way: stop sending, and say how to go on.
void BatchCommand::onQuotaReached(const ApiResult &result)
{
    m_quotaReached = true;
    const ErrorExplanation quota = ErrorCatalog::quotaReached();
    Console::printError(tr("The batch stops: %1 %2 The rows not sent are reported as cancelled.")
                            .arg(quota.explanation, quota.action));
    Q_UNUSED(result)
    m_runner->cancel();
}

void BatchCommand::interrupt()
{
    if (!m_runner || m_runner->state() == BatchRunner::State::Finished)
        return;
    m_interrupted = true;
    m_runner->cancel();
}

void BatchCommand::onFinished()
{
    const int notSent = m_runner->progress().cancelled;
    if (m_interrupted) {
        Console::printError(tr("Interrupted: %n row(s) not sent. Run the same command again with --if-absent to "
                               "finish without creating any flow log twice.",
            nullptr, notSent));
    } else if (notSent > 0 && (m_credentialsFailed || m_quotaReached)) {
        Console::printError(tr("%n row(s) not sent. Once the cause is fixed, run the same command with "
                               "--if-absent to finish without creating any flow log twice.",
            nullptr, notSent));
    }
    const int throttled = m_runner->progress().throttledAnswers;
    if (throttled > 0)
        Console::printError(tr("The service throttled %n answer(s); the batch slowed down and sent them again.",
            nullptr, throttled));
    Q_EMIT finished(m_interrupted ? ExitInterrupted : m_failed > 0 ? ExitFailure : ExitSuccess);
}

void BatchCommand::printRow(int number, QJsonObject object, const ValidationFindings &findings)
{
    Console::printLine(rowLine(number, std::move(object), findings));
}

// "row" leads each line so that a person reading the output finds it at once.
QString BatchCommand::rowLine(int number, QJsonObject object, const ValidationFindings &findings) const
{
    object.insert(u"line"_s, m_table.lines.value(number - 1));
    if (!findings.isEmpty())
        object.insert(u"findings"_s, CliReport::findingsJson(findings));
    const QString json = CliReport::compactJson(object);
    return u"{\"row\":"_s + QString::number(number) + u',' + json.mid(1);
}

ApiClient *BatchCommand::clientFor(const QString &regionId)
{
    ApiClient *&client = m_clients[regionId];
    if (!client) {
        // A manager per client: the client keeps each of its managers to six calls at once, which
        // holds only if no other client sends through them (regions may share a custom endpoint).
        client = new ApiClient(new QNetworkAccessManager(this), this);
        client->setSettings(m_connection.settingsFor(regionId));
        client->setCredentialProvider(m_connection.credentialProvider());
        client->setRatePacing(m_pacing);
    }
    return client;
}
