#pragma once

#include "core/history/historyentry.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

// One history entry in full: every field, how an unknown outcome was settled (or which earlier
// attempts this one settled), the signed request as recorded (no secret: a signature over a
// one-time nonce is no secret, and an STS token is masked) and the raw response of the last attempt.
class HistoryDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDetailsDialog)

public:
    explicit HistoryDetailsDialog(const HistoryEntry &entry, QWidget *parent = nullptr);

    // The response as shown: indented when it is JSON, else as recorded.
    static QString prettyResponse(const QString &responseText);
    // The earlier attempts whose unknown outcome this one settled (HistoryStore::entriesResolvedBy).
    void setSettledRows(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void retranslateResolution();

    HistoryEntry m_entry;
    QFormLayout *m_fieldsLayout;
    QList<QLabel *> m_valueLabels;
    QLabel *m_resolutionLabel;
    QList<qint64> m_settledRows;
    QLabel *m_requestLabel;
    QPlainTextEdit *m_requestPlainTextEdit;
    QLabel *m_responseLabel;
    QPlainTextEdit *m_responsePlainTextEdit;
    QDialogButtonBox *m_buttonBox;
};
