#include "cli/csvreader.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A one-pass state machine over the decoded text; it keeps the record being built.
class CsvScanner
{
public:
    explicit CsvScanner(QStringView text)
        : m_text(text)
    {
    }

    bool run(QList<QStringList> *records, QList<int> *lines, QString *error)
    {
        while (m_position < m_text.size()) {
            if (!readField(error))
                return false;
            if (m_position < m_text.size() && m_text.at(m_position) == u',') {
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

    static bool isSeparator(QChar c) { return c == u',' || c == u'\n' || c == u'\r'; }

    static bool fail(QString *error, const QString &message)
    {
        *error = message;
        return false;
    }

    QStringView m_text;
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
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QList<int> lines;
    CsvScanner scanner(text);
    if (!scanner.run(&records, &lines, error))
        return false;
    *table = {};
    if (records.isEmpty())
        return true;
    table->header = records.takeFirst();
    lines.removeFirst();
    table->rows = std::move(records);
    table->lines = std::move(lines);
    return true;
}
