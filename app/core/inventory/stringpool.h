#pragma once

#include <QSet>
#include <QString>

// One shared buffer per distinct string: the listings repeat the same VPC, vSwitch, zone, region
// and status strings across thousands of resources, and QString shares its data when copied.
class StringPool
{
public:
    QString intern(const QString &text)
    {
        if (text.isEmpty())
            return {};
        const auto found = m_strings.constFind(text);
        if (found != m_strings.cend())
            return *found;
        m_strings.insert(text);
        return text;
    }
    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
};
