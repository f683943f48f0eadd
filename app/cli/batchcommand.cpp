#include "cli/batchcommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "core/api/errorcatalog.h"
#include "core/config/appsettings.h"
#include "core/platform/boundedfile.h"
#include "core/request/requestvalidator.h"


#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Outcomes are written back this often at the latest, so the history stays current.
constexpr int FlushIntervalMs = 200;
// ...or sooner once this many wait: each write is a transaction, and a few large ones cost far less
// CPU than one per handful of rows, while the interval keeps the history current.
constexpr qsizetype FlushRows = 256;

} // namespace

BatchCommand::BatchCommand(CliOptions options, QObject *parent)
    : AsyncCommand(parent)
    , m_options(std::move(options))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BatchCommand::flushHistory);
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &BatchCommand::pump);
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
    m_clock.start();
    pump();
    return Pending;
}

bool BatchCommand::load(QString *error)
{
    // Far more rows than any batch needs, and far less than memory.
    constexpr qint64 maxBatchFileBytes = 64 * 1024 * 1024;
    const BoundedFile::Result file = BoundedFile::read(m_options.batchFile, maxBatchFileBytes);
    if (!file.ok()) {
        *error = tr("Cannot read %1: %2").arg(m_options.batchFile, file.reason);
        return false;
    }
    QString csvError;
    if (!CsvReader::parse(file.data, &m_table, &csvError)) {
        *error = tr("%1 is not a valid CSV file. %2").arg(m_options.batchFile, csvError);
        return false;
    }
    return mapHeader(error);
}

bool BatchCommand::mapHeader(QString *error)
{
    return BatchColumns::mapHeader(m_table.header, m_options.batchFile, &m_columns, error);
}

void BatchCommand::pump()
{
    while (!m_credentialsFailed && !m_interrupted && m_calls.size() < m_options.concurrency && (!m_ready.isEmpty() || prepareMore())) {
        if (!rateAllows())
            return;
        dispatch(m_ready.takeFirst());
    }
    finishIfDone();
}

// Validates rows until a handful can be sent, reporting the invalid ones, and records the valid
// ones in the history in one transaction.
bool BatchCommand::prepareMore()
{
    // Under a rate limit rows wait for their turn: record them one by one, so that a crash does not
    // leave rows that were never sent on record as "unknown".
    const int chunk = m_options.ratePerSecond > 0 ? 1 : m_options.concurrency;
    QList<Row> rows;
    while (m_next < m_table.rows.size() && rows.size() < chunk) {
        if (std::optional<Row> row = prepareRow(m_next++))
            rows.append(std::move(*row));
    }
    if (m_recording && !rows.isEmpty()) {
        QList<HistoryEntry> entries;
        for (const Row &row : std::as_const(rows))
            entries.append(row.entry);
        const QList<qint64> ids = m_history.addAll(entries);
        for (qsizetype i = 0; i < ids.size(); ++i)
            rows[i].entry.id = ids.at(i);
    }
    m_ready.append(rows);
    return !m_ready.isEmpty();
}

std::optional<BatchCommand::Row> BatchCommand::prepareRow(qsizetype index)
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
    return Row {number, std::move(parsed.findings),
        HistoryEntry::pending(parsed.request, u"batch"_s, m_connection.profileId(),
            m_connection.endpointFor(regionId).toString(), m_options.signatureVersion)};
}

bool BatchCommand::rateAllows()
{
    if (m_options.ratePerSecond <= 0)
        return true;
    const double now = double(m_clock.nsecsElapsed()) / 1e6;
    if (now < m_nextStartMs) {
        if (!m_rateTimer.isActive())
            m_rateTimer.start(int(std::ceil(m_nextStartMs - now)));
        return false;
    }
    // Calls are spread evenly: a late start does not earn a burst.
    m_nextStartMs = std::max(m_nextStartMs, now) + 1000.0 / m_options.ratePerSecond;
    return true;
}

void BatchCommand::dispatch(Row row)
{
    ApiClient *client = clientFor(FlowLogRequest::normalized(row.entry.request.regionId));
    ApiCallHandle *call = client->createFlowLog(row.entry.request, m_options.createMode);
    m_calls.insert(call);
    connect(call, &ApiCallHandle::finished, this,
        [this, call, row = std::move(row)](const ApiResult &result) { onRowFinished(call, row, result); });
}

void BatchCommand::interrupt()
{
    if (m_done)
        return;
    m_interrupted = true;
    stopSending(tr("Not sent: interrupted."));
}

// Every row still gets its line: those recorded and waiting as cancelled, those in flight as their
// cancellation ends them (unknown when a create may have acted).
void BatchCommand::stopSending(const QString &reason)
{
    m_rateTimer.stop();
    ApiResult notSent;
    notSent.outcome = Outcome::Cancelled;
    notSent.code = QLatin1String(ErrorCatalog::cancelledCode);
    notSent.message = reason;
    // Every row still gets its line: those recorded and waiting, then those never read.
    for (const Row &row : std::exchange(m_ready, {})) {
        report(row, notSent);
        ++m_notSent;
    }
    for (; m_next < m_table.rows.size(); ++m_next, ++m_notSent)
        report(Row {int(m_next) + 1, {}, {}}, notSent);
    for (ApiCallHandle *call : QSet<ApiCallHandle *>(m_calls))
        call->cancel(); // each finishes in onRowFinished()
    finishIfDone();
}

void BatchCommand::onRowFinished(ApiCallHandle *call, const Row &row, const ApiResult &result)
{
    m_calls.remove(call);
    if (!result.credentialsFailed) {
        report(row, result);
        pump();
        return;
    }
    // The credentials could not be obtained (a refresh failed): said once, and nothing more is sent,
    // since every further row would fail the same way. This row is reported first: stopping may
    // end the batch at once.
    ApiResult notSent = result;
    if (notSent.outcome == Outcome::Failed)
        notSent.outcome = Outcome::Cancelled;
    notSent.message = tr("Not sent: the credentials could not be obtained.");
    report(row, notSent);
    if (!m_credentialsFailed) {
        m_credentialsFailed = true;
        Console::printError(tr("The batch stops: %1").arg(result.message));
        stopSending(notSent.message);
    }
    finishIfDone();
}

void BatchCommand::report(const Row &row, const ApiResult &result)
{
    if (!result.ok())
        ++m_failed;
    const QString line = rowLine(row.number, CliReport::resultJson(result), row.warnings);
    if (row.entry.id <= 0) {
        Console::printLine(line);
        return;
    }
    // A row's line waits for its outcome to be committed: what the output reports is then in the
    // history too, even if the process is killed a moment later.
    HistoryEntry entry = row.entry;
    entry.applyResult(result);
    m_pendingUpdates.append(entry);
    m_pendingLines.append(line);
    if (m_pendingUpdates.size() >= FlushRows)
        flushHistory();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void BatchCommand::flushHistory()
{
    m_flushTimer.stop();
    if (m_pendingUpdates.isEmpty())
        return;
    if (!m_history.updateAll(m_pendingUpdates))
        Console::printError(tr("Outcomes are not recorded in the history: %1").arg(m_history.errorString()));
    m_pendingUpdates.clear();
    for (const QString &line : std::as_const(m_pendingLines))
        Console::printLine(line);
    m_pendingLines.clear();
}

void BatchCommand::finishIfDone()
{
    if (m_done || !m_calls.isEmpty() || !m_ready.isEmpty() || m_next < m_table.rows.size())
        return;
    m_done = true;
    flushHistory();
    if (m_interrupted) {
        Console::printError(tr("Interrupted: %n row(s) not sent. Run the same command again with --if-absent to "
                               "finish without creating any flow log twice.",
            nullptr, m_notSent));
    }
    if (m_credentialsFailed && m_notSent > 0) {
        Console::printError(tr("%n row(s) not sent. Once the credentials work again, run the same command with "
                               "--if-absent to finish without creating any flow log twice.",
            nullptr, m_notSent));
    }
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
    }
    return client;
}
