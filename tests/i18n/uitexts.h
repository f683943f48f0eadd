#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QWidget;

// Every user-visible text of a window, keyed by where it is shown ("…/regionLabel text",
// "menu &File/action quitAction text"), so the same window can be compared across languages.
// Widgets hidden in the window are skipped; menus and their actions are always included.
namespace UiTexts {
QMap<QString, QString> collect(QWidget *window);

// The words of text that are English in a Chinese UI: ASCII words left after removing what may
// stay ASCII (API names and values, IDs, codes, URLs, host names, key names, product names, an
// API name in parentheses after its Chinese label, markup).
QStringList englishWords(const QString &text);
bool containsHan(const QString &text);
} // namespace UiTexts
