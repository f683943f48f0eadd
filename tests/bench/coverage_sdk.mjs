// The official SDKs' side of the coverage benchmark: the same answer as
// `flowlog-cli coverage --all-regions --output json`, computed the straightforward way with
// @alicloud/vpc20160428 and @alicloud/ecs20140526: regions one after another, in each region every
// page of DescribeVpcs, DescribeVSwitches, DescribeNetworkInterfaces (NextToken) and
// DescribeFlowLogs one after another, then the coverage rule of docs/glossary.md (覆盖).
//
// Usage: node tests/bench/coverage_sdk.mjs ENDPOINT
// The SDKs must be resolvable, e.g. NODE_PATH=build/bench-node/node_modules (coverage_bench.sh
// installs them there). Prints one JSON object: {"ok", "vpcs": [{"regionId", "id", "name",
// "state", "flowLogIds"}], "counts": {...}, "calls"}.

import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function requireSdk(name) {
  const paths = (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean);
  try {
    return require(require.resolve(name, { paths: [...paths, process.cwd()] }));
  } catch (error) {
    console.error(`cannot load ${name} (${error.message}); set NODE_PATH to a node_modules holding it`);
    process.exit(2);
  }
}

const endpoint = process.argv[2];
if (!endpoint) {
  console.error('usage: node coverage_sdk.mjs ENDPOINT');
  process.exit(2);
}
const url = new URL(endpoint);
const { $OpenApiUtil } = requireSdk('@alicloud/openapi-core');
const Vpc = requireSdk('@alicloud/vpc20160428');
const Ecs = requireSdk('@alicloud/ecs20140526');

function config() {
  return new $OpenApiUtil.Config({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID || 'sandbox-access-key-id',
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET || 'sandbox-access-key-secret',
    type: 'access_key',
    endpoint: url.host,
    protocol: url.protocol.replace(':', ''),
    regionId: 'cn-hangzhou',
    readTimeout: 30000,
    connectTimeout: 5000,
  });
}

const vpc = new Vpc.default(config());
const ecs = new Ecs.default(config());
let calls = 0;

function list(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

async function paged(describe, makeRequest, itemsOf) {
  const items = [];
  for (let page = 1; ; page++) {
    calls++;
    const body = (await describe(makeRequest(page))).body;
    const pageItems = itemsOf(body);
    items.push(...pageItems);
    if (pageItems.length < 50 || items.length >= Number(body.totalCount)) return items;
  }
}

async function networkInterfaces(regionId) {
  const items = [];
  let nextToken;
  do {
    calls++;
    const body = (await ecs.describeNetworkInterfaces(
      new Ecs.DescribeNetworkInterfacesRequest({ regionId, maxResults: 500, nextToken }))).body;
    items.push(...list(body.networkInterfaceSets?.networkInterfaceSet));
    nextToken = body.nextToken;
  } while (nextToken);
  return items;
}

function covers(flowLog) {
  const paths = list(flowLog.trafficPath?.trafficPathList);
  return flowLog.trafficType === 'All' && flowLog.status === 'Active' && flowLog.flowLogDeliverStatus !== 'FAILED'
    && (paths.length === 0 || paths.includes('all'));
}

async function region(regionId) {
  const vpcs = await paged((r) => vpc.describeVpcs(r),
    (pageNumber) => new Vpc.DescribeVpcsRequest({ regionId, pageNumber, pageSize: 50 }),
    (body) => list(body.vpcs?.vpc));
  const vSwitches = await paged((r) => vpc.describeVSwitches(r),
    (pageNumber) => new Vpc.DescribeVSwitchesRequest({ regionId, pageNumber, pageSize: 50 }),
    (body) => list(body.vSwitches?.vSwitch));
  const enis = await networkInterfaces(regionId);
  const flowLogs = await paged((r) => vpc.describeFlowLogs(r),
    (pageNumber) => new Vpc.DescribeFlowLogsRequest({ regionId, pageNumber, pageSize: 50 }),
    (body) => list(body.flowLogs?.flowLog));

  const vpcOf = new Map();
  for (const v of vSwitches) vpcOf.set(v.vSwitchId, v.vpcId);
  for (const e of enis) vpcOf.set(e.networkInterfaceId, e.vpcId);
  return vpcs.map((v) => {
    const onVpc = flowLogs.filter((f) => f.resourceType === 'VPC' && f.resourceId === v.vpcId);
    const onParts = flowLogs.filter((f) => f.resourceType !== 'VPC' && vpcOf.get(f.resourceId) === v.vpcId);
    const covering = onVpc.filter(covers);
    let state = 'uncovered';
    if (covering.length) state = 'covered';
    else if (onVpc.length || onParts.length) state = 'partial';
    const ids = covering.length ? covering : [...onVpc, ...onParts];
    return { regionId, id: v.vpcId, name: v.vpcName || '', state, flowLogIds: ids.map((f) => f.flowLogId) };
  });
}

async function main() {
  calls++;
  const regions = list((await vpc.describeRegions(new Vpc.DescribeRegionsRequest({}))).body.regions?.region)
    .map((r) => r.regionId);
  const vpcs = [];
  for (const regionId of regions) vpcs.push(...await region(regionId));
  const counts = { covered: 0, partial: 0, uncovered: 0, unknown: 0 };
  for (const v of vpcs) counts[v.state]++;
  process.stdout.write(`${JSON.stringify({ ok: true, vpcs, counts, calls })}\n`);
}

main().catch((error) => {
  console.error(`coverage_sdk: ${error.message}`);
  process.exit(1);
});
