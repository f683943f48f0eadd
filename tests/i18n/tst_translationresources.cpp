#include "translations/translationcatalog.h"
#include "tsfile.h"

#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Linking flowlog_translations is enough for :/i18n/flowlog_<language>.qm to be there, and the
// compiled files answer with exactly what the committed .ts files say.
class tst_TranslationResources : public QObject
{
    Q_OBJECT

private slots:
    void qmFileIsAResource_data();
    void qmFileIsAResource();
    void localeLookupFindsTheFile_data();
    void localeLookupFindsTheFile();
    void qmFileTranslatesAsTheTsFileSays_data();
    void qmFileTranslatesAsTheTsFileSays();

private:
    static void addLanguageRows();
};

void tst_TranslationResources::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : TranslationCatalog::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void tst_TranslationResources::qmFileIsAResource_data()
{
    addLanguageRows();
}

void tst_TranslationResources::qmFileIsAResource()
{
    QFETCH(QString, language);
    const QString path = TranslationCatalog::resourcePath(language);
    QCOMPARE(path, u":/i18n/flowlog_"_s + language + u".qm"_s);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTranslator translator;
    QVERIFY(translator.load(path));
    QVERIFY(!translator.isEmpty());
}

void tst_TranslationResources::localeLookupFindsTheFile_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China) << u"zh_CN"_s;
    QTest::newRow("zh (China)") << QLocale(QLocale::Chinese, QLocale::China) << u"zh_CN"_s;
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"en"_s;
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"en"_s;
}

// The lookup the language manager and flowlog-cli do: by locale, prefix "flowlog", separator "_".
void tst_TranslationResources::localeLookupFindsTheFile()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(locale, TranslationCatalog::fileBaseName(), u"_"_s,
        TranslationCatalog::resourceDirectory()));
    QCOMPARE(translator.filePath(), TranslationCatalog::resourcePath(language));
}

void tst_TranslationResources::qmFileTranslatesAsTheTsFileSays_data()
{
    addLanguageRows();
}

void tst_TranslationResources::qmFileTranslatesAsTheTsFileSays()
{
    QFETCH(QString, language);
    TsFile ts;
    QVERIFY2(ts.read(QStringLiteral(FLOWLOG_TS_DIR) + u"/flowlog_"_s + language + u".ts"_s),
        qPrintable(ts.errorString()));
    QTranslator translator;
    QVERIFY(translator.load(TranslationCatalog::resourcePath(language)));
    qsizetype checked = 0;
    for (const TsMessage &message : ts.messages()) {
        if (!message.type.isEmpty() || message.translations.contains(QString()))
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        if (!message.numerus) {
            QCOMPARE(translator.translate(context.constData(), source.constData(), comment.constData()), message.translations.constFirst());
        } else {
            // Chinese has one form; English uses its first form for 1 and its second for any other count.
            QCOMPARE(translator.translate(context.constData(), source.constData(), comment.constData(), 1), message.translations.constFirst());
            QCOMPARE(translator.translate(context.constData(), source.constData(), comment.constData(), 2), message.translations.constLast());
        }
        ++checked;
    }
    QVERIFY(checked > 0);
}

QTEST_APPLESS_MAIN(tst_TranslationResources)
#include "tst_translationresources.moc"
