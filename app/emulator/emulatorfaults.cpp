#include "emulator/emulatorfaults.h"

#include "emulator/emulatorerror.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Mode = ScriptedFault::Mode;

struct ModeName
{
    Mode mode;
    const char *name;
};

const ModeName modeNames[] = {
    {Mode::Hang, "hang"},
    {Mode::ActThenHang, "act-then-hang"},
    {Mode::Close, "close"},
    {Mode::LoseResponse, "lose-response"},
    {Mode::Drip, "drip"},
    {Mode::Garbage, "garbage"},
    {Mode::Oversize, "oversize"},
    {Mode::OversizeChunked, "oversize-chunked"},
    {Mode::OversizeUnframed, "oversize-unframed"},
    {Mode::LyingLength, "lying-length"},
    {Mode::LyingChunk, "lying-chunk"},
    {Mode::NestedXml, "nested-xml"},
    {Mode::Redirect, "redirect"},
    {Mode::Error, "error"},
    {Mode::XmlError, "xml-error"},
};

std::optional<Mode> modeNamed(const QString &name)
{
    for (const ModeName &entry : modeNames) {
        if (name == QLatin1String(entry.name))
            return entry.mode;
    }
    return std::nullopt;
}

QString nameOf(Mode mode)
{
    for (const ModeName &entry : modeNames) {
        if (entry.mode == mode)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

bool takesCode(Mode mode)
{
    return mode == Mode::Error || mode == Mode::XmlError;
}

std::optional<double> parseProbability(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    // Written so that NaN (which compares false with everything) is refused too.
    if (!ok || !(value >= 0 && value <= 1))
        return std::nullopt;
    return value;
}

// "50", "50ms" or "2s", at most an hour: longer is no fault a test waits for, and the
// milliseconds must fit an int.
std::optional<int> parseDuration(QString text)
{
    constexpr qint64 maxDurationMs = 3600 * 1000;
    qint64 factor = 1;
    if (text.endsWith(u"ms"_s)) {
        text.chop(2);
    } else if (text.endsWith(u's')) {
        text.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > maxDurationMs / factor)
        return std::nullopt;
    return int(value * factor);
}

std::optional<int> parseCount(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

bool isActionName(const QString &text)
{
    if (text == u"*"_s)
        return true;
    if (text.isEmpty() || !text.front().isUpper())
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// ACTION[:COUNT] or, for error modes, ACTION:CODE[:COUNT].
std::optional<ScriptedFault> parseScripted(Mode mode, const QString &value)
{
    const QStringList parts = value.split(u':');
    const qsizetype codeParts = takesCode(mode) ? 1 : 0;
    if (parts.size() < 1 + codeParts || parts.size() > 2 + codeParts || !isActionName(parts.first()))
        return std::nullopt;
    ScriptedFault fault;
    fault.mode = mode;
    fault.action = parts.first() == u"*"_s ? QString() : parts.first();
    if (codeParts) {
        fault.code = parts.at(1);
        if (!EmulatorError::scripted(fault.code, 0))
            return std::nullopt;
    }
    if (parts.size() == 2 + codeParts) {
        const std::optional<int> count = parseCount(parts.last());
        if (!count || *count == 0)
            return std::nullopt;
        fault.count = *count;
    }
    return fault;
}

bool applyScalar(EmulatorFaults &faults, const QString &key, const QString &value)
{
    if (key == u"throttle"_s || key == u"unavailable"_s) {
        const auto p = parseProbability(value);
        (key == u"throttle"_s ? faults.throttleProbability : faults.unavailableProbability) = p.value_or(0);
        return p.has_value();
    }
    std::optional<int> number;
    if (key == u"latency"_s && (number = parseDuration(value)))
        faults.latencyMs = *number;
    else if (key == u"retry-after"_s && (number = parseDuration(value)))
        faults.retryAfterMs = *number;
    else if (key == u"drip-interval"_s && (number = parseDuration(value)))
        faults.dripIntervalMs = *number;
    else if (key == u"lose-response"_s && (number = parseCount(value)))
        faults.loseResponses = *number; // the older form: CreateFlowLog, counted
    return number.has_value();
}

bool apply(EmulatorFaults &faults, const QString &key, const QString &value)
{
    if (applyScalar(faults, key, value))
        return true;
    const std::optional<Mode> mode = modeNamed(key);
    if (!mode)
        return false;
    const std::optional<ScriptedFault> fault = parseScripted(*mode, value);
    if (fault)
        faults.scripted.append(*fault);
    return fault.has_value();
}

QString grammar()
{
    return u"expected throttle=P, unavailable=P, latency=MS, retry-after=MS, drip-interval=MS, "
           "lose-response=N, MODE=ACTION[:COUNT] (MODE: hang, act-then-hang, close, lose-response, drip, "
           "garbage, oversize, oversize-chunked, oversize-unframed, lying-length, lying-chunk, nested-xml, redirect; "
           "ACTION: an action or *) or error=ACTION:CODE[:COUNT], xml-error=ACTION:CODE[:COUNT] (CODE: %1)"_s
               .arg(EmulatorError::scriptedCodes().join(u", "_s));
}

} // namespace

bool ScriptedFault::matches(const QString &requestAction) const
{
    return count != 0 && (action.isEmpty() || action == requestAction);
}

QString ScriptedFault::modeName() const
{
    return nameOf(mode);
}

QString ScriptedFault::toString() const
{
    QString text = nameOf(mode) + u'=' + (action.isEmpty() ? u"*"_s : action);
    if (!code.isEmpty())
        text += u':' + code;
    if (count >= 0)
        text += u':' + QString::number(count);
    return text;
}

bool EmulatorFaults::isEmpty() const
{
    return throttleProbability == 0 && unavailableProbability == 0 && latencyMs == 0 && loseResponses == 0
        && scripted.isEmpty();
}

QString EmulatorFaults::toString() const
{
    QString text
        = u"throttle=%1,unavailable=%2,latency=%3ms,lose-response=%4,retry-after=%5ms,drip-interval=%6ms"_s
              .arg(throttleProbability)
              .arg(unavailableProbability)
              .arg(latencyMs)
              .arg(loseResponses)
              .arg(retryAfterMs)
              .arg(dripIntervalMs);
    for (const ScriptedFault &fault : scripted)
        text += u',' + fault.toString();
    return text;
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
                *error = u"invalid fault \"%1\" (%2)"_s.arg(item, grammar());
            return std::nullopt;
        }
    }
    return faults;
}
