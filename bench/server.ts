/** Starts the production server (`node dist-server/node.js`) on a free port and stops it again. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const SERVER_ENTRY = resolve(ROOT, 'dist-server/node.js');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

export interface RunningServer {
  origin: string;
  port: number;
  /** The server process, for reading its memory. */
  pid: number | undefined;
  /** Everything the server wrote, for diagnostics when something goes wrong. */
  output: () => string;
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `env` is merged over a clean demo-mode environment: TRENDS_API_* are removed from the inherited
 * environment so a developer's .env never turns the bench into a run against the paid API.
 */
export async function startServer(env: Record<string, string> = {}, timeoutMs = 20_000): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run "npm run build" (or drop --no-build).`);
  }
  const port = await freePort();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRENDS_API_')));
  const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    // HISTORY=off: no store, so PGlite's first start and the demo backfill do not run during measurements.
    env: { ...inherited, NODE_ENV: 'production', HISTORY: 'off', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));

  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited during start-up:\n${log}`);
    try {
      const res = await fetch(`${origin}/api/health`);
      if (res.ok) return { origin, port, pid: child.pid, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`the server did not answer ${origin}/api/health within ${timeoutMs} ms:\n${log}`);
}
