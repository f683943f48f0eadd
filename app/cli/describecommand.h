#pragma once

#include "core/api/apiclient.h"
#include "cli/asynccommand.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

// flowlog-cli describe: one page (or with --all-pages every page) of DescribeFlowLogs for a region,
// filtered by ID, resource, resource type, name, project or logstore. JSON keys are camelCase.
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
    void printJson(const ApiResult &result, const QJsonArray &flowLogs) const;
    void printText(const ApiResult &result, const QJsonArray &flowLogs) const;

    CliOptions m_options;
    CliConnection m_connection;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    QJsonArray m_flowLogs; // of every page read so far
    int m_pagesRead = 0;
};
