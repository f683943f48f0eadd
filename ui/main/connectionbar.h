#pragma once

#include "ui/profiles/profile.h"
#include "core/request/validationfinding.h"

#include <QList>
#include <QWidget>

class FindingsView;
class QComboBox;
class QLabel;
class QLineEdit;
class RegionComboBox;

// The top bar: which profile signs, which region, and where the request goes. The endpoint is
// always in plain sight, so nobody sends to a place they did not mean.
class ConnectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    // Keeps the current selection when it is still listed. Profiles that cannot be used are greyed,
    // with the reason as tooltip; chosen anyway, the reason shows in full under the bar.
    void setProfiles(const QList<Profile> &profiles);
    QString profileId() const;
    std::optional<Profile> currentProfile() const;
    void setProfileId(const QString &id);

    QString regionId() const;
    void setRegionId(const QString &regionId);
    void setRegionFindings(const ValidationFindings &findings);

    // The resolved endpoint, or the reason there is none (shown instead, in the error colour).
    void setEndpoint(const QString &endpoint, const QString &problem = {});
    QString endpointText() const;

Q_SIGNALS:
    void profileChanged(const QString &id);
    void regionChanged(const QString &regionId);
    void regionEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void retranslateProfiles();
    void updateProfileProblem();

    QList<Profile> m_profiles;
    QLabel *m_profileLabel;
    QComboBox *m_profileComboBox;
    QLabel *m_profileProblemLabel; // why the chosen profile cannot be used, in full
    QLabel *m_regionLabel;
    RegionComboBox *m_regionComboBox;
    FindingsView *m_regionFindingsView;
    QLabel *m_endpointLabel;
    QLineEdit *m_endpointLineEdit;
    QString m_endpointProblem;
};
