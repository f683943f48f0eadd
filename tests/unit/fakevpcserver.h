#pragma once

#include "core/signing/credentials.h"
#include "core/signing/queryparameters.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// How the fake server answers one request of an action, when scripted.
struct FakeReply
{
    enum class Kind {
        Answer,   // status, headers and body (empty body: the action's normal answer)
        Hang,     // read the request, never answer
        Close,    // read the request, close the connection without a word
        Oversize, // a 2 MiB body
        Garbage,  // 200 with bytes that are no API answer
    };
    Kind kind = Kind::Answer;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers = {};
    QByteArray body = {};
    int delayMs = 0;
    bool actFirst = false;      // carry out the action (store the flow log) whatever the answer
    bool declareLength = true;  // Oversize: send Content-Length (false: the body ends at close)
};

// One request as the server received and judged it.
struct ReceivedRequest
{
    QByteArray method = {};
    QByteArray path = {};
    HeaderList headers = {};
    QByteArray body = {};
    QueryParameters parameters = {}; // query and form, decoded
    QString action = {};
    QString nonce = {};
    QString securityToken = {};
    bool v3 = false;
    bool signatureValid = false;
    qint64 receivedAtMs = 0; // since the server started

    QByteArray header(QByteArrayView name) const;
    QString parameter(const QString &name) const;
};

// A minimal HTTP/1.1 VPC endpoint on loopback for client tests. It recomputes every signature
// (v1 with RpcSignature, V3 with Acs3Signature) from what it received and the one account's secret,
// and answers a mismatch with SignatureDoesNotMatch; a reused nonce gets SignatureNonceUsed.
// CreateFlowLog stores a flow log and DescribeFlowLogs lists the stored ones (filtered), unless a
// FakeReply was scripted for the action. Every connection is closed after its answer.
class FakeVpcServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeVpcServer)

public:
    explicit FakeVpcServer(const Credentials &account, QObject *parent = nullptr);
    ~FakeVpcServer() override;

    bool listen();
    QUrl endpoint() const;
    // Scripted replies are used in order, one per request of that action.
    void script(const QString &action, const FakeReply &reply);
    void addFlowLog(const QJsonObject &flowLog);
    QJsonArray flowLogs() const { return m_flowLogs; }
    QList<ReceivedRequest> received() const { return m_received; }
    int count(const QString &action) const;

Q_SIGNALS:
    void requestReceived(const QString &action);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, ReceivedRequest request);
    bool verify(ReceivedRequest *request, QByteArray *stringToSign) const;
    bool verifyV1(ReceivedRequest *request, QByteArray *stringToSign) const;
    bool verifyV3(ReceivedRequest *request, QByteArray *stringToSign) const;
    QJsonObject act(const ReceivedRequest &request);
    QJsonObject createFlowLog(const ReceivedRequest &request);
    QJsonObject describeFlowLogs(const ReceivedRequest &request) const;
    void reply(QTcpSocket *socket, const FakeReply &reply, const QJsonObject &normalAnswer);
    static void write(QTcpSocket *socket, int status, const HeaderList &headers, const QByteArray &body,
        bool declareLength = true);

    Credentials m_account;
    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, QList<FakeReply>> m_scripts;
    QList<ReceivedRequest> m_received;
    QList<QString> m_nonces;
    QJsonArray m_flowLogs;
    int m_nextId = 1;
};
