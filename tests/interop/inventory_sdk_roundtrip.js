'use strict';
// The account's resources through the official generated clients, against flowlog-emulator: the
// Vpc client (@alicloud/vpc20160428) builds a VPC with more than 50 vSwitches and pages them with
// PageNumber/PageSize; the Ecs client (@alicloud/ecs20140526, API 2014-05-26) creates an ENI and
// pages more than 500 generated ones with NextToken/MaxResults. Both clients must read every field
// with their own models, and CreateFlowLog must refuse a resource the account does not have.
// Usage: node inventory_sdk_roundtrip.js PATH/TO/flowlog-emulator

const h = require('./lib/harness');

const executable = h.emulatorPathFromArgs();
const { $OpenApiUtil } = h.requireSdk('@alicloud/openapi-core');
const Vpc = h.requireSdk('@alicloud/vpc20160428');
const Ecs = h.requireSdk('@alicloud/ecs20140526');

// The generator's first region of the built-in catalogue.
const GENERATED_REGION = 'cn-qingdao';
const GENERATED_ENIS = 1100;
const VSWITCHES = 60;

function config(relay) {
  return new $OpenApiUtil.Config({
    accessKeyId: h.SANDBOX.accessKeyId,
    accessKeySecret: h.SANDBOX.accessKeySecret,
    type: 'access_key',
    endpoint: relay.host,
    protocol: 'http',
    regionId: h.REGION,
    readTimeout: 10000,
    connectTimeout: 5000,
  });
}

async function allVSwitchPages(vpc, vpcId) {
  const pages = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const body = (await vpc.describeVSwitches(new Vpc.DescribeVSwitchesRequest({
      regionId: h.REGION, vpcId, pageNumber, pageSize: 50,
    }))).body;
    pages.push(body.vSwitches.vSwitch);
    if (pageNumber * body.pageSize >= body.totalCount)
      return { pages, totalCount: body.totalCount };
  }
}

async function allEniPages(ecs, filter) {
  const pages = [];
  let nextToken;
  do {
    const body = (await ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({
      regionId: GENERATED_REGION, maxResults: 500, nextToken, ...filter,
    }))).body;
    pages.push(body.networkInterfaceSets.networkInterfaceSet);
    nextToken = body.nextToken;
    if (pages.length > 20)
      throw new Error('NextToken never became empty');
  } while (nextToken);
  return pages;
}

async function main() {
  const spec = `regions=1,vpcs=2,vswitches=4,enis=${GENERATED_ENIS},seed=5`;
  const emulator = await h.startEmulator(executable, ['--generate-inventory', spec]);
  const relay = await h.startRecordingRelay(emulator.port);
  const cases = new h.Cases('Vpc and Ecs SDKs, the account\'s VPCs, vSwitches and ENIs', relay);
  const vpc = new Vpc.default(config(relay));
  const ecs = new Ecs.default(config(relay));
  let vpcId;
  let vSwitchIds = [];

  try {
    await cases.run('CreateVpc answers VpcId, VRouterId, RouteTableId and ResourceGroupId', async () => {
      const answer = (await vpc.createVpc(new Vpc.CreateVpcRequest({
        regionId: h.REGION, cidrBlock: '10.0.0.0/8', vpcName: '生产环境 VPC', description: h.DESCRIPTION,
      }))).body;
      if (!/^vpc-bp1[a-z0-9]{18}$/.test(answer.vpcId))
        throw new Error(`unexpected VpcId ${JSON.stringify(answer.vpcId)}`);
      for (const [field, prefix] of [['VRouterId', 'vrt-'], ['routeTableId', 'vtb-'], ['resourceGroupId', 'rg-']]) {
        if (!String(answer[field]).startsWith(prefix))
          throw new Error(`${field} ${JSON.stringify(answer[field])} does not start with ${prefix}`);
      }
      vpcId = answer.vpcId;
    });

    await cases.run(`CreateVSwitch ${VSWITCHES} times in two zones`, async () => {
      for (let i = 0; i < VSWITCHES; i++) {
        const answer = (await vpc.createVSwitch(new Vpc.CreateVSwitchRequest({
          regionId: h.REGION, vpcId, zoneId: i % 2 ? 'cn-hangzhou-i' : 'cn-hangzhou-h',
          cidrBlock: `10.${i}.0.0/24`, vSwitchName: `交换机-${i}`,
        }))).body;
        vSwitchIds.push(answer.vSwitchId);
      }
      h.expectEqual(new Set(vSwitchIds).size, VSWITCHES, 'distinct VSwitchIds');
    });

    await cases.run('DescribeVSwitches pages past 50 (50 + 10) with every vSwitch once', async () => {
      const { pages, totalCount } = await allVSwitchPages(vpc, vpcId);
      h.expectEqual(totalCount, VSWITCHES, 'TotalCount (a number)');
      h.expectEqual(pages.map((p) => p.length).join(), '50,10', 'page sizes');
      const listed = pages.flat();
      h.expectEqual(listed.map((s) => s.vSwitchId).sort().join(), [...vSwitchIds].sort().join(), 'VSwitchIds');
      h.expectSameBytes(listed[0].vSwitchName, '交换机-0', 'VSwitchName');
      h.expectEqual(listed[0].vpcId, vpcId, 'VpcId');
      h.expectEqual(listed[0].availableIpAddressCount, 252, 'AvailableIpAddressCount (a number)');
      h.expectEqual(listed[0].routeTable.routeTableType, 'System', 'RouteTable.RouteTableType');
      const zoneI = (await vpc.describeVSwitches(new Vpc.DescribeVSwitchesRequest({
        vpcId, zoneId: 'cn-hangzhou-i', pageSize: 50,
      }))).body;
      h.expectEqual(zoneI.totalCount, VSWITCHES / 2, 'vSwitches in cn-hangzhou-i');
    });

    await cases.run('DescribeVpcs by VpcId reads the VPC with its vSwitches through the SDK model', async () => {
      const body = (await vpc.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId: h.REGION, vpcId }))).body;
      h.expectEqual(body.totalCount, 1, 'TotalCount');
      const found = body.vpcs.vpc[0];
      h.expectSameBytes(found.vpcName, '生产环境 VPC', 'VpcName');
      h.expectSameBytes(found.description, h.DESCRIPTION, 'Description');
      h.expectEqual(found.vSwitchIds.vSwitchId.length, VSWITCHES, 'VSwitchIds.VSwitchId');
      h.expectEqual(found.isDefault, false, 'IsDefault (a boolean)');
      h.expectEqual(typeof found.ownerId, 'number', 'type of OwnerId');
    });

    await cases.run('CreateNetworkInterface answers the ENI, which DescribeNetworkInterfaces then lists', async () => {
      const answer = (await ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({
        regionId: h.REGION, vSwitchId: vSwitchIds[1], securityGroupId: 'sg-bp1interop000000000',
        networkInterfaceName: '数据库网卡', primaryIpAddress: '10.1.0.9',
      }))).body;
      if (!/^eni-bp1[a-z0-9]{18}$/.test(answer.networkInterfaceId))
        throw new Error(`unexpected NetworkInterfaceId ${JSON.stringify(answer.networkInterfaceId)}`);
      h.expectEqual(answer.vpcId, vpcId, 'VpcId');
      h.expectEqual(answer.zoneId, 'cn-hangzhou-i', 'ZoneId');
      h.expectEqual(answer.privateIpAddress, '10.1.0.9', 'PrivateIpAddress');
      h.expectEqual(answer.securityGroupIds.securityGroupId.join(), 'sg-bp1interop000000000', 'SecurityGroupIds');
      const listed = (await ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({
        regionId: h.REGION, networkInterfaceId: [answer.networkInterfaceId],
      }))).body.networkInterfaceSets.networkInterfaceSet;
      h.expectEqual(listed.length, 1, 'ENIs listed');
      h.expectSameBytes(listed[0].networkInterfaceName, '数据库网卡', 'NetworkInterfaceName');
      h.expectEqual(listed[0].status, 'Available', 'Status');
      h.expectEqual(listed[0].type, 'Secondary', 'Type');
      if (!relay.rawLastRequest().includes('NetworkInterfaceId.1='))
        throw new Error(`the SDK did not send NetworkInterfaceId.1:\n${relay.rawLastRequest()}`);
    });

    await cases.run(`DescribeNetworkInterfaces pages ${GENERATED_ENIS} ENIs by NextToken (500 + 500 + 100)`, async () => {
      const pages = await allEniPages(ecs, {});
      h.expectEqual(pages.map((p) => p.length).join(), '500,500,100', 'page sizes');
      const ids = pages.flat().map((e) => e.networkInterfaceId);
      h.expectEqual(new Set(ids).size, GENERATED_ENIS, 'distinct ENIs');
      const first = pages[0][0];
      if (!/^00:16:3e(:[0-9a-f]{2}){3}$/.test(first.macAddress))
        throw new Error(`unexpected MacAddress ${first.macAddress}`);
      h.expectEqual(typeof first.ownerId, 'string', 'type of OwnerId');
      const inUse = (await allEniPages(ecs, { status: 'InUse' })).flat();
      if (inUse.length === 0 || inUse.length >= GENERATED_ENIS || inUse.some((e) => !e.instanceId))
        throw new Error(`the Status filter gave ${inUse.length} ENIs`);
    });

    await cases.run('the deprecated PageNumber/PageSize pages too (1000 + 100)', async () => {
      const sizes = [];
      for (const pageNumber of [1, 2]) {
        const body = (await ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({
          regionId: GENERATED_REGION, pageNumber, pageSize: 1000,
        }))).body;
        sizes.push(body.networkInterfaceSets.networkInterfaceSet.length);
        h.expectEqual(body.totalCount, GENERATED_ENIS, 'TotalCount');
      }
      h.expectEqual(sizes.join(), '1000,100', 'page sizes');
    });

    await cases.run('a NextToken the emulator did not issue is refused', async () => {
      await h.expectApiError('InvalidNextToken.Malformed', () => ecs.describeNetworkInterfaces(
        new Ecs.DescribeNetworkInterfacesRequest({ regionId: GENERATED_REGION, nextToken: 'AAAAAdDWBF2' })));
    });

    await cases.run('CreateFlowLog on a VPC the account does not have is refused with 404 ResourceNotFound.VPC', async () => {
      const error = await h.expectApiError('ResourceNotFound.VPC', () => vpc.createFlowLog(new Vpc.CreateFlowLogRequest({
        regionId: h.REGION, resourceType: 'VPC', resourceId: 'vpc-bp1notmine000000000000', trafficType: 'All',
        projectName: 'interop-project', logStoreName: 'interop-logstore',
      })));
      h.expectEqual(error.statusCode, 404, 'HTTP status');
    });

    await cases.run('DescribeFlowLogs by VpcId finds the flow log of one of its vSwitches', async () => {
      const created = (await vpc.createFlowLog(new Vpc.CreateFlowLogRequest({
        regionId: h.REGION, resourceType: 'VSwitch', resourceId: vSwitchIds[0], trafficType: 'Drop',
        projectName: 'interop-project', logStoreName: 'interop-logstore',
      }))).body;
      const found = (await vpc.describeFlowLogs(new Vpc.DescribeFlowLogsRequest({ regionId: h.REGION, vpcId })))
        .body.flowLogs.flowLog;
      h.expectEqual(found.map((f) => f.flowLogId).join(), created.flowLogId, 'flow logs of the VPC');
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
