import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/i;
const MIN_BYTES = 1024;
/** Brotli's default (11) costs tens of ms per response; 5 is close in size at a fraction of the time. */
const BROTLI_QUALITY = 5;

/**
 * The encodings we can produce that the client accepts, best first (br, then gzip). Read with
 * q-values: `br;q=0` refuses brotli, `*` stands for any encoding not named.
 */
export function acceptedEncodings(acceptEncoding: string | undefined): ('br' | 'gzip')[] {
  if (!acceptEncoding) return [];
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return (['br', 'gzip'] as const).filter(ok);
}

/** The best encoding we can produce that the client accepts (q > 0): br, then gzip. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  return acceptedEncodings(acceptEncoding)[0];
}

/** `raw` compressed with `encoding`, in zlib's thread pool. */
export async function compressBytes(raw: Uint8Array, encoding: 'br' | 'gzip'): Promise<Uint8Array<ArrayBuffer>> {
  const packed =
    encoding === 'br'
      ? await brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
          },
        })
      : await gzipAsync(raw);
  return new Uint8Array(packed);
}

/**
 * Compresses a text response (API JSON, HTML/JS/CSS without a precompressed sibling) in zlib's
 * thread pool. A plain Response → Response function rather than a middleware: re-assigning or
 * calling `c.header()` on a finished Hono response makes Hono clone it into a stream, a large cost
 * in throughput (hono/compress does that on every response, even uncompressed ones).
 */
export async function compressResponse(request: Request, res: Response): Promise<Response> {
  const type = res.headers.get('content-type') ?? '';
  if (
    request.method === 'HEAD' ||
    res.status !== 200 ||
    res.headers.has('content-encoding') ||
    !COMPRESSIBLE.test(type)
  )
    return res;
  res.headers.append('Vary', 'Accept-Encoding');
  const encoding = pickEncoding(request.headers.get('accept-encoding') ?? undefined);
  if (!encoding || /no-transform/i.test(res.headers.get('cache-control') ?? '')) return res;
  const raw = new Uint8Array(await res.arrayBuffer());
  const headers = new Headers(res.headers);
  headers.delete('Content-Length');
  if (raw.byteLength < MIN_BYTES) return new Response(raw, { status: res.status, headers });
  const packed = await compressBytes(raw, encoding);
  headers.set('Content-Encoding', encoding);
  const etag = headers.get('etag');
  if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
  return new Response(packed, { status: res.status, headers });
}
