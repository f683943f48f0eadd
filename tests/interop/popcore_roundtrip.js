'use strict';
// @alicloud/pop-core (RPC, HMAC-SHA1 signature v1) against flowlog-emulator, with GET (parameters in
// the query string) or POST (parameters in a form body).
// Usage: node popcore_roundtrip.js PATH/TO/flowlog-emulator GET|POST

const h = require('./lib/harness');

const RPCClient = h.requireSdk('@alicloud/pop-core').RPCClient;

const executable = h.emulatorPathFromArgs();
const method = (process.argv[3] || 'GET').toUpperCase();
if (method !== 'GET' && method !== 'POST') {
  console.error('the method is GET or POST');
  process.exit(2);
}

function client(relay, credentials) {
  return new RPCClient({
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    securityToken: credentials.securityToken,
    endpoint: relay.url,
    apiVersion: '2016-04-28',
  });
}

async function main() {
  const emulator = await h.startEmulator(executable);
  const relay = await h.startRecordingRelay(emulator.port);
  const cases = new h.Cases(`pop-core ${method}`, relay);
  const sdk = client(relay, h.SANDBOX);
  const options = { method, timeout: 10000 };
  const fields = h.flowLogFields(method === 'GET' ? '0000000000get' : '000000000post');
  const describe = (filter) => sdk.request('DescribeFlowLogs', { RegionId: h.REGION, ...filter }, options);
  let flowLogId;

  try {
    await cases.run('CreateFlowLog with a Chinese name and a description full of reserved characters', async () => {
      const answer = await sdk.request('CreateFlowLog', fields, options);
      if (!/^fl-[a-z0-9]{20}$/.test(answer.FlowLogId))
        throw new Error(`unexpected FlowLogId ${JSON.stringify(answer.FlowLogId)}`);
      h.expectEqual(typeof answer.RequestId, 'string', 'type of RequestId');
      flowLogId = answer.FlowLogId;
      const raw = relay.rawLastRequest();
      if (!raw.startsWith(method === 'GET' ? 'GET /?' : 'POST / ') || !raw.includes('SignatureMethod=HMAC-SHA1'))
        throw new Error(`not a v1 ${method} request:\n${raw}`);
    });

    await cases.run('DescribeFlowLogs by FlowLogId returns name and description byte for byte', async () => {
      const answer = await describe({ FlowLogId: flowLogId });
      const found = answer.FlowLogs.FlowLog;
      h.expectEqual(found.length, 1, 'number of flow logs');
      h.expectEqual(found[0].FlowLogId, flowLogId, 'FlowLogId');
      h.expectSameBytes(found[0].FlowLogName, h.FLOW_LOG_NAME, 'FlowLogName');
      h.expectSameBytes(found[0].Description, h.DESCRIPTION, 'Description');
      for (const key of ['ResourceType', 'ResourceId', 'ProjectName', 'LogStoreName', 'RegionId'])
        h.expectSameBytes(found[0][key], fields[key], key);
    });

    await cases.run('DescribeFlowLogs filtered by the Chinese FlowLogName finds it', async () => {
      const answer = await describe({ FlowLogName: h.FLOW_LOG_NAME, ResourceId: fields.ResourceId });
      h.expectEqual(answer.FlowLogs.FlowLog.map((f) => f.FlowLogId).join(), flowLogId, 'flow logs found');
    });

    await cases.run('a wrong AccessKey secret is rejected with SignatureDoesNotMatch and creates nothing', async () => {
      const wrong = client(relay, { ...h.SANDBOX, accessKeySecret: 'not-the-sandbox-secret' });
      const error = await h.expectApiError('SignatureDoesNotMatch',
        () => wrong.request('CreateFlowLog', { ...fields, FlowLogName: '不应创建' }, options));
      if (!/string to sign/i.test(error.message))
        throw new Error(`the message does not show the server's string to sign: ${error.message}`);
      const answer = await describe({ ResourceId: fields.ResourceId });
      h.expectEqual(String(answer.TotalCount), '1', 'TotalCount after the rejected request');
    });

    await cases.run('an unknown AccessKey ID is rejected with InvalidAccessKeyId.NotFound', async () => {
      const stranger = client(relay, { accessKeyId: 'no-such-access-key-id', accessKeySecret: 'whatever' });
      await h.expectApiError('InvalidAccessKeyId.NotFound', () => stranger.request('DescribeFlowLogs',
        { RegionId: h.REGION }, options));
    });

    await cases.run('STS credentials: the SecurityToken parameter is accepted, a wrong one is refused', async () => {
      const token = 'interop-sts-token/with+reserved=characters';
      const stsEmulator = await h.startEmulator(executable, ['--sts-token', token]);
      try {
        const sts = client({ url: stsEmulator.url }, { ...h.SANDBOX, securityToken: token });
        const answer = await sts.request('CreateFlowLog', fields, options);
        if (!/^fl-/.test(answer.FlowLogId))
          throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
        const wrong = client({ url: stsEmulator.url }, { ...h.SANDBOX, securityToken: `${token}-not` });
        await h.expectApiError('InvalidSecurityToken.MismatchWithAccessKey', () => wrong.request('DescribeFlowLogs',
          { RegionId: h.REGION }, options));
        sts.keepAliveAgent.destroy();
        wrong.keepAliveAgent.destroy();
      } finally {
        await stsEmulator.stop();
      }
    });
  } finally {
    sdk.keepAliveAgent.destroy();
    await relay.close();
    await emulator.stop();
    cases.finish();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
