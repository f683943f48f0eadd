#include "core/request/textrules.h"

#include "core/request/codepointclass.h"
#include "core/request/flowlogrequest.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The rules both texts share; each text field has its own stable codes for them.
enum class Rule {
    TooShort,
    TooLong,
    UrlPrefix,
    FirstCharacter,
    FullwidthLetter,
    FullwidthDigit,
    ChinesePunctuation,
    Space,
    KanaHangul,
    HanRadical,
    Invisible,
    ControlCharacter,
    EmojiOrSymbol,
    InvalidCharacter,
    SurroundingSpaces,
};

QString nameCode(Rule rule)
{
    switch (rule) {
    case Rule::TooShort: return u"name.too-short"_s;
    case Rule::TooLong: return u"name.too-long"_s;
    case Rule::UrlPrefix: return u"name.url-prefix"_s;
    case Rule::FirstCharacter: return u"name.first-character"_s;
    case Rule::FullwidthLetter: return u"name.fullwidth-letter"_s;
    case Rule::FullwidthDigit: return u"name.fullwidth-digit"_s;
    case Rule::ChinesePunctuation: return u"name.chinese-punctuation"_s;
    case Rule::Space: return u"name.space"_s;
    case Rule::KanaHangul: return u"name.kana-hangul"_s;
    case Rule::HanRadical: return u"name.han-radical"_s;
    case Rule::Invisible: return u"name.invisible"_s;
    case Rule::ControlCharacter: return u"name.control-character"_s;
    case Rule::EmojiOrSymbol: return u"name.emoji-or-symbol"_s;
    case Rule::InvalidCharacter: return u"name.invalid-character"_s;
    case Rule::SurroundingSpaces: break;
    }
    Q_UNREACHABLE();
}

QString descriptionCode(Rule rule)
{
    switch (rule) {
    case Rule::TooShort: return u"description.too-short"_s;
    case Rule::TooLong: return u"description.too-long"_s;
    case Rule::UrlPrefix: return u"description.url-prefix"_s;
    case Rule::FirstCharacter: return u"description.first-character"_s;
    case Rule::FullwidthLetter: return u"description.fullwidth-letter"_s;
    case Rule::Invisible: return u"description.invisible"_s;
    case Rule::ControlCharacter: return u"description.control-character"_s;
    case Rule::InvalidCharacter: return u"description.invalid-character"_s;
    case Rule::SurroundingSpaces: return u"description.surrounding-spaces"_s;
    default: break;
    }
    Q_UNREACHABLE();
}

// Collects the findings of one text field, at most one per rule (the first occurrence), so a long
// text full of one mistake yields one actionable line.
class TextChecker
{
public:
    TextChecker(Field field, ValidationFindings &findings) : m_field(field), m_findings(findings) {}

    void add(Rule rule, QStringList arguments = {}, Severity severity = Severity::Error)
    {
        const unsigned bit = 1u << unsigned(rule);
        if (m_reported & bit)
            return;
        m_reported |= bit;
        const QString code = m_field == Field::FlowLogName ? nameCode(rule) : descriptionCode(rule);
        m_findings.append({code, m_field, severity, std::move(arguments)});
    }
    bool has(Rule rule) const { return m_reported & (1u << unsigned(rule)); }
    Field field() const { return m_field; }

    void checkLength(QStringView text, int minimum, int maximum)
    {
        const qsizetype count = TextRules::codePointCount(text);
        if (count < minimum)
            add(Rule::TooShort, {QString::number(count), QString::number(minimum)});
        else if (count > maximum)
            add(Rule::TooLong, {QString::number(count), QString::number(maximum)});
    }

    // Returns where the character rules start: after a URL prefix, whose ':' and '/' are already
    // explained by the prefix finding.
    qsizetype checkUrlPrefix(QStringView text)
    {
        const qsizetype length = TextRules::urlPrefixLength(text);
        if (length > 0)
            add(Rule::UrlPrefix, {text.first(length).toString()});
        return length;
    }

private:
    Field m_field;
    ValidationFindings &m_findings;
    unsigned m_reported = 0;
};

// The ASCII character a full-width form stands for: Ａ (U+FF21) is A (U+0041).
char32_t asciiOfFullwidth(char32_t c)
{
    return c - 0xFEE0;
}

// What a message quotes: invisible characters (and what is not a character at all, in a
// description) only by code point, full-width ones with the ASCII character to type instead.
QStringList characterArguments(Field field, Rule rule, char32_t c)
{
    if (rule == Rule::InvalidCharacter && field == Field::Description)
        return {CodePointClasses::notation(c)};
    switch (rule) {
    case Rule::Space:
    case Rule::Invisible:
    case Rule::ControlCharacter:
        return {CodePointClasses::notation(c)};
    case Rule::FullwidthLetter:
    case Rule::FullwidthDigit:
        return {CodePointClasses::text(c), CodePointClasses::notation(c), CodePointClasses::text(asciiOfFullwidth(c))};
    default:
        return {CodePointClasses::text(c), CodePointClasses::notation(c)};
    }
}

// Arguments are built only for the first occurrence of a rule: a text full of one mistake costs
// one finding.
void addCharacter(TextChecker &checker, Rule rule, char32_t c)
{
    if (!checker.has(rule))
        checker.add(rule, characterArguments(checker.field(), rule, c));
}

bool mayStartText(CodePointClass kind)
{
    return kind == CodePointClass::AsciiLetter || kind == CodePointClass::Chinese;
}

// The rule a name character breaks wherever it stands, if any.
std::optional<Rule> nameCharacterRule(CodePointClass kind)
{
    switch (kind) {
    case CodePointClass::AsciiLetter:
    case CodePointClass::AsciiDigit:
    case CodePointClass::NameSymbol:
    case CodePointClass::Chinese:
        return std::nullopt;
    case CodePointClass::FullwidthLetter: return Rule::FullwidthLetter;
    case CodePointClass::FullwidthDigit: return Rule::FullwidthDigit;
    case CodePointClass::ChinesePunctuation: return Rule::ChinesePunctuation;
    case CodePointClass::Space: return Rule::Space;
    case CodePointClass::KanaHangul: return Rule::KanaHangul;
    case CodePointClass::HanRadical: return Rule::HanRadical;
    case CodePointClass::Invisible: return Rule::Invisible;
    case CodePointClass::Control: return Rule::ControlCharacter;
    case CodePointClass::EmojiOrSymbol: return Rule::EmojiOrSymbol;
    case CodePointClass::Unassigned:
    case CodePointClass::Other:
        return Rule::InvalidCharacter;
    }
    Q_UNREACHABLE();
}

// After the first character a description may hold any printable text: only controls, format
// characters and code points that are not characters at all are refused.
std::optional<Rule> descriptionCharacterRule(char32_t c, CodePointClass kind)
{
    switch (kind) {
    case CodePointClass::Control:
        return Rule::ControlCharacter;
    case CodePointClass::Invisible:
        // Variation selectors (❤️) are marks that belong to printable emoji; only Cf is refused.
        if (QChar::category(c) != QChar::Other_Format)
            return std::nullopt;
        return Rule::Invisible;
    case CodePointClass::Unassigned:
        return Rule::InvalidCharacter;
    default:
        return std::nullopt;
    }
}

void checkDescriptionStart(TextChecker &checker, char32_t c, CodePointClass kind)
{
    if (const std::optional<Rule> rule = descriptionCharacterRule(c, kind))
        addCharacter(checker, *rule, c);
    else if (kind == CodePointClass::FullwidthLetter)
        addCharacter(checker, Rule::FullwidthLetter, c);
    else if (!mayStartText(kind))
        addCharacter(checker, Rule::FirstCharacter, c);
}

bool isSpaceAt(const QString &text, qsizetype index)
{
    return text.at(index).isSpace();
}

} // namespace

namespace TextRules {

qsizetype codePointCount(QStringView text)
{
    // Every UTF-16 unit is a code point except the low half of a valid surrogate pair.
    qsizetype count = text.size();
    const char16_t *units = text.utf16();
    for (qsizetype i = 1; i < text.size(); ++i)
        count -= (units[i] & 0xFC00) == 0xDC00 && (units[i - 1] & 0xFC00) == 0xD800;
    return count;
}

qsizetype urlPrefixLength(QStringView text)
{
    for (QLatin1StringView prefix : {"http://"_L1, "https://"_L1}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            return prefix.size();
    }
    return 0;
}

void checkName(const QString &typed, ValidationFindings &findings)
{
    const QString text = FlowLogRequest::normalized(typed);
    if (text.isEmpty())
        return; // optional: not sent
    TextChecker checker(Field::FlowLogName, findings);
    checker.checkLength(text, nameMinimum, nameMaximum);
    const qsizetype start = checker.checkUrlPrefix(text);
    CodePointReader reader(QStringView(text).sliced(start));
    bool first = start == 0;
    while (!reader.atEnd()) {
        const char32_t c = reader.next();
        const CodePointClass kind = CodePointClasses::classify(c);
        if (const std::optional<Rule> rule = nameCharacterRule(kind))
            addCharacter(checker, *rule, c);
        else if (first && !mayStartText(kind))
            addCharacter(checker, Rule::FirstCharacter, c);
        first = false;
    }
}

void checkDescription(const QString &typed, ValidationFindings &findings)
{
    const QString text = FlowLogRequest::normalized(typed);
    if (text.isEmpty())
        return; // optional: not sent
    TextChecker checker(Field::Description, findings);
    checker.checkLength(text, descriptionMinimum, descriptionMaximum);
    const qsizetype start = checker.checkUrlPrefix(text);
    CodePointReader reader(QStringView(text).sliced(start));
    if (start == 0 && !reader.atEnd()) {
        const char32_t c = reader.next();
        checkDescriptionStart(checker, c, CodePointClasses::classify(c));
    }
    while (!reader.atEnd()) {
        const char32_t c = reader.next();
        if (const std::optional<Rule> rule = descriptionCharacterRule(c, CodePointClasses::classify(c)))
            addCharacter(checker, *rule, c);
    }
    if (isSpaceAt(typed, 0) || isSpaceAt(typed, typed.size() - 1))
        checker.add(Rule::SurroundingSpaces, {}, Severity::Warning);
}

} // namespace TextRules
