// What flowlog-emulator costs under hostile clients: huge uploads, and many idle connections.
// Usage (PID is the emulator's process id, read for its memory and CPU time from /proc):
//   node tests/bench/emulator_abuse.mjs upload http://127.0.0.1:PORT PID [megabytes=200] [uploads=4] [chunked]
//   node tests/bench/emulator_abuse.mjs idle   http://127.0.0.1:PORT PID [connections=1100] [seconds=5]
// upload: that many concurrent POSTs of that many MiB each, streamed as fast as the emulator reads,
//   with a Content-Length (or chunked), then the status each got and the emulator's peak RSS (VmHWM).
// idle: that many connections that never send a byte, then one ordinary request (does it get an
//   answer?), and the CPU the emulator spent meanwhile (a server spinning on EMFILE shows ~100%).
import fs from 'node:fs';
import net from 'node:net';

const [mode, endpoint, pid, ...rest] = process.argv.slice(2);
const url = new URL(endpoint);
const port = Number(url.port);

function memory() {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))[1]) / 1024;
  return { rssMiB: field('VmRSS').toFixed(1), peakMiB: field('VmHWM').toFixed(1) };
}

function cpuSeconds() {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
}

function upload(megabytes, chunked) {
  return new Promise((resolve) => {
    const total = megabytes * 1024 * 1024;
    const block = Buffer.alloc(64 * 1024, 'a');
    const socket = net.connect(port, url.hostname);
    let sent = 0;
    let answer = '';
    const framing = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${total}`;
    const pump = () => {
      while (sent < total) {
        const piece = chunked ? Buffer.concat([Buffer.from(`${block.length.toString(16)}\r\n`), block,
          Buffer.from('\r\n')]) : block;
        sent += block.length;
        if (!socket.write(piece)) return socket.once('drain', pump);
      }
      if (chunked) socket.write('0\r\n\r\n');
    };
    socket.on('connect', () => {
      socket.write(`POST / HTTP/1.1\r\nHost: ${url.host}\r\n${framing}\r\n` +
        'Content-Type: application/x-www-form-urlencoded\r\n\r\n');
      pump();
    });
    socket.on('data', (data) => { answer += data.toString('latin1'); });
    socket.on('error', () => {});
    socket.on('close', () => resolve({ sentMiB: (sent / 1048576).toFixed(1), status: answer.split('\r\n')[0] || '(none)' }));
    setTimeout(() => socket.destroy(), 60000);
  });
}

function ordinaryRequest() {
  return new Promise((resolve) => {
    const socket = net.connect(port, url.hostname);
    let answer = '';
    const timer = setTimeout(() => { socket.destroy(); resolve('(no answer within 3 s)'); }, 3000);
    socket.on('connect', () => socket.write(`GET /?Action=DescribeRegions HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`));
    socket.on('data', (data) => { answer += data; clearTimeout(timer); socket.destroy(); resolve(answer.split('\r\n')[0]); });
    socket.on('error', (error) => { clearTimeout(timer); resolve(`(${error.code})`); });
  });
}

async function idle(connections, seconds) {
  const sockets = [];
  // In batches below the listen backlog, so that no SYN is dropped and retried seconds later.
  for (let i = 0; i < connections; i += 25) {
    const batch = Array.from({ length: Math.min(25, connections - i) }, () => new Promise((resolve) => {
      const socket = net.connect(port, url.hostname, resolve);
      socket.on('error', resolve);
      sockets.push(socket); // never read from: a client that does not even take its answer
    }));
    await Promise.all(batch);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const cpuBefore = cpuSeconds();
  const started = Date.now();
  const answered = await ordinaryRequest();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const cpu = (cpuSeconds() - cpuBefore) / ((Date.now() - started) / 1000);
  const emulatorDescriptors = fs.readdirSync(`/proc/${pid}/fd`).length;
  console.log(JSON.stringify({ connections, emulatorDescriptors, ordinaryRequest: answered,
    emulatorCpu: `${(cpu * 100).toFixed(0)}% of a core`, ...memory() }));
  sockets.forEach((socket) => socket.destroy());
}

if (mode === 'upload') {
  const [megabytes = '200', uploads = '4', chunked] = rest;
  console.log(JSON.stringify({ before: memory() }));
  const results = await Promise.all(Array.from({ length: Number(uploads) }, () => upload(Number(megabytes), chunked === 'chunked')));
  console.log(JSON.stringify({ results, after: memory() }));
} else if (mode === 'idle') {
  const [connections = '1100', seconds = '5'] = rest;
  await idle(Number(connections), Number(seconds));
} else {
  console.error('usage: emulator_abuse.mjs upload|idle http://127.0.0.1:PORT PID ...');
  process.exit(2);
}
