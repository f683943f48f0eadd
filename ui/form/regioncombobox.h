#pragma once

#include <QComboBox>

// The region selector: every built-in region as "华东1（杭州） cn-hangzhou" / "China (Hangzhou)
// cn-hangzhou" in the UI language, searchable by any part of the name or the id, and open to a
// region id that is not in the list (new regions appear before the built-in list knows them).
class RegionComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionComboBox)

public:
    explicit RegionComboBox(QWidget *parent = nullptr);

    // The id of the listed region shown, else the typed text, trimmed.
    QString regionId() const;
    void setRegionId(const QString &regionId);

Q_SIGNALS:
    void regionIdChanged(const QString &regionId);
    // The user typed in the field (not a selection from the list).
    void regionEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitIfChanged();
    void selectTypedRegion();

    QString m_lastRegionId;
};
