#include "core/request/traffictype.h"

#include <QCoreApplication>

namespace TrafficTypes {

QList<TrafficType> all()
{
    return {TrafficType::All, TrafficType::Allow, TrafficType::Drop};
}

QString apiName(TrafficType type)
{
    switch (type) {
    case TrafficType::All:
        return QStringLiteral("All");
    case TrafficType::Allow:
        return QStringLiteral("Allow");
    case TrafficType::Drop:
        return QStringLiteral("Drop");
    }
    Q_UNREACHABLE();
}

std::optional<TrafficType> fromApiName(QStringView name)
{
    for (TrafficType type : all()) {
        if (name.compare(apiName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString label(TrafficType type)
{
    switch (type) {
    case TrafficType::All:
        return QCoreApplication::translate("TrafficType", "All traffic");
    case TrafficType::Allow:
        return QCoreApplication::translate("TrafficType", "Traffic allowed by access control");
    case TrafficType::Drop:
        return QCoreApplication::translate("TrafficType", "Traffic denied by access control");
    }
    Q_UNREACHABLE();
}

} // namespace TrafficTypes
