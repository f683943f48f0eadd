#include "core/api/apiresponseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

constexpr int excerptLength = 120;

QString stringField(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString() : value.toVariant().toString();
}

// A repeated element turns the value under its name into an array, as the JSON form has it.
void insertChild(QJsonObject *object, const QString &name, const QJsonValue &value)
{
    if (!object->contains(name)) {
        object->insert(name, value);
        return;
    }
    QJsonValue existing = object->value(name);
    QJsonArray array = existing.isArray() ? existing.toArray() : QJsonArray {existing};
    array.append(value);
    object->insert(name, array);
}

// Reads the element the reader stands on (at `depth`, the root being 1), up to and including its
// end tag. Stops with *tooDeep set below ApiResponseParser::maxXmlDepth, so a hostile body cannot
// exhaust the stack.
QJsonValue readElement(QXmlStreamReader &reader, int depth, bool *tooDeep)
{
    QJsonObject children;
    QString text;
    while (!*tooDeep && reader.readNext() != QXmlStreamReader::Invalid) {
        if (reader.isEndElement())
            break;
        if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isStartElement()) {
            if (depth >= ApiResponseParser::maxXmlDepth) {
                *tooDeep = true;
                break;
            }
            insertChild(&children, reader.name().toString(), readElement(reader, depth + 1, tooDeep));
        }
    }
    if (children.isEmpty())
        return text.trimmed();
    return children;
}

std::optional<QJsonObject> fromXml(const QByteArray &body, QString *rootName)
{
    QXmlStreamReader reader(body);
    if (!reader.readNextStartElement())
        return std::nullopt;
    const QString root = reader.name().toString();
    bool tooDeep = false;
    const QJsonValue value = readElement(reader, 1, &tooDeep);
    if (tooDeep)
        return std::nullopt;
    // Only whitespace, comments and processing instructions may follow the root element.
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() || (reader.isCharacters() && !reader.isWhitespace()))
            return std::nullopt;
    }
    if (reader.hasError())
        return std::nullopt;
    if (rootName)
        *rootName = root;
    return value.isObject() ? value.toObject() : QJsonObject {};
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(excerptLength * 4)).simplified();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    if (text.size() > excerptLength)
        text = text.left(excerptLength) + u'…';
    return text;
}

ApiResult malformed(int httpStatus, const QByteArray &body)
{
    ApiResult result;
    result.outcome = Outcome::Failed;
    result.transportError = TransportError::MalformedResponse;
    result.httpStatus = httpStatus;
    result.code = TransportErrors::code(TransportError::MalformedResponse);
    result.message = body.trimmed().isEmpty()
        ? QCoreApplication::translate("ApiResponseParser",
            "The server answered with HTTP status %1 and an empty body.").arg(httpStatus)
        : QCoreApplication::translate("ApiResponseParser",
            "The server's answer (HTTP status %1, %2 bytes) is not an API answer: %3")
              .arg(httpStatus)
              .arg(body.size())
              .arg(excerpt(body));
    return result;
}

ApiResult fromObject(int httpStatus, const QJsonObject &object, bool isErrorElement)
{
    ApiResult result;
    result.httpStatus = httpStatus;
    result.body = object;
    result.requestId = stringField(object, "RequestId"_L1);
    result.hostId = stringField(object, "HostId"_L1);
    result.code = stringField(object, "Code"_L1);
    if (!result.code.isEmpty() || isErrorElement) {
        result.outcome = Outcome::Failed;
        result.message = stringField(object, "Message"_L1);
        result.recommend = stringField(object, "Recommend"_L1);
        return result;
    }
    result.outcome = Outcome::Succeeded;
    result.flowLogId = stringField(object, "FlowLogId"_L1);
    return result;
}

bool isSuccessStatus(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

} // namespace

namespace ApiResponseParser {

std::optional<QJsonObject> toJsonObject(const QByteArray &body, QString *rootName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return document.isObject() ? std::optional(document.object()) : std::nullopt;
    if (!body.trimmed().startsWith('<'))
        return std::nullopt;
    return fromXml(body, rootName);
}

ApiResult parse(int httpStatus, const QByteArray &body)
{
    QString rootName;
    const std::optional<QJsonObject> object = toJsonObject(body, &rootName);
    if (!object)
        return malformed(httpStatus, body);
    const bool isErrorElement = rootName == "Error"_L1;
    const bool hasCode = !stringField(*object, "Code"_L1).isEmpty();
    if (isErrorElement && !hasCode)
        return malformed(httpStatus, body);
    if (!hasCode && !isSuccessStatus(httpStatus))
        return malformed(httpStatus, body);
    return fromObject(httpStatus, *object, isErrorElement);
}

} // namespace ApiResponseParser
