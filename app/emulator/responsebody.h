#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Serialises answers the way the service does for Format=JSON (the default) and Format=XML.
// XML: the object becomes <Root>…</Root>; an array under key K becomes repeated <K> elements, so
// {"FlowLogs":{"FlowLog":[a,b]}} is <FlowLogs><FlowLog>a</FlowLog><FlowLog>b</FlowLog></FlowLogs>.
namespace ResponseBody {
QByteArray json(const QJsonObject &object);
QByteArray xml(const QString &rootName, const QJsonObject &object);
bool wantsXml(const QString &format);
// A fresh x-acs-request-id: an upper-case UUID without braces, as the gateway's.
QByteArray newRequestId();
// "HTTP/1.1 413 Content Too Large\r\n"; statuses without a phrase here get "Error".
QByteArray statusLine(int status);
} // namespace ResponseBody
