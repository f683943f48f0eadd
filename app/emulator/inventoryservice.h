#pragma once

#include "emulator/authenticatedcall.h"
#include "emulator/emulatorerror.h"
#include "emulator/inventorypaging.h"
#include "emulator/inventorystore.h"

#include <QJsonObject>

#include <optional>

// The VPC API's resource actions (2016-04-28) over an InventoryStore: DescribeVpcs,
// DescribeVSwitches, CreateVpc and CreateVSwitch, in the Go SDK's response shapes.
class InventoryService
{
public:
    static constexpr int maxPageSize = 50;
    static constexpr int maxVpcIds = 20;

    struct Outcome
    {
        QJsonObject body = {}; // without RequestId
        std::optional<EmulatorError> error = {};
        bool changed = false;
    };

    explicit InventoryService(InventoryStore *store);

    static bool isKnownAction(const QString &action);
    Outcome execute(const AuthenticatedCall &call, qint64 nowMs);

    // The checks both products share: RegionId sent and known.
    static std::optional<EmulatorError> checkRegion(const QString &regionId);
    static QString utc(qint64 nowMs);

private:
    Outcome describeVpcs(const AuthenticatedCall &call);
    Outcome describeVSwitches(const AuthenticatedCall &call);
    Outcome createVpc(const AuthenticatedCall &call, qint64 nowMs);
    Outcome createVSwitch(const AuthenticatedCall &call, qint64 nowMs);

    QList<int> requestedVpcs(const QString &regionId, const QString &vpcIds) const;
    QList<int> vSwitchCandidates(
        const QString &regionId, const QString &vpcId, const QString &vSwitchId) const;
    static InventoryPaging::Match vpcMatch(const InventoryStore &store, const AuthenticatedCall &call);
    static InventoryPaging::Match vSwitchMatch(const InventoryStore &store, const AuthenticatedCall &call);
    std::optional<EmulatorError> checkNewVSwitch(const AuthenticatedCall &call, int vpc) const;

    InventoryStore *m_store = nullptr;
};
