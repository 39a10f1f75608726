import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text assets of at least this many bytes get compressed twins; smaller ones are not worth a file. */
export const PRECOMPRESS_MIN_BYTES = 1024;
const TEXT_ASSET = /\.(js|css|html|svg|json|txt)$/;

/**
 * Writes .br and .gz next to every text asset of the build, so the production server sends
 * precompressed files (max quality, done once) instead of compressing on each request.
 */
export function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => TEXT_ASSET.test(file))
          .map(async (file) => {
            const path = join(dir, file);
            const source = await readFile(path);
            if (source.length < PRECOMPRESS_MIN_BYTES) return;
            await writeFile(
              `${path}.br`,
              brotliCompressSync(source, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
            );
            await writeFile(`${path}.gz`, gzipSync(source, { level: 9 }));
          }),
      );
    },
  };
}
