#pragma once

#include <QStringView>

// The history asks DescribeFlowLogs about its rows (a status check, settling an unknown outcome)
// with the credentials of the profile that wrote the row, where the row was sent. Whoever does the
// asking for StatusPoller and AttemptResolver answers with an ApiResult; when that profile has no
// usable credentials here (a profile since removed, environment variables this process lacks), the
// result carries this code and a translated message saying why, and the caller may ask again with
// a profile the operator chooses.
namespace HistoryLookup {
inline constexpr QStringView NoCredentialsCode = u"NoCredentials";
} // namespace HistoryLookup
