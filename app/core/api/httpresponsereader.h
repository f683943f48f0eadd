#pragma once

#include "core/api/httpresponse.h"

#include <QByteArray>

// Reads one HTTP/1.1 answer from the bytes of a connection, as they arrive: the status line,
// headers, and a body framed by Content-Length, chunked transfer coding, or the end of the
// connection. A body larger than the cap is refused as soon as its size (declared or read) shows it.
// Interim 1xx answers are skipped.
class HttpResponseReader
{
public:
    enum class State { Incomplete, Complete, Malformed, TooLarge };

    explicit HttpResponseReader(qint64 maxBodyBytes = 1024 * 1024);

    // Appends bytes and reads as far as they go.
    State feed(const QByteArray &bytes);
    // The connection ended: completes a body that runs until the close.
    State finishAtClose();
    State state() const { return m_state; }
    // Whether any byte of an answer has arrived.
    bool hasStarted() const { return m_started; }
    // After Complete: whether the connection may carry another request.
    bool keepAlive() const { return m_keepAlive; }
    // After Complete: status, headers and body.
    HttpResponse takeResponse();

private:
    enum class Stage {
        StatusAndHeaders,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        BodyUntilClose,
        Done
    };

    State advance();
    bool readHead();
    bool parseHead(QByteArrayView head);
    bool parseStatusLine(QByteArrayView line);
    bool chooseFraming();
    bool readFixedBody();
    bool readChunkSize();
    bool readChunkData();
    bool readChunkEnd();
    bool readTrailers();
    bool takeLine(QByteArray *line);
    bool appendBody(QByteArrayView bytes);
    void complete();

    qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    qsizetype m_offset = 0; // bytes of m_buffer already consumed
    Stage m_stage = Stage::StatusAndHeaders;
    State m_state = State::Incomplete;
    HttpResponse m_response;
    qint64 m_remaining = 0; // of the fixed body or the current chunk
    bool m_http10 = false;
    bool m_keepAlive = false;
    bool m_started = false;
};
