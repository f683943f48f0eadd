#include "core/request/resourcetype.h"

#include <QCoreApplication>

namespace ResourceTypes {

QList<ResourceType> all()
{
    return {ResourceType::NetworkInterface, ResourceType::VSwitch, ResourceType::Vpc};
}

QString apiName(ResourceType type)
{
    switch (type) {
    case ResourceType::NetworkInterface:
        return QStringLiteral("NetworkInterface");
    case ResourceType::VSwitch:
        return QStringLiteral("VSwitch");
    case ResourceType::Vpc:
        return QStringLiteral("VPC");
    }
    Q_UNREACHABLE();
}

std::optional<ResourceType> fromApiName(QStringView name, Qt::CaseSensitivity cs)
{
    for (ResourceType type : all()) {
        if (name.compare(apiName(type), cs) == 0)
            return type;
    }
    return std::nullopt;
}

QString label(ResourceType type)
{
    switch (type) {
    case ResourceType::NetworkInterface:
        return QCoreApplication::translate("ResourceType", "Elastic network interface");
    case ResourceType::VSwitch:
        return QCoreApplication::translate("ResourceType", "vSwitch");
    case ResourceType::Vpc:
        return QCoreApplication::translate("ResourceType", "Virtual private cloud");
    }
    Q_UNREACHABLE();
}

QString idPrefix(ResourceType type)
{
    switch (type) {
    case ResourceType::NetworkInterface:
        return QStringLiteral("eni-");
    case ResourceType::VSwitch:
        return QStringLiteral("vsw-");
    case ResourceType::Vpc:
        return QStringLiteral("vpc-");
    }
    Q_UNREACHABLE();
}

} // namespace ResourceTypes
