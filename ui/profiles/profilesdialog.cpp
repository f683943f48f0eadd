#include "ui/profiles/profilesdialog.h"

#include "ui/profiles/profile.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profilemanager.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { NameColumn, SourceColumn, ModeColumn, AccessKeyColumn, RegionColumn, EndpointColumn, NoteColumn, ColumnCount };

constexpr int IdRole = Qt::UserRole;

// "LTAI****mple": enough to tell keys apart, not enough to use one.
QString masked(const QString &accessKeyId)
{
    if (accessKeyId.size() <= 8)
        return accessKeyId.isEmpty() ? QString() : u"****"_s;
    return accessKeyId.left(4) + u"****"_s + accessKeyId.right(4);
}

QString endpointSummary(const Endpoints::Overrides &overrides)
{
    QStringList parts;
    if (!overrides.emulator.isEmpty())
        parts.append(overrides.emulator.toString());
    for (const auto &[url, name] : {std::pair {overrides.vpc, u"VPC"_s}, std::pair {overrides.ecs, u"ECS"_s},
             std::pair {overrides.sts, u"STS"_s}, std::pair {overrides.logService, u"SLS"_s}}) {
        if (!url.isEmpty())
            parts.append(name + u' ' + url.toString());
    }
    return parts.join(u", "_s);
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileManager *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_treeWidget(new QTreeWidget(this))
    , m_hintLabel(new QLabel(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_duplicateButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"profilesDialog"_s);
    m_treeWidget->setObjectName(u"profilesTreeWidget"_s);
    m_treeWidget->setRootIsDecorated(false);
    m_treeWidget->setUniformRowHeights(true);
    m_treeWidget->setColumnCount(ColumnCount);
    m_treeWidget->header()->setStretchLastSection(true);
    m_hintLabel->setObjectName(u"profilesHintLabel"_s);
    m_hintLabel->setWordWrap(true);
    m_addButton->setObjectName(u"addProfileButton"_s);
    m_editButton->setObjectName(u"editProfileButton"_s);
    m_duplicateButton->setObjectName(u"duplicateProfileButton"_s);
    m_deleteButton->setObjectName(u"deleteProfileButton"_s);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_editButton, m_duplicateButton, m_deleteButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_treeWidget, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_buttonBox);

    connect(m_addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_editButton, &QPushButton::clicked, this, &ProfilesDialog::editProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_treeWidget, &QTreeWidget::currentItemChanged, this, &ProfilesDialog::updateButtons);
    connect(m_treeWidget, &QTreeWidget::itemActivated, this, &ProfilesDialog::editProfile);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profiles, &ProfileManager::profilesChanged, this, &ProfilesDialog::reload);
    retranslateUi();
    resize(900, 420);
}

QString ProfilesDialog::currentId() const
{
    const QTreeWidgetItem *item = m_treeWidget->currentItem();
    return item ? item->data(NameColumn, IdRole).toString() : QString();
}

void ProfilesDialog::setCurrentId(const QString &id)
{
    for (int i = 0; i < m_treeWidget->topLevelItemCount(); ++i) {
        if (m_treeWidget->topLevelItem(i)->data(NameColumn, IdRole).toString() == id)
            m_treeWidget->setCurrentItem(m_treeWidget->topLevelItem(i));
    }
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslateUi()
{
    setWindowTitle(tr("Profiles"));
    m_treeWidget->setHeaderLabels({tr("Profile"), tr("Source"), tr("Mode"), tr("AccessKey ID"), tr("Default region"),
        tr("Endpoints"), tr("Note")});
    m_addButton->setText(tr("&Add…"));
    m_editButton->setText(tr("&Edit…"));
    m_duplicateButton->setText(tr("D&uplicate…"));
    m_deleteButton->setText(tr("&Delete…"));
    m_hintLabel->setText(tr("Profiles of the aliyun CLI are changed with \"aliyun configure\"; here you can set where "
                            "their calls go. Secrets of your own profiles are kept in the system keychain."));
    reload();
}

void ProfilesDialog::reload()
{
    const QString current = currentId();
    m_treeWidget->clear();
    for (const Profile &profile : m_profiles->profiles()) {
        auto *item = new QTreeWidgetItem(m_treeWidget);
        item->setData(NameColumn, IdRole, profile.id);
        item->setText(NameColumn, profile.kind == Profile::Kind::Sandbox || profile.kind == Profile::Kind::Environment
                ? profile.displayName() : profile.name);
        switch (profile.kind) {
        case Profile::Kind::Sandbox:
            item->setText(SourceColumn, tr("Built in"));
            item->setText(EndpointColumn, tr("the local emulator"));
            break;
        case Profile::Kind::Environment:
            item->setText(SourceColumn, tr("Environment variables"));
            break;
        case Profile::Kind::AliyunCli:
            item->setText(SourceColumn, tr("aliyun CLI (read-only)"));
            break;
        case Profile::Kind::Own:
            item->setText(SourceColumn, tr("FlowLog Studio"));
            break;
        }
        item->setText(ModeColumn, profile.mode);
        item->setText(AccessKeyColumn, masked(profile.accessKeyId));
        item->setText(RegionColumn, profile.defaultRegion);
        if (profile.kind != Profile::Kind::Sandbox)
            item->setText(EndpointColumn, endpointSummary(m_profiles->endpoints(profile.id)));
        QStringList notes;
        if (!profile.roleArn.isEmpty())
            notes.append(tr("assumes %1").arg(profile.roleArn));
        if (profile.secretForThisRunOnly)
            notes.append(tr("secret for this run only"));
        item->setText(NoteColumn, notes.join(u"; "_s));
        item->setToolTip(NoteColumn, item->text(NoteColumn));
    }
    for (int column = 0; column < NoteColumn; ++column)
        m_treeWidget->resizeColumnToContents(column);
    setCurrentId(current);
    if (!m_treeWidget->currentItem() && m_treeWidget->topLevelItemCount() > 0)
        m_treeWidget->setCurrentItem(m_treeWidget->topLevelItem(0));
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const auto profile = m_profiles->profile(currentId());
    const bool own = profile && profile->kind == Profile::Kind::Own;
    const bool sandbox = !profile || profile->kind == Profile::Kind::Sandbox;
    m_editButton->setEnabled(!sandbox);
    m_editButton->setText(own || sandbox ? tr("&Edit…") : tr("&Endpoints…"));
    m_editButton->setToolTip(sandbox ? tr("The sandbox always uses the emulator built into FlowLog Studio.") : QString());
    m_duplicateButton->setEnabled(own);
    m_deleteButton->setEnabled(own);
}

void ProfilesDialog::openProfileDialog(int purpose, const QString &id)
{
    auto *dialog = new ProfileDialog(m_profiles, static_cast<ProfileDialog::Purpose>(purpose), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProfilesDialog::addProfile()
{
    openProfileDialog(int(ProfileDialog::Purpose::Add), {});
}

void ProfilesDialog::editProfile()
{
    const auto profile = m_profiles->profile(currentId());
    if (!profile || profile->kind == Profile::Kind::Sandbox)
        return;
    openProfileDialog(int(profile->kind == Profile::Kind::Own ? ProfileDialog::Purpose::Edit
                                                               : ProfileDialog::Purpose::EndpointsOnly),
        profile->id);
}

void ProfilesDialog::duplicateProfile()
{
    const auto profile = m_profiles->profile(currentId());
    if (profile && profile->kind == Profile::Kind::Own)
        openProfileDialog(int(ProfileDialog::Purpose::Duplicate), profile->id);
}

void ProfilesDialog::deleteProfile()
{
    const auto profile = m_profiles->profile(currentId());
    if (!profile || profile->kind != Profile::Kind::Own)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete profile"),
        tr("Delete the profile \"%1\"?").arg(profile->name), QMessageBox::Cancel, this);
    box.setObjectName(u"deleteProfileMessageBox"_s);
    box.setInformativeText(tr("Its secret is removed from the system keychain. The history keeps the attempts made "
                              "with it."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        m_profiles->removeOwnProfile(profile->name);
}
