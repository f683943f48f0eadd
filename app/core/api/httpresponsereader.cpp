#include "core/api/httpresponsereader.h"

namespace {

// Status line and headers together; a gateway's are a few hundred bytes.
constexpr qsizetype maxHeadBytes = 64 * 1024;

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    for (QByteArrayView item : QByteArray::fromRawData(list.data(), list.size()).split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpResponseReader::HttpResponseReader(qint64 maxBodyBytes)
    : m_maxBodyBytes(maxBodyBytes)
{
}

HttpResponseReader::State HttpResponseReader::feed(const QByteArray &bytes)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_started = m_started || !bytes.isEmpty();
    m_buffer += bytes;
    m_state = advance();
    // Consumed bytes are dropped once in a while, not on every read.
    if (m_offset > 4096 && m_offset * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    return m_state;
}

HttpResponseReader::State HttpResponseReader::finishAtClose()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (m_stage == Stage::BodyUntilClose) {
        complete();
        m_state = State::Complete;
    } else {
        m_state = State::Malformed;
    }
    return m_state;
}

HttpResponse HttpResponseReader::takeResponse()
{
    return std::move(m_response);
}

HttpResponseReader::State HttpResponseReader::advance()
{
    for (;;) {
        bool progressed = false;
        switch (m_stage) {
        case Stage::StatusAndHeaders:
            progressed = readHead();
            break;
        case Stage::FixedBody:
            progressed = readFixedBody();
            break;
        case Stage::ChunkSize:
            progressed = readChunkSize();
            break;
        case Stage::ChunkData:
            progressed = readChunkData();
            break;
        case Stage::ChunkEnd:
            progressed = readChunkEnd();
            break;
        case Stage::Trailers:
            progressed = readTrailers();
            break;
        case Stage::BodyUntilClose:
            progressed = appendBody(QByteArrayView(m_buffer).sliced(m_offset));
            m_offset = m_buffer.size();
            return m_state == State::TooLarge ? m_state : State::Incomplete;
        case Stage::Done:
            return State::Complete;
        }
        if (m_state != State::Incomplete)
            return m_state;
        if (!progressed)
            return State::Incomplete;
    }
}

bool HttpResponseReader::readHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_offset);
    if (end < 0) {
        if (m_buffer.size() - m_offset > maxHeadBytes)
            m_state = State::Malformed;
        return false;
    }
    const QByteArrayView head = QByteArrayView(m_buffer).sliced(m_offset, end - m_offset);
    m_offset = end + 4;
    m_response.headers.clear();
    if (!parseHead(head)) {
        m_state = State::Malformed;
        return false;
    }
    // An interim answer (100 Continue and the like): the real one follows.
    if (m_response.status < 200)
        return true;
    return chooseFraming();
}

bool HttpResponseReader::parseHead(QByteArrayView head)
{
    qsizetype lineEnd = head.indexOf("\r\n");
    if (!parseStatusLine(head.first(lineEnd < 0 ? head.size() : lineEnd)))
        return false;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", start);
        const QByteArrayView line = head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        m_response.headers.append({line.first(colon).trimmed().toByteArray().toLower(),
            line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return true;
}

bool HttpResponseReader::parseStatusLine(QByteArrayView line)
{
    // "HTTP/1.1 200 OK"
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ')
        return false;
    bool ok = false;
    m_response.status = line.sliced(9, 3).toInt(&ok);
    m_http10 = line.at(7) == '0';
    return ok && m_response.status >= 100 && m_response.status <= 999;
}

bool HttpResponseReader::chooseFraming()
{
    const QByteArray connection = m_response.header("connection");
    m_keepAlive = m_http10 ? containsToken(connection, "keep-alive") : !containsToken(connection, "close");
    const int status = m_response.status;
    if (status == 204 || status == 304) {
        complete();
        return true;
    }
    const QByteArray transferEncoding = m_response.header("transfer-encoding");
    if (!transferEncoding.isEmpty()) {
        if (!containsToken(transferEncoding, "chunked")) {
            m_state = State::Malformed;
            return false;
        }
        m_stage = Stage::ChunkSize;
        return true;
    }
    const QByteArray length = m_response.header("content-length");
    if (length.isEmpty()) {
        m_keepAlive = false; // the close ends the body
        m_stage = Stage::BodyUntilClose;
        return true;
    }
    bool ok = false;
    m_remaining = length.toLongLong(&ok);
    if (!ok || m_remaining < 0) {
        m_state = State::Malformed;
        return false;
    }
    if (m_remaining > m_maxBodyBytes) {
        m_state = State::TooLarge;
        return false;
    }
    m_stage = Stage::FixedBody;
    return true;
}

bool HttpResponseReader::readFixedBody()
{
    const qsizetype take = qsizetype(std::min<qint64>(m_remaining, m_buffer.size() - m_offset));
    m_response.body += QByteArrayView(m_buffer).sliced(m_offset, take);
    m_offset += take;
    m_remaining -= take;
    if (m_remaining == 0)
        complete();
    return m_remaining == 0;
}

bool HttpResponseReader::readChunkSize()
{
    QByteArray line;
    if (!takeLine(&line))
        return false;
    const qsizetype extension = line.indexOf(';');
    bool ok = false;
    m_remaining = line.left(extension < 0 ? line.size() : extension).trimmed().toLongLong(&ok, 16);
    if (!ok || m_remaining < 0) {
        m_state = State::Malformed;
        return false;
    }
    if (m_response.body.size() + m_remaining > m_maxBodyBytes) {
        m_state = State::TooLarge;
        return false;
    }
    m_stage = m_remaining == 0 ? Stage::Trailers : Stage::ChunkData;
    return true;
}

bool HttpResponseReader::readChunkData()
{
    const qsizetype take = qsizetype(std::min<qint64>(m_remaining, m_buffer.size() - m_offset));
    m_response.body += QByteArrayView(m_buffer).sliced(m_offset, take);
    m_offset += take;
    m_remaining -= take;
    if (m_remaining == 0)
        m_stage = Stage::ChunkEnd;
    return m_remaining == 0;
}

bool HttpResponseReader::readChunkEnd()
{
    QByteArray line;
    if (!takeLine(&line))
        return false;
    if (!line.isEmpty()) {
        m_state = State::Malformed;
        return false;
    }
    m_stage = Stage::ChunkSize;
    return true;
}

bool HttpResponseReader::readTrailers()
{
    QByteArray line;
    if (!takeLine(&line))
        return false;
    if (line.isEmpty())
        complete();
    return true;
}

// A CRLF-terminated line without its CRLF; false until the whole line is there.
bool HttpResponseReader::takeLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf("\r\n", m_offset);
    if (end < 0) {
        if (m_buffer.size() - m_offset > maxHeadBytes)
            m_state = State::Malformed;
        return false;
    }
    *line = m_buffer.mid(m_offset, end - m_offset);
    m_offset = end + 2;
    return true;
}

bool HttpResponseReader::appendBody(QByteArrayView bytes)
{
    if (m_response.body.size() + bytes.size() > m_maxBodyBytes) {
        m_state = State::TooLarge;
        return false;
    }
    m_response.body += bytes;
    return !bytes.isEmpty();
}

void HttpResponseReader::complete()
{
    m_stage = Stage::Done;
    m_state = State::Complete;
}
