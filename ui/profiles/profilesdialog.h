#pragma once

#include <QDialog>

class ProfileManager;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// Tools → Profiles: every profile the app can send with — the sandbox, the environment, the aliyun
// CLI's (read-only, with their mode) and the user's own — with add, edit, duplicate and delete for
// own profiles, and the endpoints of any profile but the sandbox.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    explicit ProfilesDialog(ProfileManager *profiles, QWidget *parent = nullptr);

    // The id of the selected row, empty when none.
    QString currentId() const;
    void setCurrentId(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void updateButtons();
    void addProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void openProfileDialog(int purpose, const QString &id);

    ProfileManager *m_profiles;
    QTreeWidget *m_treeWidget;
    QLabel *m_hintLabel;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_deleteButton;
    QDialogButtonBox *m_buttonBox;
};
