#include "core/signing/credentials.h"
#include "emulator/incomingrequest.h"
#include "emulator/inventorygenerator.h"
#include "emulator/inventoryservice.h"
#include "emulator/metadataservice.h"
#include "emulator/networkinterfaceservice.h"
#include "emulator/requestauthenticator.h"
#include "emulator/requestframing.h"
#include "emulator/stsservice.h"
#include "emulator/temporarycredentials.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// libFuzzer entry: the bytes a client sends to flowlog-emulator, through what reads them before
// any action: RequestFraming (the limits on a connection), then the request as IncomingRequest
// (headers, query and form decoding) and RequestAuthenticator (v1 and V3 signatures, timestamps,
// tokens, nonces), and what reads a request that needs no signature: the metadata service and the
// credentials URI (paths, headers, query) and AssumeRole's parameter checks. Aborts when the
// framing depends on how the bytes were split into reads, when it lets a request exceed its
// limits, when a request the authenticator accepted is accepted a second time (a replay), when a
// metadata answer has a status it does not document, when AssumeRole neither refuses with a
// client error nor hands out STS. credentials, or when an inventory action (DescribeVpcs,
// DescribeVSwitches, CreateVpc, CreateVSwitch, DescribeNetworkInterfaces, CreateNetworkInterface)
// answers a malformed request other than with a client error, or a page larger than asked.

namespace {

constexpr qsizetype maxHead = 4096;
constexpr qint64 maxBody = 4096;
// When the seeds were signed (2026-12-02T16:02:27Z): mutations of them reach the signature checks
// instead of stopping at InvalidTimeStamp.Expired.
constexpr qint64 seedTimeMs = 1796227347000;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

struct Framed
{
    qsizetype used = 0;
    int completed = 0;
    RequestFraming::Phase phase = RequestFraming::Phase::BetweenRequests;
    RequestFraming::Refusal refusal = RequestFraming::Refusal::None;
};

// The bytes in reads of `stride` bytes (0: one read), as a socket may hand them over.
Framed frame(const QByteArray &bytes, qsizetype stride)
{
    RequestFraming framing(maxHead, maxBody);
    Framed framed;
    const qsizetype step = stride > 0 ? stride : std::max<qsizetype>(bytes.size(), 1);
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        using Phase = RequestFraming::Phase;
        if (framing.phase() == Phase::Closed || framing.phase() == Phase::Refused)
            break;
        const QByteArrayView piece = QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at));
        const qsizetype used = framing.feed(piece);
        require(used >= 0 && used <= piece.size());
        framed.used += used;
    }
    framed.completed = framing.completedRequests();
    framed.phase = framing.phase();
    framed.refusal = framing.refusal();
    if (framed.refusal == RequestFraming::Refusal::None) {
        require(framing.headBytes() <= maxHead);
        require(framing.bodyBytes() <= maxBody + 2); // a chunked body's final CRLF comes after the check
    }
    return framed;
}

void checkFraming(const QByteArray &bytes)
{
    const Framed whole = frame(bytes, 0);
    const qsizetype stride = bytes.isEmpty() ? 1 : 1 + uchar(bytes.front()) % 17;
    for (const Framed &pieces : {frame(bytes, 1), frame(bytes, stride)}) {
        require(pieces.completed == whole.completed);
        require(pieces.phase == whole.phase);
        require(pieces.refusal == whole.refusal);
        if (whole.refusal == RequestFraming::Refusal::None)
            require(pieces.used == whole.used);
    }
}

// "METHOD /path?query HTTP/1.1", header lines, an empty line, the body: as QHttpServer hands a
// request over, without its framing.
IncomingRequest requestFrom(const QByteArray &bytes)
{
    IncomingRequest request;
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    const QByteArray head = headEnd < 0 ? bytes : bytes.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : bytes.mid(headEnd + 4);
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return request;
}

void checkRequest(const QByteArray &bytes)
{
    const IncomingRequest request = requestFrom(bytes);
    (void)request.header("authorization");
    (void)request.allParameters();
    (void)IncomingRequest::decodeForm(bytes);

    Credentials withToken = Credentials::sandbox();
    withToken.accessKeyId = QStringLiteral("token-access-key-id");
    withToken.securityToken = QStringLiteral("the-sts-token");
    TemporaryCredentials issued;
    RequestAuthenticator authenticator;
    authenticator.setAccounts({Credentials::sandbox(), withToken});
    authenticator.setTemporaryCredentials(&issued);
    AuthenticatedCall call;
    const std::optional<EmulatorError> error = authenticator.authenticate(request, seedTimeMs, &call);
    if (error) {
        require(!error->code.isEmpty() && error->httpStatus >= 400 && error->httpStatus < 500);
        return;
    }
    AuthenticatedCall again;
    const std::optional<EmulatorError> replay = authenticator.authenticate(request, seedTimeMs, &again);
    require(replay && replay->code == QLatin1String("SignatureNonceUsed"));
}

void checkMetadata(const IncomingRequest &request, MetadataService::ImdsMode mode)
{
    TemporaryCredentials issued;
    StsService sts(&issued);
    MetadataService metadata(&sts, &issued);
    metadata.setImdsMode(mode);
    const std::optional<MetadataService::Answer> answer = metadata.answer(request, seedTimeMs);
    require(answer.has_value() == MetadataService::handlesPath(request.path));
    if (answer) {
        static const QList<int> documented {200, 400, 401, 404, 405, 500};
        require(documented.contains(answer->httpStatus));
    }
}

// AssumeRole's checks on the request's parameters, as if its signature had been accepted.
void checkAssumeRole(const IncomingRequest &request)
{
    TemporaryCredentials issued;
    StsService sts(&issued);
    sts.setAssumableRoles({StsService::roleArn(QStringLiteral("1234567890123456"), QStringLiteral("flowlog-operator"))});
    AuthenticatedCall call;
    call.action = QStringLiteral("AssumeRole");
    call.apiVersion = StsService::apiVersion();
    call.accountId = QStringLiteral("1234567890123456");
    call.parameters = request.allParameters();
    const StsService::Outcome outcome = sts.execute(call, seedTimeMs);
    if (outcome.error) {
        require(!outcome.error->code.isEmpty() && outcome.error->httpStatus >= 400 && outcome.error->httpStatus < 500);
        require(issued.size() == 0);
        return;
    }
    const QString accessKeyId = outcome.body.value(QStringLiteral("Credentials")).toObject()
                                    .value(QStringLiteral("AccessKeyId")).toString();
    require(TemporaryCredentials::isTemporaryKey(accessKeyId) && issued.find(accessKeyId));
}

// The inventory actions on the request's parameters, as if its signature had been accepted, over a
// small generated account (the action from the Action parameter, else each of them).
void checkInventory(const IncomingRequest &request)
{
    static const InventoryContents generated = InventoryGenerator::generate({2, 3, 6, 40, 0, 1}, seedTimeMs);
    static const QStringList vpcActions {QStringLiteral("DescribeVpcs"), QStringLiteral("DescribeVSwitches"),
        QStringLiteral("CreateVpc"), QStringLiteral("CreateVSwitch")};
    static const QStringList ecsActions {
        QStringLiteral("DescribeNetworkInterfaces"), QStringLiteral("CreateNetworkInterface")};
    AuthenticatedCall call;
    call.accountId = QStringLiteral("1234567890123456");
    call.parameters = request.allParameters();
    for (const QString &action : vpcActions + ecsActions) {
        InventoryStore store = generated.store;
        call.action = action;
        const bool ecs = ecsActions.contains(action);
        call.apiVersion = ecs ? NetworkInterfaceService::apiVersion() : QStringLiteral("2016-04-28");
        InventoryService vpcService(&store);
        NetworkInterfaceService eniService(&store);
        const InventoryService::Outcome outcome
            = ecs ? eniService.execute(call, seedTimeMs) : vpcService.execute(call, seedTimeMs);
        if (outcome.error) {
            require(!outcome.error->code.isEmpty() && outcome.error->httpStatus >= 400
                && outcome.error->httpStatus < 500);
            continue;
        }
        const QJsonObject list
            = outcome.body.value(ecs ? QStringLiteral("NetworkInterfaceSets") : QStringLiteral("Vpcs"))
                  .toObject();
        require(
            list.value(ecs ? QStringLiteral("NetworkInterfaceSet") : QStringLiteral("Vpc")).toArray().size()
            <= 1000);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkFraming(bytes);
    checkRequest(bytes);
    const IncomingRequest request = requestFrom(bytes);
    for (const auto mode : {MetadataService::ImdsMode::Both, MetadataService::ImdsMode::V1Only,
             MetadataService::ImdsMode::V2Only})
        checkMetadata(request, mode);
    checkAssumeRole(request);
    checkInventory(request);
    return 0;
}
