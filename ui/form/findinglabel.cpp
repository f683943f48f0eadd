#include "ui/form/findinglabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

// Dark enough to read on the light default palette (WCAG AA against white).
QColor colorFor(Severity severity)
{
    return severity == Severity::Error ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x8a, 0x5a, 0x00);
}

} // namespace

FindingLabel::FindingLabel(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
{
    setObjectName(u"findingLabel"_s);
    m_iconLabel->setObjectName(u"findingIconLabel"_s);
    m_textLabel->setObjectName(u"findingTextLabel"_s);
    m_textLabel->setWordWrap(true);
    // Rich text is laid out by QTextDocument, which measures the lines of a fallback font (Chinese
    // quoted in an English message) correctly; plain text was cut off at the bottom.
    m_textLabel->setTextFormat(Qt::RichText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_iconLabel->setAlignment(Qt::AlignTop);
    // A held FindingsView may give a label more room than it needs: the text stays at the top.
    m_textLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    updateStyle();
}

void FindingLabel::setFinding(const ValidationFinding &finding)
{
    m_finding = finding;
    updateStyle();
    retranslateUi();
}

QString FindingLabel::text() const
{
    return m_shownText;
}

void FindingLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::StyleChange)
        updateStyle();
    QWidget::changeEvent(event);
}

void FindingLabel::retranslateUi()
{
    const QString message = m_finding.message();
    m_shownText = message; // what the label shows now, for text(); replaced on every language change
    m_textLabel->setText(message.toHtmlEscaped());
    const QString severity = m_finding.severity == Severity::Error ? tr("Error") : tr("Warning");
    m_iconLabel->setAccessibleName(severity);
    m_textLabel->setAccessibleName(tr("%1: %2").arg(severity, message));
}

void FindingLabel::updateStyle()
{
    const bool error = m_finding.severity == Severity::Error;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning,
        nullptr, this);
    m_iconLabel->setPixmap(icon.pixmap(size, size));
    QPalette palette = m_textLabel->palette();
    palette.setColor(QPalette::WindowText, colorFor(m_finding.severity));
    m_textLabel->setPalette(palette);
    setProperty("severity", error ? u"error"_s : u"warning"_s);
}
