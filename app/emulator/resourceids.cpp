#include "emulator/resourceids.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
constexpr int alphabetSize = int(sizeof(alphabet) - 1);

// The infixes seen in real IDs of these regions; other regions get a stable one of ours.
const QHash<QString, QString> &knownInfixes()
{
    static const QHash<QString, QString> infixes {{u"cn-hangzhou"_s, u"bp1"_s}, {u"cn-shanghai"_s, u"uf6"_s},
        {u"cn-beijing"_s, u"2ze"_s}, {u"cn-shenzhen"_s, u"wz9"_s}, {u"cn-qingdao"_s, u"m5e"_s},
        {u"cn-zhangjiakou"_s, u"8vb"_s}, {u"cn-hongkong"_s, u"j6c"_s}, {u"ap-southeast-1"_s, u"t4n"_s},
        {u"us-west-1"_s, u"rj9"_s}, {u"eu-central-1"_s, u"gw8"_s}};
    return infixes;
}

} // namespace

namespace ResourceIds {

QString regionInfix(const QString &regionId)
{
    const QString known = knownInfixes().value(regionId);
    if (!known.isEmpty())
        return known;
    const QByteArray hash = QCryptographicHash::hash(regionId.toUtf8(), QCryptographicHash::Sha1);
    QString infix;
    for (int i = 0; i < 3; ++i)
        infix += QLatin1Char(alphabet[quint8(hash.at(i)) % alphabetSize]);
    return infix;
}

QString make(const QString &prefix, const QString &regionId, int length, QRandomGenerator &random)
{
    QString id = prefix + regionInfix(regionId);
    id.reserve(length);
    while (id.size() < length)
        id += QLatin1Char(alphabet[random.bounded(alphabetSize)]);
    return id;
}

QString make(const QString &prefix, const QString &regionId, int length)
{
    return make(prefix, regionId, length, *QRandomGenerator::global());
}

QString macAddress(const QString &networkInterfaceId)
{
    const QByteArray hash = QCryptographicHash::hash(networkInterfaceId.toUtf8(), QCryptographicHash::Sha1);
    return u"00:16:3e:%1:%2:%3"_s.arg(quint8(hash.at(0)), 2, 16, QLatin1Char('0'))
        .arg(quint8(hash.at(1)), 2, 16, QLatin1Char('0'))
        .arg(quint8(hash.at(2)), 2, 16, QLatin1Char('0'));
}

QStringList zonesOf(const QString &regionId)
{
    const QString letters = regionId == u"cn-hangzhou"_s ? u"hijk"_s : u"abc"_s;
    // ap-southeast-1a, but cn-hangzhou-h: a region ending in a digit takes the letter directly.
    const QString separator = regionId.back().isDigit() ? QString() : u"-"_s;
    QStringList zones;
    for (const QChar letter : letters)
        zones.append(regionId + separator + letter);
    return zones;
}

bool isZoneOf(const QString &zoneId, const QString &regionId)
{
    if (!zoneId.startsWith(regionId) || zoneId.size() < regionId.size() + 1)
        return false;
    QStringView rest = QStringView(zoneId).sliced(regionId.size());
    if (rest.startsWith(u'-'))
        rest = rest.sliced(1);
    return rest.size() == 1 && rest.front().isLower();
}

} // namespace ResourceIds
