#include "emulator/incomingrequest.h"

#include "core/signing/percentencoding.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(PercentEncoding::decode(component));
}

} // namespace

QByteArray IncomingRequest::header(QByteArrayView name) const
{
    QByteArray value;
    for (const auto &[headerName, headerValue] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!value.isEmpty())
            value += ',';
        value += headerValue.trimmed();
    }
    return value;
}

bool IncomingRequest::hasFormBody() const
{
    return header("content-type").trimmed().toLower().startsWith("application/x-www-form-urlencoded");
}

QueryParameters IncomingRequest::queryParameters() const
{
    return decodeForm(rawQuery);
}

QueryParameters IncomingRequest::formParameters() const
{
    return hasFormBody() ? decodeForm(body) : QueryParameters();
}

QueryParameters IncomingRequest::allParameters() const
{
    return queryParameters() + formParameters();
}

IncomingRequest IncomingRequest::fromHttp(const QHttpServerRequest &request)
{
    const QUrl url = request.url();
    IncomingRequest incoming;
    incoming.method = methodName(request.method());
    incoming.path = url.path(QUrl::FullyEncoded).toLatin1();
    incoming.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    incoming.headers = request.headers();
    incoming.body = request.body();
    return incoming;
}

QueryParameters IncomingRequest::decodeForm(QByteArrayView encoded)
{
    QueryParameters parameters;
    const QList<QByteArray> pairs = encoded.toByteArray().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        parameters.append({decodeComponent(name), decodeComponent(value)});
    }
    return parameters;
}
