#include "core/request/commandline.h"

#include "core/request/tagsyntax.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CommandLine {

namespace {

// Double quotes: the shell expands the variable when the command runs; the copied text holds only
// its name.
QString variable(const char *name)
{
    return u"\"$"_s + QLatin1StringView(name) + u'"';
}

QString endpointWithScheme(const QUrl &endpoint)
{
    return endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

QStringList aliyunSigner(const Target &target)
{
    switch (target.signer) {
    case Target::Signer::Default:
        return {};
    case Target::Signer::AliyunProfile:
        return {u"--profile"_s, quote(target.profileName)};
    case Target::Signer::OwnProfile:
        // The aliyun CLI does not know FlowLog Studio's profiles: the ID is named, the secret is
        // read from the variable the operator sets.
        return {u"--mode"_s, u"AK"_s, u"--access-key-id"_s, quote(target.accessKeyId), u"--access-key-secret"_s,
            variable("ALIBABA_CLOUD_ACCESS_KEY_SECRET")};
    case Target::Signer::Environment:
        if (target.securityToken) {
            return {u"--mode"_s, u"StsToken"_s, u"--access-key-id"_s, variable("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                u"--access-key-secret"_s, variable("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), u"--sts-token"_s,
                variable("ALIBABA_CLOUD_SECURITY_TOKEN")};
        }
        return {u"--mode"_s, u"AK"_s, u"--access-key-id"_s, variable("ALIBABA_CLOUD_ACCESS_KEY_ID"),
            u"--access-key-secret"_s, variable("ALIBABA_CLOUD_ACCESS_KEY_SECRET")};
    case Target::Signer::Sandbox:
        return {u"--mode"_s, u"AK"_s, u"--access-key-id"_s, u"sandbox-access-key-id"_s, u"--access-key-secret"_s,
            u"sandbox-access-key-secret"_s};
    }
    return {};
}

QString flowlogCliProfile(const Target &target)
{
    switch (target.signer) {
    case Target::Signer::Default:
        return {};
    case Target::Signer::AliyunProfile:
        return u"aliyun:"_s + target.profileName;
    case Target::Signer::OwnProfile:
        return u"own:"_s + target.profileName;
    case Target::Signer::Environment:
        return u"env"_s;
    case Target::Signer::Sandbox:
        return u"sandbox"_s;
    }
    return {};
}

// flowlog-cli's options for the API's parameter names (app/cli/cliargumentparser.cpp has the
// same table; a test runs a copied command through the real parser).
QString flowlogCliOption(const QString &apiName)
{
    static const QHash<QString, QString> options {
        {u"RegionId"_s, u"region"_s},
        {u"ResourceType"_s, u"resource-type"_s},
        {u"ResourceId"_s, u"resource-id"_s},
        {u"TrafficType"_s, u"traffic-type"_s},
        {u"ProjectName"_s, u"project"_s},
        {u"LogStoreName"_s, u"logstore"_s},
        {u"FlowLogName"_s, u"name"_s},
        {u"Description"_s, u"description"_s},
        {u"AggregationInterval"_s, u"aggregation-interval"_s},
        {u"IpVersion"_s, u"ip-version"_s},
        {u"ResourceGroupId"_s, u"resource-group-id"_s},
    };
    return options.value(apiName);
}

// The parameters that are given once, RegionId first and the rest in the order they are signed;
// the repeated ones (TrafficPath.N, Tag.N.*) are left to repeatedInOrder().
ApiParameters regionFirst(const FlowLogRequest &request)
{
    ApiParameters parameters = request.apiParameters();
    parameters.removeIf([](const ApiParameter &parameter) { return parameter.first.contains(u'.'); });
    std::stable_partition(parameters.begin(), parameters.end(),
        [](const ApiParameter &parameter) { return parameter.first == u"RegionId"; });
    return parameters;
}

// TrafficPath.1, TrafficPath.2, ... then Tag.1.Key, Tag.1.Value, ... by index (signing order would
// put Tag.10 before Tag.2), with the values as they are sent.
ApiParameters repeatedInOrder(const FlowLogRequest &request)
{
    ApiParameters parameters;
    for (qsizetype i = 0; i < request.trafficPaths.size(); ++i)
        parameters.append({u"TrafficPath.%1"_s.arg(i + 1), FlowLogRequest::normalized(request.trafficPaths.at(i))});
    for (qsizetype i = 0; i < request.tags.size(); ++i) {
        parameters.append({u"Tag.%1.Key"_s.arg(i + 1), FlowLogRequest::normalized(request.tags.at(i).key)});
        parameters.append({u"Tag.%1.Value"_s.arg(i + 1), FlowLogRequest::normalized(request.tags.at(i).value)});
    }
    return parameters;
}

// The tags as flowlog-cli's --tag reads them, normalised as they are sent.
FlowLogTags sentTags(const FlowLogRequest &request)
{
    FlowLogTags tags;
    for (const FlowLogTag &tag : request.tags)
        tags.append({FlowLogRequest::normalized(tag.key), FlowLogRequest::normalized(tag.value)});
    return tags;
}

} // namespace

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

QString aliyunCreateFlowLog(const FlowLogRequest &request, const Target &target)
{
    QStringList words {u"aliyun"_s, u"vpc"_s, u"CreateFlowLog"_s};
    // RegionId first, as people write it; the rest in the order they are signed; the repeated
    // parameters in the aliyun CLI's flattened form (--TrafficPath.1 all --Tag.1.Key env ...).
    for (const auto &[name, value] : regionFirst(request) + repeatedInOrder(request))
        words << u"--"_s + name << quote(value);
    words << aliyunSigner(target);
    // With its scheme: without one the aliyun CLI would try HTTPS on an emulator's plain port.
    if (target.endpoint.isValid() && !target.endpoint.isEmpty())
        words << u"--endpoint"_s << quote(endpointWithScheme(target.endpoint));
    return words.join(u' ');
}

QString flowlogCliCreate(const FlowLogRequest &request, const Target &target)
{
    QStringList words {u"flowlog-cli"_s, u"create"_s};
    for (const auto &[name, value] : regionFirst(request)) {
        const QString option = flowlogCliOption(name);
        if (!option.isEmpty())
            words << u"--"_s + option << quote(value);
    }
    for (const QString &path : request.trafficPaths)
        words << u"--traffic-path"_s << quote(FlowLogRequest::normalized(path));
    for (const FlowLogTag &tag : sentTags(request))
        words << u"--tag"_s << quote(TagSyntax::format(tag));
    const QString profile = flowlogCliProfile(target);
    if (!profile.isEmpty())
        words << u"--profile"_s << quote(profile);
    if (target.customEndpoint && target.endpoint.isValid() && !target.endpoint.isEmpty())
        words << u"--endpoint"_s << quote(endpointWithScheme(target.endpoint));
    return words.join(u' ');
}

} // namespace CommandLine
