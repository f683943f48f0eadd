#pragma once

#include "core/signing/credentials.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// How an attempt to call the API ended, as the history records it.
enum class Outcome {
    Succeeded, // the server answered with success
    Failed,    // the server answered with an error, or the request certainly did not reach it
    Unknown,   // the request may have acted (timeout, lost connection) and no check could tell
    Cancelled, // the user cancelled before an answer came
};

namespace Outcomes {
QString apiName(Outcome outcome); // "success", "failed", "unknown", "cancelled": stable, for files
Outcome fromApiName(QStringView name);
QString label(Outcome outcome); // translated
} // namespace Outcomes

// Failures below HTTP: what the network layer saw, independent of any server's error code.
enum class TransportError {
    None,
    ConnectionRefused, // certainly not sent: safe to retry
    HostNotFound,      // certainly not sent
    TlsFailure,        // certainly not sent
    ConnectTimeout,    // certainly not sent
    ReadTimeout,       // sent; the server may have acted
    ConnectionLost,    // sent; the server may have acted
    ResponseTooLarge,  // answered with more than the body cap
    MalformedResponse, // answered with a body that is neither the success nor an error form
    Other,
};

namespace TransportErrors {
// Stable names used as ApiResult::code for failures below HTTP ("ReadTimeout", ...); empty for None.
QString code(TransportError error);
std::optional<TransportError> fromCode(QStringView code);
// One translated sentence saying what the network layer saw.
QString message(TransportError error);
// True when the request was sent and the server may have acted on it (ReadTimeout, ConnectionLost).
bool mayHaveActed(TransportError error);
} // namespace TransportErrors

// The one result type of every API call, successful or not.
struct ApiResult
{
    Outcome outcome = Outcome::Failed;
    TransportError transportError = TransportError::None;
    QString flowLogId;
    QString requestId;
    QString hostId;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString code;       // the server's error code, or ours for transport errors
    QString message;    // the server's message, or a translated transport message
    QString recommend;  // the server's diagnosis link, when it sent one
    int attempts = 0;
    int throttledAnswers = 0; // answers of this call that were throttling (retried by the transport)
    qint64 elapsedMs = 0;
    // Set when, after an ambiguous failure, an existing flow log matching the request was found and
    // adopted instead of creating a second one.
    bool adoptedExisting = false;
    // Set with ErrorCatalog::existingDiffersCode: the flow log found on the same resource, project
    // and logstore, and the API names of the settings in which it differs (nothing was created).
    QString existingFlowLogId;
    QStringList differingSettings;
    QJsonObject body; // the parsed JSON answer of the last attempt (e.g. DescribeFlowLogs' FlowLogs)
    // The answer as it came, for ApiClient::fetch() only (it may hold credentials: the provider
    // that asked reads it and nobody else).
    QByteArray rawBody;
    // The call was not sent (or not sent again) because its credentials could not be had: code
    // and message are the credential provider's.
    bool credentialsFailed = false;

    bool ok() const { return outcome == Outcome::Succeeded; }

    // This result with every text a server sent (message, recommend, every string of the body)
    // scrubbed of the credentials' secret and token (Credentials::scrubbed()): a gateway echoes its
    // string to sign, STS token included, in SignatureDoesNotMatch. The client scrubs every result
    // once, before anyone shows, stores or exports it.
    ApiResult scrubbed(const Credentials &credentials) const;
};

Q_DECLARE_METATYPE(ApiResult)
