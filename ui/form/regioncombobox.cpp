#include "ui/form/regioncombobox.h"

#include "core/config/regioncatalog.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>

RegionComboBox::RegionComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Region &region : RegionCatalog::builtIn())
        addItem(region.displayName(), region.id);
    // Contains, not starts-with: "杭州", "hangzhou" and "cn-hang" all find cn-hangzhou.
    auto *completer = new QCompleter(model(), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    connect(this, &QComboBox::currentTextChanged, this, &RegionComboBox::emitIfChanged);
    connect(lineEdit(), &QLineEdit::textEdited, this, &RegionComboBox::regionEdited);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &RegionComboBox::selectTypedRegion);
    m_lastRegionId = regionId();
}

QString RegionComboBox::regionId() const
{
    const QString text = currentText().trimmed();
    const int index = findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).toString();
    return text;
}

void RegionComboBox::setRegionId(const QString &regionId)
{
    const int index = findData(regionId);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(regionId);
    emitIfChanged();
}

// A listed region typed by its id ("cn-beijing") is shown with its name once the user moves on.
void RegionComboBox::selectTypedRegion()
{
    const QString id = currentText().trimmed();
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toString().compare(id, Qt::CaseInsensitive) == 0 && itemText(i) != currentText()) {
            setCurrentIndex(i);
            setEditText(itemText(i));
            return;
        }
    }
}

void RegionComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QComboBox::changeEvent(event);
}

void RegionComboBox::retranslateUi()
{
    // Region names are data held in both languages, not translations: rebuild them, keep the choice.
    const QString current = regionId();
    const QSignalBlocker blocker(this);
    for (int i = 0; i < count(); ++i) {
        if (const auto region = RegionCatalog::find(itemData(i).toString()))
            setItemText(i, region->displayName());
    }
    const int index = findData(current);
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    }
}

void RegionComboBox::emitIfChanged()
{
    const QString id = regionId();
    if (id == m_lastRegionId)
        return;
    m_lastRegionId = id;
    Q_EMIT regionIdChanged(id);
}
