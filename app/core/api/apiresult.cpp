#include "core/api/apiresult.h"

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
    }
    Q_UNREACHABLE();
}

// Unrecognised names read as Unknown: a row whose fate cannot be told must not look settled.
Outcome fromApiName(QStringView name)
{
    for (Outcome outcome : {Outcome::Succeeded, Outcome::Failed, Outcome::Unknown, Outcome::Cancelled}) {
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

QJsonValue scrubbedValue(const QJsonValue &value, const Credentials &credentials);

QJsonObject scrubbedObject(const QJsonObject &object, const Credentials &credentials)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), scrubbedValue(it.value(), credentials));
    return result;
}

QJsonValue scrubbedValue(const QJsonValue &value, const Credentials &credentials)
{
    if (value.isString())
        return credentials.scrubbed(value.toString());
    if (value.isObject())
        return scrubbedObject(value.toObject(), credentials);
    if (!value.isArray())
        return value;
    QJsonArray array;
    for (const QJsonValue &item : value.toArray())
        array.append(scrubbedValue(item, credentials));
    return array;
}

} // namespace

ApiResult ApiResult::scrubbed(const Credentials &credentials) const
{
    ApiResult result = *this;
    result.message = credentials.scrubbed(message);
    result.recommend = credentials.scrubbed(recommend);
    result.code = credentials.scrubbed(code);
    result.body = scrubbedObject(body, credentials);
    return result;
}
