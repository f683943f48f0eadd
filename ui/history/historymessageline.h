#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

// The history's message line: one message at a time, about one row or about the view. A message
// is kept as how to write it, not as text, so a language switch writes it again in the new
// language. The view clears it when it no longer applies (clear()). When a status check needs
// credentials the row's profile lacks here, a chooser under the message offers the profiles to
// check with instead.
class HistoryMessageLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryMessageLine)

public:
    using Render = std::function<QString()>;

    explicit HistoryMessageLine(QWidget *parent = nullptr);

    // aboutId: the row the message is about, 0 for the view. An empty text hides the line.
    void showMessage(Render render, qint64 aboutId = 0);
    void clear();
    qint64 aboutId() const { return m_aboutId; }
    QString text() const;
    // Below the message: "Check with [profile] [Check]" for row id; profileIds are profile ids
    // (named as HistoryEntry::profileDisplayName() names them). Hidden again by clear() or the next
    // message.
    void offerProfiles(qint64 id, const QStringList &profileIds);

Q_SIGNALS:
    void checkWithProfileRequested(qint64 id, const QString &profileId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void hideChooser();

    QLabel *m_label;
    QWidget *m_chooser;
    QLabel *m_chooserLabel;
    QComboBox *m_profileComboBox;
    QPushButton *m_checkPushButton;
    Render m_render;
    qint64 m_aboutId = 0;
    qint64 m_chooserId = 0;
};
