#include "ui/send/requestpreviewdialog.h"

#include "core/request/commandline.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RequestPreviewDialog::RequestPreviewDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(u"requestPreviewDialog"_s);
    createWidgets();
    fillParameters();
    retranslateUi();
    resize(860, 660); // fits a 1280×800 screen
}

QString RequestPreviewDialog::cliCommand() const
{
    return withSandboxNote(CommandLine::aliyunCreateFlowLog(m_context.request, m_context.target));
}

QString RequestPreviewDialog::flowlogCliCommand() const
{
    return withSandboxNote(CommandLine::flowlogCliCreate(m_context.request, m_context.target));
}

// A shell comment: pasted as it is, the note is ignored by the shell and still read by the operator.
QString RequestPreviewDialog::withSandboxNote(const QString &command) const
{
    if (!m_context.sandbox)
        return command;
    return u"# "_s + tr("FlowLog Studio's sandbox: this command works only while the app is open.") + u'\n'
        + command;
}

void RequestPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RequestPreviewDialog::createWidgets()
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_errorsLabel = new QLabel(this);
    m_errorsLabel->setObjectName(u"errorsLabel"_s);
    m_errorsLabel->setWordWrap(true);
    m_errorsLabel->setTextFormat(Qt::PlainText);
    m_errorsLabel->setStyleSheet(u"QLabel { color: palette(bright-text); background: #b3261e; padding: 6px; }"_s);
    m_errorsLabel->setVisible(!m_context.errors.isEmpty());
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setWordWrap(true);
    m_parametersLabel = new QLabel(this);
    m_parametersTableWidget = new QTableWidget(0, 2, this);
    m_parametersTableWidget->setObjectName(u"parametersTableWidget"_s);
    m_parametersTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parametersTableWidget->verticalHeader()->setVisible(false);
    m_parametersTableWidget->horizontalHeader()->setStretchLastSection(true);
    // One line of text a row: all ten parameters in view at the dialog's size.
    m_parametersTableWidget->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_parametersTableWidget->setWordWrap(false);
    m_stringToSignLabel = new QLabel(this);
    m_stringToSignPlainTextEdit = new QPlainTextEdit(this);
    m_stringToSignPlainTextEdit->setObjectName(u"stringToSignPlainTextEdit"_s);
    m_stringToSignPlainTextEdit->setReadOnly(true);
    m_stringToSignPlainTextEdit->setFont(fixed);
    m_stringToSignPlainTextEdit->setPlainText(m_context.signedRequest.redactedStringToSign());
    // Two lines for V3, one long wrapped line for v1: four lines hold either without scrolling.
    const int frame = 2 * m_stringToSignPlainTextEdit->frameWidth();
    m_stringToSignPlainTextEdit->setFixedHeight(QFontMetrics(fixed).lineSpacing() * 4 + frame + 8);
    m_requestLabel = new QLabel(this);
    m_requestPlainTextEdit = new QPlainTextEdit(this);
    m_requestPlainTextEdit->setObjectName(u"requestPlainTextEdit"_s);
    m_requestPlainTextEdit->setReadOnly(true);
    m_requestPlainTextEdit->setFont(fixed);
    m_requestPlainTextEdit->setPlainText(m_context.signedRequest.redactedText());
    m_stringToSignLabel->setBuddy(m_stringToSignPlainTextEdit);
    m_requestLabel->setBuddy(m_requestPlainTextEdit);
    m_parametersLabel->setBuddy(m_parametersTableWidget);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyCliPushButton = m_buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyCliPushButton->setObjectName(u"copyCliCommandPushButton"_s);
    connect(m_copyCliPushButton, &QPushButton::clicked, this, &RequestPreviewDialog::copyCliCommand);
    m_copyFlowlogCliPushButton = m_buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyFlowlogCliPushButton->setObjectName(u"copyFlowlogCliCommandPushButton"_s);
    connect(m_copyFlowlogCliPushButton, &QPushButton::clicked, this, &RequestPreviewDialog::copyFlowlogCliCommand);
    // A request with errors is never sent: nor is it copied to be sent elsewhere.
    m_copyCliPushButton->setEnabled(m_context.errors.isEmpty());
    m_copyFlowlogCliPushButton->setEnabled(m_context.errors.isEmpty());
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_parametersLabel);
    layout->addWidget(m_parametersTableWidget, 3);
    layout->addWidget(m_stringToSignLabel);
    layout->addWidget(m_stringToSignPlainTextEdit);
    layout->addWidget(m_requestLabel);
    layout->addWidget(m_requestPlainTextEdit, 2);
    layout->addWidget(m_buttonBox);
}

void RequestPreviewDialog::fillParameters()
{
    ApiParameters parameters {{u"Action"_s, u"CreateFlowLog"_s}, {u"Version"_s, u"2016-04-28"_s}};
    parameters += m_context.request.apiParameters();
    m_parametersTableWidget->setRowCount(int(parameters.size()));
    for (int row = 0; row < parameters.size(); ++row) {
        m_parametersTableWidget->setItem(row, 0, new QTableWidgetItem(parameters.at(row).first));
        m_parametersTableWidget->setItem(row, 1, new QTableWidgetItem(parameters.at(row).second));
    }
    m_parametersTableWidget->resizeColumnToContents(0);
}

void RequestPreviewDialog::copyCliCommand()
{
    if (m_context.errors.isEmpty())
        QGuiApplication::clipboard()->setText(cliCommand());
}

void RequestPreviewDialog::copyFlowlogCliCommand()
{
    if (m_context.errors.isEmpty())
        QGuiApplication::clipboard()->setText(flowlogCliCommand());
}

QString RequestPreviewDialog::errorsText() const
{
    QStringList lines {tr("Not sendable: correct the %n error(s) below in the form first.", nullptr,
        int(m_context.errors.size()))};
    for (const ValidationFinding &error : m_context.errors)
        lines << u"• "_s + tr("%1: %2").arg(Fields::label(error.field), error.message());
    return lines.join(u'\n');
}

void RequestPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Request preview"));
    const QUrl endpoint = m_context.signedRequest.url.adjusted(QUrl::RemoveQuery | QUrl::RemovePath);
    m_errorsLabel->setText(errorsText());
    const QString summary = m_context.sandbox
        ? tr("%1 %2 (the local sandbox) — profile: %3. The AccessKey secret is never shown: only the string it signs.")
        : tr("%1 %2 — profile: %3. The AccessKey secret is never shown: only the string it signs.");
    m_summaryLabel->setText(summary.arg(QString::fromLatin1(m_context.signedRequest.method),
        endpoint.toDisplayString(), m_context.profileName));
    m_parametersLabel->setText(tr("&Parameters:"));
    m_parametersTableWidget->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_parametersTableWidget->setAccessibleName(tr("Parameters"));
    m_stringToSignLabel->setText(tr("&String to sign:"));
    m_stringToSignPlainTextEdit->setAccessibleName(tr("String to sign"));
    m_requestLabel->setText(tr("&Request (security token masked):"));
    m_requestPlainTextEdit->setAccessibleName(tr("Request"));
    m_copyCliPushButton->setText(tr("Copy as aliyun CLI command"));
    m_copyCliPushButton->setToolTip(cliCommand());
    m_copyFlowlogCliPushButton->setText(tr("Copy as flowlog-cli command"));
    m_copyFlowlogCliPushButton->setToolTip(flowlogCliCommand());
}
