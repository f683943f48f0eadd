#pragma once

#include "core/api/apiresult.h"
#include "core/signing/requestsigner.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class ApiClient;
class ApiCallHandle;

// Reads every page of a PageNumber/PageSize listing (DescribeVpcs, DescribeVSwitches,
// DescribeFlowLogs): the first page alone, then, since its TotalCount tells how many follow, the
// others a few at a time. Pages may arrive out of order; pageRead() names each. A failed page ends
// the listing (the pages in flight are still read); finished() comes exactly once.
class PageReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageReader)

public:
    using CallForPage = std::function<ApiCall(int pageNumber)>;
    using ItemCount = std::function<int(const QJsonObject &body)>;

    static constexpr int pagesInFlight = 4;

    PageReader(ApiClient *client, CallForPage callForPage, ItemCount itemCount, const QUrl &endpoint,
        int pageSize, QObject *parent = nullptr);
    ~PageReader() override;

    void start();
    void cancel();

Q_SIGNALS:
    // totalCount: as the answer says, -1 when it does not.
    void pageRead(int pageNumber, const QJsonObject &body, int totalCount);
    // Succeeded once every page is read, else the first failed (or cancelled) page's result.
    void finished(const ApiResult &result);

private:
    void request(int pageNumber);
    void onPage(int pageNumber, const ApiResult &result);
    void requestMore();
    void finishIfDone();

    ApiClient *m_client;
    CallForPage m_callForPage;
    ItemCount m_itemCount;
    QUrl m_endpoint;
    int m_pageSize;
    int m_lastPage = 1; // known after the first page
    int m_nextPage = 2; // the next page to ask for
    bool m_sequential = false; // no TotalCount: one page after another until one is short
    bool m_done = false;
    std::optional<ApiResult> m_failure;
    ApiResult m_lastSuccess;
    QList<QPointer<ApiCallHandle>> m_inFlight;
};
