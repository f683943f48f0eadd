#pragma once

#include "core/request/flowlogrequest.h"

// A valid CreateFlowLog request for the suites that need one and do not care which: a vSwitch in
// cn-hangzhou with a Chinese name and a description holding the characters the signatures must
// percent-encode. A suite that needs other values changes the fields it is about.
inline FlowLogRequest sampleRequest()
{
    using namespace Qt::StringLiterals;
    FlowLogRequest request;
    request.regionId = u"cn-hangzhou"_s;
    request.resourceType = ResourceType::VSwitch;
    request.resourceId = u"vsw-bp1sample000000001"_s;
    request.trafficType = TrafficType::All;
    request.projectName = u"flowlog-project"_s;
    request.logStoreName = u"flowlog_store"_s;
    request.flowLogName = u"流日志-测试_01"_s;
    request.description = u"描述 with reserved: a&b=c+d %2F /?#[]@!$'()*,; ~ end"_s;
    return request;
}

// The sample with every parameter CreateFlowLog gained after 2016: a one-minute interval, both
// traffic paths, dual stack, a resource group and tags, one with a Chinese value and one empty.
inline FlowLogRequest advancedSampleRequest()
{
    using namespace Qt::StringLiterals;
    FlowLogRequest request = sampleRequest();
    request.aggregationInterval = u"1"_s;
    request.trafficPaths = {u"all"_s, u"internetGateway"_s};
    request.ipVersion = u"DualStack"_s;
    request.resourceGroupId = u"rg-acfmxazdjdhd2ka"_s;
    request.tags = {{u"env"_s, u"生产"_s}, {u"team"_s, u"network ops"_s}, {u"empty"_s, QString()}};
    return request;
}
