'use strict';
// Today's CreateFlowLog parameters through the generated Vpc client (@alicloud/vpc20160428 7.x,
// V3 ACS3-HMAC-SHA256), against flowlog-emulator: the SDK's own models flatten the repeated ones
// (TrafficPath.N, Tag.N.Key/Value, Tags.N on DescribeFlowLogs), and every value must come back
// from DescribeFlowLogs as sent.
// Usage: node vpc_sdk_roundtrip.js PATH/TO/flowlog-emulator

const h = require('./lib/harness');

const executable = h.emulatorPathFromArgs();
const { $OpenApiUtil } = h.requireSdk('@alicloud/openapi-core');
const Vpc = h.requireSdk('@alicloud/vpc20160428');

const RESOURCE_GROUP = 'rg-acfminterop00001';
const PATHS = ['all', 'internetGateway'];
const TAGS = [
  { key: 'env', value: '生产' },
  { key: 'team', value: 'flow-logs' },
  { key: 'note', value: '' },
];

function client(relay) {
  return new Vpc.default(new $OpenApiUtil.Config({
    accessKeyId: h.SANDBOX.accessKeyId,
    accessKeySecret: h.SANDBOX.accessKeySecret,
    type: 'access_key',
    endpoint: relay.host,
    protocol: 'http',
    regionId: h.REGION,
    readTimeout: 10000,
    connectTimeout: 5000,
  }));
}

function createRequest(fields) {
  return new Vpc.CreateFlowLogRequest({
    regionId: fields.RegionId,
    resourceType: fields.ResourceType,
    resourceId: fields.ResourceId,
    trafficType: fields.TrafficType,
    projectName: fields.ProjectName,
    logStoreName: fields.LogStoreName,
    flowLogName: fields.FlowLogName,
    description: fields.Description,
    aggregationInterval: 1,
    trafficPath: PATHS,
    ipVersion: 'DualStack',
    resourceGroupId: RESOURCE_GROUP,
    tag: TAGS.map((tag) => new Vpc.CreateFlowLogRequestTag(tag)),
  });
}

function expectTags(actual, what) {
  const tags = (actual && actual.tag) || [];
  h.expectEqual(tags.length, TAGS.length, `${what}: number of tags`);
  TAGS.forEach((tag, i) => {
    h.expectSameBytes(tags[i].key, tag.key, `${what}: Tag ${i + 1} key`);
    h.expectSameBytes(tags[i].value, tag.value, `${what}: Tag ${i + 1} value`);
  });
}

function expectEverythingAsSent(flowLog, interval) {
  h.expectEqual(flowLog.aggregationInterval, interval, 'AggregationInterval (a number)');
  const paths = (flowLog.trafficPath && flowLog.trafficPath.trafficPathList) || [];
  h.expectEqual(paths.length, PATHS.length, 'number of traffic paths');
  PATHS.forEach((path, i) => h.expectSameBytes(paths[i], path, `TrafficPath ${i + 1}`));
  h.expectSameBytes(flowLog.ipVersion, 'DualStack', 'IpVersion');
  h.expectSameBytes(flowLog.resourceGroupId, RESOURCE_GROUP, 'ResourceGroupId');
  expectTags(flowLog.tags, 'Tags');
  h.expectSameBytes(flowLog.flowLogName, h.FLOW_LOG_NAME, 'FlowLogName');
  h.expectSameBytes(flowLog.description, h.DESCRIPTION, 'Description');
}

async function main() {
  const emulator = await h.startEmulator(executable);
  const relay = await h.startRecordingRelay(emulator.port);
  const cases = new h.Cases('Vpc SDK, today\'s CreateFlowLog parameters', relay);
  const sdk = client(relay);
  const fields = h.flowLogFields('0000advanced');
  const describe = async (filter) =>
    (await sdk.describeFlowLogs(new Vpc.DescribeFlowLogsRequest({ regionId: h.REGION, ...filter }))).body;
  let flowLogId;

  try {
    await cases.run('CreateFlowLog with every new parameter answers FlowLogId, ResourceGroupId and Success', async () => {
      const answer = (await sdk.createFlowLog(createRequest(fields))).body;
      if (!/^fl-[a-z0-9]{20}$/.test(answer.flowLogId))
        throw new Error(`unexpected FlowLogId ${JSON.stringify(answer.flowLogId)}`);
      flowLogId = answer.flowLogId;
      h.expectSameBytes(answer.resourceGroupId, RESOURCE_GROUP, 'ResourceGroupId of the answer');
      h.expectEqual(answer.success, 'true', 'Success of the answer (a string)');
      const wire = relay.rawLastRequest();
      for (const flattened of ['TrafficPath.2=internetGateway', 'Tag.3.Key=note', 'Tag.1.Value=%E7%94%9F%E4%BA%A7']) {
        if (!wire.includes(flattened))
          throw new Error(`the SDK did not send ${flattened}:\n${wire}`);
      }
    });

    await cases.run('DescribeFlowLogs by FlowLogId returns every parameter as sent', async () => {
      const found = (await describe({ flowLogId })).flowLogs.flowLog;
      h.expectEqual(found.length, 1, 'number of flow logs');
      expectEverythingAsSent(found[0], 1);
      h.expectEqual(found[0].businessStatus, 'Normal', 'BusinessStatus');
      h.expectEqual(found[0].flowLogDeliverStatus, 'SUCCESS', 'FlowLogDeliverStatus');
    });

    await cases.run('DescribeFlowLogs filtered by Tags (the SDK\'s Tags model) and ResourceGroupId finds it', async () => {
      const tags = [
        new Vpc.DescribeFlowLogsRequestTags({ key: 'env', value: '生产' }),
        new Vpc.DescribeFlowLogsRequestTags({ key: 'team', value: 'flow-logs' }),
      ];
      const found = (await describe({ tags, resourceGroupId: RESOURCE_GROUP })).flowLogs.flowLog;
      h.expectEqual(found.map((f) => f.flowLogId).join(), flowLogId, 'flow logs found');
      if (!relay.rawLastRequest().includes('Tags.1.Key=env'))
        throw new Error(`the SDK did not send Tags.1.Key:\n${relay.rawLastRequest()}`);
      const other = [new Vpc.DescribeFlowLogsRequestTags({ key: 'env', value: '测试' })];
      h.expectEqual((await describe({ tags: other })).flowLogs.flowLog.length, 0, 'flow logs with env=测试');
    });

    await cases.run('ModifyFlowLogAttribute with AggregationInterval 5 is read back, the rest unchanged', async () => {
      const answer = (await sdk.modifyFlowLogAttribute(new Vpc.ModifyFlowLogAttributeRequest({
        regionId: h.REGION, flowLogId, aggregationInterval: 5,
      }))).body;
      h.expectEqual(answer.success, 'true', 'Success');
      const found = (await describe({ flowLogId })).flowLogs.flowLog;
      expectEverythingAsSent(found[0], 5);
    });

    await cases.run('an interval in seconds is refused with InvalidParameter naming AggregationInterval', async () => {
      const error = await h.expectApiError('InvalidParameter', () => sdk.modifyFlowLogAttribute(
        new Vpc.ModifyFlowLogAttributeRequest({ regionId: h.REGION, flowLogId, aggregationInterval: 60 })));
      if (!String(error.message).includes('AggregationInterval'))
        throw new Error(`the message does not name AggregationInterval: ${error.message}`);
    });

    await cases.run('--traffic-path-disabled refuses TrafficPath with 403 OperationDenied.TrafficPathNotEnabled', async () => {
      const refusing = await h.startEmulator(executable, ['--traffic-path-disabled']);
      try {
        const other = client({ host: `${refusing.host}:${refusing.port}` });
        const error = await h.expectApiError('OperationDenied.TrafficPathNotEnabled',
          () => other.createFlowLog(createRequest(fields)));
        h.expectEqual(error.statusCode, 403, 'HTTP status');
      } finally {
        await refusing.stop();
      }
    });
  } finally {
    await relay.close();
    await emulator.stop();
    cases.finish();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
