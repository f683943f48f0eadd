#pragma once

#include "core/api/apiclient.h"
#include "cli/asynccommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

// flowlog-cli describe: one page of DescribeFlowLogs for a region, filtered by ID, resource,
// name, project or logstore.
class DescribeCommand final : public AsyncCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescribeCommand)

public:
    explicit DescribeCommand(CliOptions options, QObject *parent = nullptr);
    int start() override;

private:
    FlowLogFilter filter() const;
    void onFinished(const ApiResult &result);
    void printJson(const ApiResult &result, const QJsonArray &flowLogs) const;
    void printText(const ApiResult &result, const QJsonArray &flowLogs) const;

    CliOptions m_options;
    CliConnection m_connection;
    QNetworkAccessManager m_network;
    ApiClient m_client;
};
