#include "core/batch/csvreader.h"

#include "core/platform/boundedfile.h"
#include "core/request/tagsyntax.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A one-pass state machine over the decoded text; it keeps the record being built.
class CsvScanner
{
public:
    CsvScanner(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    bool run(QList<QStringList> *records, QList<int> *lines, QString *error)
    {
        while (m_position < m_text.size()) {
            if (!readField(error))
                return false;
            if (m_position < m_text.size() && m_text.at(m_position) == m_separator) {
                ++m_position;
                if (m_position == m_text.size()) { // a comma at the very end: an empty last field
                    m_record.append(QString());
                    endRecord(records, lines);
                }
                continue;
            }
            endRecord(records, lines);
        }
        return true;
    }

    int line() const { return m_line; }

private:
    bool readField(QString *error)
    {
        if (m_record.isEmpty())
            m_recordLine = m_line;
        if (m_text.at(m_position) == u'"')
            return readQuoted(error);
        const qsizetype start = m_position;
        while (m_position < m_text.size() && !isSeparator(m_text.at(m_position))) {
            if (m_text.at(m_position) == u'"')
                return fail(error, CsvReader::tr("Line %1: a quote inside an unquoted field (quote the whole field "
                                                 "and double the quote).").arg(m_line));
            ++m_position;
        }
        m_record.append(m_text.sliced(start, m_position - start).toString());
        return true;
    }

    bool readQuoted(QString *error)
    {
        const int startLine = m_line;
        QString field;
        for (++m_position; m_position < m_text.size(); ++m_position) {
            const QChar c = m_text.at(m_position);
            if (c == u'"' && m_position + 1 < m_text.size() && m_text.at(m_position + 1) == u'"') {
                field.append(c);
                ++m_position;
            } else if (c == u'"') {
                ++m_position;
                m_record.append(field);
                if (m_position < m_text.size() && !isSeparator(m_text.at(m_position)))
                    return fail(error, CsvReader::tr("Line %1: text after a closing quote.").arg(m_line));
                return true;
            } else {
                if (c == u'\n')
                    ++m_line;
                field.append(c);
            }
        }
        return fail(error, CsvReader::tr("Line %1: a quoted field is never closed.").arg(startLine));
    }

    void endRecord(QList<QStringList> *records, QList<int> *lines)
    {
        if (m_position < m_text.size() && m_text.at(m_position) == u'\r')
            ++m_position;
        if (m_position < m_text.size() && m_text.at(m_position) == u'\n')
            ++m_position;
        ++m_line;
        // Blank lines carry no record.
        if (!(m_record.size() == 1 && m_record.constFirst().isEmpty())) {
            records->append(m_record);
            lines->append(m_recordLine);
        }
        m_record.clear();
    }

    bool isSeparator(QChar c) const { return c == m_separator || c == u'\n' || c == u'\r'; }

    static bool fail(QString *error, const QString &message)
    {
        *error = message;
        return false;
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_position = 0;
    int m_line = 1;
    int m_recordLine = 1;
    QStringList m_record;
};

} // namespace

bool CsvReader::parse(const QByteArray &data, CsvTable *table, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInvalidToNull);
    QString text = decoder.decode(data);
    if (decoder.hasError() || text.contains(QChar(0))) {
        *error = tr("The file is not valid UTF-8 text.");
        return false;
    }
    return parseText(text, table, error);
}

bool CsvReader::parseText(QString text, CsvTable *table, QString *error, QChar separator)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QList<int> lines;
    CsvScanner scanner(text, separator);
    if (!scanner.run(&records, &lines, error))
        return false;
    *table = {};
    if (records.isEmpty())
        return true;
    table->header = records.takeFirst();
    table->headerLine = lines.takeFirst();
    table->rows = std::move(records);
    table->lines = std::move(lines);
    return true;
}

bool CsvReader::parsePasted(const QString &text, CsvTable *table, QString *error)
{
    if (!parseText(text, table, error, u'\t'))
        return false;
    if (table->header.isEmpty() || BatchColumns::looksLikeHeader(table->header))
        return true;
    // No header: the first record is data, in the order of BatchColumns::names().
    table->rows.prepend(std::exchange(table->header, {}));
    table->lines.prepend(table->headerLine);
    qsizetype widest = 0;
    for (const QStringList &row : std::as_const(table->rows))
        widest = std::max(widest, row.size());
    table->header = BatchColumns::names().mid(0, std::max(widest, BatchColumns::required().size()));
    return true;
}

bool CsvReader::readFile(const QString &path, CsvTable *table, QString *error)
{
    const BoundedFile::Result file = BoundedFile::read(path, MaxFileBytes);
    if (!file.ok()) {
        *error = tr("Cannot read %1: %2").arg(path, file.reason);
        return false;
    }
    QString csvError;
    if (!parse(file.data, table, &csvError)) {
        *error = tr("%1 is not a valid CSV file. %2").arg(path, csvError);
        return false;
    }
    return true;
}

const QStringList &BatchColumns::names()
{
    static const QStringList columns {u"RegionId"_s, u"ResourceType"_s, u"ResourceId"_s, u"TrafficType"_s,
        u"ProjectName"_s, u"LogStoreName"_s, u"FlowLogName"_s, u"Description"_s, u"AggregationInterval"_s,
        u"TrafficPath"_s, u"IpVersion"_s, u"ResourceGroupId"_s, u"Tags"_s};
    return columns;
}

QStringList BatchColumns::cells(const FlowLogRequest &request)
{
    return {request.regionId, ResourceTypes::apiName(request.resourceType), request.resourceId,
        TrafficTypes::apiName(request.trafficType), request.projectName, request.logStoreName, request.flowLogName,
        request.description, request.aggregationInterval, request.trafficPaths.join(u';'), request.ipVersion,
        request.resourceGroupId, TagSyntax::formatList(request.tags)};
}

const QStringList &BatchColumns::required()
{
    static const QStringList columns = names().mid(0, 6);
    return columns;
}

bool BatchColumns::looksLikeHeader(const QStringList &record)
{
    // One known column name is enough: no value of a required column is ever a column's name.
    return std::any_of(record.cbegin(), record.cend(), [](const QString &cell) {
        return names().contains(cell.trimmed(), Qt::CaseInsensitive);
    });
}

bool BatchColumns::mapHeader(const QStringList &header, const QString &source, QStringList *columns, QString *error)
{
    columns->clear();
    const QStringList &columnNames = names();
    for (const QString &name : header) {
        const auto known = std::find_if(columnNames.cbegin(), columnNames.cend(),
            [&name](const QString &column) { return column.compare(name.trimmed(), Qt::CaseInsensitive) == 0; });
        if (known == columnNames.cend()) {
            *error = tr("Unknown column \"%1\" in the header of %2. The header names API parameters: %3.")
                         .arg(name, source, columnNames.join(u", "_s));
            return false;
        }
        if (columns->contains(*known)) {
            *error = tr("The column %1 appears more than once in the header of %2: keep one.").arg(*known, source);
            return false;
        }
        columns->append(*known);
    }
    QStringList missing;
    for (const QString &column : required()) {
        if (!columns->contains(column))
            missing.append(column);
    }
    if (!missing.isEmpty())
        *error = tr("The header of %1 lacks the column(s) %2.").arg(source, missing.join(u", "_s));
    return missing.isEmpty();
}

bool BatchColumns::parameters(const QStringList &columns, const QStringList &cells, int row, int line,
    ApiParameters *parameters, QString *error)
{
    parameters->clear();
    for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i) {
        const QString &column = columns.at(i);
        const QString &cell = cells.at(i);
        if (cell.trimmed().isEmpty()) // an empty cell is a parameter not given
            continue;
        if (column == u"TrafficPath"_s) {
            int index = 0;
            for (const QString &path : cell.split(u';')) {
                if (!path.trimmed().isEmpty()) // "all; internetGateway;" is two paths
                    parameters->append({u"TrafficPath.%1"_s.arg(++index), path.trimmed()});
            }
        } else if (column == u"Tags"_s) {
            TagSyntax::Error tagError;
            const FlowLogTags tags = TagSyntax::parseList(cell, &tagError);
            if (!tagError.ok()) {
                *error = tr("Row %1 (line %2), column %3: %4").arg(row).arg(line).arg(column, tagError.message());
                return false;
            }
            for (qsizetype t = 0; t < tags.size(); ++t) {
                parameters->append({u"Tag.%1.Key"_s.arg(t + 1), tags.at(t).key});
                parameters->append({u"Tag.%1.Value"_s.arg(t + 1), tags.at(t).value});
            }
        } else {
            parameters->append({column, cell});
        }
    }
    return true;
}

ApiParameters BatchColumns::withDefaults(ApiParameters parameters, const ApiParameters &defaults)
{
    // The family of a parameter: "TrafficPath" for TrafficPath.2, "Tag" for Tag.1.Key.
    const auto family = [](const QString &name) { return name.section(u'.', 0, 0); };
    QStringList given;
    for (const ApiParameter &parameter : std::as_const(parameters))
        given.append(family(parameter.first));
    for (const ApiParameter &parameter : defaults) {
        if (!given.contains(family(parameter.first)))
            parameters.append(parameter);
    }
    return parameters;
}
