#include "emulator/requestframing.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// QHttpServer skips these before a request line (left over from a previous request).
bool skippedBeforeRequest(char c)
{
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

// RFC 9110 token characters, as Qt's header parser accepts them in a field name.
bool isTokenChar(char c)
{
    static constexpr QByteArrayView others("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || others.contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isHexDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    const QList<QByteArray> items = list.toByteArray().split(',');
    return std::any_of(items.begin(), items.end(),
        [token](const QByteArray &item) { return item.trimmed().compare(token, Qt::CaseInsensitive) == 0; });
}

} // namespace

RequestFraming::RequestFraming(qsizetype maxHeadBytes, qint64 maxBodyBytes)
    : m_maxHeadBytes(maxHeadBytes)
    , m_maxBodyBytes(maxBodyBytes)
{
}

qsizetype RequestFraming::feed(QByteArrayView bytes)
{
    qsizetype consumed = 0;
    while (consumed < bytes.size() && m_state != State::Stopped) {
        const QByteArrayView rest = bytes.sliced(consumed);
        qsizetype used = 0;
        switch (m_state) {
        case State::Skipping:
        case State::RequestLine:
        case State::Headers:
            used = feedHead(rest);
            break;
        case State::FixedBody:
        case State::ChunkData:
            used = feedBody(rest);
            break;
        case State::ChunkLine:
            used = feedChunkLine(rest);
            break;
        case State::ChunkDataEnd:
        case State::LastChunkEnd:
            used = feedCrlf(rest);
            break;
        case State::Stopped:
            break;
        }
        if (m_phase == Phase::Refused)
            return consumed;
        consumed += used;
    }
    return consumed;
}

bool RequestFraming::takeContinueRequest()
{
    return std::exchange(m_continueRequested, false);
}

// The head is followed a byte at a time: it is small (capped), and where it ends decides how the
// bytes after it are read.
qsizetype RequestFraming::feedHead(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (m_state == State::Skipping) {
            if (skippedBeforeRequest(c))
                continue;
            m_phase = Phase::Head;
            m_state = State::RequestLine;
            m_headBytes = 0;
            m_bodyBytes = 0;
        }
        if (!headByte(c) || m_phase != Phase::Head)
            return i + 1;
    }
    return bytes.size();
}

bool RequestFraming::headByte(char c)
{
    if (++m_headBytes > m_maxHeadBytes) {
        refuse(Refusal::HeadTooLarge,
            u"The request line and headers are larger than the %1 bytes accepted."_s.arg(m_maxHeadBytes));
        return false;
    }
    if (m_state == State::RequestLine) {
        if (c != '\n') {
            m_requestLine.append(c);
            return true;
        }
        m_state = State::Headers;
        m_headerBlock.clear();
        return true;
    }
    m_headerBlock.append(c);
    if (c == '\n' && headerBlockEnded())
        headEnded();
    return m_phase != Phase::Refused;
}

// Where QHttpServer 6.4 ends the header block: an empty line, with CRLF or LF line ends mixed.
bool RequestFraming::headerBlockEnded() const
{
    return m_headerBlock == "\n" || m_headerBlock == "\r\n" || m_headerBlock.endsWith("\n\n")
        || m_headerBlock.endsWith("\n\r\n");
}

void RequestFraming::headEnded()
{
    const QList<QByteArray> words = withoutCr(m_requestLine).toByteArray().split(' ');
    QList<QByteArray> parts;
    for (const QByteArray &word : words) {
        if (!word.isEmpty())
            parts.append(word);
    }
    m_requestLine.clear();
    if (parts.size() != 3 || (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")) {
        refuse(Refusal::Malformed, u"The request line is not METHOD TARGET HTTP/1.1."_s);
        return;
    }
    QByteArray contentLength;
    QByteArray transferEncoding;
    bool close = false;
    bool expectContinue = false;
    if (!readHeaders(&contentLength, &transferEncoding, &close, &expectContinue))
        return;
    // HTTP/1.0 closes after each answer unless it asks to keep the connection.
    m_closeAfter = close || (parts[2] == "HTTP/1.0" && !m_keepAliveAsked);
    if (!transferEncoding.isNull()) {
        m_phase = Phase::Body;
        m_state = State::ChunkLine;
        m_chunkLine.clear();
    } else if (!contentLength.isEmpty() && contentLength.toLongLong() > 0) {
        m_phase = Phase::Body;
        m_state = State::FixedBody;
        m_remaining = contentLength.toLongLong();
    } else {
        requestEnded();
        return;
    }
    m_continueRequested = expectContinue;
}

// The fields QHttpServer's framing depends on, refusing what Qt's parser would read otherwise
// (see the class comment).
bool RequestFraming::readHeaders(
    QByteArray *contentLength, QByteArray *transferEncoding, bool *close, bool *expectContinue)
{
    QByteArrayView block = m_headerBlock;
    m_keepAliveAsked = false;
    if (block == "\n" || block == "\r\n")
        return true;
    while (block.endsWith("\n\r\n") || block.endsWith("\n\n"))
        block.chop(block.endsWith("\n\r\n") ? 2 : 1);
    int fields = 0;
    int transferEncodings = 0;
    for (QByteArrayView rest = block; !rest.isEmpty();) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView line = withoutCr(rest.first(end));
        rest = rest.sliced(end + 1);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            refuse(Refusal::Malformed, u"A header line is folded onto the next (obsolete line folding)."_s);
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || !isToken(line.first(colon))) {
            refuse(Refusal::Malformed, u"A header line is not NAME: VALUE with a token as its name."_s);
            return false;
        }
        if (line.size() > maxHeaderFieldBytes || ++fields > maxHeaderFields) {
            refuse(Refusal::HeadTooLarge,
                u"The request has a header field longer than %1 bytes or more than %2 fields."_s
                    .arg(maxHeaderFieldBytes)
                    .arg(maxHeaderFields));
            return false;
        }
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "content-length") {
            if (!isDigits(value) || value.size() > 18
                || (!contentLength->isEmpty() && *contentLength != value)) {
                refuse(Refusal::Malformed, u"Content-Length is not one plain number."_s);
                return false;
            }
            *contentLength = value;
        } else if (name == "transfer-encoding") {
            ++transferEncodings;
            *transferEncoding = value.toLower();
        } else if (name == "connection") {
            *close = *close || hasToken(value, "close");
            m_keepAliveAsked = m_keepAliveAsked || hasToken(value, "keep-alive");
        } else if (name == "expect") {
            *expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (transferEncodings > 0
        && (transferEncodings > 1 || *transferEncoding != "chunked" || !contentLength->isEmpty())) {
        refuse(Refusal::Malformed,
            u"Transfer-Encoding must be exactly chunked, once, and without a Content-Length."_s);
        return false;
    }
    if (!contentLength->isEmpty() && contentLength->toLongLong() > m_maxBodyBytes) {
        refuse(Refusal::BodyTooLarge,
            u"The request body is larger than the %1 bytes accepted."_s.arg(m_maxBodyBytes));
        return false;
    }
    return true;
}

qsizetype RequestFraming::feedBody(QByteArrayView bytes)
{
    const qsizetype used = qsizetype(std::min<qint64>(m_remaining, bytes.size()));
    m_remaining -= used;
    m_bodyBytes += used;
    if (m_remaining > 0)
        return used;
    if (m_state == State::FixedBody) {
        requestEnded();
    } else {
        m_state = State::ChunkDataEnd;
        m_crlfSeen = 0;
    }
    return used;
}

// A chunked body counts with its framing: QHttpServer keeps every byte of the request until it
// has read all of it.
qsizetype RequestFraming::feedChunkLine(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        m_chunkLine.append(bytes[i]);
        ++m_bodyBytes;
        if (m_chunkLine.size() > maxChunkLineBytes) {
            refuse(
                Refusal::Malformed, u"A chunk size line is longer than %1 bytes."_s.arg(maxChunkLineBytes));
            return i + 1;
        }
        if (bytes[i] == '\n') {
            chunkLineEnded();
            return i + 1;
        }
    }
    return bytes.size();
}

void RequestFraming::chunkLineEnded()
{
    if (!m_chunkLine.endsWith("\r\n")) {
        refuse(Refusal::Malformed, u"A chunk size line does not end with CRLF."_s);
        return;
    }
    QByteArrayView size = QByteArrayView(m_chunkLine).chopped(2);
    const qsizetype extension = size.indexOf(';');
    if (extension >= 0)
        size = size.first(extension);
    size = size.trimmed();
    if (!isHexDigits(size) || size.size() > 16) {
        refuse(Refusal::Malformed, u"A chunk size is not a hexadecimal number."_s);
        return;
    }
    bool ok = false;
    const quint64 chunkSize = size.toULongLong(&ok, 16);
    if (!ok || m_bodyBytes > m_maxBodyBytes || chunkSize > quint64(m_maxBodyBytes - m_bodyBytes)) {
        refuse(Refusal::BodyTooLarge,
            u"The request body is larger than the %1 bytes accepted."_s.arg(m_maxBodyBytes));
        return;
    }
    m_chunkLine.clear();
    m_crlfSeen = 0;
    if (chunkSize == 0) {
        m_state = State::LastChunkEnd;
        return;
    }
    m_state = State::ChunkData;
    m_remaining = qint64(chunkSize);
}

qsizetype RequestFraming::feedCrlf(QByteArrayView bytes)
{
    const char expected = m_crlfSeen == 0 ? '\r' : '\n';
    if (bytes.front() != expected) {
        refuse(Refusal::Malformed,
            m_state == State::LastChunkEnd
                ? u"The chunked body has trailers or no final CRLF; trailers are not accepted."_s
                : u"A chunk is not followed by CRLF."_s);
        return 1;
    }
    ++m_bodyBytes;
    if (++m_crlfSeen < 2)
        return 1;
    if (m_state == State::LastChunkEnd) {
        requestEnded();
    } else {
        m_state = State::ChunkLine;
        m_chunkLine.clear();
    }
    return 1;
}

void RequestFraming::requestEnded()
{
    ++m_completed;
    m_continueRequested = false;
    if (m_closeAfter) {
        m_phase = Phase::Closed;
        m_state = State::Stopped;
        return;
    }
    m_phase = Phase::BetweenRequests;
    m_state = State::Skipping;
}

void RequestFraming::refuse(Refusal refusal, const QString &reason)
{
    m_phase = Phase::Refused;
    m_state = State::Stopped;
    m_refusal = refusal;
    m_reason = reason;
    m_continueRequested = false;
}
