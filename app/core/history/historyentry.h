#pragma once

#include "core/api/apiresult.h"
#include "core/api/flowlogaction.h"
#include "core/request/flowlogrequest.h"
#include "core/signing/requestsigner.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One attempt to create a flow log, or to start, stop, modify or delete one (action), as the history
// keeps it. Holds no secret: the profile is a
// name and the AccessKey is not stored at all.
struct HistoryEntry
{
    qint64 id = 0; // assigned by the store
    QDateTime time; // UTC, when the attempt started
    QString profile; // profile name, e.g. "sandbox", "env", "aliyun:default"
    QString endpoint;
    QString signatureVersion; // "v1" / "v3"
    QString source;           // "gui", "cli", "batch"
    FlowLogAction action = FlowLogAction::Create; // the "action" column (schema version 5)
    QString batchId; // the batch the row belongs to (schema version 6), empty for a single call
    FlowLogRequest request;
    Outcome outcome = Outcome::Unknown;
    QString flowLogId;
    QString requestId;
    int httpStatus = 0;
    QString errorCode;
    QString errorMessage; // the server's own words; empty for our own failures (see messageText())
    int attempts = 0;
    qint64 durationMs = 0;
    QString flowLogStatus; // "Activating", "Active", ... as last seen by DescribeFlowLogs
    // Set when an Unknown outcome was settled later (AttemptResolver): outcome then says what was
    // found out (Succeeded with the flow log it had created, or Failed: it created none), resolvedBy
    // names the row of the retry that found it out (0 when a DescribeFlowLogs lookup alone did),
    // resolvedTime says when (UTC).
    qint64 resolvedBy = 0;
    QDateTime resolvedTime;
    QString requestText;   // the signed request, redacted (SignedRequest::redactedText())
    QString responseText;  // the raw response body of the last attempt (capped)

    // The row written before a call is sent, so that a crash mid-call leaves an "unknown" row
    // behind: started now, outcome Unknown. The one place the GUI, create and batch build it.
    static HistoryEntry pending(const FlowLogRequest &request, const QString &source, const QString &profile,
        const QString &endpoint, SignatureVersion signatureVersion);

    // Fills outcome, ids, status, code, message, attempts and duration from a finished call. The
    // message is kept only when the server sent it: ours would be frozen in the UI language of the
    // moment, so our own failures keep their code alone.
    void applyResult(const ApiResult &result);
    // What went wrong, for showing: the server's message, else the explanation of the code in the
    // current language (ErrorCatalog), else nothing.
    QString messageText() const { return messageText(errorCode, errorMessage); }
    static QString messageText(const QString &code, const QString &storedMessage);
    // The codes of failures this client reports itself (transport errors, cancellation).
    static QStringList ownFailureCodes();

    bool isResolved() const { return resolvedTime.isValid(); }
    // A create whose outcome is Unknown and not settled yet: the attempts a start-up offers to look
    // up. An unknown start, stop, modify or delete is never settled as a create.
    bool isUnresolved() const
    {
        return action == FlowLogAction::Create && outcome == Outcome::Unknown && !isResolved();
    }
    // How a settled outcome was found out, translated now ("Created: retry #12 found …"); empty
    // for a row that was never unknown.
    QString resolutionText() const;

    // What an operator calls the profile of a recorded id, translated now: "Sandbox (local
    // emulator)", "Environment variables", "aliyun CLI: default", or an own profile's name. An id
    // of no known form is shown as it is.
    QString profileText() const { return profileDisplayName(profile); }
    static QString profileDisplayName(const QString &profileId);
};

Q_DECLARE_METATYPE(HistoryEntry)
