#include "core/request/requestvalidator.h"

#include <QRandomGenerator>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;

// Properties of the validator over thousands of random texts drawn from the code-point classes that
// matter (Han in every plane, full-width forms, kana, radicals, format characters, lone surrogates,
// …). The seed is printed; set FLOWLOG_VALIDATOR_SEED to replay a run.
//
// The oracles below restate the rules of docs/validation.md directly from Qt's Unicode tables, with
// their own code-point loop, so they share nothing with the implementation but the rules.
class tst_ValidatorProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nameVerdictMatchesTheRules();
    void descriptionVerdictMatchesTheRules();
    void forbiddenCharacterInAValidNameIsAnError();
    void findingsAreDeterministicAndExplained();
    void parsedParametersGiveTheSameErrors();

private:
    QString randomText(int maximumLength, int allowedPercent);
    char32_t randomCodePoint(int allowedPercent);
    char32_t randomForbiddenCodePoint(bool interior);
    FlowLogRequest randomRequest();
    QByteArray replay(const QString &text) const;

    quint32 m_seed = 0;
    QRandomGenerator m_random;
};

namespace {

constexpr int rounds = 4000;

QList<char32_t> codePoints(QStringView text)
{
    QList<char32_t> result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text[i];
        if (unit.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result.append(QChar::surrogateToUcs4(unit, text[i + 1]));
            ++i;
        } else {
            result.append(unit.unicode());
        }
    }
    return result;
}

void appendCodePoint(QString &text, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        text.append(QChar(QChar::highSurrogate(c)));
        text.append(QChar(QChar::lowSurrogate(c)));
    } else {
        text.append(QChar(char16_t(c)));
    }
}

QString fromCodePoints(const QList<char32_t> &list)
{
    QString text;
    for (char32_t c : list)
        appendCodePoint(text, c);
    return text;
}

bool isAsciiLetter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isChineseCharacter(char32_t c)
{
    if (QChar::script(c) != QChar::Script_Han)
        return false;
    const QChar::Category category = QChar::category(c);
    return (category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other)
        || category == QChar::Number_Letter;
}

bool isNameCharacter(char32_t c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-'
        || isChineseCharacter(c);
}

bool isPrintable(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

bool startsWithUrl(const QString &text)
{
    return text.startsWith(u"http://"_s, Qt::CaseInsensitive) || text.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

// The rule document's verdict for a name, from first principles.
bool nameIsValid(const QString &typed)
{
    const QString text = typed.normalized(QString::NormalizationForm_C).trimmed();
    if (text.isEmpty())
        return true;
    const QList<char32_t> list = codePoints(text);
    return list.size() >= 2 && list.size() <= 128 && !startsWithUrl(text)
        && (isAsciiLetter(list.first()) || isChineseCharacter(list.first()))
        && std::all_of(list.cbegin(), list.cend(), isNameCharacter);
}

bool descriptionIsValid(const QString &typed)
{
    const QString text = typed.normalized(QString::NormalizationForm_C).trimmed();
    if (text.isEmpty())
        return true;
    const QList<char32_t> list = codePoints(text);
    return list.size() >= 2 && list.size() <= 256 && !startsWithUrl(text)
        && (isAsciiLetter(list.first()) || isChineseCharacter(list.first()))
        && std::all_of(list.cbegin(), list.cend(), isPrintable);
}

bool hasFieldErrors(const ValidationFindings &findings, Field field)
{
    return std::any_of(findings.cbegin(), findings.cend(), [field](const ValidationFinding &finding) {
        return finding.field == field && finding.severity == Severity::Error;
    });
}

struct Range
{
    char32_t first = 0;
    char32_t last = 0;
};

// Allowed in a name.
constexpr std::array<Range, 9> allowedRanges {{
    {u'a', u'z'}, {u'A', u'Z'}, {u'0', u'9'}, {u'-', u'.'}, {u'_', u'_'},
    {0x4E00, 0x9FA5},   // CJK Unified Ideographs
    {0x3400, 0x4DB5},   // Extension A
    {0x20000, 0x2A6D6}, // Extension B
    {0xF900, 0xFA2D},   // compatibility ideographs (NFC maps most to unified ones)
}};

// Everything else worth trying; the last ranges span whole planes.
constexpr std::array<Range, 24> otherRanges {{
    {0x3005, 0x3007},   // 々 〆 〇
    {0xFF01, 0xFF5E},   // full-width forms
    {0x3000, 0x303F},   // CJK symbols and punctuation
    {0x2010, 0x2027},   // general punctuation: — ‘ ’ “ ” …
    {0x3041, 0x30FF},   // kana
    {0xAC00, 0xD7A3},   // Hangul
    {0x2E80, 0x2EF3},   // CJK radicals supplement
    {0x2F00, 0x2FD5},   // Kangxi radicals
    {0x2F800, 0x2FA1D}, // supplementary compatibility ideographs
    {0x200B, 0x200F},   // zero-width, direction marks
    {0x202A, 0x202E},   // BiDi embedding and override
    {0x2066, 0x2069},   // BiDi isolates
    {0xFEFF, 0xFEFF},   // byte order mark
    {0x0000, 0x001F},   // C0 controls
    {0x0080, 0x00FF},   // C1 controls and Latin-1
    {0x0300, 0x036F},   // combining marks
    {0xFE00, 0xFE0F},   // variation selectors
    {0x1F300, 0x1F64F}, // emoji
    {0xD800, 0xDFFF},   // surrogates, unpaired here
    {0xE000, 0xE0FF},   // private use
    {0x0020, 0x007E},   // printable ASCII
    {0x0400, 0x04FF},   // Cyrillic
    {0x0000, 0xFFFF},   // anything in the BMP
    {0x10000, 0x10FFFF}, // anything beyond
}};

// Forbidden in a name wherever they stand (none is a space or combines with its neighbour).
constexpr std::array<char32_t, 16> forbiddenAnywhere {
    0xFF21, 0xFF11, 0xFF0C, 0x3002, 0x3001, 0x30ED, 0xB85C, 0x2E80, 0x200B, 0x202E, 0xFEFF, 0x1F600,
    u'!', u'/', 0x00E9, 0x3006};
// Forbidden inside a name, but trimmed at its ends.
constexpr std::array<char32_t, 5> forbiddenInside {u' ', 0x3000, 0x00A0, u'\t', u'\n'};

QString fieldText(const FlowLogRequest &request, Field field)
{
    for (const ApiParameter &parameter : request.apiParameters()) {
        if (parameter.first == Fields::apiName(field))
            return parameter.second;
    }
    return QString();
}

} // namespace

void tst_ValidatorProperties::initTestCase()
{
    bool fixed = false;
    m_seed = qEnvironmentVariable("FLOWLOG_VALIDATOR_SEED").toUInt(&fixed);
    if (!fixed)
        m_seed = QRandomGenerator::global()->generate();
    m_random.seed(m_seed);
    qInfo("seed %u (replay with FLOWLOG_VALIDATOR_SEED=%u)", m_seed, m_seed);
}

QByteArray tst_ValidatorProperties::replay(const QString &text) const
{
    QStringList points;
    for (char32_t c : codePoints(text))
        points.append(u"U+"_s + QString::number(uint(c), 16).toUpper());
    return u"seed %1: %2"_s.arg(m_seed).arg(points.join(u' ')).toUtf8();
}

char32_t tst_ValidatorProperties::randomCodePoint(int allowedPercent)
{
    const bool allowed = int(m_random.bounded(100)) < allowedPercent;
    const Range range = allowed ? allowedRanges.at(m_random.bounded(int(allowedRanges.size())))
                                : otherRanges.at(m_random.bounded(int(otherRanges.size())));
    return range.first + m_random.bounded(quint32(range.last - range.first + 1));
}

QString tst_ValidatorProperties::randomText(int maximumLength, int allowedPercent)
{
    QString text;
    switch (m_random.bounded(8)) {
    case 0:
        text = u"http://"_s;
        break;
    case 1:
        text = u"HTTPS://"_s;
        break;
    case 2:
        text = u" "_s;
        break;
    default:
        break;
    }
    // Short texts mostly; long ones reach the length limits from both sides.
    const int length = m_random.bounded(4) == 0 ? maximumLength - 3 + m_random.bounded(6) : m_random.bounded(12);
    for (int i = 0; i < length; ++i)
        appendCodePoint(text, randomCodePoint(allowedPercent));
    return text;
}

char32_t tst_ValidatorProperties::randomForbiddenCodePoint(bool interior)
{
    if (interior && m_random.bounded(3) == 0)
        return forbiddenInside.at(m_random.bounded(int(forbiddenInside.size())));
    return forbiddenAnywhere.at(m_random.bounded(int(forbiddenAnywhere.size())));
}

FlowLogRequest tst_ValidatorProperties::randomRequest()
{
    FlowLogRequest request;
    const QStringList regions {u"cn-hangzhou"_s, u"ap-southeast-1"_s, u"CN"_s, QString(), u"cn-"_s, u"xx-y1"_s};
    request.regionId = regions.at(m_random.bounded(int(regions.size())));
    request.resourceType = ResourceTypes::all().at(m_random.bounded(3));
    const QStringList prefixes {u"eni-"_s, u"vsw-"_s, u"vpc-"_s, u"i-"_s, QString()};
    request.resourceId = prefixes.at(m_random.bounded(int(prefixes.size()))) + randomText(20, 80);
    request.trafficType = TrafficTypes::all().at(m_random.bounded(3));
    request.projectName = randomText(63, 90);
    request.logStoreName = randomText(63, 90);
    request.flowLogName = randomText(128, 90);
    request.description = randomText(256, 70);
    return request;
}

void tst_ValidatorProperties::nameVerdictMatchesTheRules()
{
    int accepted = 0;
    for (int round = 0; round < rounds; ++round) {
        FlowLogRequest request;
        request.flowLogName = randomText(128, 85);
        const bool valid = !RequestValidator::hasErrors(RequestValidator::validateField(request, Field::FlowLogName));
        QVERIFY2(valid == nameIsValid(request.flowLogName), replay(request.flowLogName).constData());
        accepted += valid && !FlowLogRequest::normalized(request.flowLogName).isEmpty();
    }
    QVERIFY2(accepted > rounds / 20, QByteArray::number(accepted).constData()); // the property was exercised
}

void tst_ValidatorProperties::descriptionVerdictMatchesTheRules()
{
    int accepted = 0;
    for (int round = 0; round < rounds; ++round) {
        FlowLogRequest request;
        request.description = randomText(256, 60);
        const bool valid = !RequestValidator::hasErrors(RequestValidator::validateField(request, Field::Description));
        QVERIFY2(valid == descriptionIsValid(request.description), replay(request.description).constData());
        accepted += valid && !FlowLogRequest::normalized(request.description).isEmpty();
    }
    QVERIFY2(accepted > rounds / 20, QByteArray::number(accepted).constData());
}

void tst_ValidatorProperties::forbiddenCharacterInAValidNameIsAnError()
{
    int tried = 0;
    for (int round = 0; round < rounds * 4 && tried < rounds; ++round) {
        FlowLogRequest request;
        request.flowLogName = randomText(128, 100);
        request.flowLogName = FlowLogRequest::normalized(request.flowLogName);
        if (request.flowLogName.isEmpty()
            || RequestValidator::hasErrors(RequestValidator::validateField(request, Field::FlowLogName)))
            continue;
        ++tried;
        QList<char32_t> list = codePoints(request.flowLogName);
        const qsizetype at = m_random.bounded(int(list.size()) + 1);
        list.insert(at, randomForbiddenCodePoint(at > 0 && at < list.size()));
        request.flowLogName = fromCodePoints(list);
        const ValidationFindings findings = RequestValidator::validateField(request, Field::FlowLogName);
        QVERIFY2(RequestValidator::hasErrors(findings), replay(request.flowLogName).constData());
    }
    QVERIFY2(tried == rounds, QByteArray::number(tried).constData());
}

void tst_ValidatorProperties::findingsAreDeterministicAndExplained()
{
    for (int round = 0; round < rounds / 4; ++round) {
        const FlowLogRequest request = randomRequest();
        const ValidationFindings findings = RequestValidator::validate(request);
        QCOMPARE(RequestValidator::validate(request), findings);
        ValidationFindings joined;
        for (Field field : Fields::all())
            joined += RequestValidator::validateField(request, field);
        QCOMPARE(joined, findings);
        for (const ValidationFinding &finding : findings) {
            const QString message = finding.message();
            QVERIFY2(!message.isEmpty() && !message.startsWith(u"Invalid value ("_s),
                replay(finding.code + u' ' + message).constData());
            // Every placeholder is filled: a '%' can only come from a quoted argument.
            const bool quotesPercent = std::any_of(finding.arguments.cbegin(), finding.arguments.cend(),
                [](const QString &argument) { return argument.contains(u'%'); });
            QVERIFY2(quotesPercent || !message.contains(u'%'), replay(finding.code + u' ' + message).constData());
        }
    }
}

void tst_ValidatorProperties::parsedParametersGiveTheSameErrors()
{
    for (int round = 0; round < rounds / 4; ++round) {
        const FlowLogRequest request = randomRequest();
        const ParsedRequest parsed = RequestValidator::parse(request.apiParameters());
        for (Field field : Fields::all()) {
            const bool direct = hasFieldErrors(RequestValidator::validate(request), field);
            QVERIFY2(hasFieldErrors(parsed.findings, field) == direct, replay(fieldText(request, field)).constData());
        }
    }
}

QTEST_APPLESS_MAIN(tst_ValidatorProperties)
#include "tst_validatorproperties.moc"
