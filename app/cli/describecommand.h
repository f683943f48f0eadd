#pragma once

#include "core/api/apiclient.h"
#include "cli/asynccommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"

#include "core/api/flowloginfo.h"

#include <QList>
#include <QNetworkAccessManager>

// flowlog-cli describe: one page (or with --all-pages every page) of DescribeFlowLogs for a region,
// filtered by ID, resource, resource type, traffic type, status, VPC, name, project or logstore.
// The JSON is built from FlowLogInfo, its keys in camelCase.
class DescribeCommand final : public AsyncCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescribeCommand)

public:
    explicit DescribeCommand(CliOptions options, QObject *parent = nullptr);
    int start() override;

private:
    FlowLogFilter filter() const;
    void requestPage(int pageNumber);
    void onPageFinished(const ApiResult &result);
    void onFinished(const ApiResult &result);
    void printJson(const ApiResult &result, const QList<FlowLogInfo> &flowLogs) const;
    void printText(const ApiResult &result, const QList<FlowLogInfo> &flowLogs) const;

    CliOptions m_options;
    CliConnection m_connection;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    QList<FlowLogInfo> m_flowLogs; // of every page read so far
    int m_pagesRead = 0;
};
