#pragma once

#include "core/config/appsettings.h"

#include <QDialog>

class LanguageManager;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Edits AppSettings and the UI language. The custom endpoint is checked as it is typed, with the
// reason shown under it; OK stays disabled while it is unusable. Accepting saves the settings and
// switches the language at once (through the language manager, if one is given).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(LanguageManager *languages, QWidget *parent = nullptr);

    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void layOut();
    void retranslateUi();
    void browseHistoryPath();

    LanguageManager *m_languages;
    QFormLayout *m_formLayout = nullptr;
    QSpinBox *m_idleTimeoutSpinBox = nullptr;
    QSpinBox *m_totalTimeoutSpinBox = nullptr;
    QSpinBox *m_attemptsSpinBox = nullptr;
    QDoubleSpinBox *m_batchStartRateSpinBox = nullptr;
    QComboBox *m_signatureVersionComboBox = nullptr;
    QComboBox *m_httpMethodComboBox = nullptr;
    QComboBox *m_languageComboBox = nullptr;
    QLabel *m_historyPathLabel = nullptr;
    QLineEdit *m_historyPathLineEdit = nullptr;
    QPushButton *m_historyPathBrowsePushButton = nullptr;
    QLabel *m_historyPathNoteLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
};
