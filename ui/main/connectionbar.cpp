#include "ui/main/connectionbar.h"

#include "ui/form/findingsview.h"
#include "ui/form/regioncombobox.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

QColor errorColor()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_profileLabel(new QLabel(this))
    , m_profileComboBox(new QComboBox(this))
    , m_profileProblemLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_regionComboBox(new RegionComboBox(this))
    , m_regionFindingsView(new FindingsView(this))
    , m_endpointLabel(new QLabel(this))
    , m_endpointLineEdit(new QLineEdit(this))
{
    m_profileComboBox->setObjectName(u"profileComboBox"_s);
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileProblemLabel->setObjectName(u"profileProblemLabel"_s);
    m_profileProblemLabel->setWordWrap(true);
    m_profileProblemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette problemPalette = m_profileProblemLabel->palette();
    problemPalette.setColor(QPalette::WindowText, errorColor());
    m_profileProblemLabel->setPalette(problemPalette);
    m_profileProblemLabel->hide();
    m_regionComboBox->setObjectName(u"regionComboBox"_s);
    m_regionFindingsView->setObjectName(u"regionIdFindingsView"_s);
    m_endpointLineEdit->setObjectName(u"endpointLineEdit"_s);
    // Read-only and drawn as text, not as a field: a profile's endpoints are set in Tools → Profiles.
    m_endpointLineEdit->setReadOnly(true);
    m_endpointLineEdit->setFrame(false);
    m_profileLabel->setBuddy(m_profileComboBox);
    m_regionLabel->setBuddy(m_regionComboBox);
    m_endpointLabel->setBuddy(m_endpointLineEdit);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Profile and region side by side, the endpoint in full width under them: it is long, and it
    // must never be cut off.
    layout->addWidget(m_profileLabel, 0, 0);
    layout->addWidget(m_profileComboBox, 0, 1);
    layout->addWidget(m_regionLabel, 0, 2);
    layout->addWidget(m_regionComboBox, 0, 3);
    layout->addWidget(m_regionFindingsView, 1, 3);
    layout->addWidget(m_endpointLabel, 2, 0);
    layout->addWidget(m_endpointLineEdit, 2, 1, 1, 3);
    layout->addWidget(m_profileProblemLabel, 3, 1, 1, 3);
    layout->setColumnStretch(3, 1);

    connect(m_profileComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateProfileProblem();
        Q_EMIT profileChanged(profileId());
    });
    connect(m_regionComboBox, &RegionComboBox::regionIdChanged, this, &ConnectionBar::regionChanged);
    connect(m_regionComboBox, &RegionComboBox::regionEdited, this, &ConnectionBar::regionEdited);
    retranslateUi();
}

void ConnectionBar::setProfiles(const QList<Profile> &profiles)
{
    const QString current = profileId();
    {
        const QSignalBlocker blocker(m_profileComboBox);
        m_profiles = profiles;
        m_profileComboBox->clear();
        for (const Profile &profile : profiles)
            m_profileComboBox->addItem(profile.displayName(), profile.id);
        const int index = m_profileComboBox->findData(current);
        m_profileComboBox->setCurrentIndex(index >= 0 ? index : 0);
        retranslateProfiles();
    }
    updateProfileProblem();
    if (profileId() != current)
        Q_EMIT profileChanged(profileId());
}

QString ConnectionBar::profileId() const
{
    return m_profileComboBox->currentData().toString();
}

std::optional<Profile> ConnectionBar::currentProfile() const
{
    const int index = m_profileComboBox->currentIndex();
    if (index < 0 || index >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(index);
}

void ConnectionBar::setProfileId(const QString &id)
{
    const int index = m_profileComboBox->findData(id);
    if (index >= 0)
        m_profileComboBox->setCurrentIndex(index);
}

QString ConnectionBar::regionId() const
{
    return m_regionComboBox->regionId();
}

void ConnectionBar::setRegionId(const QString &regionId)
{
    m_regionComboBox->setRegionId(regionId);
}

void ConnectionBar::setRegionFindings(const ValidationFindings &findings)
{
    m_regionFindingsView->setFindings(findings);
}

void ConnectionBar::setEndpoint(const QString &endpoint, const QString &problem)
{
    m_endpointProblem = problem;
    m_endpointLineEdit->setText(problem.isEmpty() ? endpoint : problem);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    if (!problem.isEmpty())
        palette.setColor(QPalette::Text, errorColor());
    m_endpointLineEdit->setPalette(palette);
    m_endpointLineEdit->setToolTip((problem.isEmpty() ? endpoint : problem) + u'\n'
        + tr("Each profile's endpoints are set in Tools → Profiles."));
    m_endpointLineEdit->setCursorPosition(0);
}

QString ConnectionBar::endpointText() const
{
    return m_endpointLineEdit->text();
}

void ConnectionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionBar::retranslateUi()
{
    m_profileLabel->setText(tr("&Profile:"));
    m_regionLabel->setText(tr("Re&gion:"));
    m_endpointLabel->setText(tr("Endpoint:"));
    m_profileComboBox->setAccessibleName(tr("Profile"));
    m_profileComboBox->setToolTip(tr("Whose AccessKey signs the request"));
    m_regionComboBox->setAccessibleName(tr("Region"));
    m_regionComboBox->setToolTip(tr("Type any part of the region's name or id to search"));
    m_endpointLineEdit->setAccessibleName(tr("Endpoint"));
    retranslateProfiles();
}

void ConnectionBar::retranslateProfiles()
{
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < m_profileComboBox->count() && i < m_profiles.size(); ++i) {
        const Profile &profile = m_profiles.at(i);
        m_profileComboBox->setItemText(i, profile.displayName());
        // Greyed, not disabled: the last profile used may be one, and must still show as chosen.
        m_profileComboBox->setItemData(i, profile.isSupported() ? QVariant() : QVariant(greyed), Qt::ForegroundRole);
        m_profileComboBox->setItemData(i, profile.unsupportedReason(), Qt::ToolTipRole);
    }
    updateProfileProblem();
}

void ConnectionBar::updateProfileProblem()
{
    const std::optional<Profile> profile = currentProfile();
    const QString reason = profile ? profile->unsupportedReason() : QString();
    m_profileProblemLabel->setText(reason);
    m_profileProblemLabel->setVisible(!reason.isEmpty());
}
