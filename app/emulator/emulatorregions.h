#pragma once

#include <QList>
#include <QString>

// The regions the emulated service knows (the public VPC regions, Jan 2026), with both names
// DescribeRegions returns. Independent of the client's own catalogue on purpose: the emulator
// plays the server.
struct EmulatorRegion
{
    const char *id = nullptr;
    const char *englishName = nullptr;
    const char *chineseName = nullptr; // UTF-8

    QString regionId() const { return QString::fromLatin1(id); }
    // AcceptLanguage "en-US" (or any "en…") gives the English name, everything else Chinese.
    QString localName(const QString &acceptLanguage) const;
    QString endpoint() const; // vpc.<RegionId>.aliyuncs.com

    static const QList<EmulatorRegion> &all();
    static bool isKnown(const QString &regionId);
};
