#include "ui/send/resultpanel.h"

#include "ui/flowlogs/flowlogstatus.h"

#include "core/api/errorcatalog.h"
#include "ui/send/outcometext.h"

#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The status shares the flow log's row: one line less, so a result fits above five history rows.
enum DetailRow { FlowLogIdRow, RequestIdRow, CodeRow, ServerMessageRow, RecommendRow };

QLabel *createWrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(createWrappingLabel(this, u"resultTitleLabel"_s))
    , m_explanationLabel(createWrappingLabel(this, u"resultExplanationLabel"_s))
    , m_actionLabel(createWrappingLabel(this, u"resultActionLabel"_s))
    , m_lookForItPushButton(new QPushButton(this))
    , m_detailsLayout(new QGridLayout)
    , m_flowLogIdLineEdit(createValueField(u"flowLogIdLineEdit"_s))
    , m_copyFlowLogIdPushButton(createCopyButton(u"copyFlowLogIdPushButton"_s, m_flowLogIdLineEdit))
    , m_statusTitleLabel(new QLabel(this))
    , m_statusLabel(createWrappingLabel(this, u"flowLogStatusLabel"_s))
    , m_requestIdLineEdit(createValueField(u"requestIdLineEdit"_s))
    , m_copyRequestIdPushButton(createCopyButton(u"copyRequestIdPushButton"_s, m_requestIdLineEdit))
    , m_codeLabel(createWrappingLabel(this, u"errorCodeLabel"_s))
    , m_serverMessageLabel(createWrappingLabel(this, u"serverMessageLabel"_s))
    , m_recommendLabel(new QLabel(this))
{
    setObjectName(u"resultPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_lookForItPushButton->setObjectName(u"lookForItPushButton"_s);
    m_lookForItPushButton->setVisible(false);
    connect(m_lookForItPushButton, &QPushButton::clicked, this, &ResultPanel::lookForItAndRetryRequested);
    m_recommendLabel->setObjectName(u"recommendLabel"_s);
    m_recommendLabel->setTextFormat(Qt::RichText);
    m_recommendLabel->setOpenExternalLinks(true);
    m_recommendLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *header = new QHBoxLayout;
    header->addWidget(m_iconLabel);
    header->addWidget(m_titleLabel, 1);
    // Placeholder labels: retranslateUi() names them.
    QWidget *flowLogRow = valueRow(m_flowLogIdLineEdit, m_copyFlowLogIdPushButton);
    m_statusLabel->setWordWrap(false);
    m_statusTitleLabel->setBuddy(m_statusLabel);
    static_cast<QHBoxLayout *>(flowLogRow->layout())->addSpacing(12);
    flowLogRow->layout()->addWidget(m_statusTitleLabel);
    flowLogRow->layout()->addWidget(m_statusLabel);
    const QList<QWidget *> fields {flowLogRow, valueRow(m_requestIdLineEdit, m_copyRequestIdPushButton), m_codeLabel,
        m_serverMessageLabel, m_recommendLabel};
    for (int row = 0; row < fields.size(); ++row) {
        auto *label = new QLabel(this); // named in retranslateUi()
        m_detailsLayout->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_detailsLayout->addWidget(fields.at(row), row, 1);
    }
    m_detailsLayout->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_actionLabel);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_lookForItPushButton);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addLayout(m_detailsLayout);
    setVisible(false);
}

void ResultPanel::showResult(const ApiResult &result)
{
    m_result = result;
    m_status.clear();
    retranslateUi();
    setVisible(true);
}

void ResultPanel::setFlowLogStatus(const QString &flowLogId, const QString &status)
{
    if (!m_result || !m_result->ok() || m_result->flowLogId != flowLogId)
        return;
    m_status = status;
    retranslateUi();
}

void ResultPanel::clear()
{
    m_result.reset();
    setVisible(false);
}

void ResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

QLineEdit *ResultPanel::createValueField(const QString &objectName)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    return field;
}

QPushButton *ResultPanel::createCopyButton(const QString &objectName, QLineEdit *source)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, source,
        [source] { QGuiApplication::clipboard()->setText(source->text()); });
    return button;
}

QWidget *ResultPanel::valueRow(QLineEdit *field, QPushButton *copyButton)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(copyButton);
    return row;
}

void ResultPanel::retranslateUi()
{
    const auto setRowLabel = [this](int row, const QString &text) {
        if (auto *item = m_detailsLayout->itemAtPosition(row, 0); item && item->widget())
            static_cast<QLabel *>(item->widget())->setText(text);
    };
    setRowLabel(FlowLogIdRow, tr("FlowLogId:"));
    m_statusTitleLabel->setText(tr("Status:"));
    setRowLabel(RequestIdRow, tr("RequestId:"));
    setRowLabel(CodeRow, tr("Error code:"));
    // Only an answer from the service is a server message; our own network errors are details.
    setRowLabel(ServerMessageRow, m_result && m_result->httpStatus > 0 ? tr("Server message:") : tr("Details:"));
    setRowLabel(RecommendRow, tr("Diagnosis:"));
    m_flowLogIdLineEdit->setAccessibleName(tr("Flow log ID"));
    m_requestIdLineEdit->setAccessibleName(tr("Request ID"));
    m_copyFlowLogIdPushButton->setText(tr("Copy"));
    m_copyFlowLogIdPushButton->setAccessibleName(tr("Copy the flow log ID"));
    m_copyRequestIdPushButton->setText(tr("Copy"));
    m_copyRequestIdPushButton->setAccessibleName(tr("Copy the request ID"));
    m_lookForItPushButton->setText(tr("Look for it and retry"));
    m_lookForItPushButton->setToolTip(tr("Ask the service whether the flow log exists, and create it only if it does not"));
    if (!m_result)
        return;
    if (m_result->ok())
        showSuccess(*m_result);
    else
        showFailure(*m_result);
}

void ResultPanel::showSuccess(const ApiResult &result)
{
    setIcon(true);
    m_titleLabel->setText(OutcomeText::headline(result));
    const QString activation = m_status == u"Active" ? tr("The flow log is Active: it captures traffic now.")
                                                     : tr("The flow log starts as Activating and becomes Active shortly.");
    m_explanationLabel->setText(result.adoptedExisting
            ? tr("The connection was lost after an earlier attempt, but that attempt had created the flow log. "
                 "It was found and is shown here instead of creating a second one.")
            : activation);
    m_actionLabel->setVisible(false);
    m_lookForItPushButton->setVisible(false);
    m_flowLogIdLineEdit->setText(result.flowLogId);
    m_requestIdLineEdit->setText(result.requestId);
    setRowShown(FlowLogIdRow, true);
    m_statusLabel->setText(statusLabel(m_status));
    m_statusTitleLabel->setVisible(!m_status.isEmpty());
    m_statusLabel->setVisible(!m_status.isEmpty());
    setRowShown(RequestIdRow, !result.requestId.isEmpty());
    setRowShown(CodeRow, false);
    setRowShown(ServerMessageRow, false);
    setRowShown(RecommendRow, false);
}

void ResultPanel::showFailure(const ApiResult &result)
{
    const ErrorExplanation explanation = ErrorCatalog::explain(result);
    setIcon(false);
    m_titleLabel->setText(OutcomeText::headline(result));
    m_explanationLabel->setText(explanation.explanation);
    const bool unknown = result.outcome == Outcome::Unknown;
    // The panel offers the action that resolves an unknown outcome instead of describing it.
    m_actionLabel->setText(unknown ? tr("“Look for it and retry” asks the service for this flow log first and "
                                        "creates it only if no earlier attempt did.")
                                   : explanation.action);
    m_actionLabel->setVisible(!m_actionLabel->text().isEmpty());
    m_lookForItPushButton->setVisible(unknown);
    m_requestIdLineEdit->setText(result.requestId);
    m_codeLabel->setText(result.httpStatus > 0 ? tr("%1 (HTTP %2)").arg(result.code).arg(result.httpStatus) : result.code);
    m_serverMessageLabel->setText(result.message);
    const QString link = explanation.link.isEmpty() ? result.recommend : explanation.link;
    m_recommendLabel->setText(u"<a href=\"%1\">%2</a>"_s.arg(link.toHtmlEscaped(), link.toHtmlEscaped()));
    setRowShown(FlowLogIdRow, false);
    setRowShown(RequestIdRow, !result.requestId.isEmpty());
    setRowShown(CodeRow, !result.code.isEmpty());
    setRowShown(ServerMessageRow, !result.message.isEmpty() && result.message != explanation.explanation);
    setRowShown(RecommendRow, !link.isEmpty());
}

QString ResultPanel::statusLabel(const QString &status)
{
    return FlowLogStatuses::label(status);
}

// A grid, not a QFormLayout: in Qt 6.4 a form row shown again after being hidden keeps a stale
// height-for-width, so the panel stayed at the size of the previous result and cut rows off.
void ResultPanel::setRowShown(int row, bool shown)
{
    for (const int column : {0, 1}) {
        if (QLayoutItem *item = m_detailsLayout->itemAtPosition(row, column); item && item->widget())
            item->widget()->setVisible(shown);
    }
}

void ResultPanel::setIcon(bool success)
{
    // Between the small and the large icon: it marks the outcome without adding a line of height.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    const QIcon icon = style()->standardIcon(success ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical,
        nullptr, this);
    m_iconLabel->setPixmap(icon.pixmap(size, size));
    m_iconLabel->setAccessibleName(success ? tr("Success") : tr("Failure"));
}
