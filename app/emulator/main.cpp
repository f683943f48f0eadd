#include "core/platform/interruption.h"
#include "emulator/guardedtcpserver.h"
#include "emulator/ratelimiter.h"
#include "emulator/vpcemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "flowlog-emulator: %s\n", qUtf8Printable(message));
    std::exit(2);
}

// "HOST:PORT", "[v6]:PORT" or ":PORT".
std::pair<QHostAddress, quint16> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QString host = colon < 0 ? text : text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = colon >= 0;
    const uint port = ok ? text.mid(colon + 1).toUInt(&ok) : 0;
    const QHostAddress address(host.isEmpty() ? u"127.0.0.1"_s : host);
    if (!ok || port > 65535 || address.isNull())
        fail(u"--listen expects HOST:PORT, e.g. 127.0.0.1:8080, got \"%1\""_s.arg(text));
    return {address, quint16(port)};
}

Credentials accountFrom(const QCommandLineParser &parser)
{
    Credentials account = VpcEmulator::defaultAccount();
    if (parser.isSet(u"access-key-id"_s))
        account.accessKeyId = parser.value(u"access-key-id"_s);
    if (parser.isSet(u"access-key-secret"_s))
        account.accessKeySecret = parser.value(u"access-key-secret"_s);
    account.securityToken = parser.value(u"sts-token"_s);
    return account;
}

// A whole number from minimum to maximum, or the default when the option is not given.
int boundedOption(const QCommandLineParser &parser, const QString &name, int fallback, int minimum, int maximum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = parser.value(name);
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        fail(u"--%1 expects a whole number from %2 to %3, got \"%4\""_s.arg(name, QString::number(minimum),
            QString::number(maximum), text));
    return value;
}

ConnectionLimits limitsFrom(const QCommandLineParser &parser)
{
    constexpr int hourMs = 3600 * 1000;
    ConnectionLimits limits;
    limits.maxConnections = boundedOption(parser, u"max-connections"_s, limits.maxConnections, 1, 100000);
    limits.idleTimeoutMs = boundedOption(parser, u"idle-timeout"_s, limits.idleTimeoutMs, 1, hourMs);
    limits.headerTimeoutMs = boundedOption(parser, u"header-timeout"_s, limits.headerTimeoutMs, 1, hourMs);
    limits.requestTimeoutMs = boundedOption(parser, u"request-timeout"_s, limits.requestTimeoutMs, 1, hourMs);
    return limits;
}

// STS, the metadata service and the credentials URI: which roles exist, who may not assume them,
// how long what they hand out lives.
void configureCredentialSources(VpcEmulator &emulator, const QCommandLineParser &parser)
{
    constexpr int maximumSessionSeconds = 43200;
    if (parser.isSet(u"assumable-role"_s))
        emulator.setAssumableRoles(parser.values(u"assumable-role"_s));
    emulator.setDeniedAssumers(parser.values(u"deny-assume"_s));
    emulator.setMaxSessionDuration(
        boundedOption(parser, u"max-session-duration"_s, StsService::defaultDurationSeconds, 900, maximumSessionSeconds));
    emulator.setStsLifetimeCap(boundedOption(parser, u"sts-lifetime"_s, 0, 1, maximumSessionSeconds));
    if (parser.isSet(u"ecs-role"_s))
        emulator.setEcsRoleName(parser.value(u"ecs-role"_s));
    if (parser.isSet(u"imds-v1-only"_s) && parser.isSet(u"imds-v2-only"_s))
        fail(u"--imds-v1-only and --imds-v2-only exclude each other"_s);
    if (parser.isSet(u"imds-v1-only"_s))
        emulator.setImdsMode(MetadataService::ImdsMode::V1Only);
    if (parser.isSet(u"imds-v2-only"_s))
        emulator.setImdsMode(MetadataService::ImdsMode::V2Only);
    QString error;
    if (parser.isSet(u"request-log"_s) && !emulator.setRequestLog(parser.value(u"request-log"_s), &error))
        fail(u"cannot open the request log: %1"_s.arg(error));
}

// After the state file: the inventory's flow logs seed only an account without one.
void configureInventory(VpcEmulator &emulator, const QCommandLineParser &parser)
{
    const bool fromFile = parser.isSet(u"inventory"_s);
    if (fromFile && parser.isSet(u"generate-inventory"_s))
        fail(u"--inventory and --generate-inventory exclude each other"_s);
    QString error;
    if (fromFile && !emulator.loadInventory(parser.value(u"inventory"_s), &error))
        fail(u"cannot load the inventory %1: %2"_s.arg(parser.value(u"inventory"_s), error));
    if (!parser.isSet(u"generate-inventory"_s))
        return;
    const auto spec = InventorySpec::parse(parser.value(u"generate-inventory"_s), &error);
    if (!spec)
        fail(error);
    emulator.generateInventory(*spec);
}

// The gateway's flow control and the account's flow-log quota; both off unless asked for.
void configureLimits(VpcEmulator &emulator, const QCommandLineParser &parser)
{
    if (parser.isSet(u"rate-limit"_s)) {
        QString error;
        const std::optional<double> rate = RateLimiter::parseRate(parser.value(u"rate-limit"_s), &error);
        if (!rate)
            fail(u"--rate-limit expects "_s + error);
        emulator.setRateLimit(*rate);
    }
    emulator.setFlowLogQuota(boundedOption(parser, u"quota"_s, 0, 0, 1000000));
}

void configure(VpcEmulator &emulator, const QCommandLineParser &parser)
{
    emulator.setAccounts({accountFrom(parser)});
    bool ok = true;
    if (parser.isSet(u"activation-delay"_s))
        emulator.setActivationDelay(parser.value(u"activation-delay"_s).toInt(&ok));
    if (!ok || emulator.activationDelay() < 0)
        fail(u"--activation-delay expects milliseconds"_s);
    emulator.setTrafficPathEnabled(!parser.isSet(u"traffic-path-disabled"_s));
    QString error;
    const auto faults = EmulatorFaults::parse(parser.value(u"faults"_s), &error);
    if (!faults)
        fail(error);
    emulator.setFaults(*faults);
    if (parser.isSet(u"seed"_s))
        emulator.setFaultSeed(parser.value(u"seed"_s).toUInt());
    if (parser.isSet(u"state"_s) && !emulator.setStateFile(parser.value(u"state"_s), &error))
        fail(u"cannot read state file: %1"_s.arg(error));
    configureInventory(emulator, parser);
    emulator.setConnectionLimits(limitsFrom(parser));
    configureCredentialSources(emulator, parser);
    configureLimits(emulator, parser);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"flowlog-emulator"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local Alibaba Cloud VPC flow-log endpoint (API 2016-04-28)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"listen"_s, u"Address to listen on (default 127.0.0.1:0, any free port)."_s, u"HOST:PORT"_s,
            u"127.0.0.1:0"_s},
        {u"access-key-id"_s, u"Accepted AccessKey ID (default sandbox-access-key-id)."_s, u"ID"_s},
        {u"access-key-secret"_s, u"Its secret (default sandbox-access-key-secret)."_s, u"SECRET"_s},
        {u"sts-token"_s, u"Require this STS security token."_s, u"TOKEN"_s},
        {u"state"_s, u"Load flow logs from FILE and save every change to it."_s, u"FILE"_s},
        {u"inventory"_s,
            u"Load the account's VPCs, vSwitches, ENIs and seed flow logs from FILE (JSON; see "
            "app/emulator/README.md). Without an inventory any well-formed resource ID is accepted."_s,
            u"FILE"_s},
        {u"generate-inventory"_s,
            u"Generate a deterministic account, e.g. regions=20,vpcs=2000,vswitches=20000,enis=200000,"
            "flowlogs=5000,seed=1."_s,
            u"SPEC"_s},
        {u"activation-delay"_s,
            u"Milliseconds every transient status lasts: Activating, Deactivating, Deleting (default 1000)."_s, u"MS"_s},
        {u"traffic-path-disabled"_s,
            u"Refuse CreateFlowLog with TrafficPath (403 OperationDenied.TrafficPathNotEnabled), as for an "
            "account that never had the feature enabled by ticket."_s},
        {u"faults"_s,
            u"Injected faults, comma-separated: throttle=P, unavailable=P, latency=MS, retry-after=MS, "
            "drip-interval=MS, lose-response=N, MODE=ACTION[:COUNT] with MODE one of hang, act-then-hang, "
            "close, lose-response, drip, garbage, oversize, oversize-chunked, oversize-unframed, "
            "lying-length, "
            "lying-chunk, nested-xml, redirect (ACTION * for any; no COUNT: every request), and "
            "error=ACTION:CODE[:COUNT] or xml-error=ACTION:CODE[:COUNT]. "
            "E.g. hang=CreateFlowLog:1,error=DescribeFlowLogs:InternalError:3. See app/emulator/README.md."_s,
            u"SPEC"_s},
        {u"seed"_s, u"Seed for the fault generator (reproducible runs)."_s, u"N"_s},
        {u"max-connections"_s,
            u"Connections served at once (default 256, lowered to fit the file-descriptor limit); "
            "more are answered 503 and closed."_s,
            u"N"_s},
        {u"idle-timeout"_s, u"Milliseconds a connection may wait for its next request (default 30000)."_s,
            u"MS"_s},
        {u"header-timeout"_s,
            u"Milliseconds a request's line and headers may take from its first byte (default 10000)."_s,
            u"MS"_s},
        {u"request-timeout"_s, u"Milliseconds a whole request may take from its first byte (default 30000)."_s,
            u"MS"_s},
        {u"assumable-role"_s,
            u"A role ARN AssumeRole knows and lets callers assume (repeatable; default "
            "acs:ram::1234567890123456:role/flowlog-operator)."_s,
            u"ARN"_s},
        {u"deny-assume"_s, u"Refuse AssumeRole with NoPermission to this AccessKey ID (repeatable)."_s, u"ID"_s},
        {u"max-session-duration"_s, u"Largest DurationSeconds AssumeRole accepts (900 to 43200, default 3600)."_s,
            u"SECONDS"_s},
        {u"sts-lifetime"_s,
            u"Cap the lifetime of every temporary credential handed out (AssumeRole, metadata service, "
            "credentials URI), down to 1 s."_s,
            u"SECONDS"_s},
        {u"ecs-role"_s, u"The instance RAM role the metadata service names (default flowlog-ecs-role)."_s,
            u"NAME"_s},
        {u"imds-v1-only"_s, u"The metadata service issues no session tokens (PUT /latest/api/token: 404)."_s},
        {u"imds-v2-only"_s, u"The metadata service answers only requests with a session token (else 401)."_s},
        {u"rate-limit"_s,
            u"Calls per second per account and action (N/s or N; default 0, no limit): a token bucket "
            "holding one second of calls; a call that finds it empty gets 400 Throttling.User with "
            "x-acs-retry-after."_s,
            u"N/s"_s},
        {u"quota"_s,
            u"Flow logs the account may have (default 0, no quota; a real account's is 10): one more "
            "CreateFlowLog gets 400 OperationFailed.ExceedPurchaseLimit."_s,
            u"N"_s},
        {u"request-log"_s,
            u"Append one JSON line per answered request to FILE (- for standard error): the AccessKey ID, "
            "whether a token was sent, the account, the answer. Never a secret or a token."_s,
            u"FILE"_s},
    });
    parser.process(app);

    // The common soft limit of 1024 descriptors would cap the connections well below what the
    // hard limit allows; the connection cap is then fitted below whatever limit is in force.
    GuardedTcpServer::raiseDescriptorLimit();
    VpcEmulator emulator;
    configure(emulator, parser);
    const auto [address, port] = parseListen(parser.value(u"listen"_s));
    if (!emulator.start(address, port))
        fail(u"cannot listen on %1"_s.arg(parser.value(u"listen"_s)));
    QObject::connect(&emulator, &VpcEmulator::stateSaveFailed, &app,
        [](const QString &error) { std::fprintf(stderr, "flowlog-emulator: state not saved: %s\n", qUtf8Printable(error)); });

    // Ctrl+C and SIGTERM end the event loop, so that the emulator's destructor writes the changes
    // that wait for the next save; a second signal ends the process at once.
    Interruption interruption;
    QObject::connect(&interruption, &Interruption::requested, &app, &QCoreApplication::quit);

    const QString url = emulator.serverUrl().toString();
    std::printf("listening on %s\n", qUtf8Printable(url));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
