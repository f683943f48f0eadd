#include "fakevpcserver.h"

#include "core/signing/acs3signature.h"
#include "core/signing/percentencoding.h"
#include "core/signing/rpcsignature.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype oversizeBytes = 2 * 1024 * 1024;

QueryParameters decodePairs(const QByteArray &encoded)
{
    QueryParameters parameters;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        parameters.append({QString::fromUtf8(PercentEncoding::decode(name)),
            QString::fromUtf8(PercentEncoding::decode(value))});
    }
    return parameters;
}

QHash<QByteArray, QByteArray> authorizationFields(const QByteArray &authorization)
{
    QHash<QByteArray, QByteArray> fields;
    const QByteArray rest = authorization.mid(qsizetype(sizeof(Acs3Signature::algorithm)));
    for (const QByteArray &item : rest.split(',')) {
        const qsizetype equals = item.indexOf('=');
        if (equals > 0)
            fields.insert(item.left(equals).trimmed(), item.mid(equals + 1).trimmed());
    }
    return fields;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject errorAnswer(const QString &code, const QString &message)
{
    return {{u"RequestId"_s, u"ERR-REQ"_s}, {u"HostId"_s, u"vpc.fake"_s}, {u"Code"_s, code},
        {u"Message"_s, message}, {u"Recommend"_s, QString(u"https://api.aliyun.com/troubleshoot?q="_s + code)}};
}

} // namespace

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ReceivedRequest::parameter(const QString &name) const
{
    for (const auto &[parameterName, value] : parameters) {
        if (parameterName == name)
            return value;
    }
    return {};
}

FakeVpcServer::FakeVpcServer(const Credentials &account, QObject *parent)
    : QObject(parent)
    , m_account(account)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeVpcServer::onNewConnection);
    m_clock.start();
}

FakeVpcServer::~FakeVpcServer()
{
    // Open sockets are deleted after this object's members; their "disconnected" must not reach
    // m_buffers by then.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>() + m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool FakeVpcServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl FakeVpcServer::endpoint() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    return url;
}

void FakeVpcServer::script(const QString &action, const FakeReply &reply)
{
    m_scripts[action].append(reply);
}

void FakeVpcServer::addFlowLog(const QJsonObject &flowLog)
{
    m_flowLogs.append(flowLog);
}

int FakeVpcServer::count(const QString &action) const
{
    return int(std::count_if(m_received.cbegin(), m_received.cend(),
        [&action](const ReceivedRequest &request) { return request.action == action; }));
}

void FakeVpcServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeVpcServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    ReceivedRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    m_buffers.remove(socket); // one request per connection
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.parameters = decodePairs(question < 0 ? QByteArray() : target.mid(question + 1));
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        request.parameters += decodePairs(request.body);
    request.receivedAtMs = m_clock.elapsed();
    handle(socket, std::move(request));
}

void FakeVpcServer::handle(QTcpSocket *socket, ReceivedRequest request)
{
    QByteArray stringToSign;
    request.signatureValid = verify(&request, &stringToSign);
    const bool nonceUsed = m_nonces.contains(request.nonce);
    m_nonces.append(request.nonce);
    m_received.append(request);
    emit requestReceived(request.action);

    if (!request.signatureValid) {
        const QString message = u"Specified signature is not matched with our calculation. server string to sign is:"_s
            + QString::fromUtf8(stringToSign);
        write(socket, 400, {}, json(errorAnswer(u"SignatureDoesNotMatch"_s, message)));
        return;
    }
    if (nonceUsed) {
        write(socket, 400, {}, json(errorAnswer(u"SignatureNonceUsed"_s, u"Specified signature nonce was used already."_s)));
        return;
    }
    QList<FakeReply> &queue = m_scripts[request.action];
    const FakeReply scripted = queue.isEmpty() ? FakeReply {} : queue.takeFirst();
    const bool normal = scripted.kind == FakeReply::Kind::Answer && scripted.body.isEmpty() && scripted.status == 200;
    const QJsonObject answer = normal || scripted.actFirst ? act(request) : QJsonObject {};
    if (scripted.delayMs > 0) {
        QTimer::singleShot(scripted.delayMs, socket, [this, socket, scripted, answer] { reply(socket, scripted, answer); });
        return;
    }
    reply(socket, scripted, answer);
}

bool FakeVpcServer::verify(ReceivedRequest *request, QByteArray *stringToSign) const
{
    request->v3 = request->header("authorization").startsWith(Acs3Signature::algorithm);
    return request->v3 ? verifyV3(request, stringToSign) : verifyV1(request, stringToSign);
}

bool FakeVpcServer::verifyV1(ReceivedRequest *request, QByteArray *stringToSign) const
{
    request->action = request->parameter(u"Action"_s);
    request->nonce = request->parameter(u"SignatureNonce"_s);
    request->securityToken = request->parameter(u"SecurityToken"_s);
    *stringToSign = RpcSignature::stringToSign(request->method, request->parameters);
    const QByteArray expected = RpcSignature::signature(m_account.accessKeySecret, *stringToSign);
    return request->parameter(u"AccessKeyId"_s) == m_account.accessKeyId
        && request->parameter(u"Signature"_s).toLatin1() == expected && !request->nonce.isEmpty();
}

bool FakeVpcServer::verifyV3(ReceivedRequest *request, QByteArray *stringToSign) const
{
    request->action = QString::fromUtf8(request->header("x-acs-action"));
    request->nonce = QString::fromUtf8(request->header("x-acs-signature-nonce"));
    request->securityToken = QString::fromUtf8(request->header("x-acs-security-token"));
    const QHash<QByteArray, QByteArray> fields = authorizationFields(request->header("authorization"));
    const QList<QByteArray> signedNames = fields.value("SignedHeaders").split(';');
    HeaderList signedHeaders;
    for (const auto &header : request->headers) {
        if (signedNames.contains(header.first.toLower()))
            signedHeaders.append(header);
    }
    const QByteArray payloadHash = Acs3Signature::hexSha256(request->body);
    const Acs3Signature::Input input {request->method, request->path, request->parameters, signedHeaders, payloadHash};
    *stringToSign = Acs3Signature::stringToSign(Acs3Signature::canonicalRequest(input));
    const QByteArray expected = Acs3Signature::signature(m_account.accessKeySecret, *stringToSign);
    return fields.value("Credential") == m_account.accessKeyId.toUtf8() && fields.value("Signature") == expected
        && request->header("x-acs-content-sha256") == payloadHash && !request->nonce.isEmpty()
        && signedNames.contains("x-acs-signature-nonce");
}

QJsonObject FakeVpcServer::act(const ReceivedRequest &request)
{
    if (request.action == "CreateFlowLog"_L1)
        return createFlowLog(request);
    if (request.action == "DescribeFlowLogs"_L1)
        return describeFlowLogs(request);
    return {{u"RequestId"_s, u"REQ-OTHER"_s}};
}

QJsonObject FakeVpcServer::createFlowLog(const ReceivedRequest &request)
{
    const QString id = u"fl-fake%1"_s.arg(m_nextId++);
    QJsonObject flowLog {{u"FlowLogId"_s, id}, {u"Status"_s, u"Activating"_s},
        {u"CreationTime"_s, u"2026-01-01T00:00:00Z"_s}};
    for (const char *name : {"RegionId", "FlowLogName", "Description", "ResourceType", "ResourceId", "TrafficType",
             "ProjectName", "LogStoreName"})
        flowLog.insert(QLatin1String(name), request.parameter(QLatin1String(name)));
    m_flowLogs.append(flowLog);
    return {{u"RequestId"_s, u"REQ-CREATE-%1"_s.arg(id)}, {u"FlowLogId"_s, id}, {u"Success"_s, u"true"_s}};
}

QJsonObject FakeVpcServer::describeFlowLogs(const ReceivedRequest &request) const
{
    QJsonArray matching;
    for (const QJsonValue &value : m_flowLogs) {
        const QJsonObject flowLog = value.toObject();
        bool match = true;
        for (const char *name : {"RegionId", "FlowLogId", "FlowLogName", "ResourceId", "ProjectName", "LogStoreName"}) {
            const QString wanted = request.parameter(QLatin1String(name));
            match = match && (wanted.isEmpty() || flowLog.value(QLatin1String(name)).toString() == wanted);
        }
        if (match)
            matching.append(flowLog);
    }
    return {{u"RequestId"_s, u"REQ-DESCRIBE"_s}, {u"TotalCount"_s, QString::number(matching.size())},
        {u"PageNumber"_s, 1}, {u"PageSize"_s, 50}, {u"FlowLogs"_s, QJsonObject {{u"FlowLog"_s, matching}}}};
}

void FakeVpcServer::reply(QTcpSocket *socket, const FakeReply &reply, const QJsonObject &normalAnswer)
{
    switch (reply.kind) {
    case FakeReply::Kind::Hang:
        return;
    case FakeReply::Kind::Close:
        socket->abort();
        return;
    case FakeReply::Kind::Oversize:
        write(socket, 200, {}, "{\"RequestId\":\"" + QByteArray(oversizeBytes, 'x') + "\"}", reply.declareLength);
        return;
    case FakeReply::Kind::Garbage:
        write(socket, 200, {}, QByteArray("\x00\x01\x02 this is not json \xff\xfe", 27));
        return;
    case FakeReply::Kind::Answer:
        write(socket, reply.status, reply.headers, reply.body.isEmpty() ? json(normalAnswer) : reply.body);
        return;
    }
}

void FakeVpcServer::write(QTcpSocket *socket, int status, const HeaderList &headers, const QByteArray &body,
    bool declareLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: application/json;charset=utf-8\r\nConnection: close\r\n";
    if (declareLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + body);
    socket->disconnectFromHost();
}
