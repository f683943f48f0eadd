#include "emulator/ratelimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Token counts are sums of fractions (30 ms at 10/s is 0.3 of a token): a token that is whole but
// for rounding is whole.
constexpr double tokenEpsilon = 1e-9;

RateLimiter::Clock steadyClock()
{
    QElapsedTimer started;
    started.start();
    return [started] { return started.elapsed(); };
}

} // namespace

RateLimiter::RateLimiter()
    : m_clock(steadyClock())
{
}

void RateLimiter::setRate(double callsPerSecond)
{
    m_rate = std::isfinite(callsPerSecond) && callsPerSecond > 0 ? std::min(callsPerSecond, maximumRate) : 0;
    m_buckets.clear();
}

void RateLimiter::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : steadyClock();
    m_buckets.clear();
}

double RateLimiter::capacity() const
{
    return std::max(1.0, m_rate);
}

qint64 RateLimiter::acquire(const QString &accountId, const QString &action)
{
    if (!isEnabled())
        return 0;
    const qint64 nowMs = m_clock();
    const auto key = std::pair(accountId, action);
    auto found = m_buckets.find(key);
    if (found == m_buckets.end())
        found = m_buckets.insert(key, Bucket {capacity(), nowMs});
    Bucket &bucket = found.value();
    refill(bucket, nowMs);
    if (bucket.tokens < 1 - tokenEpsilon)
        return millisecondsToNextToken(bucket);
    bucket.tokens = std::max(0.0, bucket.tokens - 1);
    return 0;
}

void RateLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    const qint64 elapsedMs = std::max<qint64>(0, nowMs - bucket.updatedMs);
    bucket.tokens = std::min(capacity(), bucket.tokens + double(elapsedMs) * m_rate / 1000);
    bucket.updatedMs = std::max(bucket.updatedMs, nowMs);
}

// Rounded up: a client that waits exactly this long finds the token there (the half epsilon keeps
// a whole number of milliseconds from being rounded up to the next one).
qint64 RateLimiter::millisecondsToNextToken(const Bucket &bucket) const
{
    const double waitMs = (1 - bucket.tokens - tokenEpsilon / 2) * 1000 / m_rate;
    return std::max<qint64>(1, qint64(std::ceil(waitMs)));
}

std::optional<double> RateLimiter::parseRate(const QString &text, QString *error)
{
    QString number = text.trimmed();
    if (number.endsWith(u"/s"_s))
        number.chop(2);
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (ok && std::isfinite(value) && value >= 0 && value <= maximumRate)
        return value;
    if (error) {
        *error = u"calls per second from 0 (no limit) to %1, written N/s or N (e.g. 20/s), not \"%2\""_s.arg(
            QString::number(maximumRate, 'f', 0), text);
    }
    return std::nullopt;
}
