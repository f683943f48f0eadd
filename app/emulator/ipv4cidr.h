#pragma once

#include <QString>

#include <optional>

// An IPv4 block "a.b.c.d/n" as the VPC API takes it (the base is the block's first address).
struct Ipv4Cidr
{
    quint32 base = 0;
    int prefixLength = 32;

    // A dotted quad with a prefix of 0–32 whose host bits are zero; nullopt otherwise.
    static std::optional<Ipv4Cidr> parse(const QString &text);
    static std::optional<quint32> parseAddress(const QString &text);
    static QString addressText(quint32 address);

    QString toString() const;
    quint64 size() const { return quint64(1) << (32 - prefixLength); }
    quint32 last() const { return quint32(base + size() - 1); }
    bool contains(quint32 address) const { return address >= base && address <= last(); }
    bool contains(const Ipv4Cidr &other) const { return contains(other.base) && contains(other.last()); }
    bool overlaps(const Ipv4Cidr &other) const { return base <= other.last() && other.base <= last(); }
};
