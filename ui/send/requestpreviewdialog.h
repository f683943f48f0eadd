#pragma once

#include "core/request/flowlogrequest.h"
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
// call as an aliyun CLI command, for scripts and for checking with the official tool.
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
        QString cliProfile;   // the aliyun CLI profile to name with --profile, if any
        QUrl customEndpoint;  // named with --endpoint when set
    };

    explicit RequestPreviewDialog(const Context &context, QWidget *parent = nullptr);

    // The previewed call as an aliyun CLI command (CommandLine::aliyunCreateFlowLog()).
    QString cliCommand() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void fillParameters();
    void copyCliCommand();
    void retranslateUi();

    Context m_context;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_parametersLabel = nullptr;
    QTableWidget *m_parametersTableWidget = nullptr;
    QLabel *m_stringToSignLabel = nullptr;
    QPlainTextEdit *m_stringToSignPlainTextEdit = nullptr;
    QLabel *m_requestLabel = nullptr;
    QPlainTextEdit *m_requestPlainTextEdit = nullptr;
    QPushButton *m_copyCliPushButton = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
};
