// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from './config';

describe('config: the provider URL', () => {
  it.each([
    'http://api.example.com/v1',
    'http://10.0.0.5:8080',
    'http://127.0.0.1.nip.io',
    'ftp://api.example.com',
    'not a url',
  ])('refuses %s: the key would travel in clear text (or nowhere sensible)', (url) => {
    expect(() => configFromEnv({ TRENDS_API_BASE_URL: url, TRENDS_API_KEY: 'k' })).toThrow(ConfigError);
    expect(() => configFromEnv({ TRENDS_API_BASE_URL: url })).toThrow(/TRENDS_API_BASE_URL/);
  });

  it.each([
    'https://api.example.com/v1/',
    'http://127.0.0.1:4010',
    'http://localhost:4010/v1',
    'http://[::1]:4010',
    'http://127.8.9.10',
  ])('accepts %s', (url) => {
    expect(configFromEnv({ TRENDS_API_BASE_URL: url }).upstream?.baseUrl).toBe(url.replace(/\/+$/, ''));
  });

  it('the server refuses to start with one line naming the variable, and exits non-zero', () => {
    const entry = fileURLToPath(new URL('./node.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', entry], {
      env: {
        PATH: process.env.PATH,
        TRENDS_API_BASE_URL: 'http://api.example.com',
        TRENDS_API_KEY: 'sk-never-printed',
        PORT: '0',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/TRENDS_API_BASE_URL/);
    expect(result.stderr + result.stdout).not.toContain('sk-never-printed');
  }, 40_000);
});

describe('config: limits from the environment', () => {
  it('defaults: 2 calls/s per client, bursts of 20, a 64 MB cache, a 2 MB provider body, TRUST_PROXY off', () => {
    const config = configFromEnv({ TRENDS_API_BASE_URL: 'https://api.example.com' });
    expect(config.clientLimits).toEqual({ upstreamRps: 2, upstreamBurst: 20 });
    expect(config.cacheMaxBytes).toBe(64 * 1024 * 1024);
    expect(config.upstream?.maxBodyBytes).toBe(2 * 1024 * 1024);
    expect(config.trustProxy).toBe(false);
  });

  it('reads CLIENT_UPSTREAM_RPS, CLIENT_UPSTREAM_BURST, CACHE_MAX_BYTES, TRENDS_API_MAX_BODY_BYTES and TRUST_PROXY', () => {
    const config = configFromEnv({
      TRENDS_API_BASE_URL: 'https://api.example.com',
      CLIENT_UPSTREAM_RPS: '0.5',
      CLIENT_UPSTREAM_BURST: '5',
      CACHE_MAX_BYTES: '1000000',
      TRENDS_API_MAX_BODY_BYTES: '65536',
      TRUST_PROXY: '1',
    });
    expect(config.clientLimits).toEqual({ upstreamRps: 0.5, upstreamBurst: 5 });
    expect(config.cacheMaxBytes).toBe(1_000_000);
    expect(config.upstream?.maxBodyBytes).toBe(65_536);
    expect(config.trustProxy).toBe(true);
  });
});
