#include "literalscanner.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// No user-visible text bypasses tr(): the scanner recognises bare literals in the calls that show
// text, and the application's sources contain none outside the allow-list.
class tst_TrScan : public QObject
{
    Q_OBJECT

private slots:
    void bareLiteralIsReported_data();
    void bareLiteralIsReported();
    void translatedOrNonTextIsAccepted_data();
    void translatedOrNonTextIsAccepted();
    void uiStringMarkedNotTranslatedIsReported();
    void sourcesHaveNoBareLiterals();

private:
    static QStringList sourceFiles();
};

void tst_TrScan::bareLiteralIsReported_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("literal");
    QTest::newRow("u\"\"_s") << u"label->setText(u\"Region\"_s);"_s << u"Region"_s;
    QTest::newRow("QStringLiteral") << u"button->setToolTip(QStringLiteral(\"Send now\"));"_s << u"Send now"_s;
    QTest::newRow("QLatin1String") << u"setWindowTitle(QLatin1String(\"Settings\"));"_s << u"Settings"_s;
    QTest::newRow("plain") << u"edit->setPlaceholderText(\"e.g. my-log\");"_s << u"e.g. my-log"_s;
    QTest::newRow("Chinese") << u"label->setText(u\"地域\"_s);"_s << u"地域"_s;
    QTest::newRow("Chinese punctuation") << u"label->setText(name + u\"：\"_s);"_s << u"："_s;
    QTest::newRow("concatenated") << u"label->setText(tr(\"Name\") + u\" (optional)\"_s);"_s
                                   << u" (optional)"_s;
    QTest::newRow("with arg") << u"label->setText(u\"%1 characters\"_s.arg(n));"_s << u"%1 characters"_s;
    QTest::newRow("conditional") << u"setStatusTip(ok ? tr(\"Sent\") : u\"Failed\"_s);"_s << u"Failed"_s;
    QTest::newRow("multi-line") << u"setWhatsThis(\n    tr(\"a\"),\n    u\"Help text\"_s);"_s << u"Help text"_s;
    QTest::newRow("addAction") << u"menu->addAction(u\"Quit\"_s, this, &W::close);"_s << u"Quit"_s;
    QTest::newRow("QMessageBox") << u"QMessageBox::warning(this, u\"Error\"_s, tr(\"x\"));"_s << u"Error"_s;
    QTest::newRow("accessible name") << u"w->setAccessibleName(u\"Name field\"_s);"_s << u"Name field"_s;
    QTest::newRow("new QLabel") << u"auto *l = new QLabel(u\"Project\"_s, this);"_s << u"Project"_s;
    QTest::newRow("QPushButton object") << u"QPushButton button(u\"OK\"_s);"_s << u"OK"_s;
    QTest::newRow("QAction") << u"auto *a = new QAction(QStringLiteral(\"Open\"), this);"_s << u"Open"_s;
    QTest::newRow("header labels") << u"view->setHorizontalHeaderLabels({u\"Time\"_s, tr(\"Status\")});"_s
                                   << u"Time"_s;
    QTest::newRow("text in markup") << u"label->setText(u\"<b>Warning</b>\"_s);"_s << u"<b>Warning</b>"_s;
    QTest::newRow("terminal") << u"Console::printLine(u\"Done.\"_s);"_s << u"Done."_s;
}

void tst_TrScan::bareLiteralIsReported()
{
    QFETCH(QString, code);
    QFETCH(QString, literal);
    const QList<LiteralFinding> findings = LiteralScanner::scanCpp(u"void f()\n{\n"_s + code + u"\n}\n"_s, u"x.cpp"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().literal, literal);
    QCOMPARE(findings.constFirst().line, 3 + int(code.left(code.indexOf(literal)).count(u'\n')));
}

void tst_TrScan::translatedOrNonTextIsAccepted_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("tr") << u"label->setText(tr(\"Region\"));"_s;
    QTest::newRow("tr with arg") << u"label->setText(tr(\"%1 of %2\").arg(u\"x\"_s, n));"_s;
    QTest::newRow("translate") << u"setText(QCoreApplication::translate(\"Form\", \"Name\"));"_s;
    QTest::newRow("QT_TR_NOOP table") << u"setText(tr(Labels[i]));"_s;
    QTest::newRow("API value") << u"combo->addItem(tr(\"Elastic network interface\"), u\"NetworkInterface\"_s);"_s;
    QTest::newRow("symbol") << u"arrow->setText(u\"→\"_s);"_s;
    QTest::newRow("numbers") << u"counter->setText(u\"%1 / %2\"_s.arg(n).arg(max));"_s;
    QTest::newRow("markup") << u"label->setText(u\"<a href=\\\"%1\\\">%2</a>\"_s.arg(url, url));"_s;
    QTest::newRow("empty") << u"label->setText(u\"\"_s);"_s;
    QTest::newRow("icon path") << u"addAction(QIcon(u\":/icons/send.svg\"_s), tr(\"Send\"));"_s;
    QTest::newRow("product name") << u"setWindowTitle(u\"FlowLog Studio\"_s);"_s;
    QTest::newRow("comment") << u"// label->setText(u\"Region\"_s);\n/* setText(u\"x\"_s) */"_s;
    QTest::newRow("definition") << u"void Label::setText(const QString &text) { m_text = text; }"_s;
    QTest::newRow("object name") << u"button->setObjectName(u\"sendPushButton\"_s);"_s;
}

void tst_TrScan::translatedOrNonTextIsAccepted()
{
    QFETCH(QString, code);
    const QList<LiteralFinding> findings = LiteralScanner::scanCpp(code, u"x.cpp"_s);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).describe()));
}

void tst_TrScan::uiStringMarkedNotTranslatedIsReported()
{
    const QString ui = uR"(<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <widget class="QWidget" name="Form">
  <widget class="QLabel" name="regionLabel">
   <property name="text">
    <string>Region</string>
   </property>
  </widget>
  <widget class="QLabel" name="projectLabel">
   <property name="text">
    <string notr="true">Project</string>
   </property>
  </widget>
  <widget class="QLineEdit" name="idLineEdit">
   <property name="objectName">
    <string notr="true">idLineEdit</string>
   </property>
  </widget>
 </widget>
</ui>
)"_s;
    const QList<LiteralFinding> findings = LiteralScanner::scanUi(ui, u"form.ui"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().literal, u"Project"_s);
    QCOMPARE(findings.constFirst().line, 11);
}

QStringList tst_TrScan::sourceFiles()
{
    QStringList files;
    for (const QString &folder : {u"app"_s, u"ui"_s}) {
        QDirIterator it(QStringLiteral(FLOWLOG_SOURCE_DIR) + u'/' + folder, {u"*.cpp"_s, u"*.ui"_s}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

void tst_TrScan::sourcesHaveNoBareLiterals()
{
    const QStringList files = sourceFiles();
    QVERIFY(files.size() > 10);
    QStringList problems;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        const QString name = path.mid(qsizetype(sizeof(FLOWLOG_SOURCE_DIR)));
        const QList<LiteralFinding> findings = path.endsWith(u".ui"_s) ? LiteralScanner::scanUi(text, name)
                                                                       : LiteralScanner::scanCpp(text, name);
        for (const LiteralFinding &finding : findings)
            problems.append(finding.describe());
    }
    if (!problems.isEmpty())
        problems.prepend(u"Wrap these in tr() (or add genuine non-text to LiteralScanner::allowedValues()):"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_APPLESS_MAIN(tst_TrScan)
#include "tst_trscan.moc"
