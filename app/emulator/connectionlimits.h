#pragma once

#include <QtGlobal>

// What one client may cost the emulator: the size of a request, how long a connection may keep a
// request (or nothing) coming, and how many connections are served at once. The defaults are
// what flowlog-emulator runs with; tests shorten the times. See app/emulator/README.md.
struct ConnectionLimits
{
    qsizetype maxHeadBytes = 64 * 1024; // request line and headers together; more: 431
    qint64 maxBodyBytes = 2 * 1024 * 1024; // a body above it, declared or sent: 413
    int maxConnections = 256; // more at once are answered 503 and closed
    int idleTimeoutMs = 30000; // no request begun so long after connecting or an answer: closed
    int headerTimeoutMs = 10000; // line and headers not all there so long after the first byte: 408
    int requestTimeoutMs = 30000; // the body not all there so long after the first byte: 408
    int lingerMs = 2000; // after a refusal, how long what the client still sends is read and dropped
};
