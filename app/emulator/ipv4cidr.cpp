#include "emulator/ipv4cidr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

std::optional<quint32> Ipv4Cidr::parseAddress(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok);
        if (!ok || octet > 255 || part.isEmpty() || part.size() > 3 || !part.front().isDigit())
            return std::nullopt;
        address = (address << 8) | octet;
    }
    return address;
}

std::optional<Ipv4Cidr> Ipv4Cidr::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const std::optional<quint32> address = parseAddress(text.left(slash));
    bool ok = false;
    const int prefix = text.mid(slash + 1).toInt(&ok);
    if (!address || !ok || prefix < 0 || prefix > 32)
        return std::nullopt;
    const Ipv4Cidr cidr {*address, prefix};
    const quint64 hostMask = cidr.size() - 1;
    if ((*address & hostMask) != 0)
        return std::nullopt;
    return cidr;
}

QString Ipv4Cidr::addressText(quint32 address)
{
    return u"%1.%2.%3.%4"_s.arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

QString Ipv4Cidr::toString() const
{
    return addressText(base) + u'/' + QString::number(prefixLength);
}
