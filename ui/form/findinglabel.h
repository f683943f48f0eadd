#pragma once

#include "core/request/validationfinding.h"

#include <QWidget>

class QLabel;

// One validation finding shown inline: an icon and the message, coloured by severity, so the
// severity is never told by colour alone. The message is produced anew on every language change.
class FindingLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingLabel)

public:
    explicit FindingLabel(QWidget *parent = nullptr);

    void setFinding(const ValidationFinding &finding);
    ValidationFinding finding() const { return m_finding; }
    // The message as shown, for tests and accessibility.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStyle();

    ValidationFinding m_finding;
    QString m_shownText;
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
};
