'use strict';
// STS on flowlog-emulator, proven with the official libraries:
//   sts-sdk      @alicloud/sts20150401 (the generated STS client, V3 signatures) calls AssumeRole; the
//                temporary credentials it gets sign VPC calls (pop-core v1 and the Vpc client V3)
//                until they expire.
//   credentials  @alicloud/credentials: RAMRoleARNCredentialsProvider (also chained over itself),
//                ECSRAMRoleCredentialsProvider (IMDSv2, the v1 fallback, v2 only) and
//                URICredentialsProvider against the emulator's STS, metadata service and
//                credentials URI.
// The credentials library talks to STS over HTTPS only and to the metadata service at
// 100.100.100.200 only; its providers' transport (doRequest) is wrapped to reach the emulator
// instead, changing the scheme or host and nothing else it sends (query, form, signature, headers).
// Usage: node sts_roundtrip.js PATH/TO/flowlog-emulator sts-sdk|credentials

const h = require('./lib/harness');

const executable = h.emulatorPathFromArgs();
const suite = process.argv[3] || 'sts-sdk';
const ROLE = 'acs:ram::1234567890123456:role/flowlog-operator';
const EXPIRATION = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

const RPCClient = h.requireSdk('@alicloud/pop-core').RPCClient;
const { $OpenApiUtil } = h.requireSdk('@alicloud/openapi-core');

function popClient(url, credentials) {
  return new RPCClient({
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    securityToken: credentials.securityToken,
    endpoint: url,
    apiVersion: '2016-04-28',
  });
}

// A VPC call signed with these credentials: DescribeRegions over v1, closing its connections.
async function describeRegions(url, credentials) {
  const client = popClient(url, credentials);
  try {
    return await client.request('DescribeRegions', { RegionId: h.REGION }, { method: 'POST', timeout: 10000 });
  } finally {
    client.keepAliveAgent.destroy();
  }
}

function expectTemporary(credentials) {
  if (!/^STS\./.test(credentials.accessKeyId) || !credentials.accessKeySecret || !credentials.securityToken)
    throw new Error(`not temporary credentials: ${JSON.stringify(Object.keys(credentials))}`);
}

async function withEmulator(args, body) {
  const emulator = await h.startEmulator(executable, args);
  try {
    return await body(emulator);
  } finally {
    await emulator.stop();
  }
}

async function stsSdkSuite() {
  const Sts = h.requireSdk('@alicloud/sts20150401');
  const Vpc = h.requireSdk('@alicloud/vpc20160428');
  const stsClient = (host, credentials) => new Sts.default(new $OpenApiUtil.Config({
    accessKeyId: credentials.accessKeyId, accessKeySecret: credentials.accessKeySecret,
    securityToken: credentials.securityToken, endpoint: host, protocol: 'http', regionId: h.REGION,
    readTimeout: 10000, connectTimeout: 5000,
  }));
  const vpcClient = (host, credentials) => new Vpc.default(new $OpenApiUtil.Config({
    accessKeyId: credentials.accessKeyId, accessKeySecret: credentials.accessKeySecret,
    securityToken: credentials.securityToken, type: 'sts', endpoint: host, protocol: 'http', regionId: h.REGION,
    readTimeout: 10000, connectTimeout: 5000,
  }));
  const assume = (client, fields = {}) => client.assumeRole(new Sts.AssumeRoleRequest({
    roleArn: ROLE, roleSessionName: 'interop-session', ...fields,
  }));
  const emulator = await h.startEmulator(executable);
  const relay = await h.startRecordingRelay(emulator.port);
  const cases = new h.Cases('sts20150401', relay);
  const sts = stsClient(relay.host, h.SANDBOX);
  let temporary;
  try {
    await cases.run('AssumeRole answers the documented shape with STS. credentials', async () => {
      const answer = await assume(sts, { durationSeconds: 900 });
      const body = answer.body;
      h.expectEqual(body.assumedRoleUser.arn, 'acs:ram::1234567890123456:assumed-role/flowlog-operator/interop-session',
        'AssumedRoleUser.Arn');
      if (!/^\d+:interop-session$/.test(body.assumedRoleUser.assumedRoleId))
        throw new Error(`AssumedRoleId ${body.assumedRoleUser.assumedRoleId}`);
      temporary = body.credentials;
      expectTemporary(temporary);
      if (!EXPIRATION.test(temporary.expiration))
        throw new Error(`Expiration ${temporary.expiration}`);
      const seconds = (Date.parse(temporary.expiration) - Date.now()) / 1000;
      if (seconds < 898 || seconds > 901)
        throw new Error(`DurationSeconds 900 gave ${seconds} s`);
      if (!relay.rawLastRequest().includes('x-acs-action: AssumeRole'))
        throw new Error(`not a V3 AssumeRole request:\n${relay.rawLastRequest()}`);
    });

    await cases.run('the temporary credentials sign VPC calls, v1 (pop-core) and V3 (Vpc client)', async () => {
      const v1 = await describeRegions(relay.url, temporary);
      h.expectEqual(typeof v1.RequestId, 'string', 'v1 RequestId');
      const v3 = await vpcClient(relay.host, temporary).describeRegions(new Vpc.DescribeRegionsRequest({}));
      h.expectEqual(v3.statusCode, 200, 'V3 status');
    });

    await cases.run('AssumeRole signed with temporary credentials (a chain) succeeds', async () => {
      const chained = await assume(stsClient(relay.host, temporary));
      expectTemporary(chained.body.credentials);
    });

    await cases.run('an unknown role is EntityNotExist.Role, a malformed ARN InvalidParameter.RoleArn', async () => {
      await h.expectApiError('EntityNotExist.Role', () => assume(sts, { roleArn: 'acs:ram::1234567890123456:role/nobody' }));
      await h.expectApiError('InvalidParameter.RoleArn', () => assume(sts, { roleArn: 'acs:ram::123:user/alice' }));
    });

    await cases.run('DurationSeconds below 900 and a one-letter session name are refused', async () => {
      await h.expectApiError('InvalidParameter.DurationSeconds', () => assume(sts, { durationSeconds: 899 }));
      await h.expectApiError('InvalidParameter.RoleSessionName', () => assume(sts, { roleSessionName: 'x' }));
    });

    await cases.run('a wrong caller secret is SignatureDoesNotMatch', async () => {
      const wrong = stsClient(relay.host, { ...h.SANDBOX, accessKeySecret: 'not-the-sandbox-secret' });
      await h.expectApiError('SignatureDoesNotMatch', () => assume(wrong));
    });

    await cases.run('with --sts-lifetime 1 the credentials expire: InvalidSecurityToken.Expired', async () => {
      await withEmulator(['--sts-lifetime', '1'], async (short) => {
        const answer = await assume(stsClient(`${short.host}:${short.port}`, h.SANDBOX));
        const credentials = answer.body.credentials;
        await describeRegions(short.url, credentials);
        await new Promise((done) => setTimeout(done, Math.max(0, Date.parse(credentials.expiration) - Date.now()) + 100));
        await h.expectApiError('InvalidSecurityToken.Expired', () => describeRegions(short.url, credentials));
      });
    });
  } finally {
    await relay.close();
    await emulator.stop();
    cases.finish();
  }
}

// The provider's transport, aimed at the emulator: the scheme and host change, nothing else.
function redirect(provider, emulator) {
  const original = provider.doRequest;
  provider.doRequest = (request) => {
    request.protocol = 'http';
    request.host = `${emulator.host}:${emulator.port}`;
    return original.call(provider, request);
  };
  return provider;
}

async function credentialsSuite() {
  const lib = h.requireSdk('@alicloud/credentials');
  const cases = new h.Cases('credentials', null);
  const staticAk = () => lib.StaticAKCredentialsProvider.builder()
    .withAccessKeyId(h.SANDBOX.accessKeyId).withAccessKeySecret(h.SANDBOX.accessKeySecret).build();
  const ramRole = (emulator, source, fields = {}) => redirect(lib.RAMRoleARNCredentialsProvider.builder()
    .withCredentialsProvider(source).withRoleArn(fields.roleArn || ROLE).withRoleSessionName('interop-credentials')
    .withDurationSeconds(fields.durationSeconds || 3600).withStsEndpoint(`${emulator.host}:${emulator.port}`)
    .build(), emulator);
  const ecsRole = (emulator, disableV1 = false) => redirect(lib.ECSRAMRoleCredentialsProvider.builder()
    .withDisableIMDSv1(disableV1).build(), emulator);
  const uri = (emulator, query = '') => lib.URICredentialsProvider.builder()
    .withCredentialsURI(`${emulator.url}/credentials-uri${query}`).build();

  try {
    await withEmulator([], async (emulator) => {
      await cases.run('RAMRoleARN provider: AssumeRole (v1 POST, form body) gives credentials VPC accepts', async () => {
        const credentials = await ramRole(emulator, staticAk()).getCredentials();
        expectTemporary(credentials);
        await describeRegions(emulator.url, credentials);
      });

      await cases.run('RAMRoleARN provider chained over another one (SecurityToken in the query)', async () => {
        const credentials = await ramRole(emulator, ramRole(emulator, staticAk())).getCredentials();
        expectTemporary(credentials);
        await describeRegions(emulator.url, credentials);
      });

      await cases.run('RAMRoleARN provider: an unknown role fails with the emulator\'s EntityNotExist.Role', async () => {
        let failed = null;
        try {
          await ramRole(emulator, staticAk(), { roleArn: 'acs:ram::1234567890123456:role/nobody' }).getCredentials();
        } catch (error) {
          failed = error;
        }
        if (!failed || !/EntityNotExist\.Role/.test(failed.message))
          throw new Error(`expected a failure naming EntityNotExist.Role, got ${failed && failed.message}`);
      });

      await cases.run('ECS RAM role provider: IMDSv2 token, role discovery, credentials VPC accepts', async () => {
        const credentials = await ecsRole(emulator).getCredentials();
        expectTemporary(credentials);
        await describeRegions(emulator.url, credentials);
      });

      await cases.run('URI provider: credentials VPC accepts; Code Failure and garbage are errors', async () => {
        const credentials = await uri(emulator).getCredentials();
        expectTemporary(credentials);
        await describeRegions(emulator.url, credentials);
        for (const query of ['?fail=1', '?fail=garbage', '?fail=http']) {
          let failed = false;
          try {
            await uri(emulator, query).getCredentials();
          } catch (error) {
            failed = true;
          }
          if (!failed)
            throw new Error(`${query} did not fail`);
        }
      });
    });

    await cases.run('ECS RAM role provider falls back to IMDSv1 when no token is issued', async () => {
      await withEmulator(['--imds-v1-only'], async (emulator) => {
        expectTemporary(await ecsRole(emulator).getCredentials());
        let failed = false;
        try {
          await ecsRole(emulator, true).getCredentials();
        } catch (error) {
          failed = true;
        }
        if (!failed)
          throw new Error('with IMDSv1 disabled the provider should fail against a v1-only service');
      });
    });

    await cases.run('ECS RAM role provider with IMDSv1 disabled works against a v2-only service', async () => {
      await withEmulator(['--imds-v2-only'], async (emulator) => {
        expectTemporary(await ecsRole(emulator, true).getCredentials());
      });
    });

    await cases.run('with --sts-lifetime 1 the RAMRoleARN provider refreshes to new credentials', async () => {
      await withEmulator(['--sts-lifetime', '1'], async (emulator) => {
        const provider = ramRole(emulator, staticAk());
        const first = await provider.getCredentials();
        // Expiration is a whole second: 1 s from the next one, so at most 2 s from now.
        await new Promise((done) => setTimeout(done, 2100));
        const second = await provider.getCredentials();
        if (first.accessKeyId === second.accessKeyId)
          throw new Error('the provider kept expired credentials');
        await describeRegions(emulator.url, second);
        await h.expectApiError('InvalidSecurityToken.Expired', () => describeRegions(emulator.url, first));
      });
    });
  } finally {
    cases.finish();
  }
}

(suite === 'credentials' ? credentialsSuite() : stsSdkSuite()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
