#pragma once

#include "core/history/historyentry.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

// One history entry in full: every field, the signed request as recorded (redacted: no secret,
// no signature) and the raw response of the last attempt.
class HistoryDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDetailsDialog)

public:
    explicit HistoryDetailsDialog(const HistoryEntry &entry, QWidget *parent = nullptr);

    // The response as shown: indented when it is JSON, else as recorded.
    static QString prettyResponse(const QString &responseText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HistoryEntry m_entry;
    QFormLayout *m_fieldsLayout;
    QList<QLabel *> m_valueLabels;
    QLabel *m_requestLabel;
    QPlainTextEdit *m_requestPlainTextEdit;
    QLabel *m_responseLabel;
    QPlainTextEdit *m_responsePlainTextEdit;
    QDialogButtonBox *m_buttonBox;
};
