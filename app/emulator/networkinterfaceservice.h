#pragma once

#include "emulator/authenticatedcall.h"
#include "emulator/emulatorerror.h"
#include "emulator/inventorypaging.h"
#include "emulator/inventoryservice.h"
#include "emulator/inventorystore.h"

#include <QJsonObject>

#include <optional>

// The ECS API's ENI actions (2014-05-26) over an InventoryStore: DescribeNetworkInterfaces (with
// NextToken + MaxResults and the deprecated PageNumber + PageSize) and CreateNetworkInterface.
class NetworkInterfaceService
{
public:
    static constexpr int minResults = 10;
    static constexpr int maxResults = 500;
    static constexpr int maxPageSize = 1000;
    static constexpr int maxIds = 100;

    using Outcome = InventoryService::Outcome;

    explicit NetworkInterfaceService(InventoryStore *store);

    static QString apiVersion();
    static bool isKnownAction(const QString &action);
    Outcome execute(const AuthenticatedCall &call, qint64 nowMs);

private:
    struct Query
    {
        QString regionId;
        QStringList ids; // NetworkInterfaceId.N
        QString vpcId;
        QString vSwitchId;
        QString instanceId;
        QString status;
        QString type;
        QString name;

        QString fingerprint() const;
    };

    Outcome describeNetworkInterfaces(const AuthenticatedCall &call);
    Outcome byToken(const AuthenticatedCall &call, const Query &query);
    Outcome byPageNumber(const AuthenticatedCall &call, const Query &query);
    Outcome createNetworkInterface(const AuthenticatedCall &call, qint64 nowMs);

    static std::optional<Query> readQuery(const AuthenticatedCall &call, std::optional<EmulatorError> *error);
    QList<int> candidates(const Query &query) const;
    QList<int> requestedIds(const Query &query) const;
    InventoryPaging::Match match(const Query &query) const;
    QJsonObject answer(const AuthenticatedCall &call, const InventoryPaging::Page &page) const;
    std::optional<quint32> privateAddress(
        const AuthenticatedCall &call, int vSwitch, std::optional<EmulatorError> *error);

    InventoryStore *m_store = nullptr;
};
