#include "core/api/apiresponseparser.h"
#include "core/api/httpresponsereader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// libFuzzer entry: any bytes as what a server sends, fed in pieces whose sizes the first byte
// chooses, then the connection closes. Aborts when the reader stays undecided after the close,
// returns a body over its cap, or reads differently when the same bytes come in one piece; the
// body then goes through ApiResponseParser, which must not call a non-2xx answer a success.

namespace {

constexpr qint64 Cap = 4096;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

HttpResponseReader::State readAll(HttpResponseReader &reader, const QByteArray &bytes, qsizetype piece)
{
    HttpResponseReader::State state = HttpResponseReader::State::Incomplete;
    for (qsizetype at = 0; at < bytes.size() && state == HttpResponseReader::State::Incomplete; at += piece)
        state = reader.feed(bytes.mid(at, piece));
    return state == HttpResponseReader::State::Incomplete ? reader.finishAtClose() : state;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 32;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    HttpResponseReader split(Cap);
    HttpResponseReader whole(Cap);
    const HttpResponseReader::State state = readAll(split, input, piece);
    require(state != HttpResponseReader::State::Incomplete);
    require(readAll(whole, input, input.size() + 1) == state);
    if (state != HttpResponseReader::State::Complete)
        return 0;
    const HttpResponse response = split.takeResponse();
    require(response.body.size() <= Cap);
    require(response.body == whole.takeResponse().body);
    const ApiResult result = ApiResponseParser::parse(response.status, response.body);
    require(response.status / 100 == 2 || !result.ok());
    return 0;
}
