#pragma once

#include "cli/asynccommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "core/api/apiclient.h"
#include "core/inventory/resourcelister.h"

#include <QNetworkAccessManager>
#include <QPointer>

// flowlog-cli resources: every VPC, vSwitch or ENI of a region (DescribeVpcs, DescribeVSwitches on
// the VPC endpoint; DescribeNetworkInterfaces on the ECS endpoint), optionally only those of one VPC.
class ResourcesCommand final : public AsyncCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesCommand)

public:
    explicit ResourcesCommand(CliOptions options, QObject *parent = nullptr);
    int start() override;
    void interrupt() override;

private:
    void onFinished(const CloudResources &resources, const ApiResult &result);
    void printJson(const CloudResources &resources, const ApiResult &result) const;
    void printText(const CloudResources &resources) const;
    void printFailure(const ApiResult &result) const;

    CliOptions m_options;
    CliConnection m_connection;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    ResourceType m_type = ResourceType::Vpc;
    QString m_regionId;
    QPointer<ResourceLister> m_lister;
    bool m_interrupted = false;
};
