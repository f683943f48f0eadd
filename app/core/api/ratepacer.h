#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <deque>
#include <functional>
#include <memory>

struct RatePacerSettings
{
    double startRate = 10;    // calls per second before anything is known
    double ceiling = 0;       // never faster than this (flowlog-cli --rate); 0: no ceiling
    double minimumRate = 0.2; // never slower, however often throttled
};

// Paces the calls of one action so that they stay just under the service's rate limit without
// knowing it: the limit is a token bucket per account and action (one second of burst, refilled at
// the limit), and every throttled answer says when its next token comes (x-acs-retry-after).
//
// Before the first throttle the pace doubles per clean second (probing). A throttle pauses every
// slot until the retry-after has passed, exactly, and starts an episode: throttles during the
// next second belong to it and only pause. At the start of an episode the bucket is empty, so the
// calls accepted since an earlier episode measure the limit itself (the first time: those accepted
// since the pace reached the limit, less one second of burst). The pace is set a margin below that
// measure and then recovers slowly (+1 %/s, the step doubling every 10 clean seconds), so that the
// next throttle comes many seconds later, at an average pace of the limit. docs/rate-pacing.md has
// the reasoning and the simulated figures.
//
// Plain C++, for one thread (the one that runs the calls).
class RatePacer
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    static constexpr double probeGrowthPerSecond = 2.0;  // the pace's factor per clean second before the first throttle
    static constexpr double margin = 0.06;               // below the measured limit after a throttle
    static constexpr double recoveryPerSecond = 0.01;    // growth per clean second after a throttle...
    static constexpr qint64 recoveryDoublingMs = 10000;  // ...doubling every 10 clean seconds
    static constexpr qint64 episodeMs = 1000;            // throttles this soon after an episode's start belong to it
    static constexpr qint64 estimateSpanMs = 5000;       // the limit is measured over at least this, when it can be
    static constexpr int keptEpisodes = 8;
    static constexpr qint64 sampleEveryMs = 50;          // the pace's history, for the first measure...
    static constexpr qint64 keptSamplesMs = 10000;       // ...over the last ten seconds

    // The default clock is std::chrono::steady_clock.
    explicit RatePacer(RatePacerSettings settings = {}, Clock clockMs = {});

    // Books the next send slot and returns the milliseconds to wait before sending (0: now). A call
    // still waiting when pauseCount() changes must book again: its slot fell into a pause.
    qint64 reserve();
    // A non-throttled answer came.
    void accepted();
    // A throttled answer came; retryAfterMs is its x-acs-retry-after, -1 when absent.
    void throttled(int retryAfterMs);

    double rate() const { return m_rate; } // calls per second
    qint64 pausedForMs() const;            // > 0 while a retry-after pause is in force
    bool isProbing() const { return m_probing; }
    quint64 pauseCount() const { return m_pauses; }
    double measuredLimit() const { return m_measuredLimit; } // calls per second; 0 until throttled

    RatePacerSettings settings() const { return m_settings; }
    void setSettings(const RatePacerSettings &settings);

private:
    // An episode's start: the bucket was empty then.
    struct Mark
    {
        qint64 atMs;
        qint64 accepted;
    };
    // The pace at some moment, and the calls accepted by then.
    struct Sample
    {
        qint64 atMs;
        qint64 accepted;
        double rate;
    };

    void startIfFirst(qint64 now);
    void noteDemand(qint64 now);
    void sample(qint64 now);
    void grow(qint64 now);
    double recoveryFactor(qint64 now) const;
    double demandRate(qint64 now) const;
    void startEpisode(qint64 now, int retryAfterMs);
    double measureLimit(qint64 now, int retryAfterMs) const;
    double limitSinceMark(qint64 now) const;
    double limitSinceBusy(qint64 now) const;
    void pause(qint64 now, int retryAfterMs);
    double clamped(double rate) const;
    double slotMs() const { return 1000.0 / m_rate; }

    RatePacerSettings m_settings;
    Clock m_clock;
    double m_rate;
    bool m_started = false;
    bool m_probing = true;
    bool m_throttledOnce = false;
    qint64 m_startMs = 0;
    double m_nextSlotMs = 0;
    qint64 m_pauseUntilMs = 0;
    quint64 m_pauses = 0;
    qint64 m_grownAtMs = 0;
    qint64 m_episodeAtMs = 0;
    qint64 m_accepted = 0;
    double m_measuredLimit = 0;
    // A busy spell: calls kept coming, with no second of slots unused.
    std::deque<Mark> m_marks;     // the latest episodes of this busy spell, oldest first
    std::deque<Sample> m_samples; // the pace in this busy spell, oldest first
    std::deque<qint64> m_recentAccepted; // answers accepted in the last second
};

// The pacers of the clients of one batch or account: one per action, since the service limits each
// action on its own. For one thread, like RatePacer.
class RatePacing
{
public:
    explicit RatePacing(RatePacerSettings settings = {}, RatePacer::Clock clockMs = {});

    // Created with the current settings on first use.
    std::shared_ptr<RatePacer> forAction(const QString &action);

    RatePacerSettings settings() const { return m_settings; }
    // Applies to the pacers already created too.
    void setSettings(const RatePacerSettings &settings);

private:
    RatePacerSettings m_settings;
    RatePacer::Clock m_clock;
    QHash<QString, std::shared_ptr<RatePacer>> m_pacers;
};
