#include "core/request/codepointclass.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

CodePointClass classifyAscii(char32_t c)
{
    if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))
        return CodePointClass::AsciiLetter;
    if (c >= u'0' && c <= u'9')
        return CodePointClass::AsciiDigit;
    if (c == u'.' || c == u'_' || c == u'-')
        return CodePointClass::NameSymbol;
    if (c == u' ')
        return CodePointClass::Space;
    if (c < 0x20 || c == 0x7F)
        return CodePointClass::Control;
    return CodePointClass::Other;
}

bool isLetterCategory(QChar::Category category)
{
    switch (category) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_Letter:
        return true;
    default:
        return false;
    }
}

bool isPunctuationOrSymbol(QChar::Category category)
{
    return (category >= QChar::Punctuation_Connector && category <= QChar::Punctuation_Other)
        || (category >= QChar::Symbol_Math && category <= QChar::Symbol_Other);
}

// Where Chinese text takes its punctuation from: the CJK symbols and punctuation block, the
// vertical and compatibility forms, the full-width forms of ASCII and the few General Punctuation
// marks a Chinese input method types (·—…‘’“”).
bool isChinesePunctuationBlock(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF01 && c <= 0xFF65) || (c >= 0xFFE0 && c <= 0xFFE6) || c == 0x00B7 || c == 0x2014
        || c == 0x2015 || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2026;
}

// Variation selectors and the combining grapheme joiner are marks, not format characters, but are
// just as invisible.
bool isInvisibleMark(char32_t c)
{
    return c == 0x034F || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

bool isKanaOrHangul(char32_t c, QChar::Script script)
{
    // The prolonged sound marks ー and ｰ belong to no script but only ever follow kana.
    return script == QChar::Script_Hiragana || script == QChar::Script_Katakana || script == QChar::Script_Hangul
        || c == 0x30FC || c == 0xFF70;
}

CodePointClass classifyByCategory(QChar::Category category)
{
    switch (category) {
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return CodePointClass::Control;
    case QChar::Separator_Space:
        return CodePointClass::Space;
    case QChar::Other_Format:
        return CodePointClass::Invisible;
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
        return CodePointClass::Unassigned;
    default:
        return CodePointClass::Other;
    }
}

CodePointClass classifyUncached(char32_t c)
{
    if (c < 0x80)
        return classifyAscii(c);
    if (c >= 0xFF21 && c <= 0xFF3A)
        return CodePointClass::FullwidthLetter;
    if (c >= 0xFF41 && c <= 0xFF5A)
        return CodePointClass::FullwidthLetter;
    if (c >= 0xFF10 && c <= 0xFF19)
        return CodePointClass::FullwidthDigit;
    if (isInvisibleMark(c))
        return CodePointClass::Invisible;
    const QChar::Category category = QChar::category(c);
    const CodePointClass byCategory = classifyByCategory(category);
    if (byCategory != CodePointClass::Other)
        return byCategory;
    const QChar::Script script = QChar::script(c);
    if (script == QChar::Script_Han && isLetterCategory(category))
        return CodePointClass::Chinese;
    if (script == QChar::Script_Han && category == QChar::Symbol_Other)
        return CodePointClass::HanRadical;
    if (isKanaOrHangul(c, script))
        return CodePointClass::KanaHangul;
    if (isPunctuationOrSymbol(category) && isChinesePunctuationBlock(c))
        return CodePointClass::ChinesePunctuation;
    if (category >= QChar::Symbol_Math && category <= QChar::Symbol_Other)
        return CodePointClass::EmojiOrSymbol;
    return CodePointClass::Other;
}

using BmpTable = std::array<CodePointClass, 0x10000>;

BmpTable buildBmpTable()
{
    BmpTable table;
    for (char32_t c = 0; c < table.size(); ++c)
        table[c] = classifyUncached(c);
    return table;
}

} // namespace

namespace CodePointClasses {

CodePointClass classify(char32_t c)
{
    static const BmpTable bmp = buildBmpTable();
    return c < bmp.size() ? bmp[c] : classifyUncached(c);
}

QString notation(char32_t codePoint)
{
    return u"U+"_s + QString::number(uint(codePoint), 16).toUpper().rightJustified(4, u'0');
}

QString text(char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint))
        return QString::fromUcs4(&codePoint, 1);
    return QString(QChar(char16_t(codePoint)));
}

} // namespace CodePointClasses
