#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Follows the requests on one connection byte by byte, without keeping their bodies, to tell
// where each one ends, how large its head and body are, and whether the connection is to be
// closed after it — before QHttpServer has buffered any of it.
//
// It frames exactly as QHttpServer 6.4 does where the request is well formed (whitespace before a
// request line is skipped; the head ends at the first empty line, LF or CRLF; Content-Length or
// chunked), and refuses what QHttpServer would read differently from a proxy or a client: a
// Content-Length that is not a plain number or repeats with another value, a Transfer-Encoding
// other than chunked or beside a Content-Length, folded header lines, a header name that is not a
// token, chunk framing without CRLF, trailers. Qt's header parser gives up past 100 fields or an
// 8 KiB field, and QHttpServer then reads the request as if it had no headers at all; those are
// refused too. Nothing here knows about sockets: the fuzzer and the tests feed it bytes.
class RequestFraming
{
public:
    static constexpr int maxHeaderFields = 100;
    static constexpr qsizetype maxHeaderFieldBytes = 8 * 1024;
    static constexpr qsizetype maxChunkLineBytes = 1024;

    enum class Phase {
        BetweenRequests, // nothing of a request yet (whitespace before one is skipped)
        Head, // the request line or headers
        Body,
        Closed, // a request asked to close the connection and has ended; what follows is no request
        Refused, // see refusal()
    };
    enum class Refusal { None, HeadTooLarge, BodyTooLarge, Malformed };

    RequestFraming(qsizetype maxHeadBytes, qint64 maxBodyBytes);

    // Follows the next bytes of the connection. Returns how many of them belong to requests: all
    // of them, unless a request that closes the connection ends within them or they are refused
    // (the request being refused is not counted as complete).
    qsizetype feed(QByteArrayView bytes);

    Phase phase() const { return m_phase; }
    Refusal refusal() const { return m_refusal; }
    QString refusalReason() const { return m_reason; } // English, for the error's Message
    int completedRequests() const { return m_completed; }
    // The head of the current request asked for "Expect: 100-continue" and the body is within the
    // limit; true once, when the head ends.
    bool takeContinueRequest();
    qint64 headBytes() const { return m_headBytes; }
    qint64 bodyBytes() const { return m_bodyBytes; }

private:
    enum class State {
        Skipping,
        RequestLine,
        Headers,
        FixedBody,
        ChunkLine,
        ChunkData,
        ChunkDataEnd,
        LastChunkEnd,
        Stopped
    };

    qsizetype feedHead(QByteArrayView bytes);
    qsizetype feedBody(QByteArrayView bytes);
    qsizetype feedChunkLine(QByteArrayView bytes);
    qsizetype feedCrlf(QByteArrayView bytes);
    bool headByte(char c);
    bool headerBlockEnded() const;
    void headEnded();
    bool readHeaders(
        QByteArray *contentLength, QByteArray *transferEncoding, bool *close, bool *expectContinue);
    void chunkLineEnded();
    void requestEnded();
    void refuse(Refusal refusal, const QString &reason);

    qsizetype m_maxHeadBytes;
    qint64 m_maxBodyBytes;
    Phase m_phase = Phase::BetweenRequests;
    State m_state = State::Skipping;
    Refusal m_refusal = Refusal::None;
    QString m_reason;
    int m_completed = 0;
    QByteArray m_requestLine;
    QByteArray m_headerBlock;
    QByteArray m_chunkLine;
    qint64 m_headBytes = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_remaining = 0; // of the fixed body or the current chunk
    int m_crlfSeen = 0; // ChunkDataEnd, LastChunkEnd: bytes of the CRLF seen
    bool m_closeAfter = false;
    bool m_keepAliveAsked = false; // Connection: keep-alive (an HTTP/1.0 client's way to keep it)
    bool m_continueRequested = false;
};
