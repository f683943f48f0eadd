#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The kind of resource whose traffic a flow log captures. The API spelling never changes with the
// language; the label does.
enum class ResourceType { NetworkInterface, VSwitch, Vpc };

namespace ResourceTypes {
QList<ResourceType> all();
// "NetworkInterface", "VSwitch" or "VPC": exactly what the API expects.
QString apiName(ResourceType type);
// Accepts only the exact API spelling.
// The type an API name spells; with Qt::CaseInsensitive also "vpc", "vswitch", "networkinterface"
// (flowlog-cli's lower-case aliases).
std::optional<ResourceType> fromApiName(QStringView name, Qt::CaseSensitivity cs = Qt::CaseSensitive);
// Translated label, e.g. "Elastic network interface" / "弹性网卡".
QString label(ResourceType type);
// The prefix of this type's resource IDs, e.g. "eni-".
QString idPrefix(ResourceType type);
} // namespace ResourceTypes
