#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Which traffic a flow log captures.
enum class TrafficType { All, Allow, Drop };

namespace TrafficTypes {
QList<TrafficType> all();
// "All", "Allow" or "Drop": the canonical spelling that is sent.
QString apiName(TrafficType type);
// Case-insensitive: the product document's own example sends "all".
std::optional<TrafficType> fromApiName(QStringView name);
// Translated label, e.g. "All traffic" / "全部流量".
QString label(TrafficType type);
} // namespace TrafficTypes
