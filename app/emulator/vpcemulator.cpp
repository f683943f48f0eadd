#include "emulator/vpcemulator.h"

#include "emulator/incomingrequest.h"
#include "emulator/responsebody.h"

#include <QDateTime>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString supportedVersion = u"2016-04-28"_s;
constexpr int minimumSaveIntervalMs = 200;

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toUpper();
}

QString requestedFormat(const IncomingRequest &request)
{
    for (const auto &[name, value] : request.allParameters()) {
        if (name == u"Format"_s)
            return value;
    }
    return u"JSON"_s;
}

QByteArray contentType(const QString &format)
{
    return ResponseBody::wantsXml(format) ? QByteArrayLiteral("text/xml;charset=utf-8")
                                          : QByteArrayLiteral("application/json;charset=utf-8");
}

} // namespace

VpcEmulator::VpcEmulator(QObject *parent)
    : QObject(parent)
    , m_service(&m_store)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_authenticator.setAccounts({defaultAccount()});
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &VpcEmulator::writeState);
    m_server.route(u"/"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handleRequest(request, std::move(responder));
    });
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handleRequest(request, std::move(responder));
    });
}

VpcEmulator::~VpcEmulator()
{
    if (m_saveTimer.isActive())
        writeState();
}

bool VpcEmulator::start(const QHostAddress &address, quint16 port)
{
    m_port = m_server.listen(address, port);
    m_address = address;
    return m_port != 0;
}

QUrl VpcEmulator::serverUrl() const
{
    // A wildcard address is not something a client can connect to: name the loopback instead.
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

void VpcEmulator::setAccounts(const QList<Credentials> &accounts)
{
    m_authenticator.setAccounts(accounts);
}

QList<Credentials> VpcEmulator::accounts() const
{
    return m_authenticator.accounts();
}

Credentials VpcEmulator::defaultAccount()
{
    return {u"sandbox-access-key-id"_s, u"sandbox-access-key-secret"_s, {}};
}

void VpcEmulator::setActivationDelay(int milliseconds)
{
    m_service.setActivationDelay(milliseconds);
}

int VpcEmulator::activationDelay() const
{
    return m_service.activationDelay();
}

void VpcEmulator::setFaults(const EmulatorFaults &faults)
{
    m_faults = faults;
    m_loseResponsesLeft = faults.loseResponses;
}

EmulatorFaults VpcEmulator::faults() const
{
    EmulatorFaults current = m_faults;
    current.loseResponses = m_loseResponsesLeft;
    return current;
}

void VpcEmulator::setFaultSeed(quint32 seed)
{
    m_random.seed(seed);
}

bool VpcEmulator::setStateFile(const QString &path, QString *error)
{
    m_stateFile = path;
    return m_store.load(path, error);
}

void VpcEmulator::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray requestId = newRequestId();
    deliver(std::move(responder), process(IncomingRequest::fromHttp(request), requestId));
}

VpcEmulator::Answer VpcEmulator::process(const IncomingRequest &request, const QByteArray &requestId)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray host = request.header("host");
    AuthenticatedCall call;
    std::optional<EmulatorError> error = m_authenticator.authenticate(request, nowMs, &call);
    if (!error)
        error = checkActionAndVersion(call);
    if (!error)
        error = injectedFault();
    if (error) {
        Q_EMIT requestHandled(call.action, error->code);
        return errorAnswer(*error, call.action.isEmpty() ? requestedFormat(request) : call.format, requestId, host);
    }
    FlowLogService::Outcome outcome = m_service.execute(call, nowMs);
    Q_EMIT requestHandled(call.action, outcome.error ? outcome.error->code : u"OK"_s);
    if (outcome.error)
        return errorAnswer(*outcome.error, call.format, requestId, host);
    if (outcome.changed)
        saveState();
    Answer answer = successAnswer(call.action, outcome.body, call.format, requestId);
    if (call.action == u"CreateFlowLog"_s && m_loseResponsesLeft > 0) {
        --m_loseResponsesLeft;
        answer.dropConnection = true;
    }
    return answer;
}

std::optional<EmulatorError> VpcEmulator::checkActionAndVersion(const AuthenticatedCall &call) const
{
    if (call.action.isEmpty())
        return EmulatorError::missingParameter(u"Action"_s);
    if (call.apiVersion.isEmpty())
        return EmulatorError::missingParameter(u"Version"_s);
    if (!FlowLogService::isKnownAction(call.action)) {
        return EmulatorError {404, u"InvalidAction.NotFound"_s,
            u"Specified api is not found, please check your url and method."_s};
    }
    if (call.apiVersion != supportedVersion)
        return EmulatorError {400, u"InvalidVersion"_s, u"Specified parameter Version is not valid."_s};
    return std::nullopt;
}

std::optional<EmulatorError> VpcEmulator::injectedFault()
{
    if (m_faults.throttleProbability > 0 && m_random.generateDouble() < m_faults.throttleProbability) {
        return EmulatorError {400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s,
            m_faults.retryAfterMs};
    }
    if (m_faults.unavailableProbability > 0 && m_random.generateDouble() < m_faults.unavailableProbability) {
        return EmulatorError {503, u"ServiceUnavailable"_s,
            u"The request has failed due to a temporary failure of the server."_s};
    }
    return std::nullopt;
}

VpcEmulator::Answer VpcEmulator::successAnswer(const QString &action, QJsonObject body, const QString &format,
    const QByteArray &requestId)
{
    body.insert(u"RequestId"_s, QString::fromLatin1(requestId));
    Answer answer;
    answer.requestId = requestId;
    answer.contentType = contentType(format);
    answer.body = ResponseBody::wantsXml(format) ? ResponseBody::xml(action + u"Response"_s, body)
                                                 : ResponseBody::json(body);
    return answer;
}

VpcEmulator::Answer VpcEmulator::errorAnswer(const EmulatorError &error, const QString &format,
    const QByteArray &requestId, const QByteArray &host) const
{
    const QString id = QString::fromLatin1(requestId);
    QJsonObject body {
        {u"RequestId"_s, id},
        {u"HostId"_s, host.isEmpty() ? u"vpc.aliyuncs.com"_s : QString::fromUtf8(host)},
        {u"Code"_s, error.code},
        {u"Message"_s, error.message},
    };
    const bool xml = ResponseBody::wantsXml(format);
    if (!xml) {
        body.insert(u"Recommend"_s,
            u"https://api.aliyun.com/troubleshoot?q=%1&product=Vpc&requestId=%2"_s.arg(error.code, id));
    }
    Answer answer;
    answer.httpStatus = error.httpStatus;
    answer.requestId = requestId;
    answer.retryAfterMs = error.retryAfterMs;
    answer.contentType = contentType(format);
    answer.body = xml ? ResponseBody::xml(u"Error"_s, body) : ResponseBody::json(body);
    return answer;
}

// Latency is added with a timer, never by sleeping: other connections are served meanwhile. The
// socket may go away while the answer waits; QPointer notices.
void VpcEmulator::deliver(QHttpServerResponder &&responder, const Answer &answer)
{
    if (m_faults.latencyMs <= 0) {
        write(responder, answer);
        return;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = pending->socket();
    QTimer::singleShot(m_faults.latencyMs, this, [pending, socket, answer] {
        if (socket)
            write(*pending, answer);
    });
}

void VpcEmulator::write(QHttpServerResponder &responder, const Answer &answer)
{
    QTcpSocket *socket = responder.socket();
    if (!socket || !socket->isOpen())
        return;
    if (answer.dropConnection) {
        socket->abort();
        return;
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.httpStatus));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), answer.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(answer.body.size()));
    responder.writeHeader(QByteArrayLiteral("x-acs-request-id"), answer.requestId);
    if (answer.retryAfterMs >= 0)
        responder.writeHeader(QByteArrayLiteral("x-acs-retry-after"), QByteArray::number(answer.retryAfterMs));
    responder.writeBody(answer.body);
}

// Each save rewrites the whole file, so under load saves are spaced out instead of piling up.
void VpcEmulator::saveState()
{
    if (m_stateFile.isEmpty() || m_saveTimer.isActive())
        return;
    const qint64 sinceSave = m_sinceSave.isValid() ? m_sinceSave.elapsed() : minimumSaveIntervalMs;
    if (sinceSave >= minimumSaveIntervalMs)
        writeState();
    else
        m_saveTimer.start(int(minimumSaveIntervalMs - sinceSave));
}

void VpcEmulator::writeState()
{
    m_sinceSave.start();
    QString error;
    if (!m_store.save(m_stateFile, &error))
        Q_EMIT stateSaveFailed(error);
}
