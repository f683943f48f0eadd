#include "core/batch/csvreader.h"
#include "core/history/csvwriter.h"
#include "core/request/tagsyntax.h"

#include <QRandomGenerator>

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
    void tagListsAreSplitAtUnescapedSemicolons_data();
    void tagListsAreSplitAtUnescapedSemicolons();
    void tagTextWithAnUnknownEscapeIsRejected_data();
    void tagTextWithAnUnknownEscapeIsRejected();
    void formattedTagsParseBackUnchanged();
    void batchColumnsExpandTrafficPathAndTags();
    void batchTagErrorNamesRowColumnAndEscape();
    void commandLineDefaultsFillOnlyWhatTheRowLeavesOut();
    void pastedTextWithAHeaderMapsItsColumns();
    void pastedTextWithoutAHeaderFollowsTheDocumentedOrder();
    void pastedCellsKeepSpreadsheetQuoting();
    void headerProblemsNameTheSource_data();
    void headerProblemsNameTheSource();
    void cellsReadBackAsTheSameRequest();
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

void tst_CsvReader::tagListsAreSplitAtUnescapedSemicolons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<FlowLogTags>("tags");
    QTest::newRow("two") << u"env=prod;team=net"_s << FlowLogTags {{u"env"_s, u"prod"_s}, {u"team"_s, u"net"_s}};
    QTest::newRow("trailing separator") << u"env=prod;"_s << FlowLogTags {{u"env"_s, u"prod"_s}};
    QTest::newRow("empty value") << u"a=;b=1"_s << FlowLogTags {{u"a"_s, QString()}, {u"b"_s, u"1"_s}};
    QTest::newRow("escaped separator") << u"a=x\\;y;b=1"_s << FlowLogTags {{u"a"_s, u"x;y"_s}, {u"b"_s, u"1"_s}};
    QTest::newRow("escaped equals and backslash") << u"k\\=1=v\\\\"_s << FlowLogTags {{u"k=1"_s, u"v\\"_s}};
    QTest::newRow("escaped backslash before separator") << u"a=\\\\;b=2"_s
                                                        << FlowLogTags {{u"a"_s, u"\\"_s}, {u"b"_s, u"2"_s}};
    QTest::newRow("Chinese") << u"环境=生产;负责人=张三"_s
                             << FlowLogTags {{u"环境"_s, u"生产"_s}, {u"负责人"_s, u"张三"_s}};
    QTest::newRow("nothing") << QString() << FlowLogTags {};
}

void tst_CsvReader::tagListsAreSplitAtUnescapedSemicolons()
{
    QFETCH(QString, text);
    QFETCH(FlowLogTags, tags);
    TagSyntax::Error error;
    QCOMPARE(TagSyntax::parseList(text, &error), tags);
    QVERIFY2(error.ok(), qPrintable(error.message()));
}

void tst_CsvReader::tagTextWithAnUnknownEscapeIsRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escape");
    QTest::newRow("in a key") << u"a\\q=1"_s << u"\\q"_s;
    QTest::newRow("in a value") << u"a=1;b=\\t"_s << u"\\t"_s;
    QTest::newRow("before Chinese") << u"a=\\生"_s << u"\\生"_s;
}

void tst_CsvReader::tagTextWithAnUnknownEscapeIsRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, escape);
    TagSyntax::Error error;
    QVERIFY(TagSyntax::parseList(text, &error).isEmpty());
    QCOMPARE(error.kind, TagSyntax::Error::Kind::UnknownEscape);
    QCOMPARE(error.escape, escape);
    QVERIFY2(error.message().contains(escape), qPrintable(error.message()));
}

// Property: for any keys and values, made of the characters the syntax treats specially and
// others, format() and formatList() read back as what they were given.
void tst_CsvReader::formattedTagsParseBackUnchanged()
{
    const QStringList alphabet {u";"_s, u"="_s, u"\\"_s, u"中"_s, u"文"_s, u"标签"_s, u"a"_s, u"Z"_s, u"0"_s,
        u" "_s, u"-"_s, u"\\;"_s, u"\\="_s, u"😀"_s};
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const auto text = [&]() {
        QString result;
        const int length = int(random.bounded(8));
        for (int i = 0; i < length; ++i)
            result += alphabet.at(random.bounded(int(alphabet.size())));
        return result;
    };
    for (int round = 0; round < 2000; ++round) {
        FlowLogTags tags;
        const int count = int(random.bounded(4));
        for (int i = 0; i < count; ++i)
            tags.append({text(), text()});
        TagSyntax::Error error;
        const QString list = TagSyntax::formatList(tags);
        QVERIFY2(TagSyntax::parseList(list, &error) == tags && error.ok(),
            qPrintable(u"seed %1: %2"_s.arg(seed).arg(list)));
        for (const FlowLogTag &tag : std::as_const(tags)) {
            const QString one = TagSyntax::format(tag);
            QVERIFY2(TagSyntax::parseTag(one, &error) == tag && error.ok(),
                qPrintable(u"seed %1: %2"_s.arg(seed).arg(one)));
        }
    }
}

void tst_CsvReader::batchColumnsExpandTrafficPathAndTags()
{
    const QStringList columns {u"RegionId"_s, u"TrafficPath"_s, u"Tags"_s, u"AggregationInterval"_s, u"IpVersion"_s,
        u"ResourceGroupId"_s};
    ApiParameters parameters;
    QString error;
    QVERIFY(BatchColumns::parameters(columns,
        {u"cn-hangzhou"_s, u"all; internetGateway;"_s, u"env=生产;k\\;1=a\\=b"_s, u"5"_s, u"DualStack"_s, u"rg-1"_s}, 1, 2,
        &parameters, &error));
    QCOMPARE(parameters,
        ApiParameters({{u"RegionId"_s, u"cn-hangzhou"_s}, {u"TrafficPath.1"_s, u"all"_s},
            {u"TrafficPath.2"_s, u"internetGateway"_s}, {u"Tag.1.Key"_s, u"env"_s}, {u"Tag.1.Value"_s, u"生产"_s},
            {u"Tag.2.Key"_s, u"k;1"_s}, {u"Tag.2.Value"_s, u"a=b"_s}, {u"AggregationInterval"_s, u"5"_s},
            {u"IpVersion"_s, u"DualStack"_s}, {u"ResourceGroupId"_s, u"rg-1"_s}}));
    QVERIFY(BatchColumns::names().contains(u"Tags"_s));
    QVERIFY(!BatchColumns::required().contains(u"Tags"_s));
}

void tst_CsvReader::batchTagErrorNamesRowColumnAndEscape()
{
    ApiParameters parameters;
    QString error;
    QVERIFY(!BatchColumns::parameters({u"RegionId"_s, u"Tags"_s}, {u"cn-hangzhou"_s, u"a=1;b\\x=2"_s}, 3, 5,
        &parameters, &error));
    for (const QString &text : {u"Row 3"_s, u"line 5"_s, u"Tags"_s, u"\\x"_s})
        QVERIFY2(error.contains(text), qPrintable(error));
}

void tst_CsvReader::commandLineDefaultsFillOnlyWhatTheRowLeavesOut()
{
    const ApiParameters defaults {{u"AggregationInterval"_s, u"1"_s}, {u"TrafficPath.1"_s, u"all"_s},
        {u"TrafficPath.2"_s, u"internetGateway"_s}, {u"Tag.1.Key"_s, u"team"_s}, {u"Tag.1.Value"_s, u"net"_s}};
    const ApiParameters row {{u"RegionId"_s, u"cn-hangzhou"_s}, {u"TrafficPath.1"_s, u"internetGateway"_s}};
    // The row's list replaces the command line's as a whole; what it leaves out comes from there.
    QCOMPARE(BatchColumns::withDefaults(row, defaults),
        ApiParameters({{u"RegionId"_s, u"cn-hangzhou"_s}, {u"TrafficPath.1"_s, u"internetGateway"_s},
            {u"AggregationInterval"_s, u"1"_s}, {u"Tag.1.Key"_s, u"team"_s}, {u"Tag.1.Value"_s, u"net"_s}}));
}

void tst_CsvReader::pastedTextWithAHeaderMapsItsColumns()
{
    CsvTable table;
    QString error;
    QVERIFY(CsvReader::parsePasted(u"resourceid\tRegionId\nvsw-1\tcn-hangzhou\r\n"_s, &table, &error));
    QCOMPARE(table.header, (QStringList {u"resourceid"_s, u"RegionId"_s}));
    QCOMPARE(table.rows, (QList<QStringList> {{u"vsw-1"_s, u"cn-hangzhou"_s}}));
    QCOMPARE(table.lines, QList<int> {2});
}

void tst_CsvReader::pastedTextWithoutAHeaderFollowsTheDocumentedOrder()
{
    CsvTable table;
    QString error;
    // Six cells in the first row, eight in the second: the header reaches as far as the widest.
    QVERIFY(CsvReader::parsePasted(u"cn-hangzhou\tVPC\tvpc-1\tAll\tp\tls\n"
                                   u"cn-shanghai\tVPC\tvpc-2\tDrop\tp\tls\tname\tdesc\n"_s,
        &table, &error));
    QCOMPARE(table.header, BatchColumns::names().mid(0, 8));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.lines, (QList<int> {1, 2}));
    QCOMPARE(BatchColumns::required(), BatchColumns::names().mid(0, 6));
    // The required columns come first, so a header-less paste of just those is a whole batch.
    QVERIFY(CsvReader::parsePasted(u"cn-hangzhou\tVPC\tvpc-1\tAll\tp\tls"_s, &table, &error));
    QCOMPARE(table.header, BatchColumns::required());
}

void tst_CsvReader::pastedCellsKeepSpreadsheetQuoting()
{
    CsvTable table;
    QString error;
    // A spreadsheet quotes a cell with a tab, a line break or a quote, doubling the quotes.
    QVERIFY(CsvReader::parsePasted(u"FlowLogName\tDescription\nn\t\"two\nlines, \"\"quoted\"\"\"\n"_s, &table, &error));
    QCOMPARE(table.rows.at(0).at(1), u"two\nlines, \"quoted\""_s);
    QVERIFY(!CsvReader::parsePasted(u"FlowLogName\n\"open"_s, &table, &error));
    QVERIFY(!error.isEmpty());
}

void tst_CsvReader::headerProblemsNameTheSource_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("mentions");
    const QStringList required = BatchColumns::required();
    QTest::newRow("unknown") << (required + QStringList {u"Colour"_s}) << u"Colour"_s;
    QTest::newRow("repeated") << (required + QStringList {u"regionid"_s}) << u"RegionId"_s;
    QTest::newRow("missing") << required.mid(1) << u"RegionId"_s;
}

void tst_CsvReader::headerProblemsNameTheSource()
{
    QFETCH(QStringList, header);
    QFETCH(QString, mentions);
    QStringList columns;
    QString error;
    QVERIFY(!BatchColumns::mapHeader(header, u"the pasted text"_s, &columns, &error));
    QVERIFY2(error.contains(mentions) && error.contains(u"the pasted text"_s), qPrintable(error));
    QVERIFY(BatchColumns::mapHeader(BatchColumns::names(), u"f.csv"_s, &columns, &error));
    QCOMPARE(columns, BatchColumns::names());
}

void tst_CsvReader::cellsReadBackAsTheSameRequest()
{
    FlowLogRequest request;
    request.regionId = u"cn-hangzhou"_s;
    request.resourceType = ResourceType::NetworkInterface;
    request.resourceId = u"eni-1"_s;
    request.trafficType = TrafficType::Allow;
    request.projectName = u"p"_s;
    request.logStoreName = u"ls"_s;
    request.flowLogName = u"名字"_s;
    request.description = u"a;b=c"_s;
    request.aggregationInterval = u"1"_s;
    request.trafficPaths = {u"all"_s, u"internetGateway"_s};
    request.ipVersion = u"DualStack"_s;
    request.resourceGroupId = u"rg-1"_s;
    request.tags = {{u"k;1"_s, u"a=b"_s}, {u"env"_s, u""_s}};
    const QStringList cells = BatchColumns::cells(request);
    QCOMPARE(cells.size(), BatchColumns::names().size());
    ApiParameters parameters;
    QString error;
    QVERIFY2(BatchColumns::parameters(BatchColumns::names(), cells, 1, 2, &parameters, &error), qPrintable(error));
    const auto value = [&parameters](const QString &name) {
        for (const ApiParameter &parameter : std::as_const(parameters)) {
            if (parameter.first == name)
                return parameter.second;
        }
        return QString();
    };
    QCOMPARE(value(u"TrafficPath.2"_s), u"internetGateway"_s);
    QCOMPARE(value(u"Tag.1.Key"_s), u"k;1"_s);
    QCOMPARE(value(u"Tag.1.Value"_s), u"a=b"_s);
    QCOMPARE(value(u"Tag.2.Key"_s), u"env"_s);
    QCOMPARE(value(u"Description"_s), u"a;b=c"_s);
    QCOMPARE(value(u"ResourceType"_s), u"NetworkInterface"_s);
}

QTEST_APPLESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
