#pragma once

#include "core/signing/credentials.h"
#include "emulator/connectionlimits.h"
#include "emulator/emulatorfaults.h"
#include "emulator/flowlogservice.h"
#include "emulator/flowlogstore.h"
#include "emulator/inventorygenerator.h"
#include "emulator/inventoryservice.h"
#include "emulator/inventorystore.h"
#include "emulator/metadataservice.h"
#include "emulator/networkinterfaceservice.h"
#include "emulator/ratelimiter.h"
#include "emulator/requestauthenticator.h"
#include "emulator/requestlog.h"
#include "emulator/stsservice.h"
#include "emulator/temporarycredentials.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class GuardedTcpServer;
class QHttpServerResponder;
class QTcpSocket;
struct EmulatorError;
struct IncomingRequest;

// One request as the emulator received it, before any fault or action: what tests observe.
struct ObservedRequest
{
    QByteArray method = {};
    QString action = {};
    QString apiVersion = {}; // Version (v1) or x-acs-version (V3)
    QString accessKeyId = {}; // as sent, whether or not it was accepted
    QString accountId = {}; // the account it belongs to; empty unless the request was authenticated
    bool temporaryCredentials = false; // signed with credentials the emulator's STS issued
    QString nonce = {}; // SignatureNonce (v1) or x-acs-signature-nonce (V3)
    QString securityToken = {}; // SecurityToken (v1) or x-acs-security-token (V3)
    SignatureVersion signatureVersion = SignatureVersion::V1;
    QString rejectedWith = {}; // the authentication error's Code; empty when the request was accepted
    QueryParameters parameters = {}; // query and form body, decoded (signing parameters included)

    bool signatureValid() const;
    QString parameter(const QString &name) const; // the first value, or a null string
};
Q_DECLARE_METATYPE(ObservedRequest)

// A local stand-in for the VPC flow-log endpoint (API version 2016-04-28) on plain HTTP: it verifies
// RPC v1 and V3 signatures with the same code the client signs with, answers CreateFlowLog,
// DescribeFlowLogs, DeleteFlowLog, ActiveFlowLog, DeactiveFlowLog, ModifyFlowLogAttribute, the flow
// logs' TagResources, UnTagResources and MoveResourceGroup, and DescribeRegions in JSON or XML with the gateway's error codes, and can inject faults. The
// account's resources (an inventory) answer DescribeVpcs, DescribeVSwitches, CreateVpc and
// CreateVSwitch, and ECS (2014-05-26) DescribeNetworkInterfaces and CreateNetworkInterface. On the same
// port: STS AssumeRole (2015-04-01), an ECS metadata service (/latest/…) and a credentials URI
// (/credentials-uri), whose temporary credentials every action accepts until they expire.
//
// Lives in the thread that creates it and serves from that thread's event loop. Without
// setAccounts() it accepts the sandbox AccessKey (defaultAccount()). State is in memory unless
// setStateFile() is called; then every change is written to that file atomically.
class VpcEmulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VpcEmulator)

public:
    explicit VpcEmulator(QObject *parent = nullptr);
    ~VpcEmulator() override;

    // Listens on address:port (port 0: any free port). false if the port cannot be bound.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const { return m_port != 0; }
    // http://host:port, valid after a successful start(); usable as the client's custom endpoint.
    // A wildcard listen address (0.0.0.0, ::) is reported as the matching loopback address.
    QUrl serverUrl() const;

    // AccessKeys the emulator knows; an account with a securityToken requires exactly that token.
    void setAccounts(const QList<Credentials> &accounts);
    QList<Credentials> accounts() const;
    // sandbox-access-key-id / sandbox-access-key-secret, no token.
    static Credentials defaultAccount();

    // The account every fixed AccessKey belongs to (temporary credentials: their assumer's).
    static QString sandboxAccountId();
    // acs:ram::<sandboxAccountId()>:role/flowlog-operator, assumable unless setAssumableRoles() says otherwise.
    static QString defaultAssumableRole();

    // Role ARNs AssumeRole knows and lets callers assume (default: defaultAssumableRole()).
    void setAssumableRoles(const QStringList &roleArns);
    QStringList assumableRoles() const;
    // AccessKey IDs whose AssumeRole is refused with NoPermission.
    void setDeniedAssumers(const QStringList &accessKeyIds);
    // Largest DurationSeconds AssumeRole accepts (default 3600).
    void setMaxSessionDuration(int seconds);
    // Caps the lifetime of every temporary credential handed out from now on (seconds; 0: none).
    void setStsLifetimeCap(int seconds);
    int stsLifetimeCap() const;
    // The ECS instance's RAM role the metadata service names (default flowlog-ecs-role).
    void setEcsRoleName(const QString &roleName);
    void setImdsMode(MetadataService::ImdsMode mode);
    // Appends one JSON line per answered request to path ("-": standard error).
    bool setRequestLog(const QString &path, QString *error = nullptr);

    // How long every transient status lasts (default 1000 ms; 0: at once): a new or re-activated flow
    // log stays Activating, a stopped one Deactivating, a deleted one Deleting (then it is gone).
    void setActivationDelay(int milliseconds);
    int activationDelay() const;
    // false: CreateFlowLog with TrafficPath is refused (403 OperationDenied.TrafficPathNotEnabled),
    // as for an account that never asked by ticket for the feature (default true).
    void setTrafficPathEnabled(bool enabled);
    bool trafficPathEnabled() const;

    // At most this many flow logs per account (vpc_quota_flowlog_inst_nums_per_user; a real
    // account's default is 10): CreateFlowLog beyond it is refused with 400
    // OperationFailed.ExceedPurchaseLimit and creates nothing. Counted over all regions, Deleting
    // flow logs until they are gone. 0 (the default): no quota.
    void setFlowLogQuota(int flowLogs);
    int flowLogQuota() const;
    // The gateway's flow control: a token bucket per (account, action), holding one second of
    // calls (at least one) and refilled at callsPerSecond; a call that finds it empty is answered
    // 400 Throttling.User with x-acs-retry-after (the milliseconds until the next token) and does
    // nothing. Temporary credentials count against their account. The metadata service and the
    // credentials URI are not limited. 0 (the default), negative or not finite: no limit. Resets
    // every bucket.
    void setRateLimit(double callsPerSecond);
    double rateLimit() const;
    // Milliseconds, never going back (tests); null: a steady clock. Resets every bucket.
    void setRateLimitClock(std::function<qint64()> clock);

    // Replaces the injected faults; also resets the lose-response and scripted counts. Takes effect
    // at once.
    void setFaults(const EmulatorFaults &faults);
    EmulatorFaults faults() const;
    // Makes throttle/unavailable decisions reproducible.
    void setFaultSeed(quint32 seed);

    // What a client may cost (request sizes, timeouts, connections at once); applies to
    // connections accepted from now on.
    void setConnectionLimits(const ConnectionLimits &limits);
    ConnectionLimits connectionLimits() const { return m_limits; }
    // Connections being served now (not counting those being refused).
    int connectionCount() const;

    // Loads the flow logs from path (a missing file means none) and persists every later change
    // there. false, with *error set, if the file exists but cannot be read. Writes are at most
    // every 200 ms (a burst of changes is written once, at its end) and pending changes are
    // written when the emulator is destroyed.
    bool setStateFile(const QString &path, QString *error = nullptr);
    // The flow logs DescribeFlowLogs would list now (Deleting ones until their moment).
    qsizetype flowLogCount() const;
    // The stored flow logs as DescribeFlowLogs lists them, oldest first.
    QList<QJsonObject> flowLogs() const;
    // Stores a flow log as if CreateFlowLog had made it (tests that start from existing state).
    void addFlowLog(const FlowLogRecord &record);

    // Replaces the account's VPCs, vSwitches and ENIs with the inventory file's (format:
    // app/emulator/README.md). Its flow logs are added to the store unless a state file that
    // already existed was loaded: call setStateFile() first, so that an operator's flow logs are
    // not seeded again on every start. false, with *error naming the problem, and nothing changed
    // when the file is missing or malformed. From then on CreateFlowLog refuses resources the
    // account does not have.
    bool loadInventory(const QString &path, QString *error = nullptr);
    // The same with a generated account (deterministic for a spec and its seed).
    void generateInventory(const InventorySpec &spec);
    const InventoryStore &inventory() const { return m_inventory; }

Q_SIGNALS:
    // Each request, as soon as it is read and authenticated, before a fault or the action applies.
    void requestReceived(const ObservedRequest &request);
    // After each request: the action (may be empty) and "OK" or the error Code answered.
    void requestHandled(const QString &action, const QString &code);
    // The state file could not be written.
    void stateSaveFailed(const QString &errorString);

private:
    struct Answer
    {
        int httpStatus = 200;
        QByteArray body = {};
        QByteArray contentType = {};
        QByteArray requestId = {};
        int retryAfterMs = -1;
        bool dropConnection = false; // close without answering (lose-response)
        std::optional<ScriptedFault::Mode> fault = {}; // how the answer is spoiled on the wire
    };

    void handleRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Answer process(const IncomingRequest &request, const QByteArray &requestId);
    Answer processMetadata(const IncomingRequest &request, const QByteArray &requestId);
    FlowLogService::Outcome execute(const AuthenticatedCall &call, qint64 nowMs);
    void applyInventory(InventoryContents &&contents);
    void finish(const ObservedRequest &observed, const QString &code);
    Answer successAnswer(const QString &action, QJsonObject body, const QString &format, const QByteArray &requestId);
    Answer errorAnswer(const EmulatorError &error, const QString &format, const QByteArray &requestId,
        const QByteArray &host) const;
    std::optional<EmulatorError> checkActionAndVersion(const AuthenticatedCall &call) const;
    std::optional<EmulatorError> checkRateLimit(const AuthenticatedCall &call);
    std::optional<EmulatorError> injectedFault();
    std::optional<ScriptedFault> takeScriptedFault(const QString &action);
    Answer scriptedAnswer(const ScriptedFault &fault, const QString &format, const QByteArray &requestId,
        const QByteArray &host) const;
    void deliver(QHttpServerResponder &&responder, const Answer &answer);
    void write(QHttpServerResponder &responder, const Answer &answer);
    // true when the answer was written whole and the connection may serve the next request.
    bool writeFault(QHttpServerResponder &responder, const Answer &answer);
    void keepUnanswered(QHttpServerResponder &responder);
    void drip(QTcpSocket *socket, const QByteArray &bytes);
    static void writeAnswer(QHttpServerResponder &responder, const Answer &answer);
    void saveState();
    void writeState();
    // Arms m_removalTimer for the next Deleting flow log's moment, so that the state file loses it then.
    void scheduleRemoval();
    void removeGoneFlowLogs();

    QHttpServer m_server;
    GuardedTcpServer *m_listener = nullptr; // owned by m_server
    ConnectionLimits m_limits;
    QHostAddress m_address;
    quint16 m_port = 0;
    FlowLogStore m_store;
    InventoryStore m_inventory;
    FlowLogService m_service;
    InventoryService m_vpcResources;
    NetworkInterfaceService m_networkInterfaces;
    RequestAuthenticator m_authenticator;
    TemporaryCredentials m_temporary;
    StsService m_sts;
    MetadataService m_metadata;
    RequestLog m_log;
    RateLimiter m_rateLimiter;
    EmulatorFaults m_faults;
    int m_loseResponsesLeft = 0;
    QList<ScriptedFault> m_scriptedLeft; // m_faults.scripted with the counts still to go
    QRandomGenerator m_random;
    QString m_stateFile;
    bool m_stateFileExisted = false;
    QTimer m_saveTimer;
    QTimer m_removalTimer;
    QElapsedTimer m_sinceSave;
};
