#include "core/request/requestvalidator.h"
#include "support/samplerequest.h"
#include "core/request/textrules.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ResourceType)

// The field rules of docs/validation.md: every case of the rule document, the near-miss hints and
// the Unicode corner cases (supplementary planes, compatibility ideographs, NFC, format characters).
class tst_RequestValidator : public QObject
{
    Q_OBJECT

private slots:
    void validFormHasNoFindings();
    void emptyOptionalTextsAreNotJudged_data();
    void emptyOptionalTextsAreNotJudged();
    void validNameIsAccepted_data();
    void validNameIsAccepted();
    void invalidNameIsRejectedWithItsCode_data();
    void invalidNameIsRejectedWithItsCode();
    void nameHintQuotesTheCharacter_data();
    void nameHintQuotesTheCharacter();
    void lengthCountsCodePointsAfterNfc_data();
    void lengthCountsCodePointsAfterNfc();
    void tooLongMessageShowsCountAndLimit();
    void urlPrefixHidesTheCharactersItExplains();
    void oneFindingPerRuleWithTheFirstOccurrence();
    void validDescriptionIsAccepted_data();
    void validDescriptionIsAccepted();
    void invalidDescriptionIsRejectedWithItsCode_data();
    void invalidDescriptionIsRejectedWithItsCode();
    void surroundingSpacesInDescriptionWarnAndAreTrimmed_data();
    void surroundingSpacesInDescriptionWarnAndAreTrimmed();
    void regionId_data();
    void regionId();
    void resourceId_data();
    void resourceId();
    void otherTypePrefixMessageNamesBothTypes();
    void logServiceNamesWarn_data();
    void logServiceNamesWarn();
    void missingLogServiceNamesAreErrors();
    void parseMatchesTrafficTypeCaseInsensitively_data();
    void parseMatchesTrafficTypeCaseInsensitively();
    void parseRequiresTheExactResourceType_data();
    void parseRequiresTheExactResourceType();
    void parseReportsEveryMissingParameter();
    void parseSkipsPrefixRulesForAnUnknownType();
    void parseReadsEveryParameter();
    void findingsComeInFieldOrder();
    void validateFieldIsThePartOfValidate();
    void warningsDoNotCountAsErrors();
    void everyCodeHasItsOwnMessage();
    void everyCodeIsDocumented();
    void fieldApiNamesAreTheSentParameterNames();

private:
    static FlowLogRequest validRequest();
    static QStringList codes(const ValidationFindings &findings);
    static QStringList codesOf(const ValidationFindings &findings, Severity severity);
    static ValidationFindings nameFindings(const QString &name);
    static ValidationFindings descriptionFindings(const QString &description);
    static ValidationFindings badFormFindings();
    static QString describe(const ValidationFindings &findings);
    static QSet<QString> allCodes();
};

// The complete set of docs/validation.md.
QSet<QString> tst_RequestValidator::allCodes()
{
    return {u"region.missing"_s, u"region.invalid"_s, u"resource-type.missing"_s, u"resource-type.unknown"_s,
        u"resource-id.missing"_s, u"resource-id.whitespace"_s, u"resource-id.invisible"_s,
        u"resource-id.prefix-of-other-type"_s, u"resource-id.unknown-prefix"_s, u"traffic-type.missing"_s,
        u"traffic-type.unknown"_s, u"project.missing"_s, u"project.naming"_s, u"logstore.missing"_s,
        u"logstore.naming"_s, u"name.too-short"_s, u"name.too-long"_s, u"name.url-prefix"_s,
        u"name.first-character"_s, u"name.fullwidth-letter"_s, u"name.fullwidth-digit"_s,
        u"name.chinese-punctuation"_s, u"name.space"_s, u"name.kana-hangul"_s, u"name.han-radical"_s,
        u"name.invisible"_s, u"name.control-character"_s, u"name.emoji-or-symbol"_s, u"name.invalid-character"_s,
        u"description.too-short"_s, u"description.too-long"_s, u"description.url-prefix"_s,
        u"description.first-character"_s, u"description.fullwidth-letter"_s, u"description.control-character"_s,
        u"description.invisible"_s, u"description.invalid-character"_s, u"description.surrounding-spaces"_s,
        u"aggregation-interval.invalid"_s, u"traffic-path.unknown"_s, u"traffic-path.duplicate"_s,
        u"ip-version.unknown"_s, u"ip-version.dual-stack-region"_s, u"resource-group.naming"_s, u"tags.too-many"_s,
        u"tag.key-missing"_s, u"tag.key-too-long"_s, u"tag.value-too-long"_s, u"tag.key-reserved-prefix"_s,
        u"tag.value-reserved-prefix"_s, u"tag.key-url"_s, u"tag.value-url"_s, u"tag.key-duplicate"_s};
}

// The document's own example values (a VPC, a masked ID, a name with a dot) on the shared sample.
FlowLogRequest tst_RequestValidator::validRequest()
{
    FlowLogRequest request = sampleRequest();
    request.resourceType = ResourceType::Vpc;
    request.resourceId = u"vpc-bp1qpo0kug3a20qqe****"_s;
    request.flowLogName = u"流日志-测试_01.v2"_s;
    request.description = u"这是我的流日志。"_s;
    return request;
}

QStringList tst_RequestValidator::codes(const ValidationFindings &findings)
{
    QStringList result;
    for (const ValidationFinding &finding : findings)
        result.append(finding.code);
    return result;
}

QStringList tst_RequestValidator::codesOf(const ValidationFindings &findings, Severity severity)
{
    QStringList result;
    for (const ValidationFinding &finding : findings) {
        if (finding.severity == severity)
            result.append(finding.code);
    }
    return result;
}

ValidationFindings tst_RequestValidator::nameFindings(const QString &name)
{
    FlowLogRequest request = validRequest();
    request.flowLogName = name;
    return RequestValidator::validateField(request, Field::FlowLogName);
}

ValidationFindings tst_RequestValidator::descriptionFindings(const QString &description)
{
    FlowLogRequest request = validRequest();
    request.description = description;
    return RequestValidator::validateField(request, Field::Description);
}

ValidationFindings tst_RequestValidator::badFormFindings()
{
    FlowLogRequest request;
    request.regionId = u"CN_Hangzhou"_s;
    request.resourceType = ResourceType::Vpc;
    request.resourceId = u"vsw-a b"_s;
    request.projectName = u"My Project"_s;
    request.logStoreName = u"_store"_s;
    request.flowLogName = u"1Ａ，　ログ⺀\u200B\t😀é１"_s;
    request.description = u"Ａ\n\u202E\uE000"_s + QString(u'描').repeated(300);
    return RequestValidator::validate(request);
}

QString tst_RequestValidator::describe(const ValidationFindings &findings)
{
    QStringList lines;
    for (const ValidationFinding &finding : findings)
        lines.append(finding.code + u": "_s + finding.message());
    return lines.join(u'\n');
}

void tst_RequestValidator::validFormHasNoFindings()
{
    const ValidationFindings findings = RequestValidator::validate(validRequest());
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void tst_RequestValidator::emptyOptionalTextsAreNotJudged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("ideographic space") << u"\u3000"_s;
}

void tst_RequestValidator::emptyOptionalTextsAreNotJudged()
{
    QFETCH(QString, text);
    QVERIFY(nameFindings(text).isEmpty());
    QVERIFY(descriptionFindings(text).isEmpty());
}

void tst_RequestValidator::validNameIsAccepted_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ab") << u"ab"_s;
    QTest::newRow("流日") << u"流日"_s;
    QTest::newRow("my-flow_log.1") << u"my-flow_log.1"_s;
    QTest::newRow("流日志-测试_01.v2") << u"流日志-测试_01.v2"_s;
    QTest::newRow("Extension B pair") << u"𠀀𠀁"_s;
    QTest::newRow("〇号") << u"〇号"_s;
    QTest::newRow("128 × 流") << QString(u'流').repeated(128);
    QTest::newRow("128 × a") << QString(u'a').repeated(128);
    QTest::newRow("128 × Extension B") << u"𠀀"_s.repeated(128);
    QTest::newRow("Extension A") << u"㐀䶵"_s;
    QTest::newRow("iteration mark 々") << u"人々"_s;
    QTest::newRow("compatibility ideograph U+F900") << u"\uF900a"_s;
    QTest::newRow("unified ideograph in the compatibility block U+FA0E") << u"\uFA0Ea"_s;
    QTest::newRow("supplementary compatibility ideograph U+2F800") << u"\U0002F800\U0002F801"_s;
    QTest::newRow("Extension G") << u"\U00030000a"_s;
    QTest::newRow("upper case") << u"MyFlowLog"_s;
    QTest::newRow("ends with symbols") << u"a.-_"_s;
    QTest::newRow("surrounding spaces are trimmed") << u"  流日志  "_s;
    QTest::newRow("http without scheme separator") << u"http-log"_s;
    QTest::newRow("https as a word") << u"httpsx"_s;
}

void tst_RequestValidator::validNameIsAccepted()
{
    QFETCH(QString, name);
    const ValidationFindings findings = nameFindings(name);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void tst_RequestValidator::invalidNameIsRejectedWithItsCode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    // The rule document's cases.
    QTest::newRow("a") << u"a"_s << u"name.too-short"_s;
    QTest::newRow("129 × 流") << QString(u'流').repeated(129) << u"name.too-long"_s;
    QTest::newRow("1abc") << u"1abc"_s << u"name.first-character"_s;
    QTest::newRow("-a") << u"-a"_s << u"name.first-character"_s;
    QTest::newRow("流 日") << u"流 日"_s << u"name.space"_s;
    QTest::newRow("流日志，") << u"流日志，"_s << u"name.chinese-punctuation"_s;
    QTest::newRow("Ａbc") << u"Ａbc"_s << u"name.fullwidth-letter"_s;
    QTest::newRow("ログ") << u"ログ"_s << u"name.kana-hangul"_s;
    QTest::newRow("⺀a") << u"⺀a"_s << u"name.han-radical"_s;
    QTest::newRow("http://a") << u"http://a"_s << u"name.url-prefix"_s;
    QTest::newRow("HTTPS://abc") << u"HTTPS://abc"_s << u"name.url-prefix"_s;
    QTest::newRow("zero-width space") << u"a\u200Bb"_s << u"name.invisible"_s;
    QTest::newRow("emoji") << u"a😀"_s << u"name.emoji-or-symbol"_s;
    // The near-misses.
    QTest::newRow("Ａ名称") << u"Ａ名称"_s << u"name.fullwidth-letter"_s;
    QTest::newRow("流日志，测试") << u"流日志，测试"_s << u"name.chinese-punctuation"_s;
    QTest::newRow("流日志。") << u"流日志。"_s << u"name.chinese-punctuation"_s;
    QTest::newRow("流日志、") << u"流日志、"_s << u"name.chinese-punctuation"_s;
    QTest::newRow("full-width colon") << u"流日志：测试"_s << u"name.chinese-punctuation"_s;
    QTest::newRow("Chinese quotes") << u"“流日志”"_s << u"name.chinese-punctuation"_s;
    QTest::newRow("book title marks") << u"流《日志》"_s << u"name.chinese-punctuation"_s;
    QTest::newRow("ellipsis") << u"流日志…"_s << u"name.chinese-punctuation"_s;
    QTest::newRow("ideographic space") << u"流日志　名称"_s << u"name.space"_s;
    QTest::newRow("a b") << u"a b"_s << u"name.space"_s;
    QTest::newRow("no-break space") << u"a\u00A0b"_s << u"name.space"_s;
    QTest::newRow("１号") << u"１号"_s << u"name.fullwidth-digit"_s;
    QTest::newRow("号１") << u"号１"_s << u"name.fullwidth-digit"_s;
    QTest::newRow("로그") << u"로그"_s << u"name.kana-hangul"_s;
    QTest::newRow("hiragana") << u"流ろぐ"_s << u"name.kana-hangul"_s;
    QTest::newRow("prolonged sound mark") << u"流ー"_s << u"name.kana-hangul"_s;
    QTest::newRow("1号流日志") << u"1号流日志"_s << u"name.first-character"_s;
    QTest::newRow("_log") << u"_log"_s << u"name.first-character"_s;
    QTest::newRow(".x") << u".x"_s << u"name.first-character"_s;
    QTest::newRow("zero-width joiner") << u"流\u200D日"_s << u"name.invisible"_s;
    QTest::newRow("BiDi override U+202E") << u"ab\u202Ecd"_s << u"name.invisible"_s;
    QTest::newRow("byte order mark U+FEFF") << u"\uFEFFab"_s << u"name.invisible"_s;
    QTest::newRow("soft hyphen") << u"ab\u00ADc"_s << u"name.invisible"_s;
    QTest::newRow("variation selector") << u"ab\uFE0F"_s << u"name.invisible"_s;
    QTest::newRow("Kangxi radical ⼀ survives NFC") << u"⼀a"_s << u"name.han-radical"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"name.control-character"_s;
    QTest::newRow("line break") << u"a\nb"_s << u"name.control-character"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"name.control-character"_s;
    QTest::newRow("heart") << u"a❤"_s << u"name.emoji-or-symbol"_s;
    QTest::newRow("flag") << u"a🇨🇳"_s << u"name.emoji-or-symbol"_s;
    QTest::newRow("Latin letter with accent") << u"café"_s << u"name.invalid-character"_s;
    QTest::newRow("decomposed accent composes to á") << u"ba\u0301"_s << u"name.invalid-character"_s;
    QTest::newRow("〆 is of the Common script, not Han") << u"〆切"_s << u"name.invalid-character"_s;
    QTest::newRow("Cyrillic a") << u"\u0430b"_s << u"name.invalid-character"_s;
    QTest::newRow("ASCII punctuation") << u"ab!"_s << u"name.invalid-character"_s;
    QTest::newRow("at sign") << u"a@b"_s << u"name.invalid-character"_s;
    QTest::newRow("lone surrogate") << u"ab"_s + QChar(0xD800) << u"name.invalid-character"_s;
    QTest::newRow("private use") << u"ab\uE000"_s << u"name.invalid-character"_s;
    QTest::newRow("129 × a") << QString(u'a').repeated(129) << u"name.too-long"_s;
    QTest::newRow("129 × Extension B") << u"𠀀"_s.repeated(129) << u"name.too-long"_s;
    QTest::newRow("one Extension B character") << u"𠀀"_s << u"name.too-short"_s;
    QTest::newRow("mixed-case Http://") << u"Http://流日志"_s << u"name.url-prefix"_s;
}

void tst_RequestValidator::invalidNameIsRejectedWithItsCode()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    const ValidationFindings findings = nameFindings(name);
    QVERIFY2(codesOf(findings, Severity::Error).contains(code), qPrintable(describe(findings)));
    for (const ValidationFinding &finding : findings) {
        QCOMPARE(finding.field, Field::FlowLogName);
        QVERIFY(!finding.message().isEmpty());
    }
}

void tst_RequestValidator::nameHintQuotesTheCharacter_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("quoted");
    QTest::newRow("full-width letter suggests ASCII") << u"Ａ名称"_s << u"name.fullwidth-letter"_s
                                                      << QStringList {u"Ａ"_s, u"U+FF21"_s, u"“A”"_s};
    QTest::newRow("full-width small letter") << u"流ｂ"_s << u"name.fullwidth-letter"_s
                                             << QStringList {u"U+FF42"_s, u"“b”"_s};
    QTest::newRow("full-width digit suggests ASCII") << u"１号"_s << u"name.fullwidth-digit"_s
                                                     << QStringList {u"U+FF11"_s, u"“1”"_s};
    QTest::newRow("Chinese comma and what is allowed") << u"流日志，测试"_s << u"name.chinese-punctuation"_s
                                                       << QStringList {u"，"_s, u"U+FF0C"_s, u". _ -"_s};
    QTest::newRow("ideographic space") << u"流日志　名称"_s << u"name.space"_s << QStringList {u"U+3000"_s};
    QTest::newRow("zero-width space") << u"a\u200Bb"_s << u"name.invisible"_s << QStringList {u"U+200B"_s};
    QTest::newRow("BiDi override") << u"a\u202Eb"_s << u"name.invisible"_s << QStringList {u"U+202E"_s};
    QTest::newRow("emoji in the supplementary planes") << u"a😀"_s << u"name.emoji-or-symbol"_s
                                                       << QStringList {u"😀"_s, u"U+1F600"_s};
    QTest::newRow("kana") << u"ログ"_s << u"name.kana-hangul"_s << QStringList {u"ロ"_s, u"U+30ED"_s};
    QTest::newRow("first character") << u"1号流日志"_s << u"name.first-character"_s
                                     << QStringList {u"“1”"_s, u"U+0031"_s};
    QTest::newRow("URL prefix as typed") << u"HTTPS://abc"_s << u"name.url-prefix"_s
                                         << QStringList {u"HTTPS://"_s};
    QTest::newRow("radical") << u"⺀a"_s << u"name.han-radical"_s << QStringList {u"⺀"_s, u"U+2E80"_s};
}

void tst_RequestValidator::nameHintQuotesTheCharacter()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QStringList, quoted);
    const ValidationFindings findings = nameFindings(name);
    const auto finding = std::find_if(findings.cbegin(), findings.cend(),
        [&code](const ValidationFinding &f) { return f.code == code; });
    QVERIFY2(finding != findings.cend(), qPrintable(describe(findings)));
    const QString message = finding->message();
    for (const QString &part : quoted)
        QVERIFY2(message.contains(part), qPrintable(part + u" not in: "_s + message));
}

void tst_RequestValidator::lengthCountsCodePointsAfterNfc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("count");
    QTest::newRow("ASCII") << u"abc"_s << qsizetype(3);
    QTest::newRow("Chinese") << u"流日志"_s << qsizetype(3);
    QTest::newRow("Extension B counts 1, not 2") << u"𠀀"_s << qsizetype(1);
    QTest::newRow("emoji counts 1") << u"😀"_s << qsizetype(1);
    QTest::newRow("lone surrogate counts 1") << QString(QChar(0xDC00)) << qsizetype(1);
}

void tst_RequestValidator::lengthCountsCodePointsAfterNfc()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, count);
    QCOMPARE(TextRules::codePointCount(text), count);

    // A decomposed sequence counts once composed: a + 254 × 描 + e + U+0301 is 257 code points as
    // typed, 256 after NFC, so it is a valid description.
    const QString decomposed = u"a"_s + QString(u'描').repeated(254) + u"e\u0301"_s;
    QCOMPARE(TextRules::codePointCount(decomposed), 257);
    QVERIFY2(descriptionFindings(decomposed).isEmpty(), qPrintable(describe(descriptionFindings(decomposed))));
    QCOMPARE(codes(descriptionFindings(decomposed + u"x"_s)), QStringList {u"description.too-long"_s});
    // é typed as e + U+0301 is a single character after NFC: too short, not two characters.
    QVERIFY(codes(descriptionFindings(u"e\u0301"_s)).contains(u"description.too-short"_s));
}

void tst_RequestValidator::tooLongMessageShowsCountAndLimit()
{
    const ValidationFindings findings = nameFindings(u"𠀀"_s.repeated(129));
    QCOMPARE(codes(findings), QStringList {u"name.too-long"_s});
    QCOMPARE(findings.first().message(), u"Too long: 129 of at most 128 character(s). Shorten the name."_s);
    const ValidationFindings shortName = nameFindings(u"a"_s);
    QCOMPARE(shortName.first().message(), u"Too short: 1 character(s); at least 2 are needed."_s);
}

void tst_RequestValidator::urlPrefixHidesTheCharactersItExplains()
{
    // ':' and '/' of the prefix are not reported again as invalid characters.
    QCOMPARE(codes(nameFindings(u"https://abc"_s)), QStringList {u"name.url-prefix"_s});
    QCOMPARE(codes(descriptionFindings(u"https://example.com"_s)), QStringList {u"description.url-prefix"_s});
    // After the prefix the rules apply as usual.
    QCOMPARE(codes(nameFindings(u"http://a b"_s)), (QStringList {u"name.url-prefix"_s, u"name.space"_s}));
}

void tst_RequestValidator::oneFindingPerRuleWithTheFirstOccurrence()
{
    const ValidationFindings findings = nameFindings(u"流，日。志、"_s);
    QCOMPARE(codes(findings), QStringList {u"name.chinese-punctuation"_s});
    QCOMPARE(findings.first().arguments.first(), u"，"_s);
}

void tst_RequestValidator::validDescriptionIsAccepted_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("这是我的流日志。") << u"这是我的流日志。"_s;
    QTest::newRow("This is my Flowlog.") << u"This is my Flowlog."_s;
    QTest::newRow("mixed") << u"流日志 for VPC-1: 全部流量 (All)"_s;
    QTest::newRow("256 × 描") << QString(u'描').repeated(256);
    QTest::newRow("two characters") << u"ab"_s;
    QTest::newRow("emoji after the first character") << u"a😀"_s;
    QTest::newRow("emoji with variation selector") << u"I ❤️ VPC"_s;
    QTest::newRow("ideographic space inside") << u"流日志　说明"_s;
    QTest::newRow("punctuation of any script") << u"流日志：「测试」¿¡ — «ok» …"_s;
    QTest::newRow("Extension B first") << u"𠀀说明"_s;
    QTest::newRow("kana after the first character") << u"流ログ"_s;
    QTest::newRow("URL later in the text") << u"see https://example.com"_s;
    QTest::newRow("full-width letters inside") << u"aＡＢＣ"_s;
}

void tst_RequestValidator::validDescriptionIsAccepted()
{
    QFETCH(QString, description);
    const ValidationFindings findings = descriptionFindings(description);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void tst_RequestValidator::invalidDescriptionIsRejectedWithItsCode_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("code");
    QTest::newRow("x") << u"x"_s << u"description.too-short"_s;
    QTest::newRow("257 × 描") << QString(u'描').repeated(257) << u"description.too-long"_s;
    QTest::newRow("1st") << u"1st"_s << u"description.first-character"_s;
    QTest::newRow("https://example.com") << u"https://example.com"_s << u"description.url-prefix"_s;
    QTest::newRow("HTTP://EXAMPLE.COM") << u"HTTP://EXAMPLE.COM"_s << u"description.url-prefix"_s;
    QTest::newRow("a\\nb") << u"a\nb"_s << u"description.control-character"_s;
    QTest::newRow("tab inside") << u"a\tb"_s << u"description.control-character"_s;
    QTest::newRow("paragraph separator") << u"a\u2029b"_s << u"description.control-character"_s;
    QTest::newRow("zero-width space") << u"a\u200Bb"_s << u"description.invisible"_s;
    QTest::newRow("BiDi override") << u"a\u202Eb"_s << u"description.invisible"_s;
    QTest::newRow("byte order mark first") << u"\uFEFFab"_s << u"description.invisible"_s;
    QTest::newRow("emoji ZWJ sequence") << u"a👨\u200D👩"_s << u"description.invisible"_s;
    QTest::newRow("private use") << u"ab\uE000"_s << u"description.invalid-character"_s;
    QTest::newRow("unassigned") << u"ab\U000E0080"_s << u"description.invalid-character"_s;
    QTest::newRow("lone surrogate") << u"ab"_s + QChar(0xDFFF) << u"description.invalid-character"_s;
    QTest::newRow("full-width letter first") << u"Ａbc"_s << u"description.fullwidth-letter"_s;
    QTest::newRow("emoji first") << u"😀 ok"_s << u"description.first-character"_s;
    QTest::newRow("Chinese punctuation first") << u"「说明」"_s << u"description.first-character"_s;
    QTest::newRow("kana first") << u"ログ"_s << u"description.first-character"_s;
    QTest::newRow("accented letter first") << u"été"_s << u"description.first-character"_s;
}

void tst_RequestValidator::invalidDescriptionIsRejectedWithItsCode()
{
    QFETCH(QString, description);
    QFETCH(QString, code);
    const ValidationFindings findings = descriptionFindings(description);
    QVERIFY2(codesOf(findings, Severity::Error).contains(code), qPrintable(describe(findings)));
}

void tst_RequestValidator::surroundingSpacesInDescriptionWarnAndAreTrimmed_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("sent");
    QTest::newRow("leading") << u" leading space"_s << u"leading space"_s;
    QTest::newRow("trailing") << u"trailing space "_s << u"trailing space"_s;
    QTest::newRow("ideographic space") << u"\u3000流日志说明"_s << u"流日志说明"_s;
}

void tst_RequestValidator::surroundingSpacesInDescriptionWarnAndAreTrimmed()
{
    QFETCH(QString, description);
    QFETCH(QString, sent);
    const ValidationFindings findings = descriptionFindings(description);
    QCOMPARE(codes(findings), QStringList {u"description.surrounding-spaces"_s});
    QCOMPARE(findings.first().severity, Severity::Warning);
    QVERIFY(!RequestValidator::hasErrors(findings));
    FlowLogRequest request = validRequest();
    request.description = description;
    QVERIFY(request.apiParameters().contains(ApiParameter {u"Description"_s, sent}));
}

void tst_RequestValidator::regionId_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    const QStringList invalid {u"region.invalid"_s};
    QTest::newRow("cn-hangzhou") << u"cn-hangzhou"_s << none;
    QTest::newRow("ap-southeast-1") << u"ap-southeast-1"_s << none;
    QTest::newRow("cn-wuhan-lr") << u"cn-wuhan-lr"_s << none;
    QTest::newRow("me-east-1") << u"me-east-1"_s << none;
    QTest::newRow("custom future region") << u"xy-newplace-9"_s << none;
    QTest::newRow("surrounding spaces trimmed") << u" cn-beijing "_s << none;
    QTest::newRow("empty") << QString() << QStringList {u"region.missing"_s};
    QTest::newRow("blank") << u"  "_s << QStringList {u"region.missing"_s};
    QTest::newRow("no part") << u"cnhangzhou"_s << invalid;
    QTest::newRow("one-letter start") << u"c-hangzhou"_s << invalid;
    QTest::newRow("upper case") << u"CN-hangzhou"_s << invalid;
    QTest::newRow("underscore") << u"cn_hangzhou"_s << invalid;
    QTest::newRow("trailing hyphen") << u"cn-"_s << invalid;
    QTest::newRow("leading hyphen") << u"-cn-hangzhou"_s << invalid;
    QTest::newRow("double hyphen") << u"cn--hangzhou"_s << invalid;
    QTest::newRow("space inside") << u"cn-hang zhou"_s << invalid;
    QTest::newRow("digit in the first part") << u"c1-hangzhou"_s << invalid;
    QTest::newRow("full-width hyphen") << u"cn－hangzhou"_s << invalid;
    QTest::newRow("Chinese name") << u"华东1"_s << invalid;
}

void tst_RequestValidator::regionId()
{
    QFETCH(QString, region);
    QFETCH(QStringList, expected);
    FlowLogRequest request = validRequest();
    request.regionId = region;
    const ValidationFindings findings = RequestValidator::validateField(request, Field::RegionId);
    QCOMPARE(codes(findings), expected);
    // The custom-region pattern of the rule document, as an independent oracle.
    static const QRegularExpression pattern(u"^[a-z]{2,}(-[a-z0-9]+)+$"_s);
    const QString normalized = FlowLogRequest::normalized(region);
    QCOMPARE(findings.isEmpty(), pattern.match(normalized).hasMatch());
}

void tst_RequestValidator::resourceId_data()
{
    QTest::addColumn<ResourceType>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("warnings");
    const QStringList none;
    const QStringList otherType {u"resource-id.prefix-of-other-type"_s};
    const QStringList unknown {u"resource-id.unknown-prefix"_s};
    QTest::newRow("eni for NetworkInterface") << ResourceType::NetworkInterface << u"eni-askldfasxxxxxxxx"_s << none << none;
    QTest::newRow("vsw for VSwitch") << ResourceType::VSwitch << u"vsw-bp1abc"_s << none << none;
    QTest::newRow("vpc for VPC") << ResourceType::Vpc << u"vpc-bp1abc"_s << none << none;
    QTest::newRow("vsw with type VPC") << ResourceType::Vpc << u"vsw-bp1abc"_s << otherType << none;
    QTest::newRow("vpc with type NetworkInterface") << ResourceType::NetworkInterface << u"vpc-x"_s << otherType << none;
    QTest::newRow("eni with type VSwitch") << ResourceType::VSwitch << u"eni-x"_s << otherType << none;
    QTest::newRow("upper-case prefix of another type") << ResourceType::VSwitch << u"VPC-x"_s << otherType << none;
    QTest::newRow("unknown prefix") << ResourceType::NetworkInterface << u"i-bp1abc"_s << none << unknown;
    QTest::newRow("upper-case own prefix") << ResourceType::NetworkInterface << u"ENI-bp1abc"_s << none << unknown;
    QTest::newRow("prefix without hyphen") << ResourceType::Vpc << u"vpcbp1"_s << none << unknown;
    QTest::newRow("space inside") << ResourceType::Vpc << u"vpc-a b"_s << QStringList {u"resource-id.whitespace"_s} << none;
    QTest::newRow("tab inside") << ResourceType::Vpc << u"vpc-a\tb"_s << QStringList {u"resource-id.whitespace"_s} << none;
    QTest::newRow("ideographic space inside") << ResourceType::Vpc << u"vpc-a\u3000b"_s
                                              << QStringList {u"resource-id.whitespace"_s} << none;
    QTest::newRow("zero-width space inside") << ResourceType::Vpc << u"vpc-a\u200Bb"_s << none
                                             << QStringList {u"resource-id.invisible"_s};
    QTest::newRow("surrounding spaces trimmed") << ResourceType::Vpc << u"  vpc-abc "_s << none << none;
    QTest::newRow("empty") << ResourceType::Vpc << QString() << QStringList {u"resource-id.missing"_s} << none;
    QTest::newRow("blank") << ResourceType::Vpc << u" \t "_s << QStringList {u"resource-id.missing"_s} << none;
}

void tst_RequestValidator::resourceId()
{
    QFETCH(ResourceType, type);
    QFETCH(QString, id);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    FlowLogRequest request = validRequest();
    request.resourceType = type;
    request.resourceId = id;
    const ValidationFindings findings = RequestValidator::validateField(request, Field::ResourceId);
    QCOMPARE(codesOf(findings, Severity::Error), errors);
    QCOMPARE(codesOf(findings, Severity::Warning), warnings);
}

void tst_RequestValidator::otherTypePrefixMessageNamesBothTypes()
{
    FlowLogRequest request = validRequest();
    request.resourceType = ResourceType::Vpc;
    request.resourceId = u"vsw-bp1abc"_s;
    const ValidationFindings findings = RequestValidator::validateField(request, Field::ResourceId);
    QCOMPARE(findings.size(), 1);
    const QString message = findings.first().message();
    QVERIFY2(message.contains(u"vsw-"_s), qPrintable(message));
    QVERIFY2(message.contains(ResourceTypes::label(ResourceType::VSwitch)), qPrintable(message));
    QVERIFY2(message.contains(ResourceTypes::label(ResourceType::Vpc)), qPrintable(message));
}

void tst_RequestValidator::logServiceNamesWarn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("projectWarns");
    QTest::addColumn<bool>("logStoreWarns");
    QTest::newRow("lower case with hyphen") << u"flowlog-1"_s << false << false;
    QTest::newRow("underscore") << u"flow_log"_s << true << false;
    QTest::newRow("document example FlowLogProject") << u"FlowLogProject"_s << true << true;
    QTest::newRow("3 characters") << u"abc"_s << false << false;
    QTest::newRow("2 characters") << u"ab"_s << true << true;
    QTest::newRow("63 characters") << QString(u'a').repeated(63) << false << false;
    QTest::newRow("64 characters") << QString(u'a').repeated(64) << true << true;
    QTest::newRow("starts with hyphen") << u"-abc"_s << true << true;
    QTest::newRow("ends with hyphen") << u"abc-"_s << true << true;
    QTest::newRow("ends with underscore") << u"abc_"_s << true << true;
    QTest::newRow("starts with a digit") << u"1abc"_s << false << false;
    QTest::newRow("space inside") << u"my project"_s << true << true;
    QTest::newRow("Chinese") << u"流日志项目"_s << true << true;
}

void tst_RequestValidator::logServiceNamesWarn()
{
    QFETCH(QString, name);
    QFETCH(bool, projectWarns);
    QFETCH(bool, logStoreWarns);
    FlowLogRequest request = validRequest();
    request.projectName = name;
    request.logStoreName = name;
    const ValidationFindings project = RequestValidator::validateField(request, Field::ProjectName);
    const ValidationFindings logStore = RequestValidator::validateField(request, Field::LogStoreName);
    QCOMPARE(codesOf(project, Severity::Warning), projectWarns ? QStringList {u"project.naming"_s} : QStringList());
    QCOMPARE(codesOf(logStore, Severity::Warning), logStoreWarns ? QStringList {u"logstore.naming"_s} : QStringList());
    QVERIFY(!RequestValidator::hasErrors(project + logStore));
}

void tst_RequestValidator::missingLogServiceNamesAreErrors()
{
    FlowLogRequest request = validRequest();
    request.projectName = u" "_s;
    request.logStoreName.clear();
    const ValidationFindings findings = RequestValidator::validate(request);
    QCOMPARE(codesOf(findings, Severity::Error), (QStringList {u"project.missing"_s, u"logstore.missing"_s}));
}

void tst_RequestValidator::parseMatchesTrafficTypeCaseInsensitively_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("sent");
    QTest::newRow("document example all") << u"all"_s << u"All"_s;
    QTest::newRow("ALL") << u"ALL"_s << u"All"_s;
    QTest::newRow("Allow") << u"Allow"_s << u"Allow"_s;
    QTest::newRow("allow") << u"allow"_s << u"Allow"_s;
    QTest::newRow("dRoP") << u"dRoP"_s << u"Drop"_s;
    QTest::newRow("surrounding spaces") << u" drop "_s << u"Drop"_s;
}

void tst_RequestValidator::parseMatchesTrafficTypeCaseInsensitively()
{
    QFETCH(QString, spelling);
    QFETCH(QString, sent);
    ApiParameters parameters = validRequest().apiParameters();
    for (ApiParameter &parameter : parameters) {
        if (parameter.first == u"TrafficType"_s)
            parameter.second = spelling;
    }
    const ParsedRequest parsed = RequestValidator::parse(parameters);
    QVERIFY2(parsed.findings.isEmpty(), qPrintable(describe(parsed.findings)));
    QVERIFY(parsed.request.apiParameters().contains(ApiParameter {u"TrafficType"_s, sent}));
}

void tst_RequestValidator::parseRequiresTheExactResourceType_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("code");
    QTest::newRow("VPC") << u"VPC"_s << QString();
    QTest::newRow("VSwitch") << u"VSwitch"_s << QString();
    QTest::newRow("NetworkInterface") << u"NetworkInterface"_s << QString();
    QTest::newRow("vpc") << u"vpc"_s << u"resource-type.unknown"_s;
    QTest::newRow("Vpc") << u"Vpc"_s << u"resource-type.unknown"_s;
    QTest::newRow("Instance") << u"Instance"_s << u"resource-type.unknown"_s;
    QTest::newRow("localized label") << u"专有网络"_s << u"resource-type.unknown"_s;
    QTest::newRow("blank") << u" "_s << u"resource-type.missing"_s;
}

void tst_RequestValidator::parseRequiresTheExactResourceType()
{
    QFETCH(QString, spelling);
    QFETCH(QString, code);
    ApiParameters parameters = validRequest().apiParameters();
    for (ApiParameter &parameter : parameters) {
        if (parameter.first == u"ResourceType"_s)
            parameter.second = spelling;
        if (parameter.first == u"ResourceId"_s)
            parameter.second = u"rid-123"_s; // no prefix finding for any type
    }
    const ParsedRequest parsed = RequestValidator::parse(parameters);
    QCOMPARE(codesOf(parsed.findings, Severity::Error), code.isEmpty() ? QStringList() : QStringList {code});
}

void tst_RequestValidator::parseReportsEveryMissingParameter()
{
    const ParsedRequest parsed = RequestValidator::parse({});
    const QStringList expected {u"region.missing"_s, u"resource-type.missing"_s, u"resource-id.missing"_s,
        u"traffic-type.missing"_s, u"project.missing"_s, u"logstore.missing"_s};
    QCOMPARE(codes(parsed.findings), expected);
    for (const ValidationFinding &finding : parsed.findings)
        QCOMPARE(finding.severity, Severity::Error);
    // The optional ones may be left out.
    ApiParameters parameters = validRequest().apiParameters();
    parameters.removeIf([](const ApiParameter &p) { return p.first == u"FlowLogName"_s || p.first == u"Description"_s; });
    QVERIFY(RequestValidator::parse(parameters).findings.isEmpty());
}

void tst_RequestValidator::parseSkipsPrefixRulesForAnUnknownType()
{
    const ParsedRequest parsed = RequestValidator::parse({{u"RegionId"_s, u"cn-hangzhou"_s},
        {u"ResourceType"_s, u"Subnet"_s}, {u"ResourceId"_s, u"vsw-abc"_s}, {u"TrafficType"_s, u"Everything"_s},
        {u"ProjectName"_s, u"project"_s}, {u"LogStoreName"_s, u"store"_s}});
    QCOMPARE(codes(parsed.findings), (QStringList {u"resource-type.unknown"_s, u"traffic-type.unknown"_s}));
    QCOMPARE(parsed.findings.at(0).arguments, QStringList {u"Subnet"_s});
    QVERIFY(parsed.findings.at(1).message().contains(u"Everything"_s));
}

void tst_RequestValidator::parseReadsEveryParameter()
{
    const FlowLogRequest request = validRequest();
    ApiParameters parameters = request.apiParameters();
    parameters.append({u"Action"_s, u"CreateFlowLog"_s}); // other parameters are ignored
    const ParsedRequest parsed = RequestValidator::parse(parameters);
    QCOMPARE(parsed.request, request);
    QVERIFY(parsed.findings.isEmpty());
}

void tst_RequestValidator::findingsComeInFieldOrder()
{
    const ValidationFindings findings = badFormFindings();
    QVERIFY(findings.size() > 15);
    for (qsizetype i = 1; i < findings.size(); ++i)
        QVERIFY2(int(findings.at(i - 1).field) <= int(findings.at(i).field), qPrintable(describe(findings)));
}

void tst_RequestValidator::validateFieldIsThePartOfValidate()
{
    FlowLogRequest request;
    request.regionId = u"CN_Hangzhou"_s;
    request.resourceType = ResourceType::Vpc;
    request.resourceId = u"vsw-a b"_s;
    request.projectName = u"My Project"_s;
    request.flowLogName = u"1Ａ，"_s;
    request.description = u"x"_s;
    const ValidationFindings all = RequestValidator::validate(request);
    ValidationFindings joined;
    for (Field field : Fields::all())
        joined += RequestValidator::validateField(request, field);
    QCOMPARE(joined, all);
}

void tst_RequestValidator::warningsDoNotCountAsErrors()
{
    FlowLogRequest request = validRequest();
    request.projectName = u"FlowLogProject"_s;
    request.resourceId = u"i-123"_s;
    request.description = u" spaced "_s;
    const ValidationFindings findings = RequestValidator::validate(request);
    QCOMPARE(findings.size(), 3);
    QVERIFY(!RequestValidator::hasErrors(findings));
    QVERIFY(RequestValidator::hasErrors(findings + nameFindings(u"a"_s)));
}

void tst_RequestValidator::everyCodeHasItsOwnMessage()
{
    ValidationFindings findings = badFormFindings() + RequestValidator::parse({}).findings;
    findings += nameFindings(u"http://a"_s) + nameFindings(u"a"_s) + nameFindings(u"𠀀"_s.repeated(129));
    findings += descriptionFindings(u"https://x"_s) + descriptionFindings(u"1"_s) + descriptionFindings(u" ab"_s);
    findings += descriptionFindings(u"a\u200B"_s) + descriptionFindings(u"a\uE000"_s);
    findings += RequestValidator::parse({{u"ResourceType"_s, u"x"_s}, {u"TrafficType"_s, u"y"_s},
        {u"ResourceId"_s, u"i-1"_s}}).findings;
    FlowLogRequest request = validRequest();
    request.resourceId = u"vpc-\u200B"_s;
    findings += RequestValidator::validateField(request, Field::ResourceId);
    request.resourceId = u"i-1"_s;
    findings += RequestValidator::validateField(request, Field::ResourceId);
    request.regionId = u"eu-central-1"_s;
    request.aggregationInterval = u"7"_s;
    request.trafficPaths = {u"nat"_s, u"all"_s, u"all"_s};
    request.ipVersion = u"DualStack"_s;
    request.resourceGroupId = u"RG"_s;
    request.tags = {{QString(), u"x"_s}, {u"k"_s.repeated(129), u"v"_s.repeated(129)}, {u"aliyun"_s, u"acs:"_s},
        {u"http://k"_s, u"https://v"_s}, {u"d"_s, QString()}, {u"d"_s, QString()}};
    findings += RequestValidator::validate(request);
    request.ipVersion = u"IPv6"_s;
    request.tags.resize(21);
    findings += RequestValidator::validate(request);
    const QString fallback = u"Invalid value ("_s;
    QSet<QString> seen;
    for (const ValidationFinding &finding : findings) {
        const QString message = finding.message();
        QVERIFY2(!message.startsWith(fallback), qPrintable(finding.code));
        QVERIFY2(!message.contains(u'%'), qPrintable(finding.code + u": "_s + message));
        for (const QString &argument : finding.arguments)
            QVERIFY2(message.contains(argument) || finding.code.endsWith(u"-of-other-type"_s)
                    || finding.code.endsWith(u"unknown-prefix"_s) || finding.code.endsWith(u".too-long"_s)
                    || finding.code.endsWith(u".too-short"_s) || finding.code == u"tags.too-many"_s,
                qPrintable(finding.code + u": "_s + message));
        seen.insert(finding.code);
    }
    QCOMPARE(seen, allCodes());
}

void tst_RequestValidator::everyCodeIsDocumented()
{
    QFile file(QStringLiteral(FLOWLOG_SOURCE_DIR "/docs/validation.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString document = QString::fromUtf8(file.readAll());
    for (const QString &code : allCodes())
        QVERIFY2(document.contains(u"| `"_s + code + u"` |"_s), qPrintable(code));
}

void tst_RequestValidator::fieldApiNamesAreTheSentParameterNames()
{
    QStringList sent;
    FlowLogRequest request = validRequest();
    request.aggregationInterval = u"5"_s;
    request.trafficPaths = {u"all"_s};
    request.ipVersion = u"IPV4"_s;
    request.resourceGroupId = u"rg-abc"_s;
    request.tags = {{u"env"_s, u"prod"_s}};
    for (const ApiParameter &parameter : request.apiParameters()) {
        const QString name = parameter.first.section(u'.', 0, 0); // Tag.1.Key, TrafficPath.1
        if (!sent.contains(name))
            sent.append(name);
    }
    QStringList names;
    for (Field field : Fields::all()) {
        names.append(Fields::apiName(field));
        QVERIFY(!Fields::label(field).isEmpty());
    }
    sent.sort();
    names.sort();
    QCOMPARE(names, sent);
}

QTEST_APPLESS_MAIN(tst_RequestValidator)
#include "tst_requestvalidator.moc"
