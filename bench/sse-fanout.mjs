// Opens COUNT candidate event streams on one interview, waits until every stream is
// open, moves the interview to the next stage through the interviewer console, and
// reports how long each stream took to receive the change (from the moment the request
// was sent).
//
// node bench/sse-fanout.mjs BASE_URL CANDIDATE_TOKEN CONSOLE_TOKEN COOKIE CSRF [COUNT] [STAGE]
// Prints one line of JSON: {"streams":..,"received":..,"p50":..,"p99":..,"max":..} (ms).
import http from 'node:http';

const [base, candidate, consoleToken, cookie, csrf, countArg, stageArg] = process.argv.slice(2);
const count = Number(countArg ?? 1000);
const stage = stageArg ?? 'APPROACH';
const url = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const timeoutMs = 20000;

function openStream() {
  return new Promise((resolve, reject) => {
    const stream = { received: null, ready: false };
    const request = http.get({ host: url.hostname, port: url.port, agent,
      path: `/interviews/c/${candidate}/events`, headers: { Accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`stream answered ${response.statusCode}`));
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event:ready$/m.test(event) && !stream.ready) {
            stream.ready = true;
            resolve(stream);
          }
          if (/^event:change$/m.test(event) && stream.received === null && sentAt !== null) {
            stream.received = performance.now();
            if (++receivedCount === count) allReceived();
          }
        }
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    stream.request = request;
  });
}

let sentAt = null;
let receivedCount = 0;
let allReceived;
const done = new Promise((resolve) => { allReceived = resolve; });

const streams = [];
// Open in batches so the server's accept queue is not the thing being measured.
for (let i = 0; i < count; i += 100) {
  const batch = [];
  for (let j = i; j < Math.min(count, i + 100); j++) batch.push(openStream());
  streams.push(...await Promise.all(batch));
}

sentAt = performance.now();
const body = new URLSearchParams({ target: stage, _csrf: csrf }).toString();
const post = new Promise((resolve, reject) => {
  const request = http.request({ host: url.hostname, port: url.port, method: 'POST',
    path: `/interviews/i/${consoleToken}/stage`, headers: { 'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': Buffer.byteLength(body), Cookie: cookie } }, (response) => {
    response.resume();
    response.on('end', () => resolve(response.statusCode));
  });
  request.on('error', reject);
  request.end(body);
});
const status = await post;
await Promise.race([done, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);

const times = streams.filter((s) => s.received !== null).map((s) => s.received - sentAt).sort((a, b) => a - b);
const at = (q) => times.length ? times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] : null;
const round = (v) => v === null ? null : Math.round(v * 10) / 10;
console.log(JSON.stringify({ streams: streams.length, received: times.length, postStatus: status,
  p50: round(at(0.5)), p99: round(at(0.99)), max: round(times.length ? times[times.length - 1] : null) }));
for (const s of streams) s.request.destroy();
agent.destroy();
process.exit(times.length === count ? 0 : 1);
