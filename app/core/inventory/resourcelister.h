#pragma once

#include "core/api/apiresult.h"
#include "core/inventory/cloudresource.h"
#include "core/inventory/stringpool.h"
#include "core/signing/requestsigner.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class ApiCallHandle;
class PageReader;

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

    static constexpr int vpcPageSize = 50; // PageSize: the VPC API's maximum
    static constexpr int networkInterfacePageSize = 500; // MaxResults: the ECS API's maximum

    // pool: where repeated strings are interned; nullptr for one of the lister's own. A loader
    // gives its listers one pool, so that an ENI's vpcId shares the VPC's own string.
    ResourceLister(
        ApiClient *client, const Query &query, QObject *parent = nullptr, StringPool *pool = nullptr);
    ~ResourceLister() override;

    // The call for one page: pageNumber for VPCs and vSwitches, nextToken for ENIs (empty: the first).
    static ApiCall pageCall(const Query &query, int pageNumber, const QString &nextToken = {});
    // The resources of one answer of that type's Describe action (items as an array, or one item
    // as an object as the XML form yields it), with repeated strings interned in pool.
    static CloudResources parsePage(
        ResourceType type, const QJsonObject &body, const QString &regionId, StringPool &pool);
    // DescribeNetworkInterfaces' NextToken; empty on the last page.
    static QString nextToken(const QJsonObject &body);

    // Begins on the next event-loop turn.
    void start();
    void cancel();

Q_SIGNALS:
    // After each page: resources read so far, and the total when the API says it (-1 otherwise).
    void progress(int read, int total);
    // result: Succeeded with every page read, or the failed (or cancelled) call's result, with the
    // resources of the pages read before it.
    void finished(const CloudResources &resources, const ApiResult &result);

private:
    void startPaged();
    void requestNetworkInterfaces(const QString &nextToken);
    void onNetworkInterfaces(const ApiResult &result);
    void finish(const ApiResult &result);

    ApiClient *m_client;
    Query m_query;
    StringPool m_ownPool;
    StringPool *m_pool;
    PageReader *m_pages = nullptr;
    QPointer<ApiCallHandle> m_call; // the ENI page in flight
    QMap<int, CloudResources> m_byPage; // VPCs and vSwitches, in page order
    CloudResources m_resources; // ENIs, in order
    int m_total = -1;
    bool m_cancelled = false;
    bool m_finished = false;
};
