#include "ui/main/settingsdialog.h"

#include "core/config/endpoints.h"
#include "core/history/historystore.h"
#include "ui/main/languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QSpinBox *createSecondsSpinBox(const QString &objectName, int maximumSeconds, QWidget *parent)
{
    auto *spinBox = new QSpinBox(parent);
    spinBox->setObjectName(objectName);
    spinBox->setRange(AppSettings::MinTimeoutMs / 1000, maximumSeconds);
    return spinBox;
}

LanguageManager::Language savedLanguage()
{
    return LanguageManager::fromSettingsValue(QSettings().value(LanguageManager::settingsKey()).toString());
}

} // namespace

SettingsDialog::SettingsDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_languages(languages)
{
    setObjectName(u"settingsDialog"_s);
    createWidgets();
    layOut();
    retranslateUi();
    setSettings(AppSettings::load());
    const int language = m_languageComboBox->findData(int(savedLanguage()));
    m_languageComboBox->setCurrentIndex(qMax(0, language));
    connect(m_historyPathBrowsePushButton, &QPushButton::clicked, this, &SettingsDialog::browseHistoryPath);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

AppSettings SettingsDialog::settings() const
{
    // What the dialog does not edit (the aliyun configuration's path, the batch window's ceiling)
    // is kept as saved.
    AppSettings settings = AppSettings::load();
    settings.idleTimeoutMs = m_idleTimeoutSpinBox->value() * 1000;
    settings.totalTimeoutMs = m_totalTimeoutSpinBox->value() * 1000;
    settings.maxAttempts = m_attemptsSpinBox->value();
    settings.signatureVersion = SignatureVersion(m_signatureVersionComboBox->currentData().toInt());
    settings.httpMethod = m_httpMethodComboBox->currentText().toLatin1();
    settings.historyPath = m_historyPathLineEdit->text().trimmed();
    settings.batchStartRate = m_batchStartRateSpinBox->value();
    return settings;
}

void SettingsDialog::setSettings(const AppSettings &settings)
{
    m_idleTimeoutSpinBox->setValue(settings.idleTimeoutMs / 1000);
    m_totalTimeoutSpinBox->setValue(settings.totalTimeoutMs / 1000);
    m_attemptsSpinBox->setValue(settings.maxAttempts);
    m_signatureVersionComboBox->setCurrentIndex(m_signatureVersionComboBox->findData(int(settings.signatureVersion)));
    m_httpMethodComboBox->setCurrentText(QString::fromLatin1(settings.httpMethod));
    m_historyPathLineEdit->setText(settings.historyPath);
    m_batchStartRateSpinBox->setValue(settings.batchStartRate);
}

void SettingsDialog::accept()
{
    settings().save();
    const auto language = LanguageManager::Language(m_languageComboBox->currentData().toInt());
    if (m_languages && language != savedLanguage())
        m_languages->setLanguage(language);
    else if (!m_languages)
        QSettings().setValue(LanguageManager::settingsKey(), LanguageManager::settingsValue(language));
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::createWidgets()
{
    m_idleTimeoutSpinBox
        = createSecondsSpinBox(u"idleTimeoutSpinBox"_s, AppSettings::MaxTimeoutMs / 1000, this);
    m_totalTimeoutSpinBox
        = createSecondsSpinBox(u"totalTimeoutSpinBox"_s, AppSettings::MaxTimeoutMs / 1000, this);
    m_attemptsSpinBox = new QSpinBox(this);
    m_attemptsSpinBox->setObjectName(u"attemptsSpinBox"_s);
    m_attemptsSpinBox->setRange(1, AppSettings::MaxAttempts);
    m_batchStartRateSpinBox = new QDoubleSpinBox(this);
    m_batchStartRateSpinBox->setObjectName(u"batchStartRateSpinBox"_s);
    m_batchStartRateSpinBox->setRange(0.2, AppSettings::MaxBatchRate);
    m_batchStartRateSpinBox->setDecimals(1);
    m_signatureVersionComboBox = new QComboBox(this);
    m_signatureVersionComboBox->setObjectName(u"signatureVersionComboBox"_s);
    m_signatureVersionComboBox->addItem(QString(), int(SignatureVersion::V3));
    m_signatureVersionComboBox->addItem(QString(), int(SignatureVersion::V1));
    m_httpMethodComboBox = new QComboBox(this);
    m_httpMethodComboBox->setObjectName(u"httpMethodComboBox"_s);
    m_httpMethodComboBox->addItems({u"POST"_s, u"GET"_s});
    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    m_languageComboBox->addItem(QString(), int(LanguageManager::Language::FollowSystem));
    // Each language is named in itself, so it can be found whatever the current one is.
    m_languageComboBox->addItem(u"中文（简体）"_s, int(LanguageManager::Language::Chinese));
    m_languageComboBox->addItem(u"English"_s, int(LanguageManager::Language::English));
    m_historyPathLineEdit = new QLineEdit(this);
    m_historyPathLineEdit->setObjectName(u"historyPathLineEdit"_s);
    m_historyPathLineEdit->setClearButtonEnabled(true);
    m_historyPathBrowsePushButton = new QPushButton(this);
    m_historyPathBrowsePushButton->setObjectName(u"historyPathBrowsePushButton"_s);
    m_historyPathNoteLabel = new QLabel(this);
    m_historyPathNoteLabel->setObjectName(u"historyPathNoteLabel"_s);
    m_historyPathNoteLabel->setWordWrap(true);
    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(u"settingsButtonBox"_s);
}

void SettingsDialog::layOut()
{
    m_formLayout = new QFormLayout;
    m_formLayout->addRow(new QLabel(this), m_idleTimeoutSpinBox);
    m_formLayout->addRow(new QLabel(this), m_totalTimeoutSpinBox);
    m_formLayout->addRow(new QLabel(this), m_attemptsSpinBox);
    m_formLayout->addRow(new QLabel(this), m_batchStartRateSpinBox);
    m_formLayout->addRow(new QLabel(this), m_signatureVersionComboBox);
    m_formLayout->addRow(new QLabel(this), m_httpMethodComboBox);
    m_formLayout->addRow(new QLabel(this), m_languageComboBox);
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_historyPathLineEdit, 1);
    historyRow->addWidget(m_historyPathBrowsePushButton);
    m_historyPathLabel = new QLabel(this);
    m_formLayout->addRow(m_historyPathLabel, historyRow);
    m_formLayout->addRow(QString(), m_historyPathNoteLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_formLayout);
    layout->addStretch();
    layout->addWidget(m_buttonBox);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    const auto label = [this](QWidget *field, const QString &text) {
        QWidget *row = field == m_historyPathLineEdit ? static_cast<QWidget *>(nullptr) : field;
        QLabel *buddy = row ? qobject_cast<QLabel *>(m_formLayout->labelForField(row)) : m_historyPathLabel;
        if (buddy) {
            buddy->setText(text);
            buddy->setBuddy(field);
        }
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    };
    label(m_idleTimeoutSpinBox, tr("&Idle timeout:"));
    label(m_totalTimeoutSpinBox, tr("T&otal timeout:"));
    label(m_attemptsSpinBox, tr("&Attempts:"));
    label(m_batchStartRateSpinBox, tr("&Batches start at:"));
    m_batchStartRateSpinBox->setSuffix(tr(" calls/s"));
    m_batchStartRateSpinBox->setToolTip(tr("A batch (File → Batch create…, flowlog-cli batch) starts at this pace "
                                           "and finds the service's rate limit by itself, faster or slower."));
    label(m_signatureVersionComboBox, tr("&Signature:"));
    label(m_httpMethodComboBox, tr("HTTP &method:"));
    label(m_languageComboBox, tr("&Language:"));
    label(m_historyPathLineEdit, tr("&History file:"));
    for (QSpinBox *spinBox : {m_idleTimeoutSpinBox, m_totalTimeoutSpinBox})
        spinBox->setSuffix(tr(" s"));
    m_idleTimeoutSpinBox->setToolTip(tr("An attempt ends when no byte has moved for this long."));
    m_totalTimeoutSpinBox->setToolTip(tr("An attempt ends after this long in all, however slowly the answer "
                                         "comes."));
    m_attemptsSpinBox->setToolTip(tr("Attempts in all, the first included. Only failures where the server "
                                     "certainly did not act are retried."));
    m_signatureVersionComboBox->setItemText(0, tr("V3 (ACS3-HMAC-SHA256, recommended)"));
    m_signatureVersionComboBox->setItemText(1, tr("v1 (HMAC-SHA1, older RPC signature)"));
    m_languageComboBox->setItemText(0, tr("Follow system"));
    m_historyPathLineEdit->setPlaceholderText(QDir::toNativeSeparators(HistoryStore::defaultPath()));
    m_historyPathBrowsePushButton->setText(tr("&Browse…"));
    m_historyPathNoteLabel->setText(tr("Empty: the default file shown above, shared with flowlog-cli. A change "
                                       "takes effect at the next start."));
    // Wide enough for the whole default path: it says what an empty field means.
    for (QLineEdit *lineEdit : {m_historyPathLineEdit}) {
        const int hintWidth = lineEdit->fontMetrics().horizontalAdvance(lineEdit->placeholderText());
        lineEdit->setMinimumWidth(std::min(hintWidth + 48, 640));
    }
}

void SettingsDialog::browseHistoryPath()
{
    const QString start = m_historyPathLineEdit->text().isEmpty() ? HistoryStore::defaultPath()
                                                                   : m_historyPathLineEdit->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("History file"), start,
        tr("History (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_historyPathLineEdit->setText(QDir::toNativeSeparators(path));
}
