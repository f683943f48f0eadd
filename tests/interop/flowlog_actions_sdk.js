'use strict';
// Managing existing flow logs through the generated Vpc client (@alicloud/vpc20160428 7.x), against
// flowlog-emulator with a 400 ms transition delay: CreateFlowLog, DescribeFlowLogs with filters and
// pages, DeactiveFlowLog (Deactivating, then Inactive), ActiveFlowLog, ModifyFlowLogAttribute,
// TagResources, UnTagResources, MoveResourceGroup and DeleteFlowLog (Deleting, then gone), and a
// flow log in a transient status refused with IncorrectStatus.flowlog as the SDK reports it.
// Usage: node flowlog_actions_sdk.js PATH/TO/flowlog-emulator

const h = require('./lib/harness');

const executable = h.emulatorPathFromArgs();
const { $OpenApiUtil } = h.requireSdk('@alicloud/openapi-core');
const Vpc = h.requireSdk('@alicloud/vpc20160428');

const DELAY_MS = 400;
const NEW_GROUP = 'rg-acfminteropmoved01';

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

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function main() {
  const emulator = await h.startEmulator(executable, ['--activation-delay', String(DELAY_MS)]);
  const relay = await h.startRecordingRelay(emulator.port);
  const cases = new h.Cases('Vpc SDK, the actions on existing flow logs', relay);
  const sdk = client(relay);
  const describe = async (filter) =>
    (await sdk.describeFlowLogs(new Vpc.DescribeFlowLogsRequest({ regionId: h.REGION, ...filter }))).body;
  const statusOf = async (flowLogId) => {
    const found = (await describe({ flowLogId })).flowLogs.flowLog;
    return found.length === 1 ? found[0].status : '(not listed)';
  };
  // Polls until the status reads `wanted`, as a client would; fails after 5 s.
  const waitFor = async (flowLogId, wanted) => {
    const deadline = Date.now() + 5000;
    let status;
    while ((status = await statusOf(flowLogId)) !== wanted) {
      if (Date.now() > deadline)
        throw new Error(`status is still ${status}, expected ${wanted}`);
      await sleep(50);
    }
  };
  const target = (flowLogId) => ({ regionId: h.REGION, flowLogId });
  const ids = [];

  try {
    await cases.run('CreateFlowLog makes 3 flow logs, each Activating, then Active', async () => {
      for (let i = 0; i < 3; ++i) {
        const fields = h.flowLogFields(`00actions${i}`);
        const answer = (await sdk.createFlowLog(new Vpc.CreateFlowLogRequest({
          regionId: fields.RegionId, resourceType: fields.ResourceType, resourceId: fields.ResourceId,
          trafficType: i === 2 ? 'Drop' : 'All', projectName: fields.ProjectName, logStoreName: fields.LogStoreName,
          flowLogName: `${fields.FlowLogName}${i}`, description: fields.Description,
        }))).body;
        h.expectEqual(answer.success, 'true', 'Success');
        ids.push(answer.flowLogId);
      }
      h.expectEqual(await statusOf(ids[0]), 'Activating', 'status right after CreateFlowLog');
      for (const id of ids)
        await waitFor(id, 'Active');
    });

    await cases.run('DescribeFlowLogs filters (TrafficType, Status, ResourceId) and pages (PageSize 20 by default)', async () => {
      const all = await describe({});
      h.expectEqual(all.pageSize, '20', 'default PageSize (a string)');
      h.expectEqual(all.totalCount, '3', 'TotalCount');
      h.expectEqual(all.flowLogs.flowLog[0].serviceType, '', 'ServiceType of a user-made flow log');
      const drop = (await describe({ trafficType: 'Drop' })).flowLogs.flowLog;
      h.expectEqual(drop.map((f) => f.flowLogId).join(), ids[2], 'the Drop flow log');
      const byResource = (await describe({ resourceId: h.flowLogFields('00actions1').ResourceId })).flowLogs.flowLog;
      h.expectEqual(byResource.map((f) => f.flowLogId).join(), ids[1], 'by ResourceId');
      h.expectEqual((await describe({ status: 'Inactive' })).totalCount, '0', 'Inactive ones');
      const page2 = await describe({ pageNumber: 2, pageSize: 2 });
      h.expectEqual(page2.pageNumber, '2', 'PageNumber');
      h.expectEqual(page2.flowLogs.flowLog.map((f) => f.flowLogId).join(), ids[2], 'the second page of 2');
    });

    await cases.run('DeactiveFlowLog: Deactivating, then Inactive', async () => {
      const answer = (await sdk.deactiveFlowLog(new Vpc.DeactiveFlowLogRequest(target(ids[0])))).body;
      h.expectEqual(answer.success, 'true', 'Success');
      h.expectEqual(await statusOf(ids[0]), 'Deactivating', 'status right after DeactiveFlowLog');
      await waitFor(ids[0], 'Inactive');
      h.expectEqual((await describe({ status: 'Inactive' })).flowLogs.flowLog[0].flowLogId, ids[0], 'Status filter');
    });

    await cases.run('ActiveFlowLog: Activating, and meanwhile IncorrectStatus.flowlog for the others', async () => {
      await sdk.activeFlowLog(new Vpc.ActiveFlowLogRequest(target(ids[0])));
      h.expectEqual(await statusOf(ids[0]), 'Activating', 'status right after ActiveFlowLog');
      const error = await h.expectApiError('IncorrectStatus.flowlog',
        () => sdk.deactiveFlowLog(new Vpc.DeactiveFlowLogRequest(target(ids[0]))));
      h.expectEqual(error.statusCode, 400, 'HTTP status');
      await h.expectApiError('IncorrectStatus.flowlog',
        () => sdk.deleteFlowLog(new Vpc.DeleteFlowLogRequest(target(ids[0]))));
      await h.expectApiError('IncorrectStatus.flowlog', () => sdk.modifyFlowLogAttribute(
        new Vpc.ModifyFlowLogAttributeRequest({ ...target(ids[0]), flowLogName: 'renamed' })));
      await waitFor(ids[0], 'Active');
      // Starting an active flow log is no conflict.
      h.expectEqual((await sdk.activeFlowLog(new Vpc.ActiveFlowLogRequest(target(ids[0])))).body.success, 'true',
        'ActiveFlowLog on an active flow log');
    });

    await cases.run('ModifyFlowLogAttribute renames it and sets AggregationInterval', async () => {
      await sdk.modifyFlowLogAttribute(new Vpc.ModifyFlowLogAttributeRequest({
        ...target(ids[1]), flowLogName: '改过的名称', description: 'changed', aggregationInterval: 5,
      }));
      const found = (await describe({ flowLogId: ids[1] })).flowLogs.flowLog[0];
      h.expectSameBytes(found.flowLogName, '改过的名称', 'FlowLogName');
      h.expectSameBytes(found.description, 'changed', 'Description');
      h.expectEqual(found.aggregationInterval, 5, 'AggregationInterval');
    });

    await cases.run('TagResources (ResourceType FLOWLOG, 2 resources) adds tags and replaces a value', async () => {
      const tag = (key, value) => new Vpc.TagResourcesRequestTag({ key, value });
      const answer = (await sdk.tagResources(new Vpc.TagResourcesRequest({
        regionId: h.REGION, resourceType: 'FLOWLOG', resourceId: [ids[1], ids[2]],
        tag: [tag('env', '生产'), tag('team', 'net')],
      }))).body;
      if (!answer.requestId)
        throw new Error(`no RequestId in ${JSON.stringify(answer)}`);
      for (const flag of ['ResourceId.2=', 'Tag.2.Key=team']) {
        if (!relay.rawLastRequest().includes(flag))
          throw new Error(`the SDK did not send ${flag}:\n${relay.rawLastRequest()}`);
      }
      await sdk.tagResources(new Vpc.TagResourcesRequest({
        regionId: h.REGION, resourceType: 'FLOWLOG', resourceId: [ids[1]], tag: [tag('env', '测试')],
      }));
      const tags = (await describe({ flowLogId: ids[1] })).flowLogs.flowLog[0].tags.tag;
      h.expectEqual(tags.map((t) => `${t.key}=${t.value}`).join(), 'env=测试,team=net', 'tags of the first');
      const filtered = (await describe({ tags: [new Vpc.DescribeFlowLogsRequestTags({ key: 'env', value: '生产' })] }));
      h.expectEqual(filtered.flowLogs.flowLog.map((f) => f.flowLogId).join(), ids[2], 'Tags filter');
      await h.expectApiError('InvalidParameter', () => sdk.tagResources(new Vpc.TagResourcesRequest({
        regionId: h.REGION, resourceType: 'FLOWLOG', resourceId: [ids[1]], tag: [tag('aliyun-reserved', 'x')],
      })));
      await h.expectApiError('InvalidFlowLogId.NotFound', () => sdk.tagResources(new Vpc.TagResourcesRequest({
        regionId: h.REGION, resourceType: 'FLOWLOG', resourceId: ['fl-nosuchflowloginterop'], tag: [tag('a', 'b')],
      })));
    });

    await cases.run('UnTagResources removes a key (TagKey.N), then every tag (All=true)', async () => {
      await sdk.unTagResources(new Vpc.UnTagResourcesRequest({
        regionId: h.REGION, resourceType: 'FLOWLOG', resourceId: [ids[1]], tagKey: ['env'],
      }));
      let tags = (await describe({ flowLogId: ids[1] })).flowLogs.flowLog[0].tags.tag;
      h.expectEqual(tags.map((t) => t.key).join(), 'team', 'keys left');
      await sdk.unTagResources(new Vpc.UnTagResourcesRequest({
        regionId: h.REGION, resourceType: 'FLOWLOG', resourceId: [ids[1], ids[2]], all: true,
      }));
      tags = (await describe({ flowLogId: ids[2] })).flowLogs.flowLog[0].tags.tag;
      h.expectEqual(tags.length, 0, 'tags left after All=true');
    });

    await cases.run('MoveResourceGroup moves it (ResourceType FlowLog) and the ResourceGroupId filter finds it', async () => {
      const answer = (await sdk.moveResourceGroup(new Vpc.MoveResourceGroupRequest({
        regionId: h.REGION, resourceType: 'FlowLog', resourceId: ids[2], newResourceGroupId: NEW_GROUP,
      }))).body;
      if (!answer.requestId)
        throw new Error(`no RequestId in ${JSON.stringify(answer)}`);
      const found = (await describe({ resourceGroupId: NEW_GROUP })).flowLogs.flowLog;
      h.expectEqual(found.map((f) => f.flowLogId).join(), ids[2], 'flow logs in the new group');
      h.expectEqual(found[0].resourceGroupId, NEW_GROUP, 'ResourceGroupId');
    });

    await cases.run('DeleteFlowLog: Deleting (still listed), then gone', async () => {
      const answer = (await sdk.deleteFlowLog(new Vpc.DeleteFlowLogRequest(target(ids[2])))).body;
      h.expectEqual(answer.success, 'true', 'Success');
      h.expectEqual(await statusOf(ids[2]), 'Deleting', 'status right after DeleteFlowLog');
      await h.expectApiError('IncorrectStatus.flowlog',
        () => sdk.deleteFlowLog(new Vpc.DeleteFlowLogRequest(target(ids[2]))));
      await waitFor(ids[2], '(not listed)');
      h.expectEqual((await describe({})).totalCount, '2', 'TotalCount after the delete');
      await h.expectApiError('InvalidFlowLogId.NotFound',
        () => sdk.deleteFlowLog(new Vpc.DeleteFlowLogRequest(target(ids[2]))));
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
