#pragma once

#include "core/api/apiresult.h"
#include "core/inventory/cloudresource.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class ApiCallHandle;

// Lists every page of one kind of resource in a region over the ApiClient (retries, throttling
// and credentials as for any call; these are reads, so every retry is safe):
//   VPC               DescribeVpcs (VPC 2016-04-28), PageNumber/PageSize 50
//   VSwitch           DescribeVSwitches (VPC 2016-04-28), PageNumber/PageSize 50
//   NetworkInterface  DescribeNetworkInterfaces (ECS 2014-05-26), NextToken/MaxResults 500
// endpoint is that product's (Endpoints::resolve with Product::Vpc or Product::Ecs). Deletes
// nothing it was not given; emits finished() exactly once, also after cancel().
class ResourceLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceLister)

public:
    struct Query
    {
        QString regionId;
        ResourceType type = ResourceType::Vpc;
        QString vpcId = {}; // VSwitch and NetworkInterface: only those in this VPC
        QUrl endpoint = {};
    };

    ResourceLister(ApiClient *client, const Query &query, QObject *parent = nullptr);
    ~ResourceLister() override;

    // Begins on the next event-loop turn.
    void start();
    void cancel();

Q_SIGNALS:
    // After each page: resources read so far, and the total when the API says it (-1 otherwise).
    void progress(int read, int total);
    // result: Succeeded with every page read, or the failed (or cancelled) call's result, with the
    // resources of the pages read before it.
    void finished(const CloudResources &resources, const ApiResult &result);
};
