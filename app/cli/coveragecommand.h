#pragma once

#include "cli/asynccommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "core/api/apiclient.h"
#include "core/inventory/coverage.h"

#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>

class InventoryLoader;

// flowlog-cli coverage: for every VPC of a region (or of every region), whether an active,
// all-traffic VPC-level flow log covers it. Regions are loaded a few at once over one client; a
// region that cannot be listed is reported and its VPCs are unknown. Exit 3 when something is not
// covered, 1 when a region or a VPC could not be judged.
class CoverageCommand final : public AsyncCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageCommand)

public:
    static constexpr int regionsAtOnce = 4;

    explicit CoverageCommand(CliOptions options, QObject *parent = nullptr);
    int start() override;
    void interrupt() override;

private:
    // What one region's load found, kept after its inventory is released.
    struct RegionReport
    {
        QString regionId = {};
        std::optional<ApiResult> failure = {}; // the VPC or flow-log listing that failed
        QList<ApiResult> warnings = {}; // other listings that failed (membership then learnt otherwise)
        QStringList warningActions = {}; // the action of each warning
        QList<VpcCoverage> vpcs = {};
        bool done = false;
    };

    void askForRegions();
    void onRegions(const ApiResult &result);
    void startRegions(const QStringList &regions);
    void startNextRegions();
    void onRegionLoaded(const QString &regionId, const Inventory &inventory, bool cancelled);
    void finish();
    int exitCode() const;
    void printJson() const;
    void printText() const;

    CliOptions m_options;
    CliConnection m_connection;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    QStringList m_regions; // in the order they are reported
    QStringList m_queue;
    QHash<QString, RegionReport> m_reports;
    QList<QPointer<InventoryLoader>> m_loaders;
    bool m_interrupted = false;
    bool m_finished = false;
};
