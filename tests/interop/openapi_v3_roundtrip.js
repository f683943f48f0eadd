'use strict';
// The generated Vpc client (@alicloud/vpc20160428) signing with ACS3-HMAC-SHA256 (V3), against
// flowlog-emulator. Two generations of the SDK are checked:
//   openapi-core    @alicloud/vpc20160428 7.x on @alicloud/openapi-core (what npm installs today)
//   openapi-client  @alicloud/vpc20160428 6.3.x on @alicloud/openapi-client (still widely deployed)
// Usage: node openapi_v3_roundtrip.js PATH/TO/flowlog-emulator openapi-core|openapi-client

const h = require('./lib/harness');

const executable = h.emulatorPathFromArgs();
const generation = process.argv[3] || 'openapi-core';

function loadSdk() {
  if (generation === 'openapi-core') {
    const { $OpenApiUtil } = h.requireSdk('@alicloud/openapi-core');
    return { Vpc: h.requireSdk('@alicloud/vpc20160428'), Config: $OpenApiUtil.Config };
  }
  if (generation === 'openapi-client') {
    const { Config } = h.requireSdk('@alicloud/openapi-client');
    return { Vpc: h.requireSdk('vpc20160428-on-openapi-client'), Config };
  }
  console.error('the SDK generation is openapi-core or openapi-client');
  process.exit(2);
}

const { Vpc, Config } = loadSdk();

function client(relay, credentials) {
  return new Vpc.default(new Config({
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    securityToken: credentials.securityToken,
    type: credentials.securityToken ? 'sts' : 'access_key',
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
  });
}

async function main() {
  const emulator = await h.startEmulator(executable);
  const relay = await h.startRecordingRelay(emulator.port);
  const cases = new h.Cases(`Vpc V3 (${generation})`, relay);
  const sdk = client(relay, h.SANDBOX);
  const fields = h.flowLogFields(generation === 'openapi-core' ? '00000000core' : '0000000client');
  const describe = async (filter) =>
    (await sdk.describeFlowLogs(new Vpc.DescribeFlowLogsRequest({ regionId: h.REGION, ...filter }))).body;
  let flowLogId;

  try {
    await cases.run('CreateFlowLog with a Chinese name and a description full of reserved characters', async () => {
      const answer = (await sdk.createFlowLog(createRequest(fields))).body;
      if (!/^fl-[a-z0-9]{20}$/.test(answer.flowLogId))
        throw new Error(`unexpected FlowLogId ${JSON.stringify(answer.flowLogId)}`);
      h.expectEqual(typeof answer.requestId, 'string', 'type of RequestId');
      flowLogId = answer.flowLogId;
      if (!/\r\nauthorization: ACS3-HMAC-SHA256 Credential=/i.test(relay.rawLastRequest()))
        throw new Error(`the SDK did not sign with V3:\n${relay.rawLastRequest()}`);
    });

    await cases.run('DescribeFlowLogs by FlowLogId returns name and description byte for byte', async () => {
      const found = (await describe({ flowLogId })).flowLogs.flowLog;
      h.expectEqual(found.length, 1, 'number of flow logs');
      h.expectEqual(found[0].flowLogId, flowLogId, 'FlowLogId');
      h.expectSameBytes(found[0].flowLogName, h.FLOW_LOG_NAME, 'FlowLogName');
      h.expectSameBytes(found[0].description, h.DESCRIPTION, 'Description');
      h.expectSameBytes(found[0].resourceId, fields.ResourceId, 'ResourceId');
      h.expectSameBytes(found[0].projectName, fields.ProjectName, 'ProjectName');
      h.expectSameBytes(found[0].logStoreName, fields.LogStoreName, 'LogStoreName');
    });

    await cases.run('DescribeFlowLogs filtered by the Chinese FlowLogName finds it', async () => {
      const found = (await describe({ flowLogName: h.FLOW_LOG_NAME, resourceId: fields.ResourceId })).flowLogs.flowLog;
      h.expectEqual(found.map((f) => f.flowLogId).join(), flowLogId, 'flow logs found');
    });

    await cases.run('a wrong AccessKey secret is rejected with SignatureDoesNotMatch and creates nothing', async () => {
      const wrong = client(relay, { ...h.SANDBOX, accessKeySecret: 'not-the-sandbox-secret' });
      await h.expectApiError('SignatureDoesNotMatch',
        () => wrong.createFlowLog(createRequest({ ...fields, FlowLogName: '不应创建' })));
      h.expectEqual(String((await describe({ resourceId: fields.ResourceId })).totalCount), '1',
        'TotalCount after the rejected request');
    });

    await cases.run('an unknown AccessKey ID is rejected with InvalidAccessKeyId.NotFound', async () => {
      const stranger = client(relay, { accessKeyId: 'no-such-access-key-id', accessKeySecret: 'whatever' });
      await h.expectApiError('InvalidAccessKeyId.NotFound',
        () => stranger.describeFlowLogs(new Vpc.DescribeFlowLogsRequest({ regionId: h.REGION })));
    });

    await cases.run('STS credentials: x-acs-security-token is accepted, a wrong one is refused', async () => {
      const token = 'interop-sts-token/with+reserved=characters';
      const stsEmulator = await h.startEmulator(executable, ['--sts-token', token]);
      try {
        const host = `${stsEmulator.host}:${stsEmulator.port}`;
        const sts = client({ host }, { ...h.SANDBOX, securityToken: token });
        const answer = (await sts.createFlowLog(createRequest(fields))).body;
        if (!/^fl-/.test(answer.flowLogId))
          throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
        const wrong = client({ host }, { ...h.SANDBOX, securityToken: `${token}-not` });
        await h.expectApiError('InvalidSecurityToken.MismatchWithAccessKey',
          () => wrong.describeFlowLogs(new Vpc.DescribeFlowLogsRequest({ regionId: h.REGION })));
      } finally {
        await stsEmulator.stop();
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
