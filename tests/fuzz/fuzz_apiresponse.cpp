#include "core/api/apiresponseparser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// libFuzzer entry: the first byte picks an HTTP status, the rest is the body of the answer, as
// QNetworkAccessManager hands it over (framing and the body cap are Qt's and PendingApiCall's,
// asserted in tst_apiclient). Aborts when ApiResponseParser calls a non-2xx answer a success, when
// a failure says nothing, or when a success carries an error code; deep XML must not exhaust the
// stack (the parser refuses it past ApiResponseParser::maxXmlDepth).

namespace {

constexpr int statuses[] = {200, 201, 204, 301, 400, 403, 404, 409, 500, 502, 503, 504};

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int status = statuses[data[0] % std::size(statuses)];
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const ApiResult result = ApiResponseParser::parse(status, body);
    require(status / 100 == 2 || !result.ok());
    if (result.ok())
        require(result.code.isEmpty());
    else
        require(!result.code.isEmpty() || !result.message.isEmpty());
    return 0;
}
