#include "core/api/pendingapicall.h"

#include "core/api/apiresponseparser.h"
#include "core/api/errorcatalog.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxHttpStatus = 599;

int retryAfterMs(const QByteArray &header)
{
    bool ok = false;
    const int value = header.trimmed().toInt(&ok);
    return ok && value >= 0 ? value : -1;
}

bool isNetworkLayerError(int error)
{
    // QNetworkReply numbers errors below 200 for the connection and the proxy; from 200 on they
    // describe an HTTP answer whose body is still worth parsing.
    return error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

// Qt writes header values as they are: a line break in one (a mangled token) would add a header of
// its own to the request.
bool hasLineBreakInHeaders(const SignedRequest &signedRequest)
{
    for (const auto &[name, value] : signedRequest.headers) {
        for (const QByteArray *text : {&name, &value}) {
            if (text->contains('\r') || text->contains('\n') || text->contains('\0'))
                return true;
        }
    }
    return false;
}

QNetworkRequest networkRequest(const SignedRequest &signedRequest, const ClientSettings &settings)
{
    QNetworkRequest request(signedRequest.url);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    // The idle budget: Qt restarts it whenever bytes move, so a slow drip of bytes never trips it;
    // the total budget (m_totalTimer) ends that.
    request.setTransferTimeout(settings.idleTimeoutMs);
    // A redirect is an answer to report, not to follow with a signed request to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 keeps "request sent" and "connection lost" per request, which the retry rules rely on.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

// An empty body goes without an upload device: Qt 6.4 then reports requestSent() once the request
// is written (with an empty device it does not), and adds no unsigned Content-Type of its own.
QNetworkReply *send(QNetworkAccessManager *network, QNetworkRequest request, const SignedRequest &signedRequest)
{
    if (signedRequest.method == "GET")
        return network->get(request);
    if (!signedRequest.body.isEmpty())
        return network->sendCustomRequest(request, signedRequest.method, signedRequest.body);
    request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    return network->sendCustomRequest(request, signedRequest.method);
}

} // namespace

PendingApiCall::PendingApiCall(const Setup &setup, const ApiCall &call, bool idempotent, QObject *parent)
    : ApiCallHandle(parent)
    , m_setup(setup)
    , m_call(call)
    , m_idempotent(idempotent)
    , m_policy(setup.settings.maxAttempts, setup.settings.initialBackoffMs, setup.settings.maxBackoffMs)
    , m_pacer(setup.pacing && !call.action.isEmpty() ? setup.pacing->forAction(call.action) : nullptr)
{
    m_totalTimer.setSingleShot(true);
    m_totalTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may end the budget 5% early
    m_backoffTimer.setSingleShot(true);
    m_backoffTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire before x-acs-retry-after
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { abortAttempt(AbortReason::TotalTimeout); });
    connect(&m_backoffTimer, &QTimer::timeout, this, &PendingApiCall::onWaitEnded);
}

PendingApiCall::~PendingApiCall()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
}

void PendingApiCall::setDuplicateCheck(const FlowLogRequest &request)
{
    m_createRequest = request;
}

void PendingApiCall::setCheckFirst()
{
    m_checkFirst = true;
}

void PendingApiCall::start()
{
    m_elapsed.start();
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_checkFirst && m_createRequest)
                startDuplicateCheck(mayAlreadyExist());
            else
                scheduleAttempt(0);
        },
        Qt::QueuedConnection);
}

// What is reported when the check that comes first cannot tell whether the flow log exists.
ApiResult PendingApiCall::mayAlreadyExist() const
{
    ApiResult result;
    result.outcome = Outcome::Unknown;
    result.message = QCoreApplication::translate("ApiClient",
        "A flow log with these parameters may already exist.");
    return result;
}

void PendingApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_cancelledInFlight = m_reply != nullptr;
    if (m_reply)
        abortAttempt(AbortReason::Cancelled);
    else if (m_check)
        m_check->cancel();
    else
        finishCancelled();
}

// With pacing, an attempt sent at once waits for its slot, and the wait is what attemptStarted()
// shows; after a backoff the slot is booked when the backoff ends.
void PendingApiCall::scheduleAttempt(int delayMs)
{
    if (m_finished)
        return;
    ++m_attempt;
    m_slotBookedAtPause.reset();
    const qint64 waitMs = m_pacer && delayMs == 0 ? bookSlot() : delayMs;
    emit attemptStarted(m_attempt, int(waitMs));
    m_backoffTimer.start(std::chrono::milliseconds(waitMs));
}

qint64 PendingApiCall::bookSlot()
{
    m_slotBookedAtPause = m_pacer->pauseCount();
    return m_pacer->reserve();
}

// A slot booked before the pacer paused (another call was throttled meanwhile) lies inside the
// pause or was given up: this attempt books again. Cancelling meanwhile stops the timer, so an
// attempt cancelled while it waits was certainly not sent.
void PendingApiCall::onWaitEnded()
{
    if (m_pacer && m_slotBookedAtPause != m_pacer->pauseCount()) {
        m_backoffTimer.start(std::chrono::milliseconds(bookSlot()));
        return;
    }
    sendAttempt();
}

// Any answer of the service took a token, or was refused one; no answer (a transport error) says
// nothing about the limit.
void PendingApiCall::reportToPacer(const ApiResult &result, int retryAfterMs)
{
    if (!m_pacer || result.httpStatus <= 0)
        return;
    if (ErrorCatalog::isThrottling(result.code))
        m_pacer->throttled(retryAfterMs);
    else
        m_pacer->accepted();
}

void PendingApiCall::setPlainRequest(const PlainRequest &request)
{
    m_plain = request;
}

// Credentials are asked for every attempt: a provider of temporary ones may have renewed them
// while this call waited, and all calls in flight share that one renewal.
void PendingApiCall::sendAttempt()
{
    if (m_plain) {
        sendSigned({m_plain->method, m_plain->url, m_plain->headers, {}, {}, {}});
        return;
    }
    m_setup.credentials->request(this, [this](const CredentialAnswer &answer) { onCredentials(answer); });
}

void PendingApiCall::onCredentials(const CredentialAnswer &answer)
{
    if (m_finished) // cancelled while waiting
        return;
    if (!answer.ok()) {
        finish(credentialsResult(answer));
        return;
    }
    m_signedWith = answer.credentials;
    if (!m_usedCredentials.contains(m_signedWith))
        m_usedCredentials.append(m_signedWith);
    // Signed afresh: a new nonce and timestamp every time, as the gateway requires.
    sendSigned(m_setup.signer.sign(m_call, m_setup.settings.endpoint, m_signedWith,
        m_setup.settings.signatureVersion, m_setup.settings.method));
}

void PendingApiCall::sendSigned(const SignedRequest &signedRequest)
{
    if (hasLineBreakInHeaders(signedRequest)) {
        finish(unsendableResult()); // sending again would not help
        return;
    }
    const QNetworkRequest request = networkRequest(signedRequest, m_setup.settings);
    QNetworkAccessManager *network = m_setup.network;
    m_reply = send(network, request, signedRequest);

    m_body.clear();
    m_requestSent = false;
    m_sendObservable = signedRequest.body.isEmpty();
    m_abortReason = AbortReason::None;
    connect(m_reply, &QNetworkReply::requestSent, this, &PendingApiCall::onRequestSent);
    connect(m_reply, &QNetworkReply::encrypted, this, &PendingApiCall::onRequestSent);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PendingApiCall::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &PendingApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &PendingApiCall::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &PendingApiCall::onReplyFinished);
    // Qt 6.4 does not report requestSent() for a request with a body (it is written along with the
    // headers), so "not connected yet" cannot be told from "sent, no answer yet": any timeout of
    // such an attempt counts as possibly acted on.
    m_totalTimer.start(m_setup.settings.totalTimeoutMs);
}

// Not sent: nothing of this attempt acted, though an earlier ambiguous one may have.
ApiResult PendingApiCall::credentialsResult(const CredentialAnswer &answer) const
{
    ApiResult result = m_mayHaveActed ? m_ambiguous : ApiResult {};
    result.outcome = m_mayHaveActed ? Outcome::Unknown : Outcome::Failed;
    result.transportError = TransportError::None;
    result.code = answer.code;
    result.message = answer.message;
    result.credentialsFailed = true;
    return result;
}

ApiResult PendingApiCall::plainResult(int httpStatus) const
{
    ApiResult result;
    result.outcome = httpStatus >= 200 && httpStatus < 300 ? Outcome::Succeeded : Outcome::Failed;
    result.httpStatus = httpStatus;
    result.rawBody = m_body;
    return result;
}

// Also called once TLS is up: from then on the request may reach the server at any moment, so a
// failure can no longer be taken for "certainly not sent".
void PendingApiCall::onRequestSent()
{
    m_requestSent = true;
}

void PendingApiCall::onMetaDataChanged()
{
    onRequestSent();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_setup.settings.maxResponseBytes)
        abortAttempt(AbortReason::TooLarge);
}

void PendingApiCall::onReadyRead()
{
    const qint64 room = m_setup.settings.maxResponseBytes - m_body.size();
    m_body += m_reply->read(room + 1);
    if (m_body.size() > m_setup.settings.maxResponseBytes)
        abortAttempt(AbortReason::TooLarge);
}

void PendingApiCall::onDownloadProgress(qint64 received, qint64 total)
{
    const qint64 cap = m_setup.settings.maxResponseBytes;
    if (m_reply && (received > cap || total > cap))
        abortAttempt(AbortReason::TooLarge);
}

void PendingApiCall::abortAttempt(AbortReason reason)
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_abortReason = reason;
    m_reply->abort(); // finished() follows at once, handled by onReplyFinished()
}

void PendingApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_totalTimer.stop();
    reply->disconnect(this);
    reply->deleteLater();
    if (m_abortReason == AbortReason::None && reply->isOpen() && m_body.size() <= m_setup.settings.maxResponseBytes)
        m_body += reply->read(m_setup.settings.maxResponseBytes + 1 - m_body.size());
    if (m_abortReason == AbortReason::None && m_body.size() > m_setup.settings.maxResponseBytes)
        m_abortReason = AbortReason::TooLarge;
    if (m_abortReason == AbortReason::Cancelled) {
        finishCancelled();
        return;
    }
    handleAttemptResult(attemptResult(reply), retryAfterMs(reply->rawHeader("x-acs-retry-after")));
}

ApiResult PendingApiCall::attemptResult(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_abortReason == AbortReason::TotalTimeout)
        return transportResult(
            mayHaveBeenSent() ? TransportError::ReadTimeout : TransportError::ConnectTimeout);
    if (m_abortReason == AbortReason::TooLarge)
        return tooLargeResult(status);
    const int error = reply->error();
    if (status > 0 && status <= maxHttpStatus && !isNetworkLayerError(error))
        return m_plain ? plainResult(status) : ApiResponseParser::parse(status, m_body);
    return transportResult(transportErrorOf(error), status);
}

ApiResult PendingApiCall::unsendableResult() const
{
    ApiResult result = transportResult(TransportError::Other);
    result.message = QCoreApplication::translate("ApiClient",
        "A request header (the security token?) holds a line break; the request was not sent.");
    return result;
}

ApiResult PendingApiCall::tooLargeResult(int httpStatus) const
{
    ApiResult result = transportResult(TransportError::ResponseTooLarge, httpStatus);
    result.message = QCoreApplication::translate("ApiClient",
        "The server's answer is larger than %1 bytes, the most this client reads; it was not read.")
                         .arg(m_setup.settings.maxResponseBytes);
    return result;
}

// Qt's errorString() is not used: for GET requests it can quote the URL and with it the STS token.
ApiResult PendingApiCall::transportResult(TransportError error, int httpStatus) const
{
    ApiResult result;
    result.outcome = Outcome::Failed;
    result.transportError = error;
    result.httpStatus = httpStatus;
    result.code = TransportErrors::code(error);
    result.message = TransportErrors::message(error);
    return result;
}

TransportError PendingApiCall::transportErrorOf(int networkError) const
{
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return TransportError::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return TransportError::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return m_requestSent ? TransportError::ConnectionLost : TransportError::TlsFailure;
    // The transfer timeout (setTransferTimeout) ends a reply as cancelled.
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::ProxyTimeoutError:
        return mayHaveBeenSent() ? TransportError::ReadTimeout : TransportError::ConnectTimeout;
    // Closed or broken without an answer: treated as possibly acted even before "sent" was seen,
    // since part of the request may already have left.
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return TransportError::ConnectionLost;
    default:
        return mayHaveBeenSent() ? TransportError::ConnectionLost : TransportError::Other;
    }
}

void PendingApiCall::handleAttemptResult(const ApiResult &result, int retryAfter)
{
    reportToPacer(result, retryAfter);
    if (result.ok()) {
        finish(result);
        return;
    }
    const bool throttled = result.transportError == TransportError::None && ErrorCatalog::isThrottling(result.code);
    if (throttled)
        ++m_throttledAnswers;
    const bool canRenew = !m_plain && !m_renewedCredentials && m_setup.credentials->isTemporary();
    const RetryInput input {m_attempt, result.transportError, result.httpStatus, result.code, retryAfter,
        m_idempotent, canRenew, m_throttledAnswers, m_pacer != nullptr};
    const RetryDecision decision = m_policy.decide(input);
    switch (decision.action) {
    case RetryDecision::Action::RenewCredentials:
        m_renewedCredentials = true;
        m_setup.credentials->invalidate(m_signedWith);
        sendAttempt();
        return;
    case RetryDecision::Action::Retry:
        scheduleAttempt(decision.delayMs);
        return;
    case RetryDecision::Action::CheckExisting:
        startDuplicateCheck(result);
        return;
    case RetryDecision::Action::GiveUp:
        finish(result);
        return;
    }
}

void PendingApiCall::startDuplicateCheck(const ApiResult &ambiguous)
{
    m_ambiguous = ambiguous;
    m_mayHaveActed = true;
    if (!m_createRequest) {
        finish(unknownResult(QString()));
        return;
    }
    m_check = new PendingApiCall(m_setup, FlowLogFilter::matching(*m_createRequest).toApiCall(), true, this);
    connect(m_check, &ApiCallHandle::finished, this, &PendingApiCall::onDuplicateCheckFinished);
    m_check->start();
    Q_EMIT checkingForEarlierAttempt();
}

void PendingApiCall::onDuplicateCheckFinished(const ApiResult &check)
{
    m_check = nullptr;
    if (m_cancelled) {
        finishCancelled();
        return;
    }
    if (!check.ok()) {
        finish(unknownResult(check.message));
        return;
    }
    const QList<FlowLogInfo> listed = FlowLogInfo::listFromDescribeBody(check.body);
    QList<FlowLogInfo> matches;
    for (const FlowLogInfo &info : listed) {
        if (info.matches(*m_createRequest))
            matches.append(info);
    }
    const QStringList differing =
        matches.size() == 1 ? matches.constFirst().differingSettings(*m_createRequest) : QStringList();
    if (!differing.isEmpty()) {
        finish(existingDiffersResult(matches.constFirst().flowLogId, differing));
        return;
    }
    if (matches.size() == 1) {
        ApiResult adopted = check;
        adopted.flowLogId = matches.constFirst().flowLogId;
        adopted.adoptedExisting = true;
        finish(adopted);
        return;
    }
    // Several candidates, or more listed than this page shows: which one is ours cannot be told.
    if (matches.size() > 1 || FlowLogInfo::totalCount(check.body) > listed.size()) {
        finish(unknownResult(QCoreApplication::translate("ApiClient",
            "The existing flow logs could not be told apart from the one requested.")));
        return;
    }
    // Not there: the failed attempt did not act, so creating again cannot make a second one.
    m_mayHaveActed = false;
    const int counted = m_attempt - m_throttledAnswers; // throttled attempts are not in the budget
    if (m_attempt == 0) // the check came first: nothing of this call has been sent yet
        scheduleAttempt(0);
    else if (counted < m_policy.maxAttempts())
        scheduleAttempt(m_policy.backoffMs(counted, false));
    else
        finish(m_ambiguous);
}

// The same target with other settings: not ours to adopt, and creating another could duplicate it.
ApiResult PendingApiCall::existingDiffersResult(const QString &flowLogId, const QStringList &differing) const
{
    ApiResult result = m_ambiguous;
    result.outcome = Outcome::Unknown;
    result.code = QLatin1String(ErrorCatalog::existingDiffersCode);
    result.existingFlowLogId = flowLogId;
    result.differingSettings = differing;
    result.message = ErrorCatalog::existingDiffersMessage(result.existingFlowLogId, result.differingSettings);
    return result;
}

ApiResult PendingApiCall::unknownResult(const QString &reason) const
{
    ApiResult result = m_ambiguous;
    result.outcome = Outcome::Unknown;
    if (!reason.isEmpty()) {
        result.message = QCoreApplication::translate("ApiClient",
            "%1 Checking whether the flow log exists failed: %2")
                             .arg(m_ambiguous.message, reason);
    }
    return result;
}

bool PendingApiCall::mayHaveBeenSent() const
{
    return m_requestSent || !m_sendObservable;
}

// An attempt on the wire counts as possibly acted on: Qt reports "sent" from another thread, so a
// request can reach the server before this object learns of it.
void PendingApiCall::finishCancelled()
{
    const bool mayHaveActed = !m_idempotent && (m_mayHaveActed || m_cancelledInFlight);
    ApiResult result = mayHaveActed ? m_ambiguous : ApiResult {};
    result.outcome = mayHaveActed ? Outcome::Unknown : Outcome::Cancelled;
    result.code = QLatin1String(ErrorCatalog::cancelledCode);
    result.message = mayHaveActed
        ? QCoreApplication::translate("ApiClient", "Cancelled after the request was sent; it may have acted.")
        : QCoreApplication::translate("ApiClient", "Cancelled.");
    finish(result);
}

void PendingApiCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_totalTimer.stop();
    m_backoffTimer.stop();
    result.attempts = m_attempt;
    result.throttledAnswers = m_throttledAnswers;
    result.elapsedMs = m_elapsed.elapsed();
    // The one place every result passes: no secret or token a server echoed goes further.
    for (const Credentials &used : std::as_const(m_usedCredentials))
        result = result.scrubbed(used);
    emit finished(result);
    deleteLater();
}
