#include "ui/history/historymessageline.h"

#include "core/history/historyentry.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HistoryMessageLine::HistoryMessageLine(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_chooser(new QWidget(this))
    , m_chooserLabel(new QLabel(m_chooser))
    , m_profileComboBox(new QComboBox(m_chooser))
    , m_checkPushButton(new QPushButton(m_chooser))
{
    setObjectName(u"historyMessageLine"_s);
    m_label->setObjectName(u"historyMessageLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // flow log ids and server messages are never markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooser->setObjectName(u"checkProfileChooser"_s);
    m_profileComboBox->setObjectName(u"checkProfileComboBox"_s);
    m_checkPushButton->setObjectName(u"checkWithProfilePushButton"_s);
    m_chooserLabel->setBuddy(m_profileComboBox);
    auto *chooserLayout = new QHBoxLayout(m_chooser);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    chooserLayout->addWidget(m_chooserLabel);
    chooserLayout->addWidget(m_profileComboBox);
    chooserLayout->addWidget(m_checkPushButton);
    chooserLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_chooser);
    connect(m_checkPushButton, &QPushButton::clicked, this, [this] {
        const QString profileId = m_profileComboBox->currentData().toString();
        if (m_chooserId != 0 && !profileId.isEmpty())
            Q_EMIT checkWithProfileRequested(m_chooserId, profileId);
    });
    m_chooser->hide();
    hide();
    retranslateUi();
}

void HistoryMessageLine::showMessage(Render render, qint64 aboutId)
{
    m_render = std::move(render);
    m_aboutId = aboutId;
    hideChooser();
    retranslateUi();
}

void HistoryMessageLine::clear()
{
    showMessage({}, 0);
}

QString HistoryMessageLine::text() const
{
    return m_label->text();
}

void HistoryMessageLine::offerProfiles(qint64 id, const QStringList &profileIds)
{
    m_chooserId = id;
    m_profileComboBox->clear();
    for (const QString &profileId : profileIds)
        m_profileComboBox->addItem(HistoryEntry::profileDisplayName(profileId), profileId);
    m_chooser->setVisible(!profileIds.isEmpty());
}

void HistoryMessageLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryMessageLine::retranslateUi()
{
    m_chooserLabel->setText(tr("Check &with:"));
    m_checkPushButton->setText(tr("Check"));
    m_checkPushButton->setToolTip(tr("Ask DescribeFlowLogs with this profile's credentials; the row keeps the "
                                     "profile that wrote it"));
    m_profileComboBox->setAccessibleName(tr("Profile to check with"));
    for (int i = 0; i < m_profileComboBox->count(); ++i)
        m_profileComboBox->setItemText(i, HistoryEntry::profileDisplayName(m_profileComboBox->itemData(i).toString()));
    const QString message = m_render ? m_render() : QString();
    m_label->setText(message);
    setVisible(!message.isEmpty());
}

void HistoryMessageLine::hideChooser()
{
    m_chooserId = 0;
    m_chooser->hide();
}
