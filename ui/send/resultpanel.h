#pragma once

#include "core/api/apiresult.h"

#include <QFrame>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The outcome of the last send: the new FlowLogId and RequestId with copy buttons, or what went
// wrong in plain words (ErrorCatalog), what to do and the server's diagnosis link. Everything is
// rebuilt from the stored ApiResult on a language change.
class ResultPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPanel)

public:
    explicit ResultPanel(QWidget *parent = nullptr);

    void showResult(const ApiResult &result);
    // The status DescribeFlowLogs reported for the flow log shown; ignored for any other id.
    void setFlowLogStatus(const QString &flowLogId, const QString &status);
    // Hides the panel until the next result.
    void clear();
    std::optional<ApiResult> result() const { return m_result; }

Q_SIGNALS:
    // After an unknown outcome: look for the flow log the attempt may have created, and create it
    // only if it is not there (the duplicate-safe retry).
    void lookForItAndRetryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *createValueField(const QString &objectName);
    QPushButton *createCopyButton(const QString &objectName, QLineEdit *source);
    QWidget *valueRow(QLineEdit *field, QPushButton *copyButton);
    void retranslateUi();
    void showSuccess(const ApiResult &result);
    void showFailure(const ApiResult &result);
    void setIcon(bool success);
    void setRowShown(int row, bool shown);

    static QString statusLabel(const QString &status);

    std::optional<ApiResult> m_result;
    QString m_status;
    QLabel *m_iconLabel;
    QLabel *m_titleLabel;
    QLabel *m_explanationLabel;
    QLabel *m_actionLabel;
    QPushButton *m_lookForItPushButton;
    QGridLayout *m_detailsLayout;
    QLineEdit *m_flowLogIdLineEdit;
    QPushButton *m_copyFlowLogIdPushButton;
    QLabel *m_statusTitleLabel;
    QLabel *m_statusLabel;
    QLineEdit *m_requestIdLineEdit;
    QPushButton *m_copyRequestIdPushButton;
    QLabel *m_codeLabel;
    QLabel *m_serverMessageLabel;
    QLabel *m_recommendLabel;
};
