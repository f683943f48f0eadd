#pragma once

#include "emulator/inventoryfile.h"

#include <QString>

#include <optional>

// What --generate-inventory asks for: "regions=20,vpcs=2000,vswitches=20000,enis=200000,
// flowlogs=5000,seed=1" (every key optional).
struct InventorySpec
{
    int regions = 1;
    int vpcs = 0;
    int vSwitches = 0;
    int networkInterfaces = 0;
    int flowLogs = 0;
    quint32 seed = 1;

    // nullopt, with *error naming the item and the grammar, for a malformed spec.
    static std::optional<InventorySpec> parse(const QString &text, QString *error);
};

// A deterministic account for scale tests: the same spec gives the same IDs, names, addresses and
// flow logs. VPCs are spread over the first `regions` regions of the built-in catalogue, vSwitches
// over the VPCs and their region's zones, ENIs over the vSwitches (most attached to an instance);
// flow logs are a mix of VPC, vSwitch and ENI resources, traffic types and statuses (some
// Inactive, some failing delivery), so that some VPCs are covered, some partly, some not at all.
namespace InventoryGenerator {
InventoryContents generate(const InventorySpec &spec, qint64 nowMs);
} // namespace InventoryGenerator
