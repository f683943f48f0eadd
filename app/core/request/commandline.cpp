#include "core/request/commandline.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CommandLine {

QString quote(const QString &value)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (plain.match(value).hasMatch())
        return value;
    // Inside single quotes nothing is special except the quote itself: close, escape, reopen.
    QString quoted = value;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString aliyunCreateFlowLog(const FlowLogRequest &request, const QString &cliProfile, const QUrl &customEndpoint)
{
    QStringList words {u"aliyun"_s, u"vpc"_s, u"CreateFlowLog"_s};
    // RegionId first, as people write it; the rest in the order they are signed.
    ApiParameters parameters = request.apiParameters();
    std::stable_partition(parameters.begin(), parameters.end(),
        [](const ApiParameter &parameter) { return parameter.first == u"RegionId"; });
    for (const auto &[name, value] : std::as_const(parameters))
        words << u"--"_s + name << quote(value);
    if (!cliProfile.isEmpty())
        words << u"--profile"_s << quote(cliProfile);
    if (customEndpoint.isValid() && !customEndpoint.isEmpty())
        words << u"--endpoint"_s << quote(customEndpoint.authority());
    return words.join(u' ');
}

} // namespace CommandLine
