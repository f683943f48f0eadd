#include "cli/csvreader.h"
#include "core/history/csvwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parsesRfc4180_data();
    void parsesRfc4180();
    void rowsKnowTheirLine();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void emptyFileHasNoHeader();
    void quotedRoundTrips_data();
    void quotedRoundTrips();
};

void tst_CsvReader::parsesRfc4180_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    const QStringList ab {u"a"_s, u"b"_s};
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n3,4\n") << ab << Rows {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    QTest::newRow("CRLF, no final break") << QByteArray("a,b\r\n1,2\r\n3,4") << ab
                                          << Rows {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x, y\",2\n") << ab << Rows {{u"x, y"_s, u"2"_s}};
    QTest::newRow("doubled quote") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\n") << ab
                                   << Rows {{u"say \"hi\""_s, QString()}};
    QTest::newRow("embedded line break") << QByteArray("a,b\n\"line 1\nline 2\",2\n") << ab
                                         << Rows {{u"line 1\nline 2"_s, u"2"_s}};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << ab << Rows {{u"1"_s, u"2"_s}};
    QTest::newRow("Chinese") << QByteArray("a,b\n华东1（杭州）,\"流日志，中文\"\n") << ab
                             << Rows {{u"华东1（杭州）"_s, u"流日志，中文"_s}};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n1,,3\n") << QStringList {u"a"_s, u"b"_s, u"c"_s}
                                  << Rows {{QString(), QString(), QString()}, {u"1"_s, QString(), u"3"_s}};
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\n\r\n") << ab << Rows {{u"1"_s, u"2"_s}};
    QTest::newRow("spaces kept") << QByteArray("a,b\n 1 , 2\n") << ab << Rows {{u" 1 "_s, u" 2"_s}};
    QTest::newRow("trailing comma at end") << QByteArray("a,b\n1,") << ab << Rows {{u"1"_s, QString()}};
    QTest::newRow("ragged rows kept") << QByteArray("a,b\n1\n1,2,3\n") << ab
                                      << Rows {{u"1"_s}, {u"1"_s, u"2"_s, u"3"_s}};
}

void tst_CsvReader::parsesRfc4180()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    CsvTable table;
    QString error;
    QVERIFY2(CsvReader::parse(data, &table, &error), qPrintable(error));
    QCOMPARE(table.header, header);
    QCOMPARE(table.rows, rows);
    QCOMPARE(table.lines.size(), rows.size());
}

void tst_CsvReader::rowsKnowTheirLine()
{
    CsvTable table;
    QString error;
    QVERIFY(CsvReader::parse("h\n\"a\nb\nc\"\nnext\n\nlast\n", &table, &error));
    QCOMPARE(table.lines, QList<int>({2, 5, 7}));
}

void tst_CsvReader::rejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("line");
    QTest::newRow("quote inside unquoted field") << QByteArray("a,b\n1,x\"y\n") << u"2"_s;
    QTest::newRow("text after closing quote") << QByteArray("a,b\n1,2\n\"x\"y,2\n") << u"3"_s;
    QTest::newRow("never closed") << QByteArray("a,b\n1,\"open\n\n") << u"2"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("a,b\n\xC3\x28,2\n") << u"UTF-8"_s;
}

void tst_CsvReader::rejectsMalformedInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, line);
    CsvTable table;
    QString error;
    QVERIFY(!CsvReader::parse(data, &table, &error));
    QVERIFY2(error.contains(line), qPrintable(error));
}

void tst_CsvReader::emptyFileHasNoHeader()
{
    CsvTable table;
    QString error;
    QVERIFY(CsvReader::parse({}, &table, &error));
    QVERIFY(table.header.isEmpty());
    QVERIFY(table.rows.isEmpty());
}

void tst_CsvReader::quotedRoundTrips_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"cn-hangzhou"_s << u"cn-hangzhou"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line break") << u"1\n2"_s << u"\"1\n2\""_s;
    QTest::newRow("Chinese") << u"流日志"_s << u"流日志"_s;
    // Found by fuzz_csvreader: unquoted, it would be read as the file's byte-order mark.
    QTest::newRow("leading U+FEFF") << QString(QChar(0xFEFF) + u"R"_s) << QString(u"\""_s + QChar(0xFEFF) + u"R\""_s);
}

void tst_CsvReader::quotedRoundTrips()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::quoted(field), written);
    CsvTable table;
    QString error;
    QVERIFY(CsvReader::parse((u"h,x\n"_s + written + u",x\n"_s).toUtf8(), &table, &error));
    QCOMPARE(table.rows, Rows({{field, u"x"_s}}));
    // And as the file's very first field.
    CsvTable first;
    QVERIFY(CsvReader::parse((written + u",x\n1,2\n"_s).toUtf8(), &first, &error));
    QCOMPARE(first.header, QStringList({field, u"x"_s}));
}

QTEST_APPLESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
