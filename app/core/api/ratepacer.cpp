#include "core/api/ratepacer.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace {

// Below this the pace would never send at all.
constexpr double lowestRate = 0.01;
constexpr qint64 secondMs = 1000;

qint64 steadyClockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

RatePacer::RatePacer(RatePacerSettings settings, Clock clockMs)
    : m_settings(settings)
    , m_clock(clockMs ? std::move(clockMs) : Clock(steadyClockMs))
    , m_rate(clamped(settings.startRate))
{
}

qint64 RatePacer::reserve()
{
    const qint64 now = m_clock();
    startIfFirst(now);
    noteDemand(now);
    const double slot = std::max({double(now), m_nextSlotMs, double(m_pauseUntilMs)});
    m_nextSlotMs = slot + slotMs();
    return std::max<qint64>(0, qint64(std::ceil(slot)) - now);
}

void RatePacer::accepted()
{
    const qint64 now = m_clock();
    startIfFirst(now);
    ++m_accepted;
    m_recentAccepted.push_back(now);
    while (!m_recentAccepted.empty() && m_recentAccepted.front() <= now - secondMs)
        m_recentAccepted.pop_front();
    grow(now);
    sample(now);
}

void RatePacer::throttled(int retryAfterMs)
{
    const qint64 now = m_clock();
    startIfFirst(now);
    // Calls sent before the episode began answer during its first second: they say nothing new.
    if (!m_throttledOnce || now - m_episodeAtMs >= episodeMs)
        startEpisode(now, retryAfterMs);
    pause(now, retryAfterMs);
}

qint64 RatePacer::pausedForMs() const
{
    return std::max<qint64>(0, m_pauseUntilMs - m_clock());
}

void RatePacer::setSettings(const RatePacerSettings &settings)
{
    m_settings = settings;
    m_rate = clamped(m_started ? m_rate : settings.startRate);
}

void RatePacer::startIfFirst(qint64 now)
{
    if (m_started)
        return;
    m_started = true;
    m_startMs = now;
    m_grownAtMs = now;
    m_nextSlotMs = double(now);
    sample(now);
}

// A second of slots that went by unused means the calls stopped for long enough that the bucket
// may have filled again: the episodes before say nothing about the spell that starts now.
void RatePacer::noteDemand(qint64 now)
{
    if (now < m_pauseUntilMs || double(now) <= m_nextSlotMs + double(secondMs))
        return;
    m_marks.clear();
    m_samples.clear();
    sample(now);
}

void RatePacer::sample(qint64 now)
{
    if (!m_samples.empty() && now - m_samples.back().atMs < sampleEveryMs)
        return;
    m_samples.push_back({now, m_accepted, m_rate});
    while (m_samples.size() > 1 && m_samples.front().atMs < now - keptSamplesMs)
        m_samples.pop_front();
}

// Only answers make the pace grow, and at most by one second's worth per answer: a pacer that
// nobody used for a while has learnt nothing meanwhile.
void RatePacer::grow(qint64 now)
{
    if (now <= m_grownAtMs) // still within a pause
        return;
    const double seconds = double(std::min(now - m_grownAtMs, secondMs)) / double(secondMs);
    m_grownAtMs = now;
    const double factor = m_probing ? probeGrowthPerSecond : recoveryFactor(now);
    const double grown = m_rate * std::pow(factor, seconds);
    // Not beyond twice what the calls really use, lest an idle pacer let a later burst through.
    m_rate = clamped(std::min(grown, std::max(m_rate, 2 * demandRate(now))));
}

// The longer no throttle came, the less the last measure holds (the limit may have been raised).
double RatePacer::recoveryFactor(qint64 now) const
{
    const double doublings = double(now - m_episodeAtMs) / double(recoveryDoublingMs);
    const double step = recoveryPerSecond * std::pow(2.0, doublings);
    return 1 + std::min(step, probeGrowthPerSecond - 1);
}

double RatePacer::demandRate(qint64 now) const
{
    const qint64 windowMs = std::clamp<qint64>(now - m_startMs, 100, secondMs);
    return double(m_recentAccepted.size()) * double(secondMs) / double(windowMs);
}

void RatePacer::startEpisode(qint64 now, int retryAfterMs)
{
    m_measuredLimit = measureLimit(now, retryAfterMs);
    m_rate = clamped(std::min(m_rate, m_measuredLimit) * (1 - margin));
    m_probing = false;
    m_throttledOnce = true;
    m_episodeAtMs = now;
    m_marks.push_back({now, m_accepted});
    if (m_marks.size() > size_t(keptEpisodes))
        m_marks.pop_front();
}

// At a throttle the bucket is empty. The retry-after, the time to its next token, is at most one
// token's refill: the limit is at most 1000 / retryAfterMs.
double RatePacer::measureLimit(qint64 now, int retryAfterMs) const
{
    const double limit = m_marks.empty() ? limitSinceBusy(now) : limitSinceMark(now);
    return retryAfterMs > 0 ? std::min(limit, double(secondMs) / retryAfterMs) : limit;
}

// Between two episodes exactly the tokens refilled meanwhile were accepted: their count over the
// time is the limit. The span is the latest one of at least estimateSpanMs (over shorter ones a
// call or two too many or too few weigh more).
double RatePacer::limitSinceMark(qint64 now) const
{
    const Mark *from = &m_marks.front();
    for (auto mark = m_marks.rbegin(); mark != m_marks.rend(); ++mark) {
        if (now - mark->atMs >= estimateSpanMs) {
            from = &*mark;
            break;
        }
    }
    return double(m_accepted - from->accepted) * double(secondMs) / double(std::max<qint64>(1, now - from->atMs));
}

// The first episode of a busy spell. While the pace was below the limit the bucket stayed full and
// its refill was lost, so the count starts when the pace had reached the limit: the earliest
// moment whose pace was at least what the count from then on measures. The bucket was full then,
// so one second's worth of burst is part of what was accepted.
double RatePacer::limitSinceBusy(qint64 now) const
{
    double limit = 0;
    for (const Sample &from : m_samples) {
        limit = double(m_accepted - from.accepted) * double(secondMs) / double(now - from.atMs + secondMs);
        if (from.rate >= limit)
            break;
    }
    // Far below the pace just refused: the bucket was not full then (another client, an earlier
    // batch), and the count says little. Halve instead; the next episode measures.
    return limit < m_rate / 4 ? m_rate / 2 : limit;
}

// Every slot waits until the server's next token, exactly; without a retry-after, one slot at the
// new pace. Slots booked before are given up (their calls book again, see pauseCount()).
void RatePacer::pause(qint64 now, int retryAfterMs)
{
    const qint64 waitMs = retryAfterMs >= 0 ? retryAfterMs : qint64(std::ceil(slotMs()));
    if (now + waitMs <= m_pauseUntilMs)
        return; // within the pause in force: the slots booked since start after it
    m_pauseUntilMs = now + waitMs;
    m_nextSlotMs = double(m_pauseUntilMs);
    m_grownAtMs = m_pauseUntilMs;
    ++m_pauses;
}

double RatePacer::clamped(double rate) const
{
    rate = std::max({rate, m_settings.minimumRate, lowestRate});
    if (m_settings.ceiling > 0)
        rate = std::min(rate, std::max(m_settings.ceiling, lowestRate));
    return rate;
}

RatePacing::RatePacing(RatePacerSettings settings, RatePacer::Clock clockMs)
    : m_settings(settings)
    , m_clock(std::move(clockMs))
{
}

std::shared_ptr<RatePacer> RatePacing::forAction(const QString &action)
{
    std::shared_ptr<RatePacer> &pacer = m_pacers[action];
    if (!pacer)
        pacer = std::make_shared<RatePacer>(m_settings, m_clock);
    return pacer;
}

void RatePacing::setSettings(const RatePacerSettings &settings)
{
    m_settings = settings;
    for (const std::shared_ptr<RatePacer> &pacer : std::as_const(m_pacers))
        pacer->setSettings(settings);
}
