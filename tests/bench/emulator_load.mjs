// Load test for flowlog-emulator: signed RPC v1 requests over keep-alive loopback connections.
// Usage: node tests/bench/emulator_load.mjs http://127.0.0.1:PORT [seconds=5] [connections=8] [action=CreateFlowLog]
// Every request carries a fresh nonce and timestamp and a real HMAC-SHA1 signature, so the figure
// includes the emulator's full verification path.
import crypto from 'node:crypto';
import http from 'node:http';

const [endpoint, seconds = '5', connections = '8', action = 'CreateFlowLog'] = process.argv.slice(2);
const url = new URL(endpoint);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });

const pct = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

function signedQuery() {
  const params = {
    Action: action, Version: '2016-04-28', Format: 'JSON', AccessKeyId: 'sandbox-access-key-id',
    SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', SignatureNonce: crypto.randomUUID(),
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), RegionId: 'cn-hangzhou',
  };
  if (action === 'CreateFlowLog')
    Object.assign(params, { ResourceType: 'NetworkInterface', ResourceId: 'eni-bench0000000001', TrafficType: 'All',
      ProjectName: 'bench-project', LogStoreName: 'bench-store', FlowLogName: '压测-bench' });
  const canonical = Object.keys(params).sort().map((k) => pct(k) + '=' + pct(params[k])).join('&');
  const signature = crypto.createHmac('sha1', 'sandbox-access-key-secret&')
    .update('GET&%2F&' + pct(canonical)).digest('base64');
  return canonical + '&Signature=' + pct(signature);
}

let ok = 0, failed = 0;
const deadline = Date.now() + Number(seconds) * 1000;

function loop() {
  if (Date.now() >= deadline) return Promise.resolve();
  return new Promise((resolve) => {
    const req = http.get({ host: url.hostname, port: url.port, path: '/?' + signedQuery(), agent }, (res) => {
      res.resume();
      res.on('end', () => { (res.statusCode === 200 ? ok++ : failed++); resolve(loop()); });
    });
    req.on('error', () => { failed++; resolve(loop()); });
  });
}

const started = Date.now();
await Promise.all(Array.from({ length: Number(connections) }, loop));
const elapsed = (Date.now() - started) / 1000;
console.log(`${action}: ${ok} ok, ${failed} failed in ${elapsed.toFixed(2)} s = ${Math.round(ok / elapsed)} requests/s`);
agent.destroy();
