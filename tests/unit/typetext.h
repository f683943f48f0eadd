#pragma once

#include <QStringView>
#include <QTest>

// QTest::keyClicks() only knows Latin-1. Chinese (and any other) text is typed one code point at a
// time as key events carrying that text, which is what an input method delivers.
inline void typeText(QWidget *widget, QStringView text)
{
    for (const char32_t codePoint : text.toUcs4()) {
        const QString character = QString::fromUcs4(&codePoint, 1);
        if (codePoint < 0x80)
            QTest::keyClick(widget, char(codePoint));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, character, Qt::NoModifier);
    }
}
