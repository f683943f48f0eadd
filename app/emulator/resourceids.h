#pragma once

#include <QString>
#include <QStringList>

class QRandomGenerator;

// The shapes of the IDs and zones the emulator hands out, as the real services make them: a type
// prefix, the region's three-character infix (vpc-bp1… in cn-hangzhou, vpc-uf6… in cn-shanghai) and
// lower-case alphanumerics up to the real length (25 characters for vpc-, vsw-, eni-, vrt-, vtb-;
// 22 for i- and sg-).
namespace ResourceIds {
QString regionInfix(const QString &regionId);
// prefix + infix + characters drawn from random, `length` characters in all.
QString make(const QString &prefix, const QString &regionId, int length, QRandomGenerator &random);
// The same from the global generator (the Create actions).
QString make(const QString &prefix, const QString &regionId, int length);
// A MAC address of Alibaba Cloud's prefix 00:16:3e, derived from the ENI's ID.
QString macAddress(const QString &networkInterfaceId);
// The zones the emulator knows in a region: cn-hangzhou-h … -k, cn-shanghai-a …, ap-southeast-1a ….
QStringList zonesOf(const QString &regionId);
bool isZoneOf(const QString &zoneId, const QString &regionId);
} // namespace ResourceIds
