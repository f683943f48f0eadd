#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The committed .ts files are complete and current: every message translated (Chinese) or its plural
// forms written (English), nothing vanished or obsolete, exactly the messages lupdate finds in the
// sources today, and every translation keeps its message's placeholders.
class tst_TranslationCompleteness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMessageIsFinished_data();
    void everyMessageIsFinished();
    void tsFileMatchesTheSources_data();
    void tsFileMatchesTheSources();
    void translationsKeepPlaceholders_data();
    void translationsKeepPlaceholders();

private:
    static void addLanguageRows();
    static QString tsPath(const QString &language);
    static QStringList lupdateOptions(const QString &language);
};

void tst_TranslationCompleteness::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(FLOWLOG_LUPDATE)), FLOWLOG_LUPDATE);
    QVERIFY2(QFile::exists(QStringLiteral(FLOWLOG_SOURCES_LIST)), FLOWLOG_SOURCES_LIST);
}

void tst_TranslationCompleteness::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("en") << u"en"_s;
}

QString tst_TranslationCompleteness::tsPath(const QString &language)
{
    return QStringLiteral(FLOWLOG_TS_DIR) + u"/flowlog_"_s + language + u".ts"_s;
}

// The options update_translations uses; English keeps only the plural messages.
QStringList tst_TranslationCompleteness::lupdateOptions(const QString &language)
{
    QStringList options = QStringLiteral(FLOWLOG_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    if (language == u"en")
        options.prepend(u"-pluralonly"_s);
    return options;
}

void tst_TranslationCompleteness::everyMessageIsFinished_data()
{
    addLanguageRows();
}

// Chinese: every message and every plural form translated. English: source text is English, so only
// the plural messages are there, each with its singular and plural form written out.
void tst_TranslationCompleteness::everyMessageIsFinished()
{
    QFETCH(QString, language);
    TsFile ts;
    QVERIFY2(ts.read(tsPath(language)), qPrintable(ts.errorString()));
    QVERIFY(!ts.messages().isEmpty());
    const qsizetype forms = language == u"en" ? 2 : 1;
    QStringList problems;
    for (const TsMessage &message : ts.messages()) {
        if (!message.type.isEmpty())
            problems.append(message.type + u": "_s + message.describe());
        else if (language == u"en" && !message.numerus)
            problems.append(u"not a plural message (English needs plural messages only): "_s + message.describe());
        else if (message.numerus && message.translations.size() != forms)
            problems.append(u"%1 plural forms instead of %2: "_s.arg(message.translations.size()).arg(forms)
                + message.describe());
        else if (message.translations.contains(QString()))
            problems.append(u"empty translation: "_s + message.describe());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_TranslationCompleteness::tsFileMatchesTheSources_data()
{
    addLanguageRows();
}

// lupdate over the same sources as update_translations, into a copy of the committed file: the copy
// must hold exactly the committed messages (a new tr() in the sources or a removed one both fail).
void tst_TranslationCompleteness::tsFileMatchesTheSources()
{
    QFETCH(QString, language);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString copy = directory.filePath(u"flowlog_"_s + language + u".ts"_s);
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(FLOWLOG_LUPDATE),
        lupdateOptions(language) + QStringList {u"@"_s + QStringLiteral(FLOWLOG_SOURCES_LIST), u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    // lupdate warns about tr() calls whose context it cannot tell: those messages would be lost.
    QVERIFY2(!output.contains(u"warning"_s, Qt::CaseInsensitive), qPrintable(output));

    TsFile committed;
    TsFile scanned;
    QVERIFY2(committed.read(tsPath(language)), qPrintable(committed.errorString()));
    QVERIFY2(scanned.read(copy), qPrintable(scanned.errorString()));
    QStringList problems;
    const QSet<QString> committedKeys = committed.keys();
    const QSet<QString> scannedKeys = scanned.keys();
    for (const TsMessage &message : scanned.messages()) {
        if (!committedKeys.contains(message.key()))
            problems.append(u"in the sources, missing from the .ts file: "_s + message.describe());
    }
    for (const TsMessage &message : committed.messages()) {
        if (!scannedKeys.contains(message.key()))
            problems.append(u"in the .ts file, no longer in the sources: "_s + message.describe());
    }
    if (!problems.isEmpty())
        problems.prepend(u"Build the update_translations target, then translate:"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_TranslationCompleteness::translationsKeepPlaceholders_data()
{
    addLanguageRows();
}

// Every translation (every plural form) uses the same %1, %2 … and %n as its source. The one
// exception: the English singular form may write the number ("1 flow log"), as it is only used for 1.
void tst_TranslationCompleteness::translationsKeepPlaceholders()
{
    QFETCH(QString, language);
    TsFile ts;
    QVERIFY2(ts.read(tsPath(language)), qPrintable(ts.errorString()));
    QStringList problems;
    for (const TsMessage &message : ts.messages()) {
        const QStringList expected = placeholders(message.source);
        for (qsizetype form = 0; form < message.translations.size(); ++form) {
            const QString &translation = message.translations.at(form);
            if (translation.isEmpty())
                continue;
            QStringList found = placeholders(translation);
            if (language == u"en" && message.numerus && form == 0 && !found.contains(u"%n"_s)
                && translation.contains(u'1'))
                found = placeholders(translation + u"%n"_s);
            if (found != expected) {
                problems.append(u"%1 instead of %2 in \"%3\": %4"_s.arg(found.join(u' '), expected.join(u' '),
                    translation, message.describe()));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_TranslationCompleteness)
#include "tst_translationcompleteness.moc"
