#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A user-visible text given as a bare string literal where a translated string is expected.
struct LiteralFinding
{
    QString file;
    int line = 0;
    QString call;    // e.g. "setText", "QMessageBox::warning", "new QLabel", ".ui property text"
    QString literal; // the literal's text

    QString describe() const;
};

// Finds string literals (u"…"_s, QStringLiteral, QLatin1String, "…") passed straight to the calls
// that put text on screen or on the terminal, instead of through tr(), translate() or QT_TR_NOOP.
// A literal nested in any other call (tr(…), .arg(…), QIcon(…)) is not bare. A .ui file's strings
// are translated by uic unless marked notr="true".
class LiteralScanner
{
public:
    static QList<LiteralFinding> scanCpp(const QString &source, const QString &fileName);
    static QList<LiteralFinding> scanUi(const QString &xml, const QString &fileName);

    // Genuine non-text: no letters outside markup tags (numbers, arrows, separators, "%1 / %2",
    // <a href="%1">%2</a>; Chinese punctuation does not count as non-text), and the explicit list of
    // API values and names.
    static bool isAllowed(const QString &literal);
    static QStringList allowedValues();
    // Literals that are not text for a reason particular to one file (relative path, literal).
    static QList<QPair<QString, QString>> allowedInFile();
    static QStringList textCalls();
};
