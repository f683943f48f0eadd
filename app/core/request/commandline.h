#pragma once

#include "core/request/flowlogrequest.h"

#include <QString>
#include <QUrl>

// A request as a command an operator can paste into a POSIX shell: for scripts, and for checking
// with the official tool. Never holds a secret: only the request's parameters, where it goes, and
// which credentials sign it — by profile name or by a reference to an environment variable.
namespace CommandLine {

// Whose credentials sign the copied command and where it is sent.
struct Target
{
    enum class Signer {
        Default,       // nothing named: the tool's own default credentials
        AliyunProfile, // profileName, a profile of ~/.aliyun/config.json
        OwnProfile,    // profileName, added in FlowLog Studio; accessKeyId names it to the aliyun CLI
        Environment,   // the ALIBABA_CLOUD_* variables, referred to, never expanded
        Sandbox,       // the local emulator's public account
    };
    Signer signer = Signer::Default;
    QString profileName = {};
    QString accessKeyId = {};
    bool securityToken = false; // Environment: ALIBABA_CLOUD_SECURITY_TOKEN is set too
    QUrl endpoint = {};         // the endpoint the app sends to; empty: the region's default
    bool customEndpoint = false; // endpoint differs from the region's default (flowlog-cli names it then)
};

// POSIX shell quoting: plain words as they are, anything else in single quotes.
QString quote(const QString &value);

// "aliyun vpc CreateFlowLog --RegionId cn-hangzhou ..." with every value quoted, RegionId first,
// the repeated parameters flattened by index (--TrafficPath.1 all --Tag.1.Key env --Tag.1.Value x),
// then the signer's options (--profile, or --mode with --access-key-id and a secret that refers to
// $ALIBABA_CLOUD_ACCESS_KEY_SECRET) and --endpoint with its scheme.
QString aliyunCreateFlowLog(const FlowLogRequest &request, const Target &target = {});

// "flowlog-cli create --region cn-hangzhou ..." for the same request and target: --profile names
// the profile as the history records it (aliyun:NAME, own:NAME, env, sandbox); each traffic path
// is a --traffic-path and each tag a --tag KEY=VALUE in TagSyntax, so the command reads back the same.
QString flowlogCliCreate(const FlowLogRequest &request, const Target &target = {});

} // namespace CommandLine
