#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

// The gateway's flow control as a token bucket per (account, action): each bucket holds at most
// one second of tokens (capacity max(1, rate), so that a rate below 1/s still lets a call through),
// starts full and is refilled continuously at `rate` tokens per second. A call takes one token; a
// call that finds none is refused, told how long until the next token arrives, and takes nothing.
// Time comes from an injectable millisecond clock, so that tests are exact and need not sleep.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, never going back
    static constexpr double maximumRate = 1000000;

    RateLimiter(); // a steady clock started now

    // Calls per second per bucket; 0 (or anything not a positive finite number): no limit. Empties
    // every bucket's history: they start full again.
    void setRate(double callsPerSecond);
    double rate() const { return m_rate; }
    bool isEnabled() const { return m_rate > 0; }
    // Replaces the clock (tests; null: a steady clock); the buckets start full again, as times of
    // two clocks do not compare.
    void setClock(Clock clock);
    double capacity() const;

    // 0 when the call may go on (it took a token); otherwise the milliseconds until the bucket
    // holds a whole token again, at least 1.
    qint64 acquire(const QString &accountId, const QString &action);

    // "N/s" or "N": a finite number of calls per second from 0 to maximumRate. nullopt for anything
    // else, with *error saying what is expected (to follow the option's name).
    static std::optional<double> parseRate(const QString &text, QString *error = nullptr);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    void refill(Bucket &bucket, qint64 nowMs) const;
    qint64 millisecondsToNextToken(const Bucket &bucket) const;

    double m_rate = 0;
    Clock m_clock;
    QHash<std::pair<QString, QString>, Bucket> m_buckets;
};
