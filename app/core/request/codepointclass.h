#pragma once

#include <QString>
#include <QStringView>

// What a single Unicode code point is, as far as the CreateFlowLog field rules care. The classes
// beyond "allowed" exist so that near-misses (full-width letters, Chinese punctuation, kana, …) get
// a specific hint instead of a generic "invalid character".
enum class CodePointClass : quint8 {
    AsciiLetter,        // A–Z a–z: the document's 字母
    AsciiDigit,         // 0–9
    NameSymbol,         // . _ -
    Chinese,            // a Han ideograph: Han script and a letter or letter-number category
    FullwidthLetter,    // Ａ–Ｚ ａ–ｚ
    FullwidthDigit,     // ０–９
    ChinesePunctuation, // ，。、：；！？「」（）… and other full-width or CJK punctuation
    Space,              // any space separator, e.g. U+0020, U+00A0, U+3000
    KanaHangul,         // Japanese kana, Korean Hangul
    HanRadical,         // ⺀, ⼀: Han script but a symbol, not an ideograph
    Invisible,          // format characters (zero-width, BiDi controls, BOM) and variation selectors
    Control,            // C0/C1 controls, line and paragraph separators: text must be one line
    EmojiOrSymbol,      // emoji and other symbols
    Unassigned,         // unassigned, private use, lone surrogates
    Other,              // anything else: ASCII punctuation, letters of other scripts, marks
};

namespace CodePointClasses {
// The Basic Multilingual Plane is answered from a table derived once from Qt's Unicode tables (the
// form calls this for every character on every keystroke); other planes are looked up each time.
CodePointClass classify(char32_t codePoint);
// "U+200B": how a message names a code point, also an invisible one.
QString notation(char32_t codePoint);
// The code point as text (a lone surrogate stays a single UTF-16 unit).
QString text(char32_t codePoint);
} // namespace CodePointClasses

// Walks a UTF-16 text by code point without allocating. A lone surrogate is returned as itself (its
// category is Cs), unlike QStringView::toUcs4(), which has to allocate and replaces it. Plain pointer
// arithmetic: this loop runs for every character on every keystroke, also in unoptimised builds.
class CodePointReader
{
public:
    explicit CodePointReader(QStringView text) : m_current(text.utf16()), m_end(text.utf16() + text.size()) {}

    bool atEnd() const { return m_current == m_end; }
    char32_t next()
    {
        const char32_t unit = *m_current++;
        if ((unit & 0xFC00) == 0xD800 && m_current != m_end && (*m_current & 0xFC00) == 0xDC00)
            return 0x10000 + ((unit - 0xD800) << 10) + (*m_current++ - 0xDC00);
        return unit;
    }

private:
    const char16_t *m_current = nullptr;
    const char16_t *m_end = nullptr;
};
