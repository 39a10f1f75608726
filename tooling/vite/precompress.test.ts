// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { OutputBundle } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { PRECOMPRESS_MIN_BYTES, precompress } from './precompress';

type WriteBundle = (options: { dir?: string }, bundle: OutputBundle) => Promise<void>;

describe('precompress', () => {
  it('writes .br and .gz twins of the text assets worth compressing, byte for byte the same once decompressed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'assets'));
    const files: Record<string, string | Buffer> = {
      'index.html': `<!doctype html>${'<p>hashtags</p>'.repeat(100)}`,
      'assets/app.js': `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `#tag${i}`))};`,
      'assets/tiny.css': 'a{color:red}',
      'assets/cover.png': Buffer.alloc(PRECOMPRESS_MIN_BYTES * 2, 7),
    };
    for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
    const bundle = Object.fromEntries(Object.keys(files).map((file) => [file, {}])) as unknown as OutputBundle;

    const plugin = precompress();
    expect(plugin.apply).toBe('build');
    await (plugin.writeBundle as WriteBundle)({ dir }, bundle);

    for (const file of ['index.html', 'assets/app.js']) {
      const source = readFileSync(join(dir, file));
      expect(source.length).toBeGreaterThanOrEqual(PRECOMPRESS_MIN_BYTES);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(source);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(source);
    }
    // too small to be worth it; not text
    for (const file of ['assets/tiny.css', 'assets/cover.png']) {
      expect(existsSync(join(dir, `${file}.br`))).toBe(false);
      expect(existsSync(join(dir, `${file}.gz`))).toBe(false);
    }
  });
});
