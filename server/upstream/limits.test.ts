// @vitest-environment node
/**
 * Hard limits of proxy mode: the provider's body size (with a real provider streaming over a socket),
 * the cache's size in bytes, and provider text on its way into our errors and logs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/contract/schemas';
import { createApp } from '../app';
import { BoundedMap } from '../bounded-map';
import type { UpstreamConfig } from '../config';
import { SEED_DETAIL_TEXT, jsonText, upstreamConfig, type UpstreamHandler } from '../test-support/fake-upstream';
import { detailUrl as detail, proxyApp } from '../test-support/proxy-app';
import { cleanProviderText } from './provider-text';

const setup = (handler: UpstreamHandler, config: Partial<UpstreamConfig> = {}, cacheMaxBytes?: number) =>
  proxyApp(handler, { config: { rps: 1_000, ...config }, server: { cacheMaxBytes } });

/** heapUsed + arrayBuffers: what reading a body costs in JS memory (buffers live outside the heap). */
const jsMemory = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

describe('limits: provider body size (TRENDS_API_MAX_BODY_BYTES, default 2 MB)', () => {
  it('a provider streaming 100 MB over a real socket: 502 at once, under 10 MB of memory, the stream cut short', async () => {
    const CHUNK = Buffer.alloc(64 * 1024, 0x20); // spaces: valid JSON whitespace, so only the size can stop it
    const TOTAL = 100 * 1024 * 1024;
    let written = 0;
    let closed = false;
    const provider = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.on('close', () => (closed = true));
      const pump = () => {
        while (written < TOTAL && !closed) {
          written += CHUNK.length;
          if (!res.write(CHUNK)) return void res.once('drain', pump);
        }
        if (!closed) res.end();
      };
      res.write('{"code":0,"msg":"OK","data":{"info":');
      pump();
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const { port } = provider.address() as AddressInfo;
    try {
      const app = createApp(
        { upstream: upstreamConfig({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 30_000 }) },
        { log: () => {} },
      );
      await app.request('/api/health'); // warm up the code paths before measuring
      const before = jsMemory();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, jsMemory())), 2);
      const started = performance.now();
      const response = await app.request(detail('huge'));
      const elapsed = performance.now() - started;
      clearInterval(sampler);
      peak = Math.max(peak, jsMemory());

      expect(response.status).toBe(502);
      expect(errorBodySchema.parse(await response.json()).msg).toMatch(/over 2097152 bytes/);
      expect(elapsed).toBeLessThan(3_000);
      expect(peak - before).toBeLessThan(10 * 1024 * 1024);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(closed).toBe(true);
      expect(written).toBeLessThan(20 * 1024 * 1024);
    } finally {
      provider.closeAllConnections();
      await new Promise((resolve) => provider.close(resolve));
    }
  }, 60_000);

  it('reads a body of exactly the limit; one byte more is a 502, and the parser never sees it', async () => {
    const limit = SEED_DETAIL_TEXT.length + 100;
    const exact = SEED_DETAIL_TEXT + ' '.repeat(limit - Buffer.byteLength(SEED_DETAIL_TEXT));
    expect(Buffer.byteLength(exact)).toBe(limit);
    expect((await setup(() => jsonText(exact), { maxBodyBytes: limit }).app.request(detail('a'))).status).toBe(200);
    const over = setup(() => jsonText(`${exact} `), { maxBodyBytes: limit });
    const response = await over.app.request(detail('a'));
    expect(response.status).toBe(502);
    expect(errorBodySchema.parse(await response.json()).msg).toBe(
      `the trends provider sent a body over ${limit} bytes`,
    );
  });

  it('refuses a Content-Length over the limit without reading the body', async () => {
    let pulled = 0;
    const { app } = setup(() => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          if (pulled > 200) controller.close();
          else controller.enqueue(new Uint8Array(1024).fill(0x20));
        },
      });
      return new Response(body, {
        status: 200,
        headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
      });
    });
    expect((await app.request(detail('a'))).status).toBe(502);
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk on creation; nothing is read
  });

  it('applies to error bodies too', async () => {
    const { app } = setup(() => new Response(`{"code":500,"msg":"${'x'.repeat(3 * 1024 * 1024)}"}`, { status: 500 }));
    const body = errorBodySchema.parse(await (await app.request(detail('a'))).json());
    expect(body.msg).toMatch(/body over 2097152 bytes/);
  });
});

describe('limits: the cache is bounded by bytes (CACHE_MAX_BYTES) as well as entries, least recently used out first', () => {
  it('forgets the least recently used answer when the bytes would pass the bound', async () => {
    const size = Buffer.byteLength(
      await (await setup(() => jsonText(SEED_DETAIL_TEXT)).app.request(detail('probe'))).text(),
    );
    // Room for three answers, not four.
    const { app, upstream } = setup(() => jsonText(SEED_DETAIL_TEXT), {}, Math.floor(3.5 * (size + 200)));
    for (const name of ['a', 'b', 'c']) await app.request(detail(name));
    expect(upstream.calls).toHaveLength(3);
    expect((await app.request(detail('a'))).headers.get('x-cache')).toBe('HIT'); // a is now the most recently used
    await app.request(detail('d')); // pushes out b, the least recently used
    expect(upstream.calls).toHaveLength(4);
    expect((await app.request(detail('a'))).headers.get('x-cache')).toBe('HIT');
    expect((await app.request(detail('c'))).headers.get('x-cache')).toBe('HIT');
    expect((await app.request(detail('b'))).headers.get('x-cache')).toBe('MISS');
    expect(upstream.calls).toHaveLength(5);
  });

  it('BoundedMap keeps the total weight under the bound and does not keep an entry heavier than the bound', () => {
    const map = new BoundedMap<string, string>(100, { maxWeight: 10, weigh: (_key, value) => value.length });
    map.set('a', '1234');
    map.set('b', '1234');
    map.set('c', '1234');
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([undefined, '1234', '1234']);
    expect(map.weight).toBe(8);
    map.set('huge', 'x'.repeat(11));
    expect(map.get('huge')).toBeUndefined();
    expect(map.size).toBe(2);
  });
});

describe('limits: provider text in our errors and logs', () => {
  const KEY = 'k3y/with+special=chars&more~0123';
  const forms = [
    KEY,
    encodeURIComponent(KEY),
    encodeURIComponent(KEY).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
    new URLSearchParams({ k: KEY }).toString().slice(2),
  ];
  const base64At = (prefix: string) => Buffer.from(prefix + KEY + '!').toString('base64');
  const hostile = [
    `bad key ${KEY}`,
    `echo ${encodeURIComponent(KEY)} and ${new URLSearchParams({ key: KEY })}`,
    `basic ${base64At('')} ${base64At('u:')} ${base64At('us:')} ${base64At('u:').replace(/\+/g, '-').replace(/\//g, '_')}`,
  ];

  function expectClean(text: string) {
    for (const form of forms) expect(text).not.toContain(form);
    // The secret decoded from any base64 run in the text is not there either.
    for (const run of text.match(/[A-Za-z0-9+/_-]{12,}={0,2}/g) ?? []) {
      expect(Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1')).not.toContain(KEY);
    }
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  }

  it.each(hostile)('the key never reaches a response, in any spelling: %s', async (msg) => {
    for (const handler of [
      () => new Response(JSON.stringify({ code: 403, msg }), { status: 403 }),
      () => jsonText(JSON.stringify({ code: 40101, msg, request_id: msg })),
      () => new Response(JSON.stringify({ code: 400, msg }), { status: 400 }),
    ]) {
      const { app } = setup(handler, { apiKey: KEY });
      const response = await app.request(detail('a'));
      const text = await response.text();
      expectClean(text);
      expect(text).toContain('[redacted]');
    }
  });

  it('cuts provider text to 200 characters and removes control characters, newlines and bidi controls', async () => {
    const msg = `line one\r\nline two\u0000\u001b[31mred\u2028\u202eevil ${'y'.repeat(1_000)}`;
    const { app } = setup(() => jsonText(JSON.stringify({ code: 40101, msg, request_id: `id\n${'z'.repeat(500)}` })));
    const body = errorBodySchema.parse(await (await app.request(detail('a'))).json());
    expect(Array.from(body.msg).length).toBeLessThanOrEqual(200);
    expect(body.msg.startsWith('line one line two [31mred evil yyy')).toBe(true);
    expect(Array.from(body.request_id ?? '').length).toBeLessThanOrEqual(200);
    expectClean(body.msg + (body.request_id ?? ''));
  });

  it('in logs too: the stale-if-error line carries the cleaned text', async () => {
    const { app, upstream, clock, logs } = setup(() => jsonText(SEED_DETAIL_TEXT), { apiKey: KEY });
    await app.request(detail('a'));
    upstream.respondWith(
      () => new Response(JSON.stringify({ code: 500, msg: `oops\n${KEY}\n${'w'.repeat(400)}` }), { status: 500 }),
    );
    clock.advance(20 * 60_000);
    expect((await app.request(detail('a'))).status).toBe(200);
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) expectClean(line);
  });

  it('cleanProviderText: never cuts a character in half, and a key is redacted before the cut', () => {
    const emoji = '😀'.repeat(300);
    expect(Array.from(cleanProviderText(emoji, KEY)).length).toBe(200);
    const keyAtTheCut = `${'a'.repeat(190)}${KEY}`;
    expect(cleanProviderText(keyAtTheCut, KEY)).not.toContain(KEY.slice(0, 9));
  });
});
