#include "ui/history/historydetailsdialog.h"

#include "ui/history/historytablemodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPlainTextEdit *createTextView(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}

} // namespace

HistoryDetailsDialog::HistoryDetailsDialog(const HistoryEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_fieldsLayout(new QFormLayout)
    , m_resolutionLabel(new QLabel(this))
    , m_requestLabel(new QLabel(this))
    , m_requestPlainTextEdit(createTextView(u"requestPlainTextEdit"_s, entry.requestText, this))
    , m_responseLabel(new QLabel(this))
    , m_responsePlainTextEdit(createTextView(u"responsePlainTextEdit"_s, prettyResponse(entry.responseText), this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"historyDetailsDialog"_s);
    m_buttonBox->setObjectName(u"historyDetailsButtonBox"_s);
    for (int column = 0; column < HistoryTableModel::ColumnCount; ++column) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText); // server text is never markup
        m_valueLabels.append(value);
        m_fieldsLayout->addRow(HistoryTableModel::columnTitle(HistoryTableModel::Column(column)), value);
    }
    m_resolutionLabel->setObjectName(u"resolutionValueLabel"_s);
    m_resolutionLabel->setWordWrap(true);
    m_resolutionLabel->setTextFormat(Qt::PlainText);
    m_resolutionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Next to the outcome it explains.
    m_fieldsLayout->insertRow(HistoryTableModel::Outcome + 1, QString(), m_resolutionLabel);
    m_requestLabel->setObjectName(u"requestLabel"_s);
    m_requestLabel->setBuddy(m_requestPlainTextEdit);
    m_responseLabel->setBuddy(m_responsePlainTextEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_fieldsLayout);
    layout->addWidget(m_requestLabel);
    layout->addWidget(m_requestPlainTextEdit, 1);
    layout->addWidget(m_responseLabel);
    layout->addWidget(m_responsePlainTextEdit, 1);
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 760);
    retranslateUi();
}

QString HistoryDetailsDialog::prettyResponse(const QString &responseText)
{
    const QJsonDocument document = QJsonDocument::fromJson(responseText.toUtf8());
    return document.isNull() ? responseText : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

void HistoryDetailsDialog::setSettledRows(const QList<qint64> &ids)
{
    m_settledRows = ids;
    retranslateUi();
}

void HistoryDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HistoryDetailsDialog::retranslateUi()
{
    setWindowTitle(tr("History entry %1").arg(m_entry.id));
    // Values shown as the table shows them (translated labels), but times in full.
    HistoryRows rows;
    rows.setLabels(HistoryRows::Labels::current());
    rows.append(m_entry);
    for (int column = 0; column < HistoryTableModel::ColumnCount; ++column) {
        const auto key = HistoryTableModel::Column(column);
        if (auto *label = qobject_cast<QLabel *>(m_fieldsLayout->labelForField(m_valueLabels.at(column))))
            label->setText(HistoryTableModel::columnTitle(key));
        m_valueLabels.at(column)->setText(rows.text(0, column));
    }
    retranslateResolution();
    // The signature is shown: it covers a one-time nonce and time, so it is no secret.
    m_requestLabel->setText(tr("&Request as signed and sent (the AccessKey secret is never recorded; a "
                               "security token is masked):"));
    m_responseLabel->setText(tr("Re&sponse of the last attempt:"));
    m_requestPlainTextEdit->setAccessibleName(tr("Request"));
    m_responsePlainTextEdit->setAccessibleName(tr("Response"));
    if (m_entry.responseText.isEmpty())
        m_responsePlainTextEdit->setPlaceholderText(tr("No response was received."));
}

// Shown only where there is something to say: a settled outcome, or the attempts this one settled.
void HistoryDetailsDialog::retranslateResolution()
{
    QStringList lines;
    if (m_entry.isResolved())
        lines.append(m_entry.resolutionText());
    if (!m_settledRows.isEmpty()) {
        QStringList ids;
        for (qint64 id : std::as_const(m_settledRows))
            ids.append(u"#"_s + QString::number(id));
        lines.append(tr("This retry settled the unknown outcome of %1.").arg(ids.join(u", "_s)));
    }
    m_resolutionLabel->setText(lines.join(u'\n'));
    if (auto *label = qobject_cast<QLabel *>(m_fieldsLayout->labelForField(m_resolutionLabel)))
        label->setText(tr("Resolution"));
    m_fieldsLayout->setRowVisible(m_resolutionLabel, !lines.isEmpty());
}
