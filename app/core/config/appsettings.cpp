#include "core/config/appsettings.h"

#include "core/history/historystore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

// The read timeout of older versions was already "no byte for this long": it is the idle timeout.
const auto IdleTimeoutKey = u"connection/readTimeoutMs"_s;
const auto TotalTimeoutKey = u"connection/totalTimeoutMs"_s;
const auto AttemptsKey = u"connection/maxAttempts"_s;
const auto SignatureVersionKey = u"connection/signatureVersion"_s;
const auto HttpMethodKey = u"connection/httpMethod"_s;
const auto CustomEndpointKey = u"connection/customEndpoint"_s;
const auto HistoryPathKey = u"history/path"_s;

int bounded(const QVariant &value, int fallback, int low, int high)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? std::clamp(number, low, high) : fallback;
}

} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings loaded;
    loaded.idleTimeoutMs
        = bounded(settings.value(IdleTimeoutKey), loaded.idleTimeoutMs, MinTimeoutMs, MaxTimeoutMs);
    loaded.totalTimeoutMs
        = bounded(settings.value(TotalTimeoutKey), loaded.totalTimeoutMs, MinTimeoutMs, MaxTimeoutMs);
    loaded.maxAttempts = bounded(settings.value(AttemptsKey), loaded.maxAttempts, 1, MaxAttempts);
    loaded.signatureVersion = SignatureVersions::fromName(settings.value(SignatureVersionKey).toString())
                                  .value_or(loaded.signatureVersion);
    const QByteArray method = settings.value(HttpMethodKey).toString().toLatin1().toUpper();
    if (method == "GET" || method == "POST")
        loaded.httpMethod = method;
    loaded.customEndpoint = settings.value(CustomEndpointKey).toString();
    loaded.historyPath = settings.value(HistoryPathKey).toString();
    return loaded;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(IdleTimeoutKey, idleTimeoutMs);
    settings.setValue(TotalTimeoutKey, totalTimeoutMs);
    settings.setValue(AttemptsKey, maxAttempts);
    settings.setValue(SignatureVersionKey, SignatureVersions::name(signatureVersion));
    settings.setValue(HttpMethodKey, QString::fromLatin1(httpMethod));
    settings.setValue(CustomEndpointKey, customEndpoint.trimmed());
    settings.setValue(HistoryPathKey, historyPath.trimmed());
}

ClientSettings AppSettings::applyTo(ClientSettings settings) const
{
    settings.idleTimeoutMs = idleTimeoutMs;
    settings.totalTimeoutMs = totalTimeoutMs;
    settings.maxAttempts = maxAttempts;
    settings.signatureVersion = signatureVersion;
    settings.method = httpMethod;
    return settings;
}

QString AppSettings::effectiveHistoryPath() const
{
    return historyPath.trimmed().isEmpty() ? HistoryStore::defaultPath() : historyPath.trimmed();
}
