#pragma once

#include <QDialog>

class ProfileManager;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class RegionComboBox;

// Adds one of the user's own profiles: a name, an AccessKey ID and secret, a default region.
// Problems show inline under the form; OK saves through ProfileManager (the secret to the OS
// keychain) and closes once the manager confirms.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(ProfileManager *profiles, QWidget *parent = nullptr);

    void accept() override;
    // Empty when the entries can be saved, else what to fix (translated).
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateProblem();
    void onSaved(const QString &id);

    ProfileManager *m_profiles;
    QString m_savingId;
    QFormLayout *m_formLayout;
    QLineEdit *m_nameLineEdit;
    QLineEdit *m_accessKeyIdLineEdit;
    QLineEdit *m_accessKeySecretLineEdit;
    RegionComboBox *m_regionComboBox;
    QLabel *m_problemLabel;
    QLabel *m_storageLabel;
    QDialogButtonBox *m_buttonBox;
};
