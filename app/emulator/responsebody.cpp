#include "emulator/responsebody.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QXmlStreamWriter>

namespace {

void writeValue(QXmlStreamWriter &writer, const QString &name, const QJsonValue &value);

void writeObject(QXmlStreamWriter &writer, const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        writeValue(writer, it.key(), it.value());
}

void writeValue(QXmlStreamWriter &writer, const QString &name, const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            writeValue(writer, name, item);
        return;
    }
    writer.writeStartElement(name);
    if (value.isObject())
        writeObject(writer, value.toObject());
    else
        writer.writeCharacters(value.toVariant().toString());
    writer.writeEndElement();
}

} // namespace

namespace ResponseBody {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray xml(const QString &rootName, const QJsonObject &object)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.writeStartDocument();
    writer.writeStartElement(rootName);
    writeObject(writer, object);
    writer.writeEndElement();
    writer.writeEndDocument();
    return out;
}

bool wantsXml(const QString &format)
{
    return format.compare(QLatin1String("XML"), Qt::CaseInsensitive) == 0;
}

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toUpper();
}

QByteArray statusLine(int status)
{
    static const QHash<int, QByteArray> reasons {{100, "Continue"}, {200, "OK"}, {302, "Found"},
        {400, "Bad Request"}, {403, "Forbidden"}, {408, "Request Timeout"}, {413, "Content Too Large"},
        {431, "Request Header Fields Too Large"}, {503, "Service Unavailable"}};
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Error") + "\r\n";
}

} // namespace ResponseBody
