#pragma once

#include "core/config/endpoints.h"
#include "core/config/ownprofiles.h"

#include <QDialog>
#include <QHash>

class ProfileManager;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class RegionComboBox;

// Adds, edits or duplicates one of the user's own profiles — mode AccessKey, STS token or RAM role —
// or, for a profile whose credentials live elsewhere (aliyun CLI, environment), edits only where its
// calls go. Problems show inline under the form; OK saves through ProfileManager (secrets to the OS
// keychain) and closes once the manager confirms, unless the keychain could not take them: then the
// dialog says so itself and stays open until the user has read it.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    enum class Purpose {
        Add,
        Edit,          // an own profile; its name stays, empty secrets keep the saved ones
        Duplicate,     // a new own profile with another's settings; its secrets are not copied
        EndpointsOnly, // any profile but the sandbox: its endpoints only
    };

    explicit ProfileDialog(ProfileManager *profiles, QWidget *parent = nullptr);
    // profileId: the profile to edit or duplicate ("own:NAME"; any id for EndpointsOnly).
    ProfileDialog(ProfileManager *profiles, Purpose purpose, const QString &profileId, QWidget *parent = nullptr);

    void accept() override;
    // Empty when the entries can be saved, else what to fix (translated).
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class EndpointField { Emulator, Vpc, Ecs, Sts, LogService };

    void createWidgets();
    void createLayout();
    void fillFrom(const OwnProfile &profile);
    void retranslateUi();
    void updateModeRows();
    void updateProblem();
    void onSaved(const QString &id);
    OwnProfile::Mode mode() const;
    OwnProfile enteredProfile() const;
    Endpoints::Overrides enteredEndpoints() const;
    QString credentialProblem() const;
    QString roleProblem() const;
    QString endpointProblem() const;
    bool needsSecret() const;
    bool needsToken() const;
    bool showsCredentials() const { return m_purpose != Purpose::EndpointsOnly; }

    ProfileManager *m_profiles;
    Purpose m_purpose;
    QString m_profileId;                 // Edit, Duplicate, EndpointsOnly: the profile shown first
    OwnProfile::Mode m_savedMode = OwnProfile::Mode::AccessKey; // Edit: the mode whose secrets are saved
    QString m_savingId;
    bool m_memoryOnlyBefore = false;
    bool m_done = false;                 // saved, and the dialog only waits to be closed
    QFormLayout *m_formLayout = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    QComboBox *m_modeComboBox = nullptr;
    QLineEdit *m_accessKeyIdLineEdit = nullptr;
    QLineEdit *m_accessKeySecretLineEdit = nullptr;
    QLineEdit *m_stsTokenLineEdit = nullptr;
    QLineEdit *m_roleArnLineEdit = nullptr;
    QLineEdit *m_roleSessionNameLineEdit = nullptr;
    QSpinBox *m_durationSpinBox = nullptr;
    QLineEdit *m_externalIdLineEdit = nullptr;
    RegionComboBox *m_regionComboBox = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QGroupBox *m_endpointsGroupBox = nullptr;
    QFormLayout *m_endpointsLayout = nullptr;
    QHash<EndpointField, QLineEdit *> m_endpointLineEdits;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_storageLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
};
