#include "ui/profiles/profiledialog.h"

#include "core/history/historyentry.h"
#include "ui/form/regioncombobox.h"
#include "ui/profiles/profile.h"
#include "ui/profiles/profilemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLineEdit *createLineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

// Never shown, never offered to other programs: no echo, no undo history to read it back from.
void makeSecret(QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
}

// What ActionTrail shows as the session of calls made with the role, unless the operator names one.
constexpr auto DefaultSessionName = "flowlog-studio";

QString ownName(const QString &profileId)
{
    return profileId.startsWith(u"own:"_s) ? profileId.sliced(4) : QString();
}

} // namespace

ProfileDialog::ProfileDialog(ProfileManager *profiles, QWidget *parent)
    : ProfileDialog(profiles, Purpose::Add, {}, parent)
{
}

ProfileDialog::ProfileDialog(ProfileManager *profiles, Purpose purpose, const QString &profileId, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_purpose(purpose)
    , m_profileId(profileId)
{
    setObjectName(u"profileDialog"_s);
    createWidgets();
    createLayout();
    if (const auto own = m_profiles->ownProfile(ownName(profileId)); own && purpose != Purpose::EndpointsOnly)
        fillFrom(*own);
    const Endpoints::Overrides endpoints = m_profiles->endpoints(profileId);
    m_endpointLineEdits.value(EndpointField::Emulator)->setText(endpoints.emulator.toString());
    m_endpointLineEdits.value(EndpointField::Vpc)->setText(endpoints.vpc.toString());
    m_endpointLineEdits.value(EndpointField::Ecs)->setText(endpoints.ecs.toString());
    m_endpointLineEdits.value(EndpointField::Sts)->setText(endpoints.sts.toString());
    m_endpointLineEdits.value(EndpointField::LogService)->setText(endpoints.logService.toString());
    retranslateUi();
    updateModeRows();
}

void ProfileDialog::createWidgets()
{
    m_nameLineEdit = createLineEdit(u"profileNameLineEdit"_s, this);
    m_modeComboBox = new QComboBox(this);
    m_modeComboBox->setObjectName(u"profileModeComboBox"_s);
    for (const auto mode : {OwnProfile::Mode::AccessKey, OwnProfile::Mode::StsToken, OwnProfile::Mode::RamRoleArn})
        m_modeComboBox->addItem(QString(), QVariant::fromValue(int(mode)));
    m_accessKeyIdLineEdit = createLineEdit(u"accessKeyIdLineEdit"_s, this);
    m_accessKeySecretLineEdit = createLineEdit(u"accessKeySecretLineEdit"_s, this);
    m_stsTokenLineEdit = createLineEdit(u"stsTokenLineEdit"_s, this);
    makeSecret(m_accessKeySecretLineEdit);
    makeSecret(m_stsTokenLineEdit);
    m_roleArnLineEdit = createLineEdit(u"roleArnLineEdit"_s, this);
    m_roleSessionNameLineEdit = createLineEdit(u"roleSessionNameLineEdit"_s, this);
    m_roleSessionNameLineEdit->setText(QString::fromLatin1(DefaultSessionName));
    m_durationSpinBox = new QSpinBox(this);
    m_durationSpinBox->setObjectName(u"durationSpinBox"_s);
    m_durationSpinBox->setRange(OwnProfile::MinimumDurationSeconds, OwnProfile::MaximumDurationSeconds);
    m_durationSpinBox->setSingleStep(300);
    m_durationSpinBox->setValue(OwnProfile::DefaultDurationSeconds);
    m_externalIdLineEdit = createLineEdit(u"externalIdLineEdit"_s, this);
    m_regionComboBox = new RegionComboBox(this);
    m_regionComboBox->setObjectName(u"defaultRegionComboBox"_s);
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(u"profileSourceLabel"_s);
    m_sourceLabel->setWordWrap(true);
    m_endpointsGroupBox = new QGroupBox(this);
    m_endpointsGroupBox->setObjectName(u"endpointsGroupBox"_s);
    m_endpointsLayout = new QFormLayout(m_endpointsGroupBox);
    const QList<std::pair<EndpointField, QString>> endpointNames = {{EndpointField::Emulator, u"emulatorEndpointLineEdit"_s},
        {EndpointField::Vpc, u"vpcEndpointLineEdit"_s}, {EndpointField::Ecs, u"ecsEndpointLineEdit"_s},
        {EndpointField::Sts, u"stsEndpointLineEdit"_s}, {EndpointField::LogService, u"logServiceEndpointLineEdit"_s}};
    for (const auto &[field, name] : endpointNames) {
        QLineEdit *edit = createLineEdit(name, m_endpointsGroupBox);
        edit->setClearButtonEnabled(true);
        m_endpointLineEdits.insert(field, edit);
        m_endpointsLayout->addRow(new QLabel(m_endpointsGroupBox), edit);
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateProblem);
    }
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"profileProblemLabel"_s);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_storageLabel = new QLabel(this);
    m_storageLabel->setObjectName(u"profileStorageLabel"_s);
    m_storageLabel->setWordWrap(true);
    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(u"profileButtonBox"_s);

    for (QLineEdit *edit : {m_nameLineEdit, m_accessKeyIdLineEdit, m_accessKeySecretLineEdit, m_stsTokenLineEdit,
             m_roleArnLineEdit, m_roleSessionNameLineEdit, m_externalIdLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateProblem);
    connect(m_modeComboBox, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateModeRows);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_profiles, &ProfileManager::ownProfileSaved, this, &ProfileDialog::onSaved);
}

void ProfileDialog::createLayout()
{
    m_formLayout = new QFormLayout;
    for (QWidget *field : {static_cast<QWidget *>(m_nameLineEdit), static_cast<QWidget *>(m_modeComboBox),
             static_cast<QWidget *>(m_accessKeyIdLineEdit), static_cast<QWidget *>(m_accessKeySecretLineEdit),
             static_cast<QWidget *>(m_stsTokenLineEdit), static_cast<QWidget *>(m_roleArnLineEdit),
             static_cast<QWidget *>(m_roleSessionNameLineEdit), static_cast<QWidget *>(m_durationSpinBox),
             static_cast<QWidget *>(m_externalIdLineEdit), static_cast<QWidget *>(m_regionComboBox)})
        m_formLayout->addRow(new QLabel(this), field);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sourceLabel);
    layout->addLayout(m_formLayout);
    layout->addWidget(m_endpointsGroupBox);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_storageLabel);
    layout->addWidget(m_buttonBox);
    m_sourceLabel->setVisible(!showsCredentials());
    m_storageLabel->setVisible(showsCredentials());
    for (int row = 0; row < m_formLayout->rowCount(); ++row)
        m_formLayout->setRowVisible(row, showsCredentials());
    m_nameLineEdit->setReadOnly(m_purpose == Purpose::Edit);
}

void ProfileDialog::fillFrom(const OwnProfile &profile)
{
    if (m_purpose == Purpose::Edit) {
        m_nameLineEdit->setText(profile.name);
        m_savedMode = profile.mode;
    }
    m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(int(profile.mode)));
    m_accessKeyIdLineEdit->setText(profile.accessKeyId);
    m_roleArnLineEdit->setText(profile.roleArn);
    if (!profile.roleSessionName.isEmpty())
        m_roleSessionNameLineEdit->setText(profile.roleSessionName);
    m_durationSpinBox->setValue(profile.durationSeconds);
    m_externalIdLineEdit->setText(profile.externalId);
    m_regionComboBox->setRegionId(profile.defaultRegion);
}

OwnProfile::Mode ProfileDialog::mode() const
{
    return static_cast<OwnProfile::Mode>(m_modeComboBox->currentData().toInt());
}

OwnProfile ProfileDialog::enteredProfile() const
{
    OwnProfile profile;
    profile.name = m_nameLineEdit->text().trimmed();
    profile.accessKeyId = m_accessKeyIdLineEdit->text().trimmed();
    profile.defaultRegion = m_regionComboBox->regionId();
    profile.mode = mode();
    if (profile.mode == OwnProfile::Mode::RamRoleArn) {
        profile.roleArn = m_roleArnLineEdit->text().trimmed();
        profile.roleSessionName = m_roleSessionNameLineEdit->text().trimmed();
        profile.durationSeconds = m_durationSpinBox->value();
        profile.externalId = m_externalIdLineEdit->text().trimmed();
    }
    return profile;
}

Endpoints::Overrides ProfileDialog::enteredEndpoints() const
{
    const auto parsed = [this](EndpointField field) {
        return Endpoints::parseCustom(m_endpointLineEdits.value(field)->text()).value_or(QUrl());
    };
    return {parsed(EndpointField::Emulator), parsed(EndpointField::Vpc), parsed(EndpointField::Ecs),
        parsed(EndpointField::Sts), parsed(EndpointField::LogService)};
}

void ProfileDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (!problem().isEmpty() || !m_savingId.isEmpty())
        return;
    if (!showsCredentials()) {
        m_profiles->setEndpoints(m_profileId, enteredEndpoints());
        QDialog::accept();
        return;
    }
    const OwnProfile profile = enteredProfile();
    m_savingId = Profile::ownId(profile.name);
    m_memoryOnlyBefore = m_profiles->isMemoryOnly();
    m_buttonBox->setEnabled(false);
    m_profiles->setEndpoints(m_savingId, enteredEndpoints());
    m_profiles->saveOwnProfile(profile, m_accessKeySecretLineEdit->text(),
        mode() == OwnProfile::Mode::StsToken ? m_stsTokenLineEdit->text() : QString());
    // The secrets are the manager's now; the fields forget them.
    m_accessKeySecretLineEdit->clear();
    m_stsTokenLineEdit->clear();
}

bool ProfileDialog::needsSecret() const
{
    return m_purpose != Purpose::Edit;
}

// A token is saved only in mode StsToken: switching an edited profile to it needs one.
bool ProfileDialog::needsToken() const
{
    return mode() == OwnProfile::Mode::StsToken && (m_purpose != Purpose::Edit || m_savedMode != OwnProfile::Mode::StsToken);
}

QString ProfileDialog::problem() const
{
    if (showsCredentials()) {
        if (m_purpose != Purpose::Edit) {
            const QString nameProblem = m_profiles->checkOwnName(m_nameLineEdit->text().trimmed());
            if (!nameProblem.isEmpty())
                return nameProblem;
        }
        if (const QString text = credentialProblem(); !text.isEmpty())
            return text;
        if (const QString text = roleProblem(); !text.isEmpty())
            return text;
    }
    return endpointProblem();
}

QString ProfileDialog::credentialProblem() const
{
    if (m_accessKeyIdLineEdit->text().trimmed().isEmpty())
        return tr("Enter the AccessKey ID.");
    if (needsSecret() && m_accessKeySecretLineEdit->text().isEmpty() && m_savingId.isEmpty())
        return tr("Enter the AccessKey secret.");
    if (needsToken() && m_stsTokenLineEdit->text().isEmpty() && m_savingId.isEmpty())
        return tr("Enter the security token (STS token) that came with the temporary AccessKey.");
    return {};
}

// The rules STS applies to AssumeRole's parameters, checked before anything is sent.
QString ProfileDialog::roleProblem() const
{
    if (mode() != OwnProfile::Mode::RamRoleArn)
        return {};
    static const QRegularExpression arn(u"^acs:ram::[0-9]+:role/[^\\s/][^\\s]*$"_s);
    static const QRegularExpression sessionName(u"^[A-Za-z0-9.@_-]{2,64}$"_s);
    static const QRegularExpression externalId(u"^[\\w+=,.@:/-]{2,1224}$"_s);
    const QString role = m_roleArnLineEdit->text().trimmed();
    if (role.isEmpty())
        return tr("Enter the ARN of the RAM role to assume, e.g. acs:ram::123456789012****:role/flowlog-operator.");
    if (!arn.match(role).hasMatch())
        return tr("A role ARN reads acs:ram::<account ID>:role/<role name>: copy it from the role's page in the RAM "
                  "console.");
    if (!sessionName.match(m_roleSessionNameLineEdit->text().trimmed()).hasMatch())
        return tr("The session name needs 2 to 64 letters, digits or the characters . @ _ -; it shows in the "
                  "ActionTrail records of the calls made with the role.");
    const QString external = m_externalIdLineEdit->text().trimmed();
    if (!external.isEmpty() && !externalId.match(external).hasMatch())
        return tr("The external ID needs 2 to 1224 letters, digits or the characters + = , . @ : / - _ as the role's "
                  "trust policy names it; leave it empty when the policy asks for none.");
    return {};
}

QString ProfileDialog::endpointProblem() const
{
    const QList<std::pair<EndpointField, QString>> names = {{EndpointField::Emulator, tr("All products")},
        {EndpointField::Vpc, tr("VPC")}, {EndpointField::Ecs, tr("ECS")}, {EndpointField::Sts, tr("STS")},
        {EndpointField::LogService, tr("Log Service")}};
    for (const auto &[field, name] : names) {
        auto problem = Endpoints::CustomEndpointProblem::None;
        Endpoints::parseCustom(m_endpointLineEdits.value(field)->text(), &problem);
        if (problem != Endpoints::CustomEndpointProblem::None)
            return tr("Endpoint for %1: %2", "product name, what is wrong").arg(name, Endpoints::problemMessage(problem));
    }
    return {};
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslateUi()
{
    switch (m_purpose) {
    case Purpose::Add:
        setWindowTitle(tr("Add profile"));
        break;
    case Purpose::Edit:
        setWindowTitle(tr("Edit profile %1").arg(ownName(m_profileId)));
        break;
    case Purpose::Duplicate:
        setWindowTitle(tr("Duplicate profile %1").arg(ownName(m_profileId)));
        break;
    case Purpose::EndpointsOnly:
        setWindowTitle(tr("Endpoints of %1").arg(HistoryEntry::profileDisplayName(m_profileId)));
        break;
    }
    m_modeComboBox->setItemText(0, tr("AccessKey (AK)"));
    m_modeComboBox->setItemText(1, tr("Temporary AccessKey with STS token (StsToken)"));
    m_modeComboBox->setItemText(2, tr("Assume a RAM role (RamRoleArn)"));
    const QList<std::pair<QWidget *, QString>> labels = {{m_nameLineEdit, tr("&Name:")},
        {m_modeComboBox, tr("&Mode:")}, {m_accessKeyIdLineEdit, tr("AccessKey &ID:")},
        {m_accessKeySecretLineEdit, tr("AccessKey &secret:")}, {m_stsTokenLineEdit, tr("Security &token:")},
        {m_roleArnLineEdit, tr("Role &ARN:")}, {m_roleSessionNameLineEdit, tr("Session na&me:")},
        {m_durationSpinBox, tr("&Duration:")}, {m_externalIdLineEdit, tr("E&xternal ID:")},
        {m_regionComboBox, tr("Default &region:")}};
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_formLayout->labelForField(field))) {
            label->setText(text);
            label->setBuddy(field);
        }
        field->setAccessibleName(QString(text).remove(u'&').remove(u':').remove(u'：'));
    }
    m_durationSpinBox->setSuffix(tr(" s", "seconds"));
    m_durationSpinBox->setToolTip(tr("How long the role's temporary credentials last (900 s to the role's maximum "
                                     "session duration); they are renewed before they expire."));
    m_externalIdLineEdit->setPlaceholderText(tr("Only when the role's trust policy requires one"));
    m_roleArnLineEdit->setPlaceholderText(tr("acs:ram::<account ID>:role/<role name>"));
    const bool editing = m_purpose == Purpose::Edit;
    m_accessKeySecretLineEdit->setPlaceholderText(editing ? tr("Saved — leave empty to keep it") : QString());
    m_stsTokenLineEdit->setPlaceholderText(editing && m_savedMode == OwnProfile::Mode::StsToken
            ? tr("Saved — leave empty to keep it") : QString());
    m_sourceLabel->setText(tr("The credentials of this profile are read from where they are kept (the aliyun CLI's "
                              "configuration or the environment) and are not changed here. FlowLog Studio keeps only "
                              "where the profile's calls go."));
    m_endpointsGroupBox->setTitle(tr("Endpoints (optional)"));
    const QList<std::pair<EndpointField, QString>> endpointLabels = {
        {EndpointField::Emulator, tr("All products:")}, {EndpointField::Vpc, tr("VPC:")},
        {EndpointField::Ecs, tr("ECS:")}, {EndpointField::Sts, tr("STS:")},
        {EndpointField::LogService, tr("Log Service:")}};
    for (const auto &[field, text] : endpointLabels) {
        QLineEdit *edit = m_endpointLineEdits.value(field);
        if (auto *label = qobject_cast<QLabel *>(m_endpointsLayout->labelForField(edit))) {
            label->setText(text);
            label->setBuddy(edit);
        }
        edit->setAccessibleName(tr("Endpoint for %1", "product name").arg(QString(text).remove(u':').remove(u'：')));
    }
    m_endpointLineEdits.value(EndpointField::Emulator)->setPlaceholderText(
        tr("An emulator or gateway that serves every product, e.g. http://127.0.0.1:8080"));
    m_endpointLineEdits.value(EndpointField::Vpc)->setPlaceholderText(tr("Empty: https://vpc.<region>.aliyuncs.com"));
    m_endpointLineEdits.value(EndpointField::Ecs)->setPlaceholderText(tr("Empty: https://ecs.<region>.aliyuncs.com"));
    m_endpointLineEdits.value(EndpointField::Sts)->setPlaceholderText(tr("Empty: https://sts.<region>.aliyuncs.com"));
    m_endpointLineEdits.value(EndpointField::LogService)->setPlaceholderText(
        tr("Empty: https://<region>.log.aliyuncs.com"));
    // Wide enough for the whole hint in either language: it says what an empty field means.
    for (QLineEdit *edit : std::as_const(m_endpointLineEdits)) {
        const int hintWidth = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        edit->setMinimumWidth(std::min(hintWidth + 48, 640));
    }
    m_endpointsGroupBox->setToolTip(tr("Plain http:// is accepted only for this computer (127.0.0.1, ::1, "
                                       "localhost), where an emulator runs."));
    if (!m_done) {
        m_storageLabel->setText(m_profiles->isMemoryOnly()
                ? tr("No keychain is available: the secret is kept in memory until FlowLog Studio closes.")
                : tr("The secret is stored in the system keychain, never in a file of FlowLog Studio."));
    }
    updateProblem();
}

void ProfileDialog::updateModeRows()
{
    const bool credentials = showsCredentials();
    const bool token = mode() == OwnProfile::Mode::StsToken;
    const bool role = mode() == OwnProfile::Mode::RamRoleArn;
    m_formLayout->setRowVisible(m_stsTokenLineEdit, credentials && token);
    for (QWidget *field : {static_cast<QWidget *>(m_roleArnLineEdit), static_cast<QWidget *>(m_roleSessionNameLineEdit),
             static_cast<QWidget *>(m_durationSpinBox), static_cast<QWidget *>(m_externalIdLineEdit)})
        m_formLayout->setRowVisible(field, credentials && role);
    updateProblem();
    adjustSize();
}

void ProfileDialog::updateProblem()
{
    // While the keychain takes the secrets the profile exists already: its name is not a problem.
    if (m_done || !m_savingId.isEmpty()) {
        m_problemLabel->clear();
        return;
    }
    const QString text = problem();
    // Nothing typed yet is not a mistake: say nothing until the user has started.
    const bool untouched = m_purpose == Purpose::Add && m_nameLineEdit->text().isEmpty()
        && m_accessKeyIdLineEdit->text().isEmpty();
    m_problemLabel->setText(untouched ? QString() : text);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

// Saved. When the keychain refused the secrets, the dialog says so itself and stays open: a
// status-bar line would be gone before it is read.
void ProfileDialog::onSaved(const QString &id)
{
    if (id != m_savingId)
        return;
    const auto saved = m_profiles->profile(id);
    const bool forThisRunOnly = (saved && saved->secretForThisRunOnly) || (m_profiles->isMemoryOnly() && !m_memoryOnlyBefore);
    if (!forThisRunOnly) {
        QDialog::accept();
        return;
    }
    m_done = true;
    m_buttonBox->setEnabled(true);
    m_buttonBox->button(QDialogButtonBox::Cancel)->hide();
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Close"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_problemLabel->clear();
    m_storageLabel->setText(tr("The profile is saved, but the system keychain could not take its secret: it is kept "
                               "in memory until FlowLog Studio closes, and the profile is marked \"secret for this run "
                               "only\". Install or unlock a keychain (a Secret Service such as GNOME Keyring or "
                               "KWallet) and edit the profile to store it for good."));
    QPalette palette = m_storageLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0x8a, 0x5a, 0x00));
    m_storageLabel->setPalette(palette);
}
