'use strict';
// Shared pieces of the interoperability checks: start flowlog-emulator, put a recording relay in
// front of it (so a disagreement can be shown as the raw HTTP request the SDK sent), and report
// cases with a closing "N passed, N failed" line.

const { spawn } = require('node:child_process');
const net = require('node:net');
const readline = require('node:readline');

const SANDBOX = Object.freeze({
  accessKeyId: 'sandbox-access-key-id',
  accessKeySecret: 'sandbox-access-key-secret',
});

// Text that a client must encode correctly: Chinese (three UTF-8 bytes each) and every character
// with a special meaning in a query string or in the v1/V3 canonical forms. Both start with a
// Chinese character, as the product document requires.
const FLOW_LOG_NAME = '流日志-测试_01';
const DESCRIPTION = '中文 & = + * ~ / ? % 空格';

const REGION = 'cn-hangzhou';

function flowLogFields(resourceSuffix) {
  return {
    RegionId: REGION,
    ResourceType: 'NetworkInterface',
    ResourceId: `eni-interop${resourceSuffix}`,
    TrafficType: 'All',
    ProjectName: 'interop-project',
    LogStoreName: 'interop-logstore',
    FlowLogName: FLOW_LOG_NAME,
    Description: DESCRIPTION,
  };
}

// Starts the emulator on a free loopback port; resolves once it has printed its address.
function startEmulator(executable, extraArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['--listen', '127.0.0.1:0', '--activation-delay', '0', ...extraArgs], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('flowlog-emulator printed no "listening on" line within 10 s'));
    }, 10000);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`flowlog-emulator exited with ${code} before listening`));
    });
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const match = /^listening on (http:\/\/([^:/]+):(\d+))\/?$/.exec(line);
      if (!match) {
        child.kill();
        reject(new Error(`unexpected first line from flowlog-emulator: ${JSON.stringify(line)}`));
        return;
      }
      resolve({
        url: match[1], host: match[2], port: Number(match[3]),
        stop: () => new Promise((done) => { child.once('exit', done); child.kill('SIGTERM'); }),
      });
    });
  });
}

// A TCP relay that forwards everything to the emulator and keeps, per connection, the bytes of the
// latest request, so that a failing case can print exactly what the SDK put on the wire.
function startRecordingRelay(targetPort) {
  const requestLine = /(GET|POST|PUT|DELETE|HEAD) \S+ HTTP\/1\.[01]\r\n/g;
  const relay = { lastRequest: '', sockets: new Set() };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    relay.sockets.add(client).add(upstream);
    let transcript = '';
    client.on('data', (chunk) => {
      transcript += chunk.toString('latin1');
      let start = -1;
      for (const match of transcript.matchAll(requestLine))
        start = match.index;
      if (start > 0)
        transcript = transcript.slice(start);
      relay.lastRequest = transcript;
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => { client.destroy(); upstream.destroy(); };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      relay.port = server.address().port;
      relay.host = `127.0.0.1:${relay.port}`;
      relay.url = `http://${relay.host}`;
      // The raw request as the SDK sent it; the body is UTF-8, headers are ASCII.
      relay.rawLastRequest = () => Buffer.from(relay.lastRequest, 'latin1').toString('utf8');
      relay.close = () => new Promise((done) => {
        for (const socket of relay.sockets) socket.destroy();
        server.close(done);
      });
      resolve(relay);
    });
  });
}

class Cases {
  constructor(title, relay) {
    this.title = title;
    this.relay = relay;
    this.passed = 0;
    this.failed = 0;
  }

  async run(name, body) {
    try {
      await body();
      this.passed++;
      console.log(`PASS ${this.title}: ${name}`);
    } catch (error) {
      this.failed++;
      console.log(`FAIL ${this.title}: ${name}\n  ${describeError(error)}`);
      if (this.relay && this.relay.lastRequest)
        console.log(`  last request the SDK sent (raw):\n${indent(this.relay.rawLastRequest())}`);
    }
  }

  finish() {
    console.log(`${this.passed} passed, ${this.failed} failed`);
    process.exitCode = this.failed === 0 && this.passed > 0 ? 0 : 1;
  }
}

function describeError(error) {
  const code = error && (error.code || (error.data && error.data.Code));
  const text = error && error.stack ? error.stack.split('\n').slice(0, 3).join('\n  ') : String(error);
  return code ? `[${code}] ${text}` : text;
}

function indent(text) {
  return text.split('\n').map((line) => `    | ${line}`).join('\n');
}

function expectEqual(actual, expected, what) {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// Byte-for-byte comparison of two strings as UTF-8.
function expectSameBytes(actual, expected, what) {
  const a = Buffer.from(String(actual), 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (typeof actual !== 'string' || !a.equals(b))
    throw new Error(`${what} differs: expected ${b.toString('hex')} (${expected}), got ${a.toString('hex')} (${actual})`);
}

// Runs body; it must throw an API error with this code.
async function expectApiError(code, body) {
  let result;
  try {
    result = await body();
  } catch (error) {
    const actual = error.code || (error.data && error.data.Code);
    if (actual !== code)
      throw new Error(`expected error ${code}, got ${actual}: ${error.message}`);
    return error;
  }
  throw new Error(`expected error ${code}, but the call succeeded: ${JSON.stringify(result)}`);
}

function requireSdk(name) {
  try {
    return require(name);
  } catch (error) {
    console.error(`cannot load ${name} (${error.message}); NODE_PATH=${process.env.NODE_PATH || ''}. ` +
      'The test interop_npm_install installs the SDKs.');
    process.exit(1);
  }
}

function emulatorPathFromArgs() {
  const executable = process.argv[2];
  if (!executable) {
    console.error(`usage: node ${process.argv[1]} PATH/TO/flowlog-emulator [options]`);
    process.exit(2);
  }
  return executable;
}

module.exports = {
  SANDBOX, FLOW_LOG_NAME, DESCRIPTION, REGION, flowLogFields,
  startEmulator, startRecordingRelay, Cases,
  expectEqual, expectSameBytes, expectApiError, requireSdk, emulatorPathFromArgs,
};
