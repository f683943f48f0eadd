#pragma once

#include "emulator/authenticatedcall.h"
#include "emulator/emulatorerror.h"
#include "emulator/flowlogstore.h"
#include "emulator/inventorystore.h"

#include "core/request/requestvalidator.h"

#include <QJsonObject>

#include <algorithm>
#include <optional>

// The VPC flow-log actions (API version 2016-04-28) over a FlowLogStore: what the service does
// once the gateway has let a request through. Values are checked with the client's own
// RequestValidator, so the emulator rejects what the product document forbids.
class FlowLogService
{
public:
    static constexpr int maxPageSize = 50;

    struct Outcome
    {
        QJsonObject body = {}; // without RequestId
        std::optional<EmulatorError> error = {};
        bool changed = false; // the store was modified
    };

    // inventory: the account's resources; while it is in use, CreateFlowLog refuses a resource the
    // account does not have in the region (404 ResourceNotFound.<type>).
    FlowLogService(FlowLogStore *store, const InventoryStore *inventory);

    // How long every transient status lasts: Activating (create, ActiveFlowLog), Deactivating
    // (DeactiveFlowLog) and Deleting (DeleteFlowLog).
    void setActivationDelay(int milliseconds) { m_activationDelayMs = milliseconds; }
    int activationDelay() const { return m_activationDelayMs; }
    // false: the account never had the traffic path feature enabled by ticket, so a CreateFlowLog
    // that sends TrafficPath is refused with OperationDenied.TrafficPathNotEnabled (default true).
    void setTrafficPathEnabled(bool enabled) { m_trafficPathEnabled = enabled; }
    bool trafficPathEnabled() const { return m_trafficPathEnabled; }
    // The account's flow-log quota (vpc_quota_flowlog_inst_nums_per_user): CreateFlowLog with that
    // many flow logs already is refused with OperationFailed.ExceedPurchaseLimit. 0: no quota.
    void setFlowLogQuota(int flowLogs) { m_flowLogQuota = std::max(0, flowLogs); }
    int flowLogQuota() const { return m_flowLogQuota; }

    Outcome execute(const AuthenticatedCall &call, qint64 nowMs);
    static bool isKnownAction(const QString &action);

private:
    Outcome dispatch(const AuthenticatedCall &call, qint64 nowMs);
    Outcome createFlowLog(const AuthenticatedCall &call, qint64 nowMs);
    Outcome describeFlowLogs(const AuthenticatedCall &call, qint64 nowMs);
    Outcome deleteFlowLog(const AuthenticatedCall &call, qint64 nowMs);
    Outcome activeFlowLog(const AuthenticatedCall &call, qint64 nowMs);
    Outcome deactiveFlowLog(const AuthenticatedCall &call, qint64 nowMs);
    Outcome modifyFlowLogAttribute(const AuthenticatedCall &call, qint64 nowMs);
    Outcome describeRegions(const AuthenticatedCall &call);
    Outcome tagResources(const AuthenticatedCall &call, qint64 nowMs);
    Outcome untagResources(const AuthenticatedCall &call, qint64 nowMs);
    Outcome moveResourceGroup(const AuthenticatedCall &call, qint64 nowMs);

    // RegionId present and known; nullopt when fine.
    static std::optional<EmulatorError> checkRegion(const AuthenticatedCall &call);
    // The flow log named by RegionId + FlowLogId, or an error.
    FlowLogRecord *findFlowLog(const AuthenticatedCall &call, qint64 nowMs, std::optional<EmulatorError> *error);
    // The same, refused when it is managed by Log Service or in a transient status.
    FlowLogRecord *findManageable(const AuthenticatedCall &call, qint64 nowMs, std::optional<EmulatorError> *error);
    QList<FlowLogRecord *> findFlowLogs(const AuthenticatedCall &call, const QStringList &ids, qint64 nowMs,
        std::optional<EmulatorError> *error);
    static std::optional<EmulatorError> checkTaggedType(const AuthenticatedCall &call);
    static EmulatorError notFound();
    static std::optional<EmulatorError> checkNewAttributes(const AuthenticatedCall &call);
    struct Filter
    {
        QString FlowLogRecord::*field; // null: the status
        QString wanted;
    };
    struct TagFilter
    {
        QString key;
        std::optional<QString> value; // not sent: any value of the key matches
    };
    struct Filters
    {
        QString vpcId; // the VPC itself, its vSwitches and its ENIs
        QList<Filter> fields;
        QList<TagFilter> tags; // Tags.N.Key / Tags.N.Value: the flow log must have every one
    };
    static Filters requestedFilters(const AuthenticatedCall &call);
    static QList<TagFilter> requestedTagFilters(const AuthenticatedCall &call);
    bool matchesFilters(const FlowLogRecord &record, const Filters &filters, qint64 nowMs) const;
    QString vpcOf(const FlowLogRecord &record) const;
    std::optional<EmulatorError> checkResource(const AuthenticatedCall &call, QString *vpcId) const;
    static bool hasTag(const FlowLogRecord &record, const TagFilter &wanted);
    std::optional<EmulatorError> checkFeatures(const ParsedRequest &parsed) const;
    std::optional<EmulatorError> checkQuota(qint64 nowMs) const;
    static void storeTodaysParameters(const ParsedRequest &parsed, FlowLogRecord &record);

    FlowLogStore *m_store = nullptr;
    const InventoryStore *m_inventory = nullptr;
    int m_activationDelayMs = 1000;
    bool m_trafficPathEnabled = true;
    int m_flowLogQuota = 0;
};
