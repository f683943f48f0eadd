#include "ui/profiles/profiledialog.h"

#include "ui/profiles/profile.h"
#include "ui/profiles/profilemanager.h"
#include "ui/form/regioncombobox.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLineEdit *createLineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

ProfileDialog::ProfileDialog(ProfileManager *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_formLayout(new QFormLayout)
    , m_nameLineEdit(createLineEdit(u"profileNameLineEdit"_s, this))
    , m_accessKeyIdLineEdit(createLineEdit(u"accessKeyIdLineEdit"_s, this))
    , m_accessKeySecretLineEdit(createLineEdit(u"accessKeySecretLineEdit"_s, this))
    , m_regionComboBox(new RegionComboBox(this))
    , m_problemLabel(new QLabel(this))
    , m_storageLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"profileDialog"_s);
    m_regionComboBox->setObjectName(u"defaultRegionComboBox"_s);
    // Never shown, never offered to other programs: no echo, no undo history to read it back from.
    m_accessKeySecretLineEdit->setEchoMode(QLineEdit::Password);
    m_accessKeySecretLineEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_problemLabel->setObjectName(u"profileProblemLabel"_s);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_storageLabel->setWordWrap(true);
    m_buttonBox->setObjectName(u"profileButtonBox"_s);
    for (QWidget *field : {static_cast<QWidget *>(m_nameLineEdit), static_cast<QWidget *>(m_accessKeyIdLineEdit),
             static_cast<QWidget *>(m_accessKeySecretLineEdit), static_cast<QWidget *>(m_regionComboBox)})
        m_formLayout->addRow(new QLabel(this), field);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_formLayout);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_storageLabel);
    layout->addWidget(m_buttonBox);
    for (QLineEdit *edit : {m_nameLineEdit, m_accessKeyIdLineEdit, m_accessKeySecretLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateProblem);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_profiles, &ProfileManager::ownProfileSaved, this, &ProfileDialog::onSaved);
    retranslateUi();
}

void ProfileDialog::accept()
{
    if (!problem().isEmpty() || !m_savingId.isEmpty())
        return;
    const QString name = m_nameLineEdit->text().trimmed();
    m_savingId = Profile::ownId(name);
    m_buttonBox->setEnabled(false);
    m_profiles->saveOwnProfile(name, m_accessKeyIdLineEdit->text().trimmed(), m_accessKeySecretLineEdit->text(),
        m_regionComboBox->regionId());
    // The secret is the manager's now; the field forgets it.
    m_accessKeySecretLineEdit->clear();
}

QString ProfileDialog::problem() const
{
    const QString nameProblem = m_profiles->checkOwnName(m_nameLineEdit->text().trimmed());
    if (!nameProblem.isEmpty())
        return nameProblem;
    if (m_accessKeyIdLineEdit->text().trimmed().isEmpty())
        return tr("Enter the AccessKey ID.");
    if (m_accessKeySecretLineEdit->text().isEmpty() && m_savingId.isEmpty())
        return tr("Enter the AccessKey secret.");
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
    setWindowTitle(tr("Add profile"));
    const QList<std::pair<QWidget *, QString>> labels = {{m_nameLineEdit, tr("&Name:")},
        {m_accessKeyIdLineEdit, tr("AccessKey &ID:")}, {m_accessKeySecretLineEdit, tr("AccessKey &secret:")},
        {m_regionComboBox, tr("Default &region:")}};
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_formLayout->labelForField(field))) {
            label->setText(text);
            label->setBuddy(field);
        }
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    }
    m_storageLabel->setText(m_profiles->isMemoryOnly()
            ? tr("No keychain is available: the secret is kept in memory until FlowLog Studio closes.")
            : tr("The secret is stored in the system keychain, never in a file of FlowLog Studio."));
    updateProblem();
}

void ProfileDialog::updateProblem()
{
    const QString text = problem();
    // Nothing typed yet is not a mistake: say nothing until the user has started.
    const bool untouched = m_nameLineEdit->text().isEmpty() && m_accessKeyIdLineEdit->text().isEmpty();
    m_problemLabel->setText(untouched ? QString() : text);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void ProfileDialog::onSaved(const QString &id)
{
    if (id == m_savingId)
        QDialog::accept();
}
