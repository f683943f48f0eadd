#include "emulator/emulatorfaults.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

std::optional<double> parseProbability(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return std::nullopt;
    return value;
}

// "50", "50ms" or "2s".
std::optional<int> parseDuration(QString text)
{
    int factor = 1;
    if (text.endsWith(u"ms"_s)) {
        text.chop(2);
    } else if (text.endsWith(u's')) {
        text.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value * factor;
}

std::optional<int> parseCount(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

bool apply(EmulatorFaults &faults, const QString &key, const QString &value)
{
    if (key == u"throttle"_s) {
        const auto p = parseProbability(value);
        faults.throttleProbability = p.value_or(0);
        return p.has_value();
    }
    if (key == u"unavailable"_s) {
        const auto p = parseProbability(value);
        faults.unavailableProbability = p.value_or(0);
        return p.has_value();
    }
    std::optional<int> number;
    if (key == u"latency"_s && (number = parseDuration(value)))
        faults.latencyMs = *number;
    else if (key == u"retry-after"_s && (number = parseDuration(value)))
        faults.retryAfterMs = *number;
    else if (key == u"lose-response"_s && (number = parseCount(value)))
        faults.loseResponses = *number;
    return number.has_value();
}

} // namespace

bool EmulatorFaults::isEmpty() const
{
    return throttleProbability == 0 && unavailableProbability == 0 && latencyMs == 0 && loseResponses == 0;
}

QString EmulatorFaults::toString() const
{
    return u"throttle=%1,unavailable=%2,latency=%3ms,lose-response=%4,retry-after=%5ms"_s.arg(throttleProbability)
        .arg(unavailableProbability)
        .arg(latencyMs)
        .arg(loseResponses)
        .arg(retryAfterMs);
}

std::optional<EmulatorFaults> EmulatorFaults::parse(const QString &spec, QString *error)
{
    EmulatorFaults faults;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        const QString key = item.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        if (equals < 0 || !apply(faults, key, value)) {
            if (error)
                *error = u"invalid fault \"%1\" (expected throttle=P, unavailable=P, latency=MS, "
                         "lose-response=N or retry-after=MS)"_s.arg(item);
            return std::nullopt;
        }
    }
    return faults;
}
