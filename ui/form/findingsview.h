#pragma once

#include "core/request/validationfinding.h"

#include <QList>
#include <QWidget>

class FindingLabel;
class QVBoxLayout;

// The findings of one field, stacked under it. Hidden while there are none, so a valid form stays
// compact.
class FindingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsView)

public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setFindings(const ValidationFindings &findings);
    ValidationFindings findings() const { return m_findings; }
    // The messages as shown, in order.
    QStringList texts() const;

private:
    ValidationFindings m_findings;
    QList<FindingLabel *> m_labels;
    QVBoxLayout *m_layout;
};
