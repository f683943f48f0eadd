#pragma once

#include <QString>

#include <optional>

// Failures the emulator injects, so that clients can be tested against a misbehaving service.
// Textual form (command line): "throttle=0.2,unavailable=0.05,latency=50ms,lose-response=1,retry-after=500ms".
struct EmulatorFaults
{
    double throttleProbability = 0;    // 400 Throttling.User with x-acs-retry-after
    double unavailableProbability = 0; // 503 ServiceUnavailable
    int latencyMs = 0;                 // added to every answer, without blocking the server
    int loseResponses = 0;             // the next N CreateFlowLogs act, then the connection is closed unanswered
    int retryAfterMs = 1000;           // value of x-acs-retry-after on throttling

    bool isEmpty() const;
    QString toString() const;
    // nullopt (and *error set) when the spec is malformed.
    static std::optional<EmulatorFaults> parse(const QString &spec, QString *error = nullptr);
};
