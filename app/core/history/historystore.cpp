#include "core/history/historystore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// The column order every SELECT uses; readEntry() depends on it.
enum Column {
    IdColumn, RevisionColumn, TimeColumn, ProfileColumn, EndpointColumn, SignatureColumn, SourceColumn,
    RegionColumn, ResourceTypeColumn, ResourceIdColumn, TrafficTypeColumn, ProjectColumn, LogStoreColumn,
    NameColumn, DescriptionColumn, OutcomeColumn, FlowLogIdColumn, RequestIdColumn, HttpStatusColumn,
    ErrorCodeColumn, ErrorMessageColumn, AttemptsColumn, DurationColumn, StatusColumn, ResolvedByColumn,
    ResolvedTimeColumn, IntervalColumn, TrafficPathColumn, IpVersionColumn, ResourceGroupColumn, TagsColumn,
    ActionColumn, BatchColumn, RequestTextColumn, ResponseTextColumn,
};

const QString SelectedColumns = u"id, revision, time_ms, profile, endpoint, signature_version, source, "
                                u"region_id, resource_type, resource_id, traffic_type, project_name, "
                                u"logstore_name, flowlog_name, description, outcome, flowlog_id, request_id, "
                                u"http_status, error_code, error_message, attempts, duration_ms, "
                                u"flowlog_status, resolved_by, resolved_ms, aggregation_interval, traffic_path, "
                                u"ip_version, resource_group_id, tags, action, batch_id, "_s;

// The fields written by add() and update(), in the order bindEntry() binds them.
const QString WrittenColumns = u"revision, time_ms, profile, endpoint, signature_version, source, region_id, "
                               u"resource_type, resource_id, traffic_type, project_name, logstore_name, "
                               u"flowlog_name, description, outcome, flowlog_id, request_id, http_status, "
                               u"error_code, error_message, attempts, duration_ms, flowlog_status, "
                               u"resolved_by, resolved_ms, aggregation_interval, traffic_path, ip_version, "
                               u"resource_group_id, tags, action, batch_id, request_text, response_text"_s;

// AUTOINCREMENT so that an id is never reused after a removal: views rely on ids only growing.
const QString CreateTable = u"CREATE TABLE IF NOT EXISTS history ("
                            u"id INTEGER PRIMARY KEY AUTOINCREMENT, revision INTEGER NOT NULL, "
                            u"time_ms INTEGER, profile TEXT, endpoint TEXT, signature_version TEXT, "
                            u"source TEXT, region_id TEXT, resource_type TEXT, resource_id TEXT, "
                            u"traffic_type TEXT, project_name TEXT, logstore_name TEXT, flowlog_name TEXT, "
                            u"description TEXT, outcome TEXT NOT NULL, flowlog_id TEXT, request_id TEXT, "
                            u"http_status INTEGER NOT NULL DEFAULT 0, error_code TEXT, error_message TEXT, "
                            u"attempts INTEGER NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0, "
                            u"flowlog_status TEXT, request_text TEXT, response_text TEXT)"_s;

// Outcomes as the file spells them: part of the file format, so they never change with the code.
const QString OutcomeNames[] = {u"success"_s, u"failed"_s, u"unknown"_s, u"cancelled"_s, u"queued"_s};
const Outcome OutcomeValues[] = {Outcome::Succeeded, Outcome::Failed, Outcome::Unknown, Outcome::Cancelled,
    Outcome::Queued};

QString outcomeName(Outcome outcome)
{
    for (size_t i = 0; i < std::size(OutcomeValues); ++i) {
        if (OutcomeValues[i] == outcome)
            return OutcomeNames[i];
    }
    return OutcomeNames[2];
}

Outcome outcomeFrom(const QString &name)
{
    for (size_t i = 0; i < std::size(OutcomeNames); ++i) {
        if (OutcomeNames[i] == name)
            return OutcomeValues[i];
    }
    return Outcome::Unknown;
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"flowlog-history-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

constexpr int WrittenColumnCount = 34;

// Lists are kept as JSON arrays (NULL when empty): any key or value survives, separators included.
QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray tagsJson(const FlowLogTags &tags)
{
    QJsonArray array;
    for (const FlowLogTag &tag : tags)
        array.append(QJsonArray {tag.key, tag.value});
    return array;
}

QJsonArray jsonArray(const QVariant &value)
{
    return value.isNull() ? QJsonArray() : QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

void bindEntry(QSqlQuery &query, const HistoryEntry &entry, qint64 revision)
{
    const FlowLogRequest &request = entry.request;
    int i = 0;
    query.bindValue(i++, revision);
    // A null QVariant of the column's type is stored as NULL, as is a null QString.
    const QVariant null(QMetaType::fromType<qint64>());
    query.bindValue(i++, entry.time.isValid() ? QVariant(entry.time.toMSecsSinceEpoch()) : null);
    for (const QString *text : {&entry.profile, &entry.endpoint, &entry.signatureVersion, &entry.source,
             &request.regionId})
        query.bindValue(i++, *text);
    query.bindValue(i++, ResourceTypes::apiName(request.resourceType));
    query.bindValue(i++, request.resourceId);
    query.bindValue(i++, TrafficTypes::apiName(request.trafficType));
    for (const QString *text : {&request.projectName, &request.logStoreName, &request.flowLogName,
             &request.description})
        query.bindValue(i++, *text);
    query.bindValue(i++, outcomeName(entry.outcome));
    query.bindValue(i++, entry.flowLogId);
    query.bindValue(i++, entry.requestId);
    query.bindValue(i++, qint64(entry.httpStatus));
    query.bindValue(i++, entry.errorCode);
    query.bindValue(i++, entry.errorMessage);
    query.bindValue(i++, qint64(entry.attempts));
    query.bindValue(i++, entry.durationMs);
    query.bindValue(i++, entry.flowLogStatus);
    query.bindValue(i++, entry.resolvedBy != 0 ? QVariant(entry.resolvedBy) : null);
    query.bindValue(i++, entry.resolvedTime.isValid() ? QVariant(entry.resolvedTime.toMSecsSinceEpoch()) : null);
    query.bindValue(i++, request.aggregationInterval);
    query.bindValue(i++, request.trafficPaths.isEmpty() ? QString() : jsonText(QJsonArray::fromStringList(request.trafficPaths)));
    query.bindValue(i++, request.ipVersion);
    query.bindValue(i++, request.resourceGroupId);
    query.bindValue(i++, request.tags.isEmpty() ? QString() : jsonText(tagsJson(request.tags)));
    query.bindValue(i++, FlowLogActions::apiName(entry.action));
    query.bindValue(i++, entry.batchId);
    for (const QString *text : {&entry.requestText, &entry.responseText})
        query.bindValue(i++, *text);
    Q_ASSERT(i == WrittenColumnCount);
}

FlowLogRequest readRequest(const QSqlQuery &query)
{
    FlowLogRequest request;
    request.regionId = query.value(RegionColumn).toString();
    request.resourceType = ResourceTypes::fromApiName(query.value(ResourceTypeColumn).toString())
                               .value_or(ResourceType::NetworkInterface);
    request.resourceId = query.value(ResourceIdColumn).toString();
    request.trafficType
        = TrafficTypes::fromApiName(query.value(TrafficTypeColumn).toString()).value_or(TrafficType::All);
    request.projectName = query.value(ProjectColumn).toString();
    request.logStoreName = query.value(LogStoreColumn).toString();
    request.flowLogName = query.value(NameColumn).toString();
    request.description = query.value(DescriptionColumn).toString();
    request.aggregationInterval = query.value(IntervalColumn).toString();
    for (const QJsonValue &path : jsonArray(query.value(TrafficPathColumn)))
        request.trafficPaths.append(path.toString());
    request.ipVersion = query.value(IpVersionColumn).toString();
    request.resourceGroupId = query.value(ResourceGroupColumn).toString();
    for (const QJsonValue &tag : jsonArray(query.value(TagsColumn)))
        request.tags.append({tag.toArray().at(0).toString(), tag.toArray().at(1).toString()});
    return request;
}

HistoryEntry readEntry(const QSqlQuery &query, HistoryStore::Detail detail)
{
    HistoryEntry entry;
    entry.id = query.value(IdColumn).toLongLong();
    entry.time = timeFrom(query.value(TimeColumn));
    entry.profile = query.value(ProfileColumn).toString();
    entry.endpoint = query.value(EndpointColumn).toString();
    entry.signatureVersion = query.value(SignatureColumn).toString();
    entry.source = query.value(SourceColumn).toString();
    // A name this version does not know reads as create, the only action earlier versions recorded.
    entry.action = FlowLogActions::fromApiName(query.value(ActionColumn).toString()).value_or(FlowLogAction::Create);
    entry.batchId = query.value(BatchColumn).toString();
    entry.request = readRequest(query);
    entry.outcome = outcomeFrom(query.value(OutcomeColumn).toString());
    entry.flowLogId = query.value(FlowLogIdColumn).toString();
    entry.requestId = query.value(RequestIdColumn).toString();
    entry.httpStatus = query.value(HttpStatusColumn).toInt();
    entry.errorCode = query.value(ErrorCodeColumn).toString();
    entry.errorMessage = query.value(ErrorMessageColumn).toString();
    entry.attempts = query.value(AttemptsColumn).toInt();
    entry.durationMs = query.value(DurationColumn).toLongLong();
    entry.flowLogStatus = query.value(StatusColumn).toString();
    entry.resolvedBy = query.value(ResolvedByColumn).toLongLong();
    entry.resolvedTime = timeFrom(query.value(ResolvedTimeColumn));
    if (detail == HistoryStore::Detail::Full) {
        entry.requestText = query.value(RequestTextColumn).toString();
        entry.responseText = query.value(ResponseTextColumn).toString();
    }
    return entry;
}

} // namespace

// The statements every write runs, prepared when the file is opened.
struct HistoryStore::Statements
{
    explicit Statements(const QSqlDatabase &database)
        : begin(database), commit(database), bumpRevision(database), readRevision(database), insert(database),
          update(database)
    {
    }

    QSqlQuery begin;
    QSqlQuery commit;
    QSqlQuery bumpRevision;
    QSqlQuery readRevision;
    QSqlQuery insert;
    QSqlQuery update;
};

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
    , m_connectionName(newConnectionName())
{
}

HistoryStore::~HistoryStore()
{
    closeDatabase();
}

// The statements go first: a connection is only removed once no query uses it.
void HistoryStore::closeDatabase()
{
    m_statements.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString HistoryStore::defaultPath()
{
    const QString overridden = qEnvironmentVariable("FLOWLOG_HISTORY");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/flowlog-studio/history.sqlite"_s;
}

bool HistoryStore::open(const QString &path)
{
    closeDatabase();
    m_path = path;
    m_error.clear();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot create the folder %1 for the history.").arg(QDir::toNativeSeparators(folder)));
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    database.setDatabaseName(path);
    if (!database.open())
        return fail(tr("Cannot open the history file %1: %2")
                        .arg(QDir::toNativeSeparators(path), database.lastError().text()));
    if (configure() && createSchema() && prepareStatements())
        return true;
    m_statements.reset();
    database.close();
    return false;
}

bool HistoryStore::prepareStatements()
{
    const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    m_statements = std::make_unique<Statements>(database);
    Statements &s = *m_statements;
    const QString placeholders = u"?, "_s.repeated(WrittenColumnCount).chopped(2);
    QString assignments = WrittenColumns;
    assignments.replace(u", "_s, u" = ?, "_s).append(u" = ?"_s);
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&s.begin, u"BEGIN IMMEDIATE"_s},
        {&s.commit, u"COMMIT"_s},
        {&s.bumpRevision, u"UPDATE revision_counter SET value = value + 1 WHERE id = 1"_s},
        {&s.readRevision, u"SELECT value FROM revision_counter WHERE id = 1"_s},
        {&s.insert, u"INSERT INTO history (%1) VALUES (%2)"_s.arg(WrittenColumns, placeholders)},
        {&s.update, u"UPDATE history SET %1 WHERE id = ?"_s.arg(assignments)},
    };
    for (const auto &[query, text] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(text))
            return failQuery(*query);
    }
    return true;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString HistoryStore::errorString() const
{
    return m_error;
}

QString HistoryStore::path() const
{
    return m_path;
}

// WAL lets a reader (the app) and a writer (the CLI) work at once; NORMAL is durable across an
// application crash, which is what the history needs, and far faster than FULL.
bool HistoryStore::configure()
{
    if (!exec(u"PRAGMA busy_timeout = 5000"_s))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return failQuery(query);
    if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(tr("The history file %1 cannot use write-ahead logging.").arg(QDir::toNativeSeparators(m_path)));
    return exec(u"PRAGMA synchronous = NORMAL"_s);
}

bool HistoryStore::createSchema()
{
    if (!begin())
        return false;
    // Read inside the write transaction: another process may be creating the same file.
    const int version = schemaVersion();
    if (version > SchemaVersion)
        fail(tr("The history file %1 was written by a newer version of FlowLog Studio (schema %2; this "
                "version reads up to %3).")
                 .arg(QDir::toNativeSeparators(m_path))
                 .arg(version)
                 .arg(SchemaVersion));
    if (version >= 0 && version <= SchemaVersion && migrate(version) && commit())
        return true;
    rollback();
    return false;
}

// Brings the schema from fromVersion to SchemaVersion, inside the transaction createSchema() holds:
// step n takes a file from version n to n + 1. A later column or conversion is one more step, never
// a change to an earlier one, so that every file ever written can still be read.
bool HistoryStore::migrate(int fromVersion)
{
    using Step = bool (HistoryStore::*)();
    static constexpr Step Steps[] = {
        &HistoryStore::createVersion1, &HistoryStore::dropOwnFailureTexts, &HistoryStore::addResolution,
        &HistoryStore::addTodaysParameters, &HistoryStore::addAction, &HistoryStore::addBatch};
    static_assert(std::size(Steps) == SchemaVersion);
    for (int version = fromVersion; version < SchemaVersion; ++version) {
        if (!(this->*Steps[version])())
            return false;
    }
    return fromVersion == SchemaVersion || exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion));
}

// Version 0 is an empty file (or one made before the schema was versioned: IF NOT EXISTS keeps its rows).
bool HistoryStore::createVersion1()
{
    return exec(CreateTable) && exec(u"CREATE INDEX IF NOT EXISTS history_time ON history (time_ms)"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS history_revision ON history (revision)"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS revision_counter (id INTEGER PRIMARY KEY CHECK (id = 1), "
                u"value INTEGER NOT NULL)"_s)
        && exec(u"INSERT OR IGNORE INTO revision_counter (id, value) VALUES (1, 0)"_s);
}

// Version 1 kept the message of our own failures (timeouts, cancellation, ...) as translated at the
// time, in whatever language the UI had then. From version 2 those rows keep only their code, which
// is explained in the reader's language when shown (HistoryEntry::messageText()); the server's own
// messages stay as the server sent them.
bool HistoryStore::dropOwnFailureTexts()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QStringList codes = HistoryEntry::ownFailureCodes();
    const QString placeholders = u"?, "_s.repeated(codes.size()).chopped(2);
    if (!query.prepare(u"UPDATE history SET error_message = NULL WHERE http_status = 0 OR error_code IN (%1)"_s.arg(
            placeholders)))
        return failQuery(query);
    for (const QString &code : codes)
        query.addBindValue(code);
    return exec(query);
}

// Version 3 settles unknown outcomes later (AttemptResolver): which retry did it and when. Rows
// written before keep NULL in both, which reads as "never settled". The partial index keeps the
// start-up question "any unsettled attempts?" independent of the history's size; the flow log id
// and resolved_by indexes serve the resolver and the details.
bool HistoryStore::addResolution()
{
    return exec(u"ALTER TABLE history ADD COLUMN resolved_by INTEGER"_s)
        && exec(u"ALTER TABLE history ADD COLUMN resolved_ms INTEGER"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS history_unresolved ON history (id) "
                u"WHERE outcome = 'unknown' AND resolved_ms IS NULL"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS history_flowlog_id ON history (flowlog_id)"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS history_resolved_by ON history (resolved_by) "
                u"WHERE resolved_by IS NOT NULL"_s);
}

// Version 4 keeps the parameters CreateFlowLog gained after 2016. Rows written before hold NULL in
// each, which reads as "not given": exactly what those attempts sent.
bool HistoryStore::addTodaysParameters()
{
    static const QString columns[] = {u"aggregation_interval"_s, u"traffic_path"_s, u"ip_version"_s,
        u"resource_group_id"_s, u"tags"_s};
    for (const QString &column : columns) {
        if (!exec(u"ALTER TABLE history ADD COLUMN %1 TEXT"_s.arg(column)))
            return false;
    }
    return true;
}

// Version 5 records what was done: the action (create, start, stop, modify, delete). Every row
// written before is an attempt to create a flow log.
bool HistoryStore::addAction()
{
    return exec(u"ALTER TABLE history ADD COLUMN action TEXT NOT NULL DEFAULT 'create'"_s);
}

// Version 6 keeps the rows of a batch together: batch_id names the batch a row belongs to (NULL for
// a single call), and a row may be "queued": stored when its batch started, not sent yet. A batch
// cut short by a crash is found again by its queued and unknown rows (the partial index keeps that
// question independent of the history's size).
bool HistoryStore::addBatch()
{
    return exec(u"ALTER TABLE history ADD COLUMN batch_id TEXT"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS history_batch ON history (batch_id) WHERE batch_id IS NOT NULL"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS history_open_batch ON history (batch_id) "
                u"WHERE batch_id IS NOT NULL AND (outcome = 'queued' OR (outcome = 'unknown' AND resolved_ms IS NULL))"_s);
}

int HistoryStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        failQuery(query);
        return -1;
    }
    return query.value(0).toInt();
}

bool HistoryStore::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(statement) || failQuery(query);
}

bool HistoryStore::exec(QSqlQuery &query)
{
    return query.exec() || failQuery(query);
}

// IMMEDIATE takes the write lock at once, so two writers queue on the busy timeout instead of
// failing when a read lock cannot be upgraded.
bool HistoryStore::begin()
{
    return m_statements ? exec(m_statements->begin) : exec(u"BEGIN IMMEDIATE"_s);
}

bool HistoryStore::commit()
{
    return m_statements ? exec(m_statements->commit) : exec(u"COMMIT"_s);
}

void HistoryStore::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(u"ROLLBACK"_s);
}

qint64 HistoryStore::nextRevision()
{
    QSqlQuery &read = m_statements->readRevision;
    if (!exec(m_statements->bumpRevision) || !exec(read))
        return 0;
    const qint64 revision = read.next() ? read.value(0).toLongLong() : 0;
    // Finished at once, so that no statement is still reading when the transaction commits.
    read.finish();
    return revision > 0 || failQuery(read) ? revision : 0;
}

qint64 HistoryStore::add(const HistoryEntry &entry)
{
    const QList<qint64> ids = addAll({entry});
    return ids.isEmpty() ? 0 : ids.constFirst();
}

QList<qint64> HistoryStore::addAll(const QList<HistoryEntry> &entries)
{
    if (entries.isEmpty() || !isOpen() || !begin())
        return {};
    const qint64 revision = nextRevision();
    QSqlQuery &query = m_statements->insert;
    bool ok = revision > 0;
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (auto it = entries.cbegin(); ok && it != entries.cend(); ++it) {
        bindEntry(query, *it, revision);
        ok = exec(query);
        ids.append(query.lastInsertId().toLongLong());
    }
    query.finish();
    if (!ok || !commit()) {
        rollback();
        return {};
    }
    m_lastWriteRevision = revision;
    // Copying every entry for a signal nobody listens to (flowlog-cli) would cost more than the insert.
    if (!isSignalConnected(QMetaMethod::fromSignal(&HistoryStore::entryAdded)))
        return ids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        HistoryEntry added = entries.at(i);
        added.id = ids.at(i);
        Q_EMIT entryAdded(added);
    }
    return ids;
}

bool HistoryStore::update(const HistoryEntry &entry)
{
    return updateAll({entry});
}

bool HistoryStore::updateAll(const QList<HistoryEntry> &entries)
{
    if (entries.isEmpty() || !isOpen() || !begin())
        return false;
    const qint64 revision = nextRevision();
    QSqlQuery &query = m_statements->update;
    bool ok = revision > 0;
    for (auto it = entries.cbegin(); ok && it != entries.cend(); ++it) {
        bindEntry(query, *it, revision);
        query.bindValue(WrittenColumnCount, it->id);
        ok = exec(query)
            && (query.numRowsAffected() == 1 || fail(tr("History entry %1 does not exist.").arg(it->id)));
    }
    query.finish();
    if (!ok || !commit()) {
        rollback();
        return false;
    }
    m_lastWriteRevision = revision;
    if (!isSignalConnected(QMetaMethod::fromSignal(&HistoryStore::entryUpdated)))
        return true;
    for (const HistoryEntry &entry : entries)
        Q_EMIT entryUpdated(entry);
    return true;
}

bool HistoryStore::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return isOpen();
    if (!isOpen() || !begin())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    bool ok = query.prepare(u"DELETE FROM history WHERE id = ?"_s) || failQuery(query);
    for (auto it = ids.cbegin(); ok && it != ids.cend(); ++it) {
        query.addBindValue(*it);
        ok = query.exec() || failQuery(query);
    }
    if (!ok || !commit()) {
        rollback();
        return false;
    }
    Q_EMIT entriesRemoved(ids);
    return true;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    const QList<HistoryEntry> found = select(u"id = ?"_s, {id}, u"id"_s, 1, Detail::Full);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<HistoryEntry> HistoryStore::entries(int limit, Detail detail) const
{
    return select({}, {}, u"id DESC"_s, limit, detail);
}

bool HistoryStore::forEachEntry(const std::function<bool(const HistoryEntry &)> &visitor, Detail detail) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return run(query, {}, {}, u"id"_s, 0, detail) && visit(query, visitor, detail);
}

bool HistoryStore::visit(QSqlQuery &query, const std::function<bool(const HistoryEntry &)> &visitor,
    Detail detail) const
{
    while (query.next()) {
        if (!visitor(readEntry(query, detail)))
            return true;
    }
    return !query.lastError().isValid() || failQuery(query);
}

QList<HistoryEntry> HistoryStore::unresolvedEntries(Detail detail) const
{
    // Spelled as the partial index's condition, so that SQLite reads the index first. Only creates
    // are settled later: an unknown start, stop, modify or delete stays as it is.
    return select(u"outcome = 'unknown' AND resolved_ms IS NULL AND action = 'create'"_s, {}, u"id"_s, 0, detail);
}

QList<HistoryEntry> HistoryStore::batchEntries(const QString &batchId, Detail detail) const
{
    return select(u"batch_id = ?"_s, {batchId}, u"id"_s, 0, detail);
}

QStringList HistoryStore::openBatches() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Spelled as the partial index's condition, so that SQLite reads the index alone.
    if (!query.exec(u"SELECT DISTINCT batch_id FROM history WHERE batch_id IS NOT NULL AND (outcome = 'queued' "
                    u"OR (outcome = 'unknown' AND resolved_ms IS NULL)) ORDER BY batch_id"_s)) {
        failQuery(query);
        return {};
    }
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QList<HistoryEntry> HistoryStore::entriesWithFlowLogId(const QString &flowLogId, Detail detail) const
{
    return select(u"flowlog_id = ?"_s, {flowLogId}, u"id"_s, 0, detail);
}

QList<HistoryEntry> HistoryStore::entriesResolvedBy(qint64 id, Detail detail) const
{
    return select(u"resolved_by = ?"_s, {id}, u"id"_s, 0, detail);
}

QList<HistoryEntry> HistoryStore::entriesAfter(qint64 afterId, Detail detail) const
{
    return select(u"id > ?"_s, {afterId}, u"id"_s, 0, detail);
}

qint64 HistoryStore::revision() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT value FROM revision_counter WHERE id = 1"_s) || !query.next())
    {
        failQuery(query);
        return 0;
    }
    return query.value(0).toLongLong();
}

QList<HistoryEntry> HistoryStore::entriesChangedSince(qint64 revision, Detail detail) const
{
    return select(u"revision > ?"_s, {revision}, u"id"_s, 0, detail);
}

int HistoryStore::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT COUNT(*) FROM history"_s) || !query.next())
    {
        failQuery(query);
        return 0;
    }
    return query.value(0).toInt();
}

QList<HistoryEntry> HistoryStore::select(const QString &where, const QVariantList &values, const QString &order,
    int limit, Detail detail) const
{
    QList<HistoryEntry> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (run(query, where, values, order, limit, detail))
        visit(query, [&result](const HistoryEntry &entry) { result.append(entry); return true; }, detail);
    return result;
}

// One prepared, forward-only statement: SQLite hands rows over as they are read, so 100k rows
// cost one pass and no client-side caching.
bool HistoryStore::run(QSqlQuery &query, const QString &where, const QVariantList &values, const QString &order,
    int limit, Detail detail) const
{
    if (!isOpen())
        return fail(tr("The history is not open."));
    query.setForwardOnly(true);
    const QString texts = detail == Detail::Full ? u"request_text, response_text"_s : u"NULL, NULL"_s;
    const QString filter = where.isEmpty() ? QString() : u" WHERE "_s + where;
    const QString limited = limit > 0 ? u" LIMIT %1"_s.arg(limit) : QString();
    if (!query.prepare(u"SELECT %1%2 FROM history%3 ORDER BY %4%5"_s.arg(SelectedColumns, texts, filter, order, limited)))
        return failQuery(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() || failQuery(query);
}

bool HistoryStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool HistoryStore::failQuery(const QSqlQuery &query) const
{
    return fail(tr("The history file %1 cannot be used: %2")
                    .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
}
