#pragma once

#include "emulator/inventorystore.h"

#include <QJsonObject>

// The list items of DescribeVpcs, DescribeVSwitches and DescribeNetworkInterfaces, with the Go
// SDK's field names and types (vpc-20160428 and ecs-20140526 *_response_body_model.go). ownerId:
// the calling account (a number in the VPC API, a string in ECS).
namespace InventoryJson {
QJsonObject vpc(const InventoryStore &store, int index, const QString &ownerId);
QJsonObject vSwitch(const InventoryStore &store, int index, const QString &ownerId);
QJsonObject networkInterface(const InventoryStore &store, int index, const QString &ownerId);
// The addresses a vSwitch still has: its block less the first and the last three (the service
// reserves them), less its ENIs'.
qint64 availableIpAddressCount(const InventoryStore &store, int vSwitch);
} // namespace InventoryJson
