/**
 * The noisy neighbour's flooder, in a process of its own so that its hundreds of answers per second
 * do not hold up the second client's timing in the bench's event loop:
 *   node --import tsx bench/flood-client.ts <origin> <seconds> <connections> <local address>
 * Asks for distinct, uncached hashtag details back to back on every connection; prints one JSON line
 * `{sent, seconds, statuses}` at the end.
 */
import { Agent, request } from 'node:http';

const [origin = '', seconds = '10', connections = '64', localAddress = '127.0.0.1'] = process.argv.slice(2);
const url = new URL(origin);
const agent = new Agent({ keepAlive: true, maxSockets: Number(connections), localAddress });
const stopAt = performance.now() + Number(seconds) * 1000;
const statuses: Record<string, number> = {};
let sent = 0;

function get(path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: url.hostname, port: url.port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

async function connection(): Promise<void> {
  while (performance.now() < stopAt) {
    const n = sent++;
    const status = await get(
      `/api/tiktok/popular-trend/hashtag/detail?hashtag_name=flood${n}&country_code=US&period=30`,
    );
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: Number(connections) }, connection));
agent.destroy();
console.log(JSON.stringify({ sent, seconds: (performance.now() - started) / 1000, statuses }));
