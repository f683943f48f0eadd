#pragma once

#include <QList>
#include <QString>

#include <optional>

// One hostile answer, scripted for an action (or any action) and a number of requests.
struct ScriptedFault
{
    enum class Mode {
        Hang, // read the request, never answer, do not act
        ActThenHang, // carry the action out, never answer
        Close, // close the connection unanswered, without acting
        LoseResponse, // carry the action out, then close unanswered
        Drip, // carry the action out and answer one byte per drip interval
        Garbage, // 200 with bytes that are no API answer, without acting
        Oversize, // 200 with a 2 MiB body and its Content-Length
        OversizeChunked, // 200 with a 2 MiB chunked body
        OversizeUnframed, // 200 with a 2 MiB body and no length: it ends when the connection closes
        LyingLength, // a Content-Length larger than what is sent, then close
        LyingChunk, // a chunk size of 7FFFFFFFFFFFFFF0, a few bytes, then close
        NestedXml, // 400 with an XML error body of 300,000 nested <a> elements, under 1 MiB
        Redirect, // 302 to another port of the same host, without acting
        Error, // the gateway's error answer for `code`, without acting
        XmlError, // the same in XML, whatever Format the request asked for
    };

    Mode mode = Mode::Hang;
    QString action = {}; // empty: any action
    int count = -1; // requests it applies to; -1: every one
    QString code = {}; // Error, XmlError: the error code answered

    bool matches(const QString &requestAction) const;
    QString modeName() const; // "hang", "drip", ...
    QString toString() const;
};

// Failures the emulator injects, so that clients can be tested against a misbehaving service.
// Textual form (command line), comma-separated items:
//   throttle=P, unavailable=P, latency=MS, retry-after=MS, drip-interval=MS, lose-response=N
//   MODE=ACTION[:COUNT] with MODE one of hang, act-then-hang, close, lose-response, drip, garbage,
//     oversize, oversize-chunked, oversize-unframed, lying-length, lying-chunk, nested-xml, redirect;
//     ACTION an API action or * for any; COUNT the number of requests (omitted: every one)
//   error=ACTION:CODE[:COUNT], xml-error=ACTION:CODE[:COUNT] with CODE one of
//     EmulatorError::scriptedCodes()
// e.g.
// "hang=CreateFlowLog:1,drip=DescribeFlowLogs,drip-interval=200ms,error=DescribeFlowLogs:InternalError:3".
struct EmulatorFaults
{
    double throttleProbability = 0;    // 400 Throttling.User with x-acs-retry-after
    double unavailableProbability = 0; // 503 ServiceUnavailable
    int latencyMs = 0; // added to every answer, without blocking the server
    int loseResponses = 0; // the next N CreateFlowLogs act, then the connection is closed unanswered
    int retryAfterMs = 1000; // value of x-acs-retry-after on throttling
    int dripIntervalMs = 200; // Drip: the pause between two bytes of the answer
    QList<ScriptedFault> scripted = {}; // consulted in order; the first that matches is used

    bool isEmpty() const;
    QString toString() const;
    // nullopt (and *error set) when the spec is malformed.
    static std::optional<EmulatorFaults> parse(const QString &spec, QString *error = nullptr);
};
