#pragma once

#include "core/api/apiclient.h"

#include <QByteArray>
#include <QString>

// The settings of the desktop app that the settings dialog edits, as one value: read with load(),
// written with save() (QSettings). The main window applies them to every call with applyTo().
// Keys are shared with the main window (connection/customEndpoint, connection/signatureVersion).
struct AppSettings
{
    // QNetworkAccessManager has no connect timeout: an attempt ends after idleTimeoutMs without a
    // byte moving, or after totalTimeoutMs in all. A connect timeout saved by an older version is
    // ignored.
    int idleTimeoutMs = 10000;
    int totalTimeoutMs = 30000;
    int maxAttempts = 3; // the first included
    SignatureVersion signatureVersion = SignatureVersion::V3;
    QByteArray httpMethod = QByteArrayLiteral("POST"); // POST or GET
    QString customEndpoint; // as typed; empty: the region's default endpoint
    QString historyPath;    // empty: HistoryStore::defaultPath()

    static AppSettings load();
    void save() const;

    // Timeouts, attempts, signature version and method into a client's settings; the endpoint is
    // the caller's (it depends on the region and the profile).
    ClientSettings applyTo(ClientSettings settings) const;
    QString effectiveHistoryPath() const;

    static constexpr int MinTimeoutMs = 1000;
    static constexpr int MaxTimeoutMs = 300'000;
    static constexpr int MaxAttempts = 10;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};
