#include "core/config/regioncatalog.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Regions : public QObject
{
    Q_OBJECT

    static QLocale chinese() { return QLocale(QLocale::Chinese, QLocale::China); }
    static QLocale english() { return QLocale(QLocale::English, QLocale::UnitedStates); }

private slots:
    void cleanup();
    void resourceIsCompiledIntoTheLibrary();
    void catalogHasTheTwentySevenPublicRegionsOnce();
    void catalogKeepsTheConsoleOrder();
    void namesMatchThePublishedTable_data();
    void namesMatchThePublishedTable();
    void localNameFollowsTheUiLanguage();
    void displayNameIsLocalNameThenId_data();
    void displayNameIsLocalNameThenId();
    void localNameFollowsTheDefaultLocale();
    void unknownRegionIsNotFound_data();
    void unknownRegionIsNotFound();
};

void tst_Regions::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void tst_Regions::resourceIsCompiledIntoTheLibrary()
{
    QFile file(u":/flowlog/regions.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QVERIFY(file.size() > 0);
}

void tst_Regions::catalogHasTheTwentySevenPublicRegionsOnce()
{
    const QList<Region> &regions = RegionCatalog::builtIn();
    QCOMPARE(regions.size(), 27);
    QSet<QString> ids;
    for (const Region &region : regions) {
        QVERIFY2(!region.englishName.isEmpty() && !region.chineseName.isEmpty(), qPrintable(region.id));
        ids.insert(region.id);
    }
    QCOMPARE(ids.size(), 27);
}

void tst_Regions::catalogKeepsTheConsoleOrder()
{
    const QList<Region> &regions = RegionCatalog::builtIn();
    QVERIFY(!regions.isEmpty());
    QCOMPARE(regions.first().id, u"cn-qingdao"_s);
    QCOMPARE(regions.at(5).id, u"cn-hangzhou"_s);
    QCOMPARE(regions.last().id, u"me-east-1"_s);
}

void tst_Regions::namesMatchThePublishedTable_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    const struct
    {
        const char *id;
        const char *english;
        const char *chinese;
    } table[] = {
        {"cn-qingdao", "China (Qingdao)", "华北1（青岛）"},
        {"cn-beijing", "China (Beijing)", "华北2（北京）"},
        {"cn-zhangjiakou", "China (Zhangjiakou)", "华北3（张家口）"},
        {"cn-huhehaote", "China (Hohhot)", "华北5（呼和浩特）"},
        {"cn-wulanchabu", "China (Ulanqab)", "华北6（乌兰察布）"},
        {"cn-hangzhou", "China (Hangzhou)", "华东1（杭州）"},
        {"cn-shanghai", "China (Shanghai)", "华东2（上海）"},
        {"cn-nanjing", "China (Nanjing - Local Region)", "华东5（南京-本地地域）"},
        {"cn-fuzhou", "China (Fuzhou - Local Region)", "华东6（福州-本地地域）"},
        {"cn-wuhan-lr", "China (Wuhan - Local Region)", "华中1（武汉-本地地域）"},
        {"cn-shenzhen", "China (Shenzhen)", "华南1（深圳）"},
        {"cn-heyuan", "China (Heyuan)", "华南2（河源）"},
        {"cn-guangzhou", "China (Guangzhou)", "华南3（广州）"},
        {"cn-chengdu", "China (Chengdu)", "西南1（成都）"},
        {"cn-hongkong", "China (Hong Kong)", "中国香港"},
        {"ap-northeast-1", "Japan (Tokyo)", "日本（东京）"},
        {"ap-northeast-2", "South Korea (Seoul)", "韩国（首尔）"},
        {"ap-southeast-1", "Singapore", "新加坡"},
        {"ap-southeast-3", "Malaysia (Kuala Lumpur)", "马来西亚（吉隆坡）"},
        {"ap-southeast-5", "Indonesia (Jakarta)", "印度尼西亚（雅加达）"},
        {"ap-southeast-6", "Philippines (Manila)", "菲律宾（马尼拉）"},
        {"ap-southeast-7", "Thailand (Bangkok)", "泰国（曼谷）"},
        {"us-east-1", "US (Virginia)", "美国（弗吉尼亚）"},
        {"us-west-1", "US (Silicon Valley)", "美国（硅谷）"},
        {"eu-central-1", "Germany (Frankfurt)", "德国（法兰克福）"},
        {"eu-west-1", "UK (London)", "英国（伦敦）"},
        {"me-east-1", "UAE (Dubai)", "阿联酋（迪拜）"},
    };
    for (const auto &row : table)
        QTest::newRow(row.id) << QString::fromLatin1(row.id) << QString::fromUtf8(row.english)
                              << QString::fromUtf8(row.chinese);
}

void tst_Regions::namesMatchThePublishedTable()
{
    QFETCH(QString, id);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const std::optional<Region> region = RegionCatalog::find(id);
    QVERIFY(region.has_value());
    QVERIFY(RegionCatalog::isKnown(id));
    QCOMPARE(region->englishName, english);
    QCOMPARE(region->chineseName, chinese);
}

void tst_Regions::localNameFollowsTheUiLanguage()
{
    const Region region = RegionCatalog::find(u"cn-beijing"_s).value();
    QLocale::setDefault(chinese());
    QCOMPARE(region.localName(), u"华北2（北京）"_s);
    QLocale::setDefault(english());
    QCOMPARE(region.localName(), u"China (Beijing)"_s);
    // Switching back must not be stuck on a cached name.
    QLocale::setDefault(chinese());
    QCOMPARE(region.localName(), u"华北2（北京）"_s);
}

void tst_Regions::displayNameIsLocalNameThenId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hangzhou zh") << u"cn-hangzhou"_s << true << u"华东1（杭州） cn-hangzhou"_s;
    QTest::newRow("hangzhou en") << u"cn-hangzhou"_s << false << u"China (Hangzhou) cn-hangzhou"_s;
    QTest::newRow("singapore en") << u"ap-southeast-1"_s << false << u"Singapore ap-southeast-1"_s;
    QTest::newRow("dubai zh") << u"me-east-1"_s << true << u"阿联酋（迪拜） me-east-1"_s;
}

void tst_Regions::displayNameIsLocalNameThenId()
{
    QFETCH(QString, id);
    QFETCH(bool, chinese);
    QFETCH(QString, expected);
    QLocale::setDefault(chinese ? tst_Regions::chinese() : english());
    QCOMPARE(RegionCatalog::find(id).value().displayName(), expected);
}

void tst_Regions::localNameFollowsTheDefaultLocale()
{
    const Region region = RegionCatalog::find(u"cn-shanghai"_s).value();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
    QCOMPARE(region.localName(), u"华东2（上海）"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(region.localName(), u"China (Shanghai)"_s);
}

void tst_Regions::unknownRegionIsNotFound_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("made up") << u"cn-atlantis"_s;
    QTest::newRow("upper case") << u"CN-HANGZHOU"_s;
    QTest::newRow("name instead of id") << u"China (Hangzhou)"_s;
}

void tst_Regions::unknownRegionIsNotFound()
{
    QFETCH(QString, id);
    QVERIFY(!RegionCatalog::find(id).has_value());
    QVERIFY(!RegionCatalog::isKnown(id));
}

QTEST_APPLESS_MAIN(tst_Regions)
#include "tst_regions.moc"
