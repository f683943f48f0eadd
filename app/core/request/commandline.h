#pragma once

#include "core/request/flowlogrequest.h"

#include <QString>
#include <QUrl>

// A request as a command an operator can paste into a POSIX shell: for scripts, and for checking
// with the official tool. Never holds a secret: only the request's parameters and where it goes.
namespace CommandLine {

// POSIX shell quoting: plain words as they are, anything else in single quotes.
QString quote(const QString &value);

// "aliyun vpc CreateFlowLog --RegionId cn-hangzhou ..." with every value quoted, RegionId first,
// then --profile and --endpoint when given.
QString aliyunCreateFlowLog(const FlowLogRequest &request, const QString &cliProfile = {},
    const QUrl &customEndpoint = {});

} // namespace CommandLine
