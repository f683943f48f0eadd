'use strict';
// The official SDK's side of the CPU comparison: N CreateFlowLog requests with @alicloud/pop-core
// (RPC v1, HMAC-SHA1) at concurrency C against a flowlog-emulator, with the rows of the same CSV
// that `flowlog-cli batch` reads (or N generated rows).
//
// Usage: node tests/bench/popcore_batch.js ENDPOINT N C [--csv FILE] [--method GET|POST]
// pop-core must be resolvable, e.g. NODE_PATH=build/interop/node_modules (see compare_cpu.sh).
// A Throttling.User answer (flowlog-emulator --rate-limit) is retried after its x-acs-retry-after,
// up to 100 times per row; "throttled" counts those answers.
// Prints one JSON line: {"sdk","requests","ok","failed","throttled","concurrency","method","wallMs","firstError"}.

const fs = require('node:fs');

function parseArguments(argv) {
  const positional = [];
  const options = { method: 'POST', csv: '' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--csv') options.csv = argv[++i];
    else if (argv[i] === '--method') options.method = String(argv[++i]).toUpperCase();
    else positional.push(argv[i]);
  }
  const [endpoint, count, concurrency] = positional;
  if (!endpoint || !(Number(count) > 0) || !(Number(concurrency) > 0)) {
    console.error('usage: node popcore_batch.js ENDPOINT N C [--csv FILE] [--method GET|POST]');
    process.exit(2);
  }
  return { endpoint, count: Number(count), concurrency: Number(concurrency), ...options };
}

// The benchmark CSV is plain (no quoted fields): header of API parameter names, one row each.
function readRows(file) {
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length);
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const values = line.split(',');
    return Object.fromEntries(header.map((name, i) => [name, values[i] || '']));
  });
}

function generatedRow(i) {
  const n = String(i + 1).padStart(6, '0');
  return {
    RegionId: 'cn-hangzhou', ResourceType: 'NetworkInterface', ResourceId: `eni-bench00000${n}`,
    TrafficType: 'All', ProjectName: 'bench-project', LogStoreName: 'bench-logstore',
    FlowLogName: `流日志-压测_${n}`, Description: `中文 批量压测 ${n}`,
  };
}

const maxThrottledRetries = 100;

// pop-core keeps the answer's headers on the error it throws (entry.response.headers).
function retryAfterMs(error) {
  const headers = (error.entry && error.entry.response && error.entry.response.headers) || {};
  const value = Number(headers['x-acs-retry-after']);
  return Number.isFinite(value) && value >= 0 ? value : 1000;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const args = parseArguments(process.argv.slice(2));
  let RPCClient;
  try {
    ({ RPCClient } = require('@alicloud/pop-core'));
  } catch (error) {
    console.error(`cannot load @alicloud/pop-core (${error.message}); set NODE_PATH to an install of tests/interop/package.json`);
    process.exit(2);
  }
  const client = new RPCClient({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID || 'sandbox-access-key-id',
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET || 'sandbox-access-key-secret',
    endpoint: args.endpoint,
    apiVersion: '2016-04-28',
  });
  const source = args.csv ? readRows(args.csv) : [];
  const rows = Array.from({ length: args.count }, (_, i) => (source.length ? source[i % source.length] : generatedRow(i)));

  let next = 0, ok = 0, failed = 0, throttled = 0, firstError = null;
  // Each attempt is signed afresh (a new nonce), so a retry is never refused as a replay.
  async function create(row) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await client.request('CreateFlowLog', row, { method: args.method, timeout: 10000 });
      } catch (error) {
        if (error.code !== 'Throttling.User' || attempt >= maxThrottledRetries) throw error;
        throttled++;
        await sleep(retryAfterMs(error));
      }
    }
  }
  async function worker() {
    while (next < rows.length) {
      const row = rows[next++];
      try {
        const answer = await create(row);
        if (answer.FlowLogId) ok++; else failed++;
      } catch (error) {
        failed++;
        firstError = firstError || `${error.code || ''} ${error.message}`.trim();
      }
    }
  }
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: args.concurrency }, worker));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  client.keepAliveAgent.destroy();
  console.log(JSON.stringify({
    sdk: '@alicloud/pop-core', requests: rows.length, ok, failed, throttled, concurrency: args.concurrency,
    method: args.method, wallMs: Math.round(wallMs), firstError,
  }));
  process.exitCode = failed === 0 ? 0 : 1;
}

main();
