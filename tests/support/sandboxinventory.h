#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Resources of the sandbox's account (resources/sandbox-inventory.json), for suites that create
// flow logs through the sandbox: since the sandbox loads that inventory, CreateFlowLog refuses any
// resource outside it with ResourceNotFound.<type>.
namespace SandboxInventory {
using namespace Qt::StringLiterals;
// cn-hangzhou, "生产环境 VPC": covered by an Active, All, VPC-level flow log.
inline const QString coveredVpc = u"vpc-bp1prod7k2m9x4q1w8zt3"_s;
// cn-hangzhou, "staging": only a vSwitch (Drop) and an ENI flow log.
inline const QString partialVpc = u"vpc-bp1stag5n8r2c6v0y4hj1"_s;
// cn-hangzhou, "开发测试 dev": no flow log.
inline const QString uncoveredVpc = u"vpc-bp1dev09e3t7u1i5o9pa2"_s;
// cn-hangzhou-h, in the uncovered VPC.
inline const QString vSwitch = u"vsw-bp1devh05e1g7i9k1m3o5"_s;
// In the production VPC's web vSwitch, attached to an instance; no flow log of its own.
inline const QString networkInterface = u"eni-bp1prodweb01a2b3c4d5e"_s;
// cn-hangzhou, "data-platform 数据平台": partial, its VPC-level flow log is Inactive.
inline const QString inactiveVpc = u"vpc-bp1data4f6g8h0j2k4l6m"_s;
// The data platform's Inactive VPC-level flow log.
inline const QString inactiveFlowLog = u"fl-datavpcoff4m5n6o7p8q"_s;
// On the data platform's vSwitch: Active, All, but its delivery FAILED (ProjectNotExist).
inline const QString failedDeliveryFlowLog = u"fl-datavswfail6r7s8t9u0"_s;
// On the production VPC's database vSwitch, ServiceType "sls": made from Log Service, which alone
// may start, stop, modify or delete it.
inline const QString logServiceFlowLog = u"fl-prodslsdb0i1j2k3l4m5"_s;
// cn-shanghai, in the disaster-recovery VPC (no flow log).
inline const QString shanghaiNetworkInterface = u"eni-uf6drdb01m4n5o6p7q8r9"_s;

// The flow logs the sandbox seeds a new state file with, read from the compiled-in inventory, so
// that a suite counts what it created on top of them.
inline qsizetype seedFlowLogCount()
{
    QFile file(u":/flowlog/sandbox-inventory.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qsizetype count = 0;
    const QJsonArray regions = QJsonDocument::fromJson(file.readAll())[u"regions"_s].toArray();
    for (const QJsonValue &region : regions)
        count += region[u"flowLogs"_s].toArray().size();
    return count;
}
} // namespace SandboxInventory
