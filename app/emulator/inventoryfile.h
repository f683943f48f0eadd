#pragma once

#include "emulator/flowlogrecord.h"
#include "emulator/inventorystore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// An account as an inventory file or the generator describes it: its resources, and flow logs for
// the flow-log store.
struct InventoryContents
{
    InventoryStore store;
    QList<FlowLogRecord> flowLogs;
};

// The --inventory file (app/emulator/README.md, "Inventory file"): regions → vpcs, vSwitches,
// networkInterfaces and flowLogs. All or nothing: the first problem ends the reading with a message
// naming where it is (regions[0].vSwitches[3].cidrBlock) and what is wrong.
namespace InventoryFile {
std::optional<InventoryContents> read(const QString &path, qint64 nowMs, QString *error);
std::optional<InventoryContents> parse(const QByteArray &json, qint64 nowMs, QString *error);
} // namespace InventoryFile
