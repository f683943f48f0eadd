#include "core/api/errorcatalog.h"
#include "core/api/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TransportError)
Q_DECLARE_METATYPE(RetryDecision::Action)

namespace {
using Action = RetryDecision::Action;
constexpr int none = -1;
} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void backoffGrowsExponentiallyUpToTheCap();
    void jitterSpansHalfToFullDelay_data();
    void jitterSpansHalfToFullDelay();
    void throttlingStartsAtFiveHundredMilliseconds();
    void singleAttemptNeverRetries();
    void throttledAnswersDoNotSpendTheAttemptBudget();
    void throttlingIsGivenUpAfterTheCap();
    void pacedThrottlingIsRetriedAtOnce();
    void ambiguousCreateIsCheckedEvenWhenAttemptsAreSpent();
};

void tst_RetryPolicy::decide_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<TransportError>("transport");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("delay");

    const auto T = TransportError::None;
    QTest::newRow("throttling, first") << 1 << T << 400 << u"Throttling"_s << none << false << Action::Retry << 500;
    QTest::newRow("throttling, second") << 2 << T << 400 << u"Throttling.User"_s << none << false << Action::Retry
                                        << 1000;
    QTest::newRow("throttling honours retry-after")
        << 1 << T << 400 << u"Throttling.Api"_s << 1234 << false << Action::Retry << 1234;
    QTest::newRow("throttling retry-after zero") << 1 << T << 429 << u"Throttling"_s << 0 << true << Action::Retry
                                                 << 0;
    QTest::newRow("throttling asks for more than the cap")
        << 1 << T << 400 << u"Throttling"_s << 30000 << true << Action::GiveUp << 0;
    QTest::newRow("throttling does not spend attempts")
        << 3 << T << 400 << u"Throttling"_s << none << true << Action::Retry << 2000;
    QTest::newRow("refused") << 1 << TransportError::ConnectionRefused << 0 << QString() << none << false
                             << Action::Retry << 100;
    QTest::newRow("refused, second") << 2 << TransportError::ConnectionRefused << 0 << QString() << none << false
                                     << Action::Retry << 200;
    QTest::newRow("refused, spent") << 3 << TransportError::ConnectionRefused << 0 << QString() << none << false
                                    << Action::GiveUp << 0;
    QTest::newRow("host not found") << 1 << TransportError::HostNotFound << 0 << QString() << none << false
                                    << Action::Retry << 100;
    QTest::newRow("connect timeout") << 1 << TransportError::ConnectTimeout << 0 << QString() << none << false
                                     << Action::Retry << 100;
    QTest::newRow("read timeout, create") << 1 << TransportError::ReadTimeout << 0 << QString() << none << false
                                          << Action::CheckExisting << 0;
    QTest::newRow("read timeout, read-only") << 1 << TransportError::ReadTimeout << 0 << QString() << none << true
                                             << Action::Retry << 100;
    QTest::newRow("connection lost, create") << 1 << TransportError::ConnectionLost << 0 << QString() << none
                                             << false << Action::CheckExisting << 0;
    QTest::newRow("connection lost, read-only") << 2 << TransportError::ConnectionLost << 200 << QString() << none
                                                << true << Action::Retry << 200;
    QTest::newRow("503 ServiceUnavailable, create")
        << 1 << T << 503 << u"ServiceUnavailable"_s << none << false << Action::Retry << 100;
    QTest::newRow("503 unreadable, create") << 1 << TransportError::MalformedResponse << 503 << u"MalformedResponse"_s
                                            << none << false << Action::Retry << 100;
    QTest::newRow("InternalError, create") << 1 << T << 500 << u"InternalError"_s << none << false
                                           << Action::CheckExisting << 0;
    QTest::newRow("InternalError, read-only") << 1 << T << 500 << u"InternalError"_s << none << true
                                              << Action::Retry << 100;
    QTest::newRow("UnknownError, create") << 1 << T << 500 << u"UnknownError"_s << none << false
                                          << Action::CheckExisting << 0;
    QTest::newRow("unknown code under 5xx, read-only")
        << 1 << T << 500 << u"Vpc.Something"_s << none << true << Action::Retry << 100;
    QTest::newRow("502 page, create") << 1 << TransportError::MalformedResponse << 502 << u"MalformedResponse"_s
                                      << none << false << Action::CheckExisting << 0;
    QTest::newRow("garbage 200, create") << 1 << TransportError::MalformedResponse << 200 << u"MalformedResponse"_s
                                         << none << false << Action::CheckExisting << 0;
    QTest::newRow("garbage 200, read-only") << 1 << TransportError::MalformedResponse << 200
                                            << u"MalformedResponse"_s << none << true << Action::GiveUp << 0;
    QTest::newRow("garbage 400") << 1 << TransportError::MalformedResponse << 400 << u"MalformedResponse"_s << none
                                 << false << Action::GiveUp << 0;
    QTest::newRow("too large 200, create") << 1 << TransportError::ResponseTooLarge << 200 << u"ResponseTooLarge"_s
                                           << none << false << Action::CheckExisting << 0;
    QTest::newRow("nonce used, create") << 1 << T << 400 << u"SignatureNonceUsed"_s << none << false
                                        << Action::CheckExisting << 0;
    QTest::newRow("nonce used, read-only") << 1 << T << 400 << u"SignatureNonceUsed"_s << none << true
                                           << Action::Retry << 100;
    QTest::newRow("InvalidParameter") << 1 << T << 400 << u"InvalidParameter"_s << none << true << Action::GiveUp
                                      << 0;
    QTest::newRow("SignatureDoesNotMatch") << 1 << T << 400 << u"SignatureDoesNotMatch"_s << none << true
                                           << Action::GiveUp << 0;
    QTest::newRow("OperationConflict") << 1 << T << 409 << u"OperationConflict"_s << none << false
                                       << Action::GiveUp << 0;
    QTest::newRow("unknown 4xx code") << 1 << T << 400 << u"Vpc.Something"_s << none << true << Action::GiveUp << 0;
    QTest::newRow("tls") << 1 << TransportError::TlsFailure << 0 << QString() << none << true << Action::GiveUp << 0;
    QTest::newRow("other") << 1 << TransportError::Other << 0 << QString() << none << true << Action::GiveUp << 0;
}

void tst_RetryPolicy::decide()
{
    QFETCH(int, attempt);
    QFETCH(TransportError, transport);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, retryAfter);
    QFETCH(bool, idempotent);
    const RetryPolicy policy(3, 100, 20000, [] { return 1.0; });
    // In these rows every attempt of a throttled call was throttled.
    const int throttled = ErrorCatalog::isThrottling(code) ? attempt : 0;
    const RetryDecision decision
        = policy.decide({attempt, transport, status, code, retryAfter, idempotent, false, throttled});
    QTEST(decision.action, "action");
    QTEST(decision.delayMs, "delay");
}

void tst_RetryPolicy::backoffGrowsExponentiallyUpToTheCap()
{
    const RetryPolicy policy(10, 100, 1000, [] { return 1.0; });
    QCOMPARE(policy.backoffMs(1, false), 100);
    QCOMPARE(policy.backoffMs(2, false), 200);
    QCOMPARE(policy.backoffMs(3, false), 400);
    QCOMPARE(policy.backoffMs(4, false), 800);
    QCOMPARE(policy.backoffMs(5, false), 1000);
    QCOMPARE(policy.backoffMs(40, false), 1000);
}

void tst_RetryPolicy::jitterSpansHalfToFullDelay_data()
{
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("delay");
    QTest::newRow("0") << 0.0 << 200;
    QTest::newRow("0.5") << 0.5 << 300;
    QTest::newRow("1") << 1.0 << 400;
    QTest::newRow("out of range is clamped") << 7.0 << 400;
}

void tst_RetryPolicy::jitterSpansHalfToFullDelay()
{
    QFETCH(double, jitter);
    const RetryPolicy policy(5, 200, 20000, [jitter] { return jitter; });
    QTEST(policy.backoffMs(2, false), "delay");
}

void tst_RetryPolicy::throttlingStartsAtFiveHundredMilliseconds()
{
    const RetryPolicy policy(5, 100, 20000, [] { return 0.0; });
    QCOMPARE(policy.backoffMs(1, true), 250);
    QCOMPARE(policy.backoffMs(1, false), 50);
}

void tst_RetryPolicy::singleAttemptNeverRetries()
{
    const RetryPolicy policy(1, 100, 20000, [] { return 1.0; });
    QCOMPARE(policy.decide({1, TransportError::ConnectionRefused, 0, {}, none, true}).action, Action::GiveUp);
    QCOMPARE(policy.decide({1, TransportError::None, 400, u"InternalError"_s, none, true}).action, Action::GiveUp);
}

// A throttled call certainly did not act: waiting its turn is not one of the operator's retries.
void tst_RetryPolicy::throttledAnswersDoNotSpendTheAttemptBudget()
{
    const RetryPolicy policy(2, 100, 20000, [] { return 1.0; });
    const RetryDecision throttled = policy.decide({1, TransportError::None, 400, u"Throttling.User"_s, 10, true, false, 1});
    QCOMPARE(throttled, (RetryDecision {Action::Retry, 10}));
    // Five throttled answers, then the first refusal: one attempt of two spent, the backoff the first.
    QCOMPARE(policy.decide({6, TransportError::ConnectionRefused, 0, {}, none, true, false, 5}),
        (RetryDecision {Action::Retry, 100}));
    QCOMPARE(policy.decide({7, TransportError::ConnectionRefused, 0, {}, none, true, false, 5}).action, Action::GiveUp);
}

void tst_RetryPolicy::throttlingIsGivenUpAfterTheCap()
{
    const RetryPolicy policy(3, 100, 20000, [] { return 1.0; });
    const int cap = RetryPolicy::maxThrottledRetries;
    QCOMPARE(cap, 10);
    QCOMPARE(policy.decide({cap, TransportError::None, 400, u"Throttling.User"_s, 20, true, false, cap}),
        (RetryDecision {Action::Retry, 20}));
    QCOMPARE(policy.decide({cap + 1, TransportError::None, 400, u"Throttling.User"_s, 20, true, false, cap + 1}).action,
        Action::GiveUp);
}

// The pacer waits out the retry-after for every call of the action, so the call itself does not.
void tst_RetryPolicy::pacedThrottlingIsRetriedAtOnce()
{
    const RetryPolicy policy(3, 100, 20000, [] { return 1.0; });
    QCOMPARE(policy.decide({1, TransportError::None, 400, u"Throttling"_s, 1234, false, false, 1, true}),
        (RetryDecision {Action::Retry, 0}));
    QCOMPARE(policy.decide({1, TransportError::None, 400, u"Throttling"_s, none, false, false, 1, true}),
        (RetryDecision {Action::Retry, 0}));
    // A wait longer than the client would ever make is still the operator's to know.
    QCOMPARE(policy.decide({1, TransportError::None, 400, u"Throttling"_s, 30000, false, false, 1, true}).action,
        Action::GiveUp);
}

void tst_RetryPolicy::ambiguousCreateIsCheckedEvenWhenAttemptsAreSpent()
{
    const RetryPolicy policy(2, 100, 20000, [] { return 1.0; });
    QCOMPARE(policy.decide({2, TransportError::ReadTimeout, 0, {}, none, false}).action, Action::CheckExisting);
    QCOMPARE(policy.decide({2, TransportError::ReadTimeout, 0, {}, none, true}).action, Action::GiveUp);
}

QTEST_APPLESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
