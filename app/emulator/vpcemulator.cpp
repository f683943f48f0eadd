#include "emulator/vpcemulator.h"

#include "emulator/connectionguard.h"
#include "emulator/guardedtcpserver.h"
#include "emulator/incomingrequest.h"
#include "emulator/responsebody.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString supportedVersion = u"2016-04-28"_s;
constexpr int minimumSaveIntervalMs = 200;
constexpr qsizetype oversizeBytes = 2 * 1024 * 1024;
constexpr int nestedXmlDepth = 300000;
constexpr qsizetype lyingLengthExcess = 4096;

using FaultMode = ScriptedFault::Mode;

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

QString actionOf(const IncomingRequest &request)
{
    const QByteArray header = request.header("x-acs-action");
    if (!header.isEmpty())
        return QString::fromUtf8(header);
    for (const auto &[name, value] : request.allParameters()) {
        if (name == u"Action"_s)
            return value;
    }
    return {};
}

// The AccessKey ID a V3 Authorization header names.
QString v3AccessKeyId(const IncomingRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    const qsizetype start = authorization.indexOf("Credential=");
    if (start < 0)
        return {};
    const qsizetype from = start + qsizetype(sizeof("Credential=") - 1);
    const qsizetype end = authorization.indexOf(',', from);
    return QString::fromUtf8(authorization.mid(from, end < 0 ? -1 : end - from)).trimmed();
}

ObservedRequest observe(const IncomingRequest &request, const std::optional<EmulatorError> &rejection,
    const AuthenticatedCall &call)
{
    ObservedRequest observed;
    observed.method = request.method;
    observed.action = actionOf(request);
    observed.parameters = request.allParameters();
    observed.signatureVersion
        = request.header("authorization").startsWith("ACS3-") ? SignatureVersion::V3 : SignatureVersion::V1;
    const bool v3 = observed.signatureVersion == SignatureVersion::V3;
    observed.apiVersion = v3 ? QString::fromUtf8(request.header("x-acs-version")) : observed.parameter(u"Version"_s);
    observed.accessKeyId = v3 ? v3AccessKeyId(request) : observed.parameter(u"AccessKeyId"_s);
    observed.accountId = rejection ? QString() : call.accountId;
    observed.temporaryCredentials = !rejection && call.temporary;
    observed.nonce = v3 ? QString::fromUtf8(request.header("x-acs-signature-nonce"))
                        : observed.parameter(u"SignatureNonce"_s);
    observed.securityToken = v3 ? QString::fromUtf8(request.header("x-acs-security-token"))
                                : observed.parameter(u"SecurityToken"_s);
    observed.rejectedWith = rejection ? rejection->code : QString();
    return observed;
}

// What the request log keeps of a signed request: who signed it, never with what.
QJsonObject logLine(const ObservedRequest &observed, const QString &code)
{
    return {
        {u"method"_s, QString::fromLatin1(observed.method)},
        {u"action"_s, observed.action},
        {u"version"_s, observed.apiVersion},
        {u"signatureVersion"_s, SignatureVersions::name(observed.signatureVersion)},
        {u"accessKeyId"_s, observed.accessKeyId},
        {u"securityToken"_s, !observed.securityToken.isEmpty()},
        {u"temporary"_s, observed.temporaryCredentials},
        {u"account"_s, observed.accountId},
        {u"code"_s, code},
    };
}

// The modes that carry the action out before spoiling the answer.
bool actsFirst(FaultMode mode)
{
    return mode == FaultMode::ActThenHang || mode == FaultMode::LoseResponse || mode == FaultMode::Drip;
}

QByteArray rawHead(int status, const QByteArray &contentType, const QByteArray &framing)
{
    return ResponseBody::statusLine(status) + "Content-Type: " + contentType + "\r\n" + framing + "\r\n";
}

// The connection's guard learns that the answer to its oldest request is out (keep-alive, close).
void answered(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->answerWritten();
}

// A body of JSON-looking filler, so that a client that does not cap would try to parse it.
QByteArray filler(qsizetype size)
{
    QByteArray body = "{\"Filler\":\"";
    body += QByteArray(size - body.size() - 2, 'x');
    body += "\"}";
    return body;
}

QByteArray chunked(const QByteArray &body)
{
    constexpr qsizetype chunkSize = 64 * 1024;
    QByteArray wire;
    for (qsizetype at = 0; at < body.size(); at += chunkSize) {
        const QByteArray chunk = body.mid(at, chunkSize);
        wire += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    return wire + "0\r\n\r\n";
}

QByteArray nestedXml()
{
    QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error>";
    body.reserve(body.size() + 3 * nestedXmlDepth);
    for (int i = 0; i < nestedXmlDepth; ++i)
        body += "<a>";
    return body; // never closed: the closing tags would not fit under 1 MiB, and a parser recurses first
}

} // namespace

bool ObservedRequest::signatureValid() const
{
    static const QStringList badSignature {u"SignatureDoesNotMatch"_s, u"IncompleteSignature"_s,
        u"InvalidAccessKeyId.NotFound"_s, u"InvalidTimeStamp.Format"_s, u"InvalidTimeStamp.Expired"_s};
    return !badSignature.contains(rejectedWith);
}

QString ObservedRequest::parameter(const QString &name) const
{
    for (const auto &[key, value] : parameters) {
        if (key == name)
            return value;
    }
    return {};
}

VpcEmulator::VpcEmulator(QObject *parent)
    : QObject(parent)
    , m_service(&m_store, &m_inventory)
    , m_vpcResources(&m_inventory)
    , m_networkInterfaces(&m_inventory)
    , m_sts(&m_temporary)
    , m_metadata(&m_sts, &m_temporary)
    , m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<ObservedRequest>();
    m_authenticator.setAccounts({defaultAccount()});
    m_authenticator.setAccountId(sandboxAccountId());
    m_authenticator.setTemporaryCredentials(&m_temporary);
    m_sts.setAssumableRoles({defaultAssumableRole()});
    m_metadata.setAccountId(sandboxAccountId());
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &VpcEmulator::writeState);
    m_removalTimer.setSingleShot(true);
    connect(&m_removalTimer, &QTimer::timeout, this, &VpcEmulator::removeGoneFlowLogs);
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
    auto listener = std::make_unique<GuardedTcpServer>(&m_server, m_limits);
    if (!listener->start(address, port))
        return false;
    m_listener = listener.release();
    m_server.bind(m_listener); // takes ownership
    m_port = m_listener->serverPort();
    m_address = address;
    return true;
}

void VpcEmulator::setConnectionLimits(const ConnectionLimits &limits)
{
    m_limits = limits;
    if (m_listener)
        m_listener->setLimits(limits);
}

int VpcEmulator::connectionCount() const
{
    return m_listener ? m_listener->connectionCount() : 0;
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
    return Credentials::sandbox();
}

QString VpcEmulator::sandboxAccountId()
{
    return u"1234567890123456"_s;
}

QString VpcEmulator::defaultAssumableRole()
{
    return StsService::roleArn(sandboxAccountId(), u"flowlog-operator"_s);
}

void VpcEmulator::setAssumableRoles(const QStringList &roleArns)
{
    m_sts.setAssumableRoles(roleArns);
}

QStringList VpcEmulator::assumableRoles() const
{
    return m_sts.assumableRoles();
}

void VpcEmulator::setDeniedAssumers(const QStringList &accessKeyIds)
{
    m_sts.setDeniedCallers(accessKeyIds);
}

void VpcEmulator::setMaxSessionDuration(int seconds)
{
    m_sts.setMaxSessionDuration(seconds);
}

void VpcEmulator::setStsLifetimeCap(int seconds)
{
    m_sts.setLifetimeCap(seconds);
}

int VpcEmulator::stsLifetimeCap() const
{
    return m_sts.lifetimeCap();
}

void VpcEmulator::setEcsRoleName(const QString &roleName)
{
    m_metadata.setRoleName(roleName);
}

void VpcEmulator::setImdsMode(MetadataService::ImdsMode mode)
{
    m_metadata.setImdsMode(mode);
}

bool VpcEmulator::setRequestLog(const QString &path, QString *error)
{
    return m_log.open(path, error);
}

void VpcEmulator::setActivationDelay(int milliseconds)
{
    m_service.setActivationDelay(milliseconds);
}

int VpcEmulator::activationDelay() const
{
    return m_service.activationDelay();
}

void VpcEmulator::setTrafficPathEnabled(bool enabled)
{
    m_service.setTrafficPathEnabled(enabled);
}

bool VpcEmulator::trafficPathEnabled() const
{
    return m_service.trafficPathEnabled();
}

void VpcEmulator::setFlowLogQuota(int flowLogs)
{
    m_service.setFlowLogQuota(flowLogs);
}

int VpcEmulator::flowLogQuota() const
{
    return m_service.flowLogQuota();
}

void VpcEmulator::setRateLimit(double callsPerSecond)
{
    m_rateLimiter.setRate(callsPerSecond);
}

double VpcEmulator::rateLimit() const
{
    return m_rateLimiter.rate();
}

void VpcEmulator::setRateLimitClock(std::function<qint64()> clock)
{
    m_rateLimiter.setClock(std::move(clock));
}

void VpcEmulator::setFaults(const EmulatorFaults &faults)
{
    m_faults = faults;
    m_loseResponsesLeft = faults.loseResponses;
    m_scriptedLeft = faults.scripted;
}

EmulatorFaults VpcEmulator::faults() const
{
    EmulatorFaults current = m_faults;
    current.loseResponses = m_loseResponsesLeft;
    current.scripted = m_scriptedLeft;
    return current;
}

QList<QJsonObject> VpcEmulator::flowLogs() const
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<QJsonObject> listed;
    m_store.forEach([&listed, nowMs](const FlowLogRecord &record) {
        if (!record.goneAt(nowMs))
            listed.append(record.toApiJson(nowMs));
    });
    return listed;
}

qsizetype VpcEmulator::flowLogCount() const
{
    return m_store.countAt(QDateTime::currentMSecsSinceEpoch());
}

void VpcEmulator::addFlowLog(const FlowLogRecord &record)
{
    m_store.add(record);
    saveState();
    scheduleRemoval();
}

void VpcEmulator::setFaultSeed(quint32 seed)
{
    m_random.seed(seed);
}

bool VpcEmulator::setStateFile(const QString &path, QString *error)
{
    m_stateFile = path;
    m_stateFileExisted = QFileInfo::exists(path);
    const bool loaded = m_store.load(path, error);
    scheduleRemoval();
    return loaded;
}

bool VpcEmulator::loadInventory(const QString &path, QString *error)
{
    QString problem;
    std::optional<InventoryContents> contents = InventoryFile::read(path, QDateTime::currentMSecsSinceEpoch(), &problem);
    if (!contents) {
        if (error)
            *error = problem;
        return false;
    }
    applyInventory(std::move(*contents));
    return true;
}

void VpcEmulator::generateInventory(const InventorySpec &spec)
{
    applyInventory(InventoryGenerator::generate(spec, QDateTime::currentMSecsSinceEpoch()));
}

// The flow logs seed a new account only: a state file that existed holds the operator's own.
void VpcEmulator::applyInventory(InventoryContents &&contents)
{
    m_inventory = std::move(contents.store);
    m_inventory.setInUse(true);
    if (m_stateFileExisted)
        return;
    const qint64 settlesAtMs = QDateTime::currentMSecsSinceEpoch() + m_service.activationDelay();
    for (FlowLogRecord &record : contents.flowLogs) {
        record.settlesAtMs = settlesAtMs;
        m_store.add(record);
    }
    saveState();
}

void VpcEmulator::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray requestId = ResponseBody::newRequestId();
    const IncomingRequest incoming = IncomingRequest::fromHttp(request);
    if (MetadataService::handlesPath(incoming.path)) {
        deliver(std::move(responder), processMetadata(incoming, requestId));
        return;
    }
    deliver(std::move(responder), process(incoming, requestId));
}

// Unsigned: the metadata service and the credentials URI trust whoever can reach them.
VpcEmulator::Answer VpcEmulator::processMetadata(const IncomingRequest &request, const QByteArray &requestId)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const MetadataService::Answer metadata = *m_metadata.answer(request, nowMs);
    const QString path = QString::fromLatin1(request.path);
    m_log.write({{u"method"_s, QString::fromLatin1(request.method)}, {u"path"_s, path},
                    {u"code"_s, QString::number(metadata.httpStatus)}},
        nowMs);
    Q_EMIT requestHandled(path, QString::number(metadata.httpStatus));
    Answer answer;
    answer.httpStatus = metadata.httpStatus;
    answer.contentType = metadata.contentType;
    answer.body = metadata.body;
    answer.requestId = requestId;
    return answer;
}

void VpcEmulator::finish(const ObservedRequest &observed, const QString &code)
{
    m_log.write(logLine(observed, code), QDateTime::currentMSecsSinceEpoch());
    Q_EMIT requestHandled(observed.action, code);
}

FlowLogService::Outcome VpcEmulator::execute(const AuthenticatedCall &call, qint64 nowMs)
{
    if (call.apiVersion == StsService::apiVersion()) {
        StsService::Outcome outcome = m_sts.execute(call, nowMs);
        return {outcome.body, outcome.error, false};
    }
    if (call.apiVersion == NetworkInterfaceService::apiVersion()) {
        InventoryService::Outcome outcome = m_networkInterfaces.execute(call, nowMs);
        return {outcome.body, outcome.error, false}; // resources live in memory only
    }
    if (InventoryService::isKnownAction(call.action)) {
        InventoryService::Outcome outcome = m_vpcResources.execute(call, nowMs);
        return {outcome.body, outcome.error, false};
    }
    return m_service.execute(call, nowMs);
}

VpcEmulator::Answer VpcEmulator::process(const IncomingRequest &request, const QByteArray &requestId)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray host = request.header("host");
    AuthenticatedCall call;
    std::optional<EmulatorError> error = m_authenticator.authenticate(request, nowMs, &call);
    const ObservedRequest observed = observe(request, error, call);
    Q_EMIT requestReceived(observed);
    if (!error)
        error = checkActionAndVersion(call);
    if (!error)
        error = checkRateLimit(call);
    std::optional<ScriptedFault> fault;
    if (!error)
        fault = takeScriptedFault(call.action);
    if (fault && !actsFirst(fault->mode)) {
        finish(observed, fault->code.isEmpty() ? fault->modeName() : fault->code);
        return scriptedAnswer(*fault, call.format, requestId, host);
    }
    if (!error)
        error = injectedFault();
    if (error) {
        finish(observed, error->code);
        return errorAnswer(*error, call.action.isEmpty() ? requestedFormat(request) : call.format, requestId, host);
    }
    FlowLogService::Outcome outcome = execute(call, nowMs);
    finish(observed, outcome.error ? outcome.error->code : u"OK"_s);
    if (outcome.changed) { // also when an answer is an error: Deleting flow logs may have gone
        saveState();
        scheduleRemoval();
    }
    if (outcome.error)
        return errorAnswer(*outcome.error, call.format, requestId, host);
    Answer answer = successAnswer(call.action, outcome.body, call.format, requestId);
    if (fault)
        answer.fault = fault->mode;
    else if (call.action == u"CreateFlowLog"_s && m_loseResponsesLeft > 0) {
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
    // STS and ECS share the port: their versions route the calls there.
    const bool sts = call.apiVersion == StsService::apiVersion();
    const bool ecs = call.apiVersion == NetworkInterfaceService::apiVersion();
    const bool known = sts ? StsService::isKnownAction(call.action)
        : ecs ? NetworkInterfaceService::isKnownAction(call.action)
              : FlowLogService::isKnownAction(call.action) || InventoryService::isKnownAction(call.action);
    if (!known) {
        return EmulatorError {404, u"InvalidAction.NotFound"_s,
            u"Specified api is not found, please check your url and method."_s};
    }
    if (!sts && !ecs && call.apiVersion != supportedVersion)
        return EmulatorError {400, u"InvalidVersion"_s, u"Specified parameter Version is not valid."_s};
    return std::nullopt;
}

// After authentication (an unauthenticated request has no account whose bucket it could drain) and
// before any fault or action: a throttled call does nothing and uses up no scripted fault.
std::optional<EmulatorError> VpcEmulator::checkRateLimit(const AuthenticatedCall &call)
{
    const qint64 waitMs = m_rateLimiter.acquire(call.accountId, call.action);
    if (waitMs == 0)
        return std::nullopt;
    return EmulatorError::throttled(int(std::min<qint64>(waitMs, INT_MAX)));
}

std::optional<EmulatorError> VpcEmulator::injectedFault()
{
    if (m_faults.throttleProbability > 0 && m_random.generateDouble() < m_faults.throttleProbability)
        return EmulatorError::throttled(m_faults.retryAfterMs);
    if (m_faults.unavailableProbability > 0 && m_random.generateDouble() < m_faults.unavailableProbability) {
        return EmulatorError {503, u"ServiceUnavailable"_s,
            u"The request has failed due to a temporary failure of the server."_s};
    }
    return std::nullopt;
}

// The first scripted fault for this action that has requests left; its count goes down by one.
std::optional<ScriptedFault> VpcEmulator::takeScriptedFault(const QString &action)
{
    for (ScriptedFault &fault : m_scriptedLeft) {
        if (!fault.matches(action))
            continue;
        if (fault.count > 0)
            --fault.count;
        return fault;
    }
    return std::nullopt;
}

VpcEmulator::Answer VpcEmulator::scriptedAnswer(const ScriptedFault &fault, const QString &format,
    const QByteArray &requestId, const QByteArray &host) const
{
    if (fault.mode == FaultMode::Error || fault.mode == FaultMode::XmlError) {
        const EmulatorError error = *EmulatorError::scripted(fault.code, m_faults.retryAfterMs);
        return errorAnswer(error, fault.mode == FaultMode::XmlError ? u"XML"_s : format, requestId, host);
    }
    Answer answer;
    answer.requestId = requestId;
    answer.fault = fault.mode;
    return answer;
}

VpcEmulator::Answer VpcEmulator::successAnswer(
    const QString &action, QJsonObject body, const QString &format, const QByteArray &requestId)
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
    Answer answer;
    answer.httpStatus = error.httpStatus;
    answer.requestId = requestId;
    answer.retryAfterMs = error.retryAfterMs;
    answer.contentType = contentType(format);
    answer.body = error.body(requestId, host, ResponseBody::wantsXml(format));
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
    QTimer::singleShot(m_faults.latencyMs, this, [this, pending, socket, answer] {
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
    if (!answer.fault)
        writeAnswer(responder, answer);
    else if (!writeFault(responder, answer))
        return; // not answered, or not yet (drip), or the connection ends with it
    answered(socket);
}

// Hostile answers are written to the socket directly: QHttpServerResponder only writes well-formed
// HTTP.
bool VpcEmulator::writeFault(QHttpServerResponder &responder, const Answer &answer)
{
    QTcpSocket *socket = responder.socket();
    const QByteArray json = "application/json;charset=utf-8";
    switch (*answer.fault) {
    case FaultMode::Hang:
    case FaultMode::ActThenHang:
        keepUnanswered(responder);
        return false;
    case FaultMode::Close:
    case FaultMode::LoseResponse:
        socket->abort();
        return false;
    case FaultMode::Drip: {
        const QByteArray head = rawHead(answer.httpStatus, answer.contentType,
            "Content-Length: " + QByteArray::number(answer.body.size())
                + "\r\nx-acs-request-id: " + answer.requestId + "\r\n");
        socket->write(head);
        keepUnanswered(responder);
        drip(socket, answer.body);
        return false;
    }
    case FaultMode::Garbage: {
        const QByteArray body = "this is not json, nor xml: \x01\x02 garbage";
        socket->write(
            rawHead(200, "text/plain", "Content-Length: " + QByteArray::number(body.size()) + "\r\n") + body);
        return true;
    }
    case FaultMode::Oversize: {
        const QByteArray body = filler(oversizeBytes);
        socket->write(
            rawHead(200, json, "Content-Length: " + QByteArray::number(body.size()) + "\r\n") + body);
        return true;
    }
    case FaultMode::OversizeChunked:
        socket->write(rawHead(200, json, "Transfer-Encoding: chunked\r\n") + chunked(filler(oversizeBytes)));
        return true;
    case FaultMode::OversizeUnframed:
        socket->write(rawHead(200, json, "Connection: close\r\n") + filler(oversizeBytes));
        socket->disconnectFromHost();
        return false;
    case FaultMode::LyingLength: {
        const QByteArray body = "{\"RequestId\":\"" + answer.requestId + "\"}";
        const QByteArray length = QByteArray::number(body.size() + lyingLengthExcess);
        socket->write(rawHead(200, json, "Content-Length: " + length + "\r\n") + body);
        socket->disconnectFromHost();
        return false;
    }
    case FaultMode::LyingChunk:
        // Near 2^63: a reader that adds it to what it holds overflows and may think it is under its cap.
        socket->write(rawHead(200, json, "Transfer-Encoding: chunked\r\n") + "7FFFFFFFFFFFFFF0\r\n"
            + filler(oversizeBytes));
        socket->disconnectFromHost();
        return false;
    case FaultMode::NestedXml: {
        const QByteArray body = nestedXml();
        socket->write(rawHead(400, "text/xml;charset=utf-8",
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\n")
            + body);
        return true;
    }
    case FaultMode::Redirect: {
        // Port 1 on loopback: a client that followed would be refused, and the signed request
        // would have gone to a place it was not meant for.
        const QByteArray location = "Location: http://127.0.0.1:1/?Action=Elsewhere\r\nContent-Length: 0\r\n";
        socket->write(rawHead(302, "text/plain", location));
        return true;
    }
    case FaultMode::Error:
    case FaultMode::XmlError:
        writeAnswer(responder, answer);
        return true;
    }
    return false;
}

// The responder stays alive as long as its connection, so nothing answers for it meanwhile.
void VpcEmulator::keepUnanswered(QHttpServerResponder &responder)
{
    QTcpSocket *socket = responder.socket();
    auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    connect(socket, &QObject::destroyed, this, [kept] {});
}

// One byte per drip interval until the body is sent or the client goes away.
void VpcEmulator::drip(QTcpSocket *socket, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        answered(socket);
        return;
    }
    QPointer<QTcpSocket> guarded = socket;
    QTimer::singleShot(m_faults.dripIntervalMs, this, [this, guarded, bytes] {
        if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
            return;
        guarded->write(bytes.left(1));
        drip(guarded, bytes.mid(1));
    });
}

void VpcEmulator::writeAnswer(QHttpServerResponder &responder, const Answer &answer)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.httpStatus));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), answer.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(answer.body.size()));
    responder.writeHeader(QByteArrayLiteral("x-acs-request-id"), answer.requestId);
    if (answer.retryAfterMs >= 0)
        responder.writeHeader(QByteArrayLiteral("x-acs-retry-after"), QByteArray::number(answer.retryAfterMs));
    const ConnectionGuard *guard = ConnectionGuard::of(responder.socket());
    if (guard && guard->closesAfterAnswer())
        responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
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

void VpcEmulator::scheduleRemoval()
{
    const std::optional<qint64> next = m_store.nextRemovalMs();
    if (!next) {
        m_removalTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, *next - QDateTime::currentMSecsSinceEpoch() + 1);
    m_removalTimer.start(int(std::min<qint64>(wait, INT_MAX)));
}

void VpcEmulator::removeGoneFlowLogs()
{
    if (m_store.removeGone(QDateTime::currentMSecsSinceEpoch()))
        saveState();
    scheduleRemoval();
}

void VpcEmulator::writeState()
{
    m_sinceSave.start();
    QString error;
    if (!m_store.save(m_stateFile, QDateTime::currentMSecsSinceEpoch(), &error))
        Q_EMIT stateSaveFailed(error);
}
