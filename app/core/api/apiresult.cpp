#include "core/api/apiresult.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Outcomes {

QString apiName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return u"success"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::Unknown:
        return u"unknown"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    case Outcome::Queued:
        return u"queued"_s;
    }
    Q_UNREACHABLE();
}

// Unrecognised names read as Unknown: a row whose fate cannot be told must not look settled.
Outcome fromApiName(QStringView name)
{
    for (Outcome outcome : {Outcome::Succeeded, Outcome::Failed, Outcome::Unknown, Outcome::Cancelled, Outcome::Queued}) {
        if (name == apiName(outcome))
            return outcome;
    }
    return Outcome::Unknown;
}

QString label(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QCoreApplication::translate("Outcome", "Succeeded");
    case Outcome::Failed:
        return QCoreApplication::translate("Outcome", "Failed");
    case Outcome::Unknown:
        return QCoreApplication::translate("Outcome", "Unknown");
    case Outcome::Cancelled:
        return QCoreApplication::translate("Outcome", "Cancelled");
    case Outcome::Queued:
        return QCoreApplication::translate("Outcome", "Not sent yet");
    }
    Q_UNREACHABLE();
}

} // namespace Outcomes

namespace TransportErrors {

namespace {
constexpr TransportError allErrors[] = {TransportError::ConnectionRefused, TransportError::HostNotFound,
    TransportError::TlsFailure, TransportError::ConnectTimeout, TransportError::ReadTimeout,
    TransportError::ConnectionLost, TransportError::ResponseTooLarge, TransportError::MalformedResponse,
    TransportError::Other};
} // namespace

QString code(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return {};
    case TransportError::ConnectionRefused:
        return u"ConnectionRefused"_s;
    case TransportError::HostNotFound:
        return u"HostNotFound"_s;
    case TransportError::TlsFailure:
        return u"TlsFailure"_s;
    case TransportError::ConnectTimeout:
        return u"ConnectTimeout"_s;
    case TransportError::ReadTimeout:
        return u"ReadTimeout"_s;
    case TransportError::ConnectionLost:
        return u"ConnectionLost"_s;
    case TransportError::ResponseTooLarge:
        return u"ResponseTooLarge"_s;
    case TransportError::MalformedResponse:
        return u"MalformedResponse"_s;
    case TransportError::Other:
        return u"NetworkError"_s;
    }
    Q_UNREACHABLE();
}

std::optional<TransportError> fromCode(QStringView name)
{
    for (TransportError error : allErrors) {
        if (name == code(error))
            return error;
    }
    return std::nullopt;
}

QString message(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return {};
    case TransportError::ConnectionRefused:
        return QCoreApplication::translate("TransportError", "The endpoint refused the connection.");
    case TransportError::HostNotFound:
        return QCoreApplication::translate("TransportError", "The endpoint's host name could not be resolved.");
    case TransportError::TlsFailure:
        return QCoreApplication::translate("TransportError", "The secure connection to the endpoint failed.");
    case TransportError::ConnectTimeout:
        return QCoreApplication::translate("TransportError", "Connecting to the endpoint timed out.");
    case TransportError::ReadTimeout:
        return QCoreApplication::translate("TransportError",
            "The request was sent but no answer came in time.");
    case TransportError::ConnectionLost:
        return QCoreApplication::translate("TransportError",
            "The connection was lost after the request was sent.");
    case TransportError::ResponseTooLarge:
        return QCoreApplication::translate("TransportError",
            "The answer was larger than the allowed size and was not read.");
    case TransportError::MalformedResponse:
        return QCoreApplication::translate("TransportError",
            "The answer was neither a success nor an error in a known form.");
    case TransportError::Other:
        return QCoreApplication::translate("TransportError", "The network request failed.");
    }
    Q_UNREACHABLE();
}

bool mayHaveActed(TransportError error)
{
    return error == TransportError::ReadTimeout || error == TransportError::ConnectionLost;
}

} // namespace TransportErrors

namespace {

using Replacements = Credentials::Replacements;

// Whether any string of the value holds a text to replace: most answers hold none, and are then
// kept as they are instead of being copied value by value.
bool needsScrubbing(const QJsonValue &value, const Replacements &replacements)
{
    if (value.isString()) {
        const QString text = value.toString();
        return Credentials::scrubbedWith(text, replacements) != text;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(),
            [&replacements](const QJsonValue &item) { return needsScrubbing(item, replacements); });
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
            [&replacements](const QJsonValue &item) { return needsScrubbing(item, replacements); });
    }
    return false;
}

QJsonValue scrubbedValue(const QJsonValue &value, const Replacements &replacements);

QJsonObject scrubbedObject(const QJsonObject &object, const Replacements &replacements)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), scrubbedValue(it.value(), replacements));
    return result;
}

QJsonValue scrubbedValue(const QJsonValue &value, const Replacements &replacements)
{
    if (value.isString())
        return Credentials::scrubbedWith(value.toString(), replacements);
    if (value.isObject())
        return scrubbedObject(value.toObject(), replacements);
    if (!value.isArray())
        return value;
    QJsonArray array;
    for (const QJsonValue &item : value.toArray())
        array.append(scrubbedValue(item, replacements));
    return array;
}

} // namespace

ApiResult ApiResult::scrubbed(const Credentials &credentials) const
{
    ApiResult result = *this;
    result.message = credentials.scrubbed(message);
    result.recommend = credentials.scrubbed(recommend);
    result.code = credentials.scrubbed(code);
    const Replacements replacements = credentials.replacements();
    if (!replacements.isEmpty() && needsScrubbing(body, replacements))
        result.body = scrubbedObject(body, replacements);
    return result;
}
