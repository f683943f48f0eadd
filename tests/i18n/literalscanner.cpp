#include "literalscanner.h"

#include <QRegularExpression>
#include <QStringView>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

QString LiteralFinding::describe() const
{
    return u"%1:%2: %3(\"%4\")"_s.arg(file).arg(line).arg(call, literal);
}

namespace {

// The source with comments blanked out (line breaks kept, so offsets and line numbers still match).
QString withoutComments(const QString &source)
{
    QString text = source;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            for (++i; i < size && text.at(i) != c; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
        } else if (c == u'/' && i + 1 < size && text.at(i + 1) == u'/') {
            for (; i < size && text.at(i) != u'\n'; ++i)
                text[i] = u' ';
        } else if (c == u'/' && i + 1 < size && text.at(i + 1) == u'*') {
            for (; i < size && !(text.at(i) == u'*' && i + 1 < size && text.at(i + 1) == u'/'); ++i) {
                if (text.at(i) != u'\n')
                    text[i] = u' ';
            }
            if (i + 1 < size) {
                text[i] = u' ';
                text[i + 1] = u' ';
                ++i;
            }
        }
    }
    return text;
}

// Calls that only wrap a literal into a string type: a literal inside them is still bare.
bool isWrapper(QStringView name)
{
    static const QStringList wrappers = {u"QStringLiteral"_s, u"QLatin1String"_s, u"QLatin1StringView"_s,
        u"QString"_s, u"fromUtf8"_s, u"fromLatin1"_s, u"fromUtf16"_s, u"QStringView"_s, u"QStringList"_s,
        u"QByteArrayLiteral"_s, u"QByteArray"_s};
    return wrappers.contains(name.toString());
}

// The identifier just before position end (exclusive), skipping spaces.
QStringView identifierBefore(const QString &text, qsizetype end)
{
    qsizetype stop = end;
    while (stop > 0 && text.at(stop - 1).isSpace())
        --stop;
    qsizetype start = stop;
    while (start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == u'_'))
        --start;
    return QStringView(text).mid(start, stop - start);
}

int lineAt(const QString &text, qsizetype position)
{
    return int(QStringView(text).left(position).count(u'\n')) + 1;
}

struct Literal
{
    qsizetype position;
    QString text;
};

// The literal starting at text[quote] == '"'; end receives the index after its closing quote.
QString readLiteral(const QString &text, qsizetype quote, qsizetype *end)
{
    QString value;
    qsizetype i = quote + 1;
    for (; i < text.size() && text.at(i) != u'"'; ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            ++i;
            const QChar escaped = text.at(i);
            value += escaped == u'n' ? u'\n' : escaped == u't' ? u'\t' : escaped;
            continue;
        }
        value += text.at(i);
    }
    *end = i + 1;
    return value;
}

// The bare literals among the arguments of the call whose '(' (or '{') is at text[open]: those not
// nested in a call other than a wrapper. Adjacent literals ("a" "b") are joined.
QList<Literal> bareLiterals(const QString &text, qsizetype open)
{
    QList<Literal> found;
    QList<bool> opaque; // per open bracket: inside a call that is not a wrapper
    qsizetype opaqueDepth = 0;
    bool lastWasLiteral = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'(' || c == u'{' || c == u'[') {
            const bool isOpaque = i != open && c == u'(' && !isWrapper(identifierBefore(text, i))
                && !identifierBefore(text, i).isEmpty();
            opaque.append(isOpaque);
            opaqueDepth += isOpaque ? 1 : 0;
            lastWasLiteral = false;
        } else if (c == u')' || c == u'}' || c == u']') {
            if (opaque.isEmpty())
                break;
            opaqueDepth -= opaque.takeLast() ? 1 : 0;
            if (opaque.isEmpty())
                break;
            lastWasLiteral = false;
        } else if (c == u'\'') {
            for (++i; i < text.size() && text.at(i) != u'\''; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
        } else if (c == u'"') {
            const bool raw = i > 0 && text.at(i - 1) == u'R';
            qsizetype end = i;
            QString value;
            if (raw) {
                const qsizetype close = text.indexOf(u")\""_s, i);
                value = text.mid(i + 2, close < 0 ? 0 : close - i - 2);
                end = close < 0 ? text.size() : close + 2;
            } else {
                value = readLiteral(text, i, &end);
            }
            if (opaqueDepth == 0) {
                if (lastWasLiteral && !found.isEmpty())
                    found.last().text += value;
                else
                    found.append({i, value});
            }
            lastWasLiteral = true;
            i = end - 1;
        } else if (!c.isSpace() && !(lastWasLiteral && (c.isLetterOrNumber() || c == u'_'))) {
            lastWasLiteral = false;
        }
    }
    return found;
}

} // namespace

QStringList LiteralScanner::textCalls()
{
    return {u"setText"_s, u"setToolTip"_s, u"setWindowTitle"_s, u"setPlaceholderText"_s, u"setStatusTip"_s,
        u"setWhatsThis"_s, u"addAction"_s, u"setAccessibleName"_s, u"setAccessibleDescription"_s,
        u"setTitle"_s, u"setTabText"_s, u"setTabToolTip"_s, u"addTab"_s, u"insertTab"_s, u"setItemText"_s,
        u"addItem"_s, u"addItems"_s, u"insertItem"_s, u"setHeaderLabels"_s, u"setHorizontalHeaderLabels"_s,
        u"setVerticalHeaderLabels"_s, u"setLabelText"_s, u"setPrefix"_s, u"setSuffix"_s,
        u"setSpecialValueText"_s, u"showMessage"_s, u"addRow"_s, u"setPlainText"_s, u"setHtml"_s,
        u"setWindowIconText"_s, u"setButtonText"_s, u"setInformativeText"_s, u"setDetailedText"_s,
        u"addMenu"_s, u"addSection"_s, u"printLine"_s, u"printError"_s};
}

QStringList LiteralScanner::allowedValues()
{
    return {
        // API values, shown beside their localized labels
        u"NetworkInterface"_s, u"VSwitch"_s, u"VPC"_s, u"All"_s, u"Allow"_s, u"Drop"_s,
        u"RegionId"_s, u"ResourceType"_s, u"ResourceId"_s, u"TrafficType"_s, u"ProjectName"_s,
        u"LogStoreName"_s, u"FlowLogName"_s, u"Description"_s, u"AccessKey"_s,
        u"v1"_s, u"v3"_s, u"GET"_s, u"POST"_s, u"HMAC-SHA1"_s, u"ACS3-HMAC-SHA256"_s,
        // product and program names
        u"FlowLog Studio"_s, u"flowlog-cli"_s, u"flowlog"_s, u"flowlog-emulator"_s,
        // each language named in itself, so it can be found whatever the current language
        u"中文（简体）"_s, u"English"_s,
    };
}

QList<QPair<QString, QString>> LiteralScanner::allowedInFile()
{
    return {
        // machine-readable output: a JSON key
        {u"app/cli/batchcommand.cpp"_s, u"{\"row\":"_s},
    };
}

bool LiteralScanner::isAllowed(const QString &literal)
{
    // markup is not text: <a href="%1">%2</a>
    static const QRegularExpression tag(u"<[^<>]*>"_s);
    const QString trimmed = QString(literal).remove(tag).trimmed();
    if (allowedValues().contains(trimmed))
        return true;
    for (const char32_t c : trimmed.toUcs4()) {
        // letters of any script, and CJK / full-width punctuation, are language
        if (QChar::isLetter(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF))
            return false;
    }
    return true;
}

QList<LiteralFinding> LiteralScanner::scanCpp(const QString &source, const QString &fileName)
{
    const QString text = withoutComments(source);
    static const QRegularExpression callPattern(
        u"(?:\\b(?<member>%1)\\s*\\()|(?:\\b(?<box>QMessageBox\\s*::\\s*\\w+)\\s*\\()"
        u"|(?:\\b(?<widget>QLabel|QPushButton|QAction|QCheckBox|QRadioButton|QGroupBox|QToolButton|QMenu"
        u"|QCommandLinkButton)(?:\\s+\\w+)?\\s*[({])"_s.arg(textCalls().join(u'|')));
    QList<LiteralFinding> findings;
    for (const QRegularExpressionMatch &match : callPattern.globalMatch(text)) {
        QString call = match.captured(u"member");
        if (call.isEmpty())
            call = match.captured(u"box").remove(u' ');
        if (call.isEmpty())
            call = match.captured(u"widget");
        const qsizetype open = match.capturedEnd() - 1;
        for (const Literal &literal : bareLiterals(text, open)) {
            if (!isAllowed(literal.text) && !allowedInFile().contains({fileName, literal.text}))
                findings.append({fileName, lineAt(text, literal.position), call, literal.text});
        }
    }
    return findings;
}

QList<LiteralFinding> LiteralScanner::scanUi(const QString &xml, const QString &fileName)
{
    static const QStringList textProperties = {u"text"_s, u"title"_s, u"toolTip"_s, u"statusTip"_s,
        u"whatsThis"_s, u"windowTitle"_s, u"placeholderText"_s, u"accessibleName"_s,
        u"accessibleDescription"_s, u"windowIconText"_s, u"label"_s, u"specialValueText"_s, u"prefix"_s,
        u"suffix"_s, u"plainText"_s, u"html"_s};
    QList<LiteralFinding> findings;
    QXmlStreamReader reader(xml);
    QString property;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"property" || reader.name() == u"attribute") {
            property = reader.attributes().value(u"name"_s).toString();
        } else if (reader.name() == u"string" && reader.attributes().value(u"notr"_s) == u"true"
            && textProperties.contains(property)) {
            const int line = int(reader.lineNumber());
            const QString value = reader.readElementText();
            if (!isAllowed(value))
                findings.append({fileName, line, u".ui property "_s + property, value});
        }
    }
    return findings;
}
