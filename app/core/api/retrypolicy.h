#pragma once

#include "core/api/apiresult.h"

#include <QString>

#include <functional>

// What is known about one failed attempt.
struct RetryInput
{
    int attempt = 1; // the attempt that just ended, counted from 1 (throttled ones included)
    TransportError transportError = TransportError::None;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString code = {};  // the server's error code, empty when none
    int retryAfterMs = -1; // the x-acs-retry-after header, -1 when absent
    bool idempotent = false; // repeating the call cannot create or change anything twice
    // The credentials come from a provider that can renew them (a role, a service, a process), and
    // this call has not yet been sent again with renewed ones.
    bool canRenewCredentials = false;
    // Of these attempts, how many were answered with throttling, this one included.
    int throttledAnswers = 0;
    // A RatePacer spaces the attempts: it waits out the retry-after, so a throttled call is sent
    // again at once (into the pacer).
    bool paced = false;
};

struct RetryDecision
{
    enum class Action {
        Retry,         // send again after delayMs
        CheckExisting, // the call may have acted: look for its effect before sending again
        GiveUp,
        // The credentials expired before the call reached the API (InvalidSecurityToken.Expired):
        // it did not act; renew them and send again at once, not counted as an attempt.
        RenewCredentials,
    };
    Action action = Action::GiveUp;
    int delayMs = 0;

    friend bool operator==(const RetryDecision &, const RetryDecision &) = default;
};

// Decides, from one failed attempt, whether to send again. Pure and deterministic once the jitter
// source is fixed.
//
// Only what certainly did not act is repeated at once: throttling (x-acs-retry-after honoured, ms;
// with a RatePacer the pacer waits instead), connection refused, host not found, connect timeout and 503/ServiceUnavailable. A read timeout or a
// connection lost after sending may have acted: read-only calls are repeated, others need
// CheckExisting. Other 5xx answers (InternalError, 502, 504) might come after the backend acted, so
// they count as ambiguous for calls that are not idempotent, and so does SignatureNonceUsed (the
// same attempt arrived twice). An expired STS token is answered by renewing the credentials once,
// when they can be renewed (RenewCredentials). Delays grow exponentially from
// initialBackoffMs (throttling from 500 ms), capped at maxBackoffMs, with jitter in [d/2, d]. A
// server asking for a longer wait than maxBackoffMs is not retried: the operator is told instead.
//
// The attempt budget (maxAttempts) counts the attempts that were not throttled: a throttled call
// certainly did not act, and under a rate limit a batch would otherwise spend its operator's
// retries on waiting its turn. Throttled answers have a budget of their own, maxThrottledRetries
// per call: the answer after that many is given up on, with its throttling error.
class RetryPolicy
{
public:
    // Returns a value in [0, 1]; the default draws from QRandomGenerator.
    using Jitter = std::function<double()>;
    static constexpr int throttlingInitialBackoffMs = 500;
    static constexpr int maxThrottledRetries = 10;

    explicit RetryPolicy(int maxAttempts = 3, int initialBackoffMs = 100, int maxBackoffMs = 20000,
        Jitter jitter = {});

    RetryDecision decide(const RetryInput &input) const;
    // The delay before the attempt after `attempt`.
    int backoffMs(int attempt, bool throttled) const;
    int maxAttempts() const { return m_maxAttempts; }

private:
    RetryDecision retryAfter(int attempt, int delayMs) const;
    RetryDecision decideThrottling(const RetryInput &input) const;
    RetryDecision decideTransport(const RetryInput &input) const;
    RetryDecision decideAnswer(const RetryInput &input) const;
    RetryDecision decideServerFault(const RetryInput &input) const;

    int m_maxAttempts;
    int m_initialBackoffMs;
    int m_maxBackoffMs;
    Jitter m_jitter;
};
