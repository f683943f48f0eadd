#include "core/platform/boundedfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_BoundedFile : public QObject
{
    Q_OBJECT

private slots:
    void regularFileIsReadWhole();
    void symbolicLinkToAFileIsFollowed();
    void fileOverTheCapIsRefused();
    void missingFileSaysSo();
    void deviceIsNoRegularFile();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString tst_BoundedFile::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

void tst_BoundedFile::regularFileIsReadWhole()
{
    const QString path = write(u"rows.csv"_s, "RegionId\ncn-hangzhou\n");
    const BoundedFile::Result result = BoundedFile::read(path, 1024);
    QVERIFY(result.ok());
    QCOMPARE(result.data, QByteArray("RegionId\ncn-hangzhou\n"));
    QVERIFY(result.reason.isEmpty());
}

void tst_BoundedFile::symbolicLinkToAFileIsFollowed()
{
    const QString target = write(u"real-config.json"_s, "{}");
    const QString link = m_dir.filePath(u"config.json"_s);
    QVERIFY(QFile::link(target, link));
    const BoundedFile::Result result = BoundedFile::read(link, 1024);
    QVERIFY(result.ok());
    QCOMPARE(result.data, QByteArray("{}"));
}

void tst_BoundedFile::fileOverTheCapIsRefused()
{
    const QString path = write(u"big.csv"_s, QByteArray(2049, 'x'));
    const BoundedFile::Result result = BoundedFile::read(path, 2048);
    QCOMPARE(result.problem, BoundedFile::Problem::TooLarge);
    QVERIFY(result.data.isEmpty());
    QVERIFY2(result.reason.contains(u"the 2 KiB read at most"_s), qPrintable(result.reason));
    QVERIFY(BoundedFile::read(path, 2049).ok()); // exactly at the cap is fine
}

void tst_BoundedFile::missingFileSaysSo()
{
    const BoundedFile::Result result = BoundedFile::read(m_dir.filePath(u"none.csv"_s), 1024);
    QCOMPARE(result.problem, BoundedFile::Problem::Missing);
    QVERIFY(!result.reason.isEmpty());
}

void tst_BoundedFile::deviceIsNoRegularFile()
{
    const BoundedFile::Result result = BoundedFile::read(u"/dev/zero"_s, 1024);
    QCOMPARE(result.problem, BoundedFile::Problem::NotRegularFile);
    QVERIFY(result.data.isEmpty());
    QCOMPARE(BoundedFile::read(m_dir.path(), 1024).problem, BoundedFile::Problem::NotRegularFile);
}

QTEST_GUILESS_MAIN(tst_BoundedFile)
#include "tst_boundedfile.moc"
