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
