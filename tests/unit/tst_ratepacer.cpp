#include "core/api/ratepacer.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <random>

namespace {

// The service's limit per account and action: one second of burst, refilled at `rate` per second;
// a refusal says in how many milliseconds the next token comes.
class TokenBucket
{
public:
    explicit TokenBucket(double rate)
        : m_rate(rate)
        , m_tokens(rate)
    {
    }

    // -1 when the call is let through, else its x-acs-retry-after.
    int take(qint64 nowMs)
    {
        m_tokens = std::min(m_rate, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000);
        m_lastMs = nowMs;
        if (m_tokens >= 1 - 1e-9) {
            m_tokens -= 1;
            return -1;
        }
        return int(std::ceil((1 - m_tokens) * 1000 / m_rate));
    }

private:
    double m_rate;
    double m_tokens;
    qint64 m_lastMs = 0;
};

struct SimulatedBatch
{
    double limit = 20;     // the service's, unknown to the pacer
    int calls = 1000;
    int concurrency = 8;
    RatePacerSettings settings = {};
    int maxThrottledRetries = 10; // RetryPolicy's cap
};

struct SimulatedRun
{
    double wallS = 0;
    double floorS = 0;
    int throttled = 0;
    int failed = 0;
    double highestRate = 0;
    double finalRate = 0;
    double measuredLimit = 0;
};

// A batch in virtual time, as PendingApiCall runs it (FLOWLOG_PACER_TRACE=1 prints every throttle,
// FLOWLOG_PACER_SEED=N draws other latencies): `concurrency` workers each take the next
// call, book a slot, wait for it (booking again if a pause began meanwhile), send, and retry a
// throttled call into the pacer. The answer takes 20-40 ms; the bucket sees the call half-way.
class Simulation
{
public:
    explicit Simulation(const SimulatedBatch &batch)
        : m_batch(batch)
        , m_bucket(batch.limit)
        , m_pacer(batch.settings, [this] { return m_now; })
        , m_random(qEnvironmentVariableIsSet("FLOWLOG_PACER_SEED") ? qEnvironmentVariableIntValue("FLOWLOG_PACER_SEED") : 7)
    {
    }

    SimulatedRun run()
    {
        for (int worker = 0; worker < m_batch.concurrency; ++worker)
            takeNext();
        while (!m_events.empty()) {
            auto first = m_events.begin();
            m_now = first->first.first;
            const std::function<void()> event = std::move(first->second);
            m_events.erase(first);
            event();
            m_result.highestRate = std::max(m_result.highestRate, m_pacer.rate());
        }
        m_result.floorS = (m_batch.calls - m_batch.limit) / m_batch.limit;
        m_result.finalRate = m_pacer.rate();
        m_result.measuredLimit = m_pacer.measuredLimit();
        return m_result;
    }

private:
    void at(qint64 timeMs, std::function<void()> event) { m_events.emplace(std::pair(timeMs, m_sequence++), std::move(event)); }

    void takeNext()
    {
        if (m_started < m_batch.calls) {
            ++m_started;
            book(0);
        }
    }

    void book(int throttledSoFar)
    {
        const quint64 pauses = m_pacer.pauseCount();
        at(m_now + m_pacer.reserve(), [this, pauses, throttledSoFar] {
            if (m_pacer.pauseCount() != pauses)
                book(throttledSoFar);
            else
                send(throttledSoFar);
        });
    }

    void send(int throttledSoFar)
    {
        const qint64 latency = std::uniform_int_distribution<int>(20, 40)(m_random);
        at(m_now + latency / 2, [this, latency, throttledSoFar] {
            const int retryAfter = m_bucket.take(m_now);
            at(m_now + latency - latency / 2, [this, retryAfter, throttledSoFar] { answer(retryAfter, throttledSoFar); });
        });
    }

    void answer(int retryAfter, int throttledSoFar)
    {
        m_result.wallS = double(m_now) / 1000;
        if (retryAfter < 0) {
            m_pacer.accepted();
            takeNext();
            return;
        }
        ++m_result.throttled;
        const double before = m_pacer.rate();
        m_pacer.throttled(retryAfter);
        if (qEnvironmentVariableIsSet("FLOWLOG_PACER_TRACE"))
            qInfo("t=%.3f ra=%d rate %.2f -> %.2f measured %.2f", m_now / 1000.0, retryAfter, before, m_pacer.rate(), m_pacer.measuredLimit());
        if (throttledSoFar + 1 > m_batch.maxThrottledRetries) {
            ++m_result.failed;
            takeNext();
            return;
        }
        book(throttledSoFar + 1);
    }

    SimulatedBatch m_batch;
    TokenBucket m_bucket;
    qint64 m_now = 0;
    RatePacer m_pacer;
    std::mt19937 m_random;
    std::map<std::pair<qint64, quint64>, std::function<void()>> m_events;
    quint64 m_sequence = 0;
    int m_started = 0;
    SimulatedRun m_result;
};

} // namespace

class tst_RatePacer : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_now = 0; }
    void startsAtTheStartRate();
    void ceilingIsNeverExceeded();
    void retryAfterIsHonouredExactly();
    void aPauseMakesWaitingCallsBookAgain();
    void withoutRetryAfterItPausesOneSlot();
    void oneCutPerEpisode();
    void aLaterThrottleStartsAnotherEpisode();
    void neverBelowTheMinimumRate();
    void probesUpwardUntilThrottled();
    void pacingSharesOnePacerPerAction();
    void pacingSettingsReachExistingPacers();
    void findsAnUnknownLimit_data();
    void findsAnUnknownLimit();
    void ceilingIsThePaceBelowTheLimit();

private:
    qint64 m_now = 0;
    RatePacer::Clock clock()
    {
        return [this] { return m_now; };
    }
};

void tst_RatePacer::startsAtTheStartRate()
{
    RatePacer pacer({}, clock());
    QCOMPARE(pacer.rate(), 10.0);
    QVERIFY(pacer.isProbing());
    QCOMPARE(pacer.reserve(), qint64(0));
    QCOMPARE(pacer.reserve(), qint64(100));
    QCOMPARE(pacer.reserve(), qint64(200));
    m_now = 250;
    QCOMPARE(pacer.reserve(), qint64(50)); // the slots keep their spacing, wherever the clock is
}

void tst_RatePacer::ceilingIsNeverExceeded()
{
    RatePacer pacer({10, 4, 0.2}, clock());
    QCOMPARE(pacer.rate(), 4.0); // the ceiling is below the start rate
    for (int i = 0; i < 200; ++i) {
        m_now += qint64(pacer.reserve());
        pacer.accepted();
        QVERIFY(pacer.rate() <= 4.0);
    }
    QCOMPARE(pacer.rate(), 4.0);
}

void tst_RatePacer::retryAfterIsHonouredExactly()
{
    RatePacer pacer({}, clock());
    QCOMPARE(pacer.reserve(), qint64(0));
    m_now = 40;
    pacer.throttled(1234);
    QCOMPARE(pacer.pausedForMs(), qint64(1234));
    QCOMPARE(pacer.reserve(), qint64(1234));
    QVERIFY(pacer.reserve() > 1234); // later ones start after it, at the pace
    m_now = 40 + 1234;
    QCOMPARE(pacer.pausedForMs(), qint64(0));
}

void tst_RatePacer::aPauseMakesWaitingCallsBookAgain()
{
    RatePacer pacer({}, clock());
    const quint64 before = pacer.pauseCount();
    pacer.reserve();
    pacer.reserve();
    pacer.throttled(300);
    QCOMPARE(pacer.pauseCount(), before + 1);
    QCOMPARE(pacer.reserve(), qint64(300)); // the slots booked before are given up
    // Another call of the same burst asking for less than the pause in force changes nothing.
    m_now = 10;
    pacer.throttled(100);
    QCOMPARE(pacer.pauseCount(), before + 1);
    // One asking for longer extends it.
    pacer.throttled(500);
    QCOMPARE(pacer.pauseCount(), before + 2);
    QCOMPARE(pacer.reserve(), qint64(500));
}

void tst_RatePacer::withoutRetryAfterItPausesOneSlot()
{
    RatePacer pacer({}, clock());
    pacer.reserve();
    pacer.throttled(-1);
    const qint64 slot = qint64(std::ceil(1000 / pacer.rate()));
    QCOMPARE(pacer.pausedForMs(), slot);
    QCOMPARE(pacer.reserve(), slot);
}

void tst_RatePacer::oneCutPerEpisode()
{
    RatePacer pacer({}, clock());
    for (int i = 0; i < 20; ++i) {
        m_now += pacer.reserve();
        pacer.accepted();
    }
    const double before = pacer.rate();
    pacer.throttled(50);
    const double cut = pacer.rate();
    QVERIFY2(cut < before, qPrintable(QString::number(cut)));
    QVERIFY(!pacer.isProbing());
    // The calls that were in flight answer throttled too: the same episode.
    m_now += 30;
    pacer.throttled(20);
    m_now += 500;
    pacer.throttled(40);
    QCOMPARE(pacer.rate(), cut);
}

void tst_RatePacer::aLaterThrottleStartsAnotherEpisode()
{
    RatePacer pacer({}, clock());
    for (int i = 0; i < 20; ++i) {
        m_now += pacer.reserve();
        pacer.accepted();
    }
    pacer.throttled(50);
    const double first = pacer.rate();
    for (int i = 0; i < 30; ++i) {
        m_now += pacer.reserve();
        pacer.accepted();
    }
    QVERIFY(pacer.rate() > first); // recovering
    pacer.throttled(50);
    QVERIFY2(pacer.rate() < first, qPrintable(QString::number(pacer.rate())));
    // Cut to the measured limit, less the margin: gently, not halved.
    QVERIFY(pacer.rate() >= pacer.measuredLimit() * (1 - RatePacer::margin) * 0.999);
    QVERIFY(pacer.rate() > first / 2);
}

void tst_RatePacer::neverBelowTheMinimumRate()
{
    RatePacer pacer({10, 0, 0.5}, clock());
    for (int i = 0; i < 50; ++i) {
        m_now += pacer.reserve() + 1000; // every slot throttled, a second apart
        pacer.throttled(10);
        QVERIFY(pacer.rate() >= 0.5);
    }
    QCOMPARE(pacer.rate(), 0.5);
}

void tst_RatePacer::probesUpwardUntilThrottled()
{
    RatePacer pacer({}, clock());
    for (int i = 0; i < 60; ++i) {
        m_now += pacer.reserve();
        pacer.accepted();
    }
    QVERIFY(pacer.isProbing());
    QVERIFY2(pacer.rate() > 20, qPrintable(QString::number(pacer.rate())));
}

void tst_RatePacer::pacingSharesOnePacerPerAction()
{
    RatePacing pacing({5, 0, 0.2}, clock());
    const std::shared_ptr<RatePacer> create = pacing.forAction(QStringLiteral("CreateFlowLog"));
    QCOMPARE(pacing.forAction(QStringLiteral("CreateFlowLog")), create);
    const std::shared_ptr<RatePacer> describe = pacing.forAction(QStringLiteral("DescribeFlowLogs"));
    QVERIFY(describe != create);
    QCOMPARE(create->rate(), 5.0);
    create->reserve();
    create->throttled(500);
    QCOMPARE(describe->pausedForMs(), qint64(0)); // each action has a bucket of its own
}

void tst_RatePacer::pacingSettingsReachExistingPacers()
{
    RatePacing pacing({}, clock());
    const std::shared_ptr<RatePacer> pacer = pacing.forAction(QStringLiteral("DeleteFlowLog"));
    pacing.setSettings({10, 3, 0.2});
    QCOMPARE(pacer->rate(), 3.0);
    QCOMPARE(pacing.forAction(QStringLiteral("CreateFlowLog"))->rate(), 3.0);
    QCOMPARE(pacing.settings().ceiling, 3.0);
}

void tst_RatePacer::findsAnUnknownLimit_data()
{
    QTest::addColumn<double>("limit");
    QTest::addColumn<double>("ceiling");
    QTest::newRow("5/s") << 5.0 << 0.0;
    QTest::newRow("20/s") << 20.0 << 0.0;
    QTest::newRow("50/s") << 50.0 << 0.0;
    QTest::newRow("20/s, --rate 30") << 20.0 << 30.0;
}

// The target: 1000 calls at 8 at once against a limit the pacer does not know finish
// within 1.1 x the floor + 1.5 s, with under 5 % of the calls throttled.
void tst_RatePacer::findsAnUnknownLimit()
{
    QFETCH(double, limit);
    QFETCH(double, ceiling);
    SimulatedBatch batch;
    batch.limit = limit;
    batch.settings.ceiling = ceiling;
    const SimulatedRun run = Simulation(batch).run();
    const double allowedS = 1.1 * run.floorS + 1.5;
    qInfo("limit %.0f/s: %d calls in %.2f s (floor %.2f s, %.3f x floor, allowed %.2f s), %d throttled "
          "(%.1f %%), measured limit %.2f/s, final pace %.2f/s",
        limit, batch.calls, run.wallS, run.floorS, run.wallS / run.floorS, allowedS, run.throttled,
        100.0 * run.throttled / batch.calls, run.measuredLimit, run.finalRate);
    QCOMPARE(run.failed, 0);
    QVERIFY2(run.wallS <= allowedS, qPrintable(QString::number(run.wallS)));
    QVERIFY2(run.throttled < batch.calls / 20, qPrintable(QString::number(run.throttled)));
}

void tst_RatePacer::ceilingIsThePaceBelowTheLimit()
{
    SimulatedBatch batch;
    batch.limit = 50;
    batch.calls = 300;
    batch.settings.ceiling = 10;
    const SimulatedRun run = Simulation(batch).run();
    qInfo("limit 50/s, ceiling 10/s: %d calls in %.2f s, %d throttled, highest pace %.2f/s", batch.calls,
        run.wallS, run.throttled, run.highestRate);
    QCOMPARE(run.throttled, 0);
    QCOMPARE(run.highestRate, 10.0);
    // The first call goes at once, the others a tenth of a second apart: the ceiling is the pace.
    QVERIFY2(run.wallS >= (batch.calls - 1) / 10.0, qPrintable(QString::number(run.wallS)));
    QVERIFY2(run.wallS <= batch.calls / 10.0 + 0.5, qPrintable(QString::number(run.wallS)));
}

QTEST_APPLESS_MAIN(tst_RatePacer)
#include "tst_ratepacer.moc"
