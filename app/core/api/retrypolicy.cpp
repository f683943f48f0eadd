#include "core/api/retrypolicy.h"

#include "core/api/errorcatalog.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Action = RetryDecision::Action;

bool isSuccessStatus(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

RetryPolicy::RetryPolicy(int maxAttempts, int initialBackoffMs, int maxBackoffMs, Jitter jitter)
    : m_maxAttempts(std::max(1, maxAttempts))
    , m_initialBackoffMs(std::max(0, initialBackoffMs))
    , m_maxBackoffMs(std::max(0, maxBackoffMs))
    , m_jitter(jitter ? std::move(jitter) : Jitter([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

RetryDecision RetryPolicy::decide(const RetryInput &input) const
{
    // The gateway rejects an expired token before the action runs, so sending again is safe.
    if (input.canRenewCredentials && input.code == u"InvalidSecurityToken.Expired")
        return {Action::RenewCredentials, 0};
    if (input.transportError == TransportError::None && ErrorCatalog::isThrottling(input.code))
        return decideThrottling(input);
    // From here on `attempt` is the budget spent: throttled attempts do not count.
    RetryInput counted = input;
    counted.attempt = std::max(1, input.attempt - input.throttledAnswers);
    if (counted.transportError != TransportError::None)
        return decideTransport(counted);
    return decideAnswer(counted);
}

int RetryPolicy::backoffMs(int attempt, bool throttled) const
{
    const qint64 base = throttled ? std::max(throttlingInitialBackoffMs, m_initialBackoffMs) : m_initialBackoffMs;
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(m_maxBackoffMs, base << doublings);
    const double jitter = std::clamp(m_jitter(), 0.0, 1.0);
    // Equal jitter: spreads clients apart yet keeps at least half of the exponential delay.
    return int(ceiling / 2 + qint64(jitter * double(ceiling - ceiling / 2)));
}

RetryDecision RetryPolicy::retryAfter(int attempt, int delayMs) const
{
    if (attempt >= m_maxAttempts)
        return {Action::GiveUp, 0};
    return {Action::Retry, delayMs};
}

RetryDecision RetryPolicy::decideTransport(const RetryInput &input) const
{
    switch (input.transportError) {
    case TransportError::ConnectionRefused:
    case TransportError::HostNotFound:
    case TransportError::ConnectTimeout:
        return retryAfter(input.attempt, backoffMs(input.attempt, false));
    case TransportError::ReadTimeout:
    case TransportError::ConnectionLost:
        if (input.idempotent)
            return retryAfter(input.attempt, backoffMs(input.attempt, false));
        return {Action::CheckExisting, 0};
    case TransportError::ResponseTooLarge:
    case TransportError::MalformedResponse:
        // Unreadable, but an answer: a 2xx may well mean the call acted.
        if (isSuccessStatus(input.httpStatus))
            return input.idempotent ? RetryDecision {Action::GiveUp, 0} : RetryDecision {Action::CheckExisting, 0};
        if (input.httpStatus >= 500)
            return decideServerFault(input);
        return {Action::GiveUp, 0};
    case TransportError::None:
    case TransportError::TlsFailure:
    case TransportError::Other:
        break;
    }
    return {Action::GiveUp, 0};
}

// The backoff grows with the throttled answers of this call, not with its attempts.
RetryDecision RetryPolicy::decideThrottling(const RetryInput &input) const
{
    const int throttled = std::max(1, input.throttledAnswers);
    if (throttled > maxThrottledRetries || input.retryAfterMs > m_maxBackoffMs)
        return {Action::GiveUp, 0};
    if (input.paced)
        return {Action::Retry, 0};
    return {Action::Retry, input.retryAfterMs >= 0 ? input.retryAfterMs : backoffMs(throttled, true)};
}

RetryDecision RetryPolicy::decideAnswer(const RetryInput &input) const
{
    // Every attempt has its own nonce, so this answer means one request arrived twice (the HTTP
    // stack resends after a lost connection): the first copy may have acted.
    if (input.code == "SignatureNonceUsed"_L1) {
        if (input.idempotent)
            return retryAfter(input.attempt, backoffMs(input.attempt, false));
        return {Action::CheckExisting, 0};
    }
    // A code we do not know under a 5xx status is still a server fault.
    const bool unknownServerFault = !ErrorCatalog::isKnown(input.code) && input.httpStatus >= 500;
    if (ErrorCatalog::kind(input.code) == ErrorKind::RetryableNow || unknownServerFault)
        return decideServerFault(input);
    return {Action::GiveUp, 0};
}

RetryDecision RetryPolicy::decideServerFault(const RetryInput &input) const
{
    // A 503 comes from the front end before the call is dispatched; other faults may follow an act.
    const bool certainlyNotActed = input.httpStatus == 503 || input.code == "ServiceUnavailable"_L1;
    if (certainlyNotActed || input.idempotent)
        return retryAfter(input.attempt, backoffMs(input.attempt, false));
    return {Action::CheckExisting, 0};
}
