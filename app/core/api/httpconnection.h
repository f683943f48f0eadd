#pragma once

#include "core/api/httpresponse.h"
#include "core/api/httpresponsereader.h"
#include "core/signing/queryparameters.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

class QTcpSocket;

// One HTTP/1.1 connection (plain TCP or TLS verified against the system's CAs) that carries one
// request at a time and stays open between requests when the server allows it. Unlike Qt's HTTP
// stack it never sends a request again on its own after a connection was lost, and it reports
// exactly whether the whole request left this process (HttpResponse::requestWritten): a server
// cannot act on a request it did not fully receive. The one exception is a kept-alive connection
// found closed before any byte of the new request was written: then a fresh connection is opened.
//
// Limits: the connect timeout covers connecting (and the TLS handshake); the read timeout is the
// longest silence while the request is written or the answer awaited; a body over maxResponseBytes
// (declared or read) ends the exchange with ResponseTooLarge.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    struct Limits
    {
        int connectTimeoutMs = 5000;
        int readTimeoutMs = 10000;
        qint64 maxResponseBytes = 1024 * 1024;
    };

    // origin: scheme ("http" or "https"), host and optional port.
    explicit HttpConnection(const QUrl &origin, QObject *parent = nullptr);
    ~HttpConnection() override;

    // "scheme://host:port", the key under which connections are pooled.
    static QString originKey(const QUrl &url);
    QString originKey() const { return m_originKey; }

    // Sends one request (path and query taken from url); finished() follows exactly once, unless
    // abort() comes first. Only when the connection is not busy.
    void send(const QByteArray &method, const QUrl &url, const HeaderList &headers, const QByteArray &body,
        const Limits &limits);
    // Ends the exchange in progress without finished() and closes the connection.
    void abort();
    bool isBusy() const { return m_busy; }
    // Whether every byte of the current (or last) request has left this process.
    bool requestWritten() const { return m_requestWritten; }
    // Idle, open and allowed by the server to carry another request.
    bool isReusable() const;

Q_SIGNALS:
    void finished(const HttpResponse &response);

private:
    void openSocket();
    void closeSocket();
    void onSocketReady();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onSocketError();
    void onTimeout();
    bool reconnectIfUnsent();
    TransportError socketError() const;
    void fail(TransportError error, int status = 0);
    void complete(HttpResponse response, bool keepAlive);
    void endExchange(HttpResponse response);

    QUrl m_origin;
    QString m_originKey;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    QElapsedTimer m_idle;
    Limits m_limits;
    QByteArray m_request;
    std::optional<HttpResponseReader> m_reader;
    qint64 m_written = 0;
    bool m_connected = false; // the socket is ready for a request (TLS included)
    bool m_keepAlive = false; // the last answer allows another request
    bool m_reused = false; // the current request went out on a connection that carried one before
    bool m_busy = false;
    bool m_requestWritten = false;
};
