#include "core/inventory/pagereader.h"

#include "core/api/apiclient.h"
#include "core/api/flowloginfo.h"

PageReader::PageReader(ApiClient *client, CallForPage callForPage, ItemCount itemCount, const QUrl &endpoint,
    int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_callForPage(std::move(callForPage))
    , m_itemCount(std::move(itemCount))
    , m_endpoint(endpoint)
    , m_pageSize(pageSize)
{
}

PageReader::~PageReader()
{
    for (const QPointer<ApiCallHandle> &handle : std::as_const(m_inFlight)) {
        if (handle) {
            handle->disconnect(this);
            handle->cancel();
        }
    }
}

void PageReader::start()
{
    request(1);
}

void PageReader::cancel()
{
    if (m_done)
        return;
    m_lastPage = 0; // nothing more is asked for
    const QList<QPointer<ApiCallHandle>> inFlight = m_inFlight;
    for (const QPointer<ApiCallHandle> &handle : inFlight) {
        if (handle)
            handle->cancel();
    }
}

void PageReader::request(int pageNumber)
{
    ApiCallHandle *handle = m_client->call(m_callForPage(pageNumber), true, m_endpoint);
    m_inFlight.append(handle);
    connect(handle, &ApiCallHandle::finished, this, [this, handle, pageNumber](const ApiResult &result) {
        m_inFlight.removeAll(handle);
        onPage(pageNumber, result);
    });
}

void PageReader::onPage(int pageNumber, const ApiResult &result)
{
    if (!result.ok()) {
        if (!m_failure)
            m_failure = result;
        m_lastPage = 0;
        finishIfDone();
        return;
    }
    m_lastSuccess = result;
    const int total = FlowLogInfo::totalCount(result.body);
    const int items = m_itemCount(result.body);
    if (pageNumber == 1) {
        m_sequential = total < 0;
        m_lastPage = m_sequential ? 1 : std::max(1, (total + m_pageSize - 1) / m_pageSize);
    }
    // The list may shrink while it is read: an empty or short page is the last one.
    if (items < m_pageSize)
        m_lastPage = std::min(m_lastPage, pageNumber);
    else if (m_sequential)
        m_lastPage = pageNumber + 1;
    Q_EMIT pageRead(pageNumber, result.body, total);
    if (m_done)
        return; // cancelled from a slot of pageRead()
    requestMore();
    finishIfDone();
}

void PageReader::requestMore()
{
    const int limit = m_sequential ? 1 : pagesInFlight;
    while (!m_failure && m_nextPage <= m_lastPage && m_inFlight.size() < limit)
        request(m_nextPage++);
}

void PageReader::finishIfDone()
{
    if (m_done || !m_inFlight.isEmpty())
        return;
    if (!m_failure && m_nextPage <= m_lastPage)
        return;
    m_done = true;
    ApiResult result = m_failure.value_or(m_lastSuccess);
    Q_EMIT finished(result);
}
