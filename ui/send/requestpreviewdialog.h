#pragma once

#include "core/request/commandline.h"
#include "core/request/flowlogrequest.h"
#include "core/request/validationfinding.h"
#include "core/signing/requestsigner.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QDialogButtonBox;

// What a send would put on the wire, before it happens: method, endpoint, parameters and the
// string to sign (never the secret: only what the signature is made over). Also offers the same
// call as an aliyun CLI command and as a flowlog-cli command, each with the profile and the
// endpoint the app would use, for scripts and for checking with the official tool. While the form
// has errors the preview lists them first and nothing can be copied: such a request is never sent.
class RequestPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPreviewDialog)

public:
    struct Context
    {
        FlowLogRequest request;
        SignedRequest signedRequest;
        QString profileName;  // as the selector shows it
        CommandLine::Target target; // who signs the copied commands, and where they send
        bool sandbox = false; // the app's own emulator: the commands work only while the app runs
        ValidationFindings errors; // the form's errors: shown first, and copying is disabled
    };

    explicit RequestPreviewDialog(const Context &context, QWidget *parent = nullptr);

    // The previewed call as the clipboard receives it: an aliyun CLI or a flowlog-cli command, after
    // a comment line when it goes to the sandbox.
    QString cliCommand() const;
    QString flowlogCliCommand() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void fillParameters();
    void copyCliCommand();
    void copyFlowlogCliCommand();
    QString withSandboxNote(const QString &command) const;
    QString errorsText() const;
    void retranslateUi();

    Context m_context;
    QLabel *m_errorsLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_parametersLabel = nullptr;
    QTableWidget *m_parametersTableWidget = nullptr;
    QLabel *m_stringToSignLabel = nullptr;
    QPlainTextEdit *m_stringToSignPlainTextEdit = nullptr;
    QLabel *m_requestLabel = nullptr;
    QPlainTextEdit *m_requestPlainTextEdit = nullptr;
    QPushButton *m_copyCliPushButton = nullptr;
    QPushButton *m_copyFlowlogCliPushButton = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
};
