/** Link-preview pictures (`/og/...png`) from the running production server: first drawing, size, cache. */
import { info, judged, kb, ms, type Result } from './report';

interface Fetched {
  status: number;
  bytes: number;
  wallMs: number;
  drawMs: number | null;
  cache: string | null;
}

async function fetchPicture(url: string): Promise<Fetched> {
  const started = performance.now();
  const response = await fetch(url);
  const body = new Uint8Array(await response.arrayBuffer());
  const wallMs = performance.now() - started;
  const timing = /draw;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  return {
    status: response.status,
    bytes: body.byteLength,
    wallMs,
    drawMs: timing ? Number(timing[1]) : null,
    cache: response.headers.get('x-og-cache'),
  };
}

/**
 * For a hashtag, the explorer and compare: the first request's drawing time (the server's
 * `Server-Timing: draw`, its renderer loaded at start), the whole first answer, the PNG's size, and the
 * second request (served from memory).
 */
export async function runOgImages(origin: string, names: readonly string[]): Promise<Result[]> {
  // The server loads the renderer and fonts once it listens; this card waits for that if it is not done.
  const ready = await fetchPicture(`${origin}/og/watchlist.png`);
  const results: Result[] = [
    info({
      section: 'og',
      metric: 'renderer ready (watchlist card, first request)',
      value: ready.wallMs,
      unit: 'ms',
      display: ms(ready.wallMs),
    }),
  ];
  const tags = names.slice(0, 3).map(encodeURIComponent);
  const pictures = [
    { label: 'hashtag', path: `/og/hashtag/${tags[0] ?? 'chatgpt'}.png` },
    { label: 'explorer', path: '/og/explorer.png?country=FR&period=30' },
    { label: 'compare', path: `/og/compare.png?tags=${tags.join(',')}` },
  ];
  for (const { label, path } of pictures) {
    const first = await fetchPicture(`${origin}${path}`);
    const second = await fetchPicture(`${origin}${path}`);
    const details = { path, status: first.status, first, second };
    results.push(
      judged(
        {
          section: 'og',
          metric: `${label} picture: first drawing`,
          value: first.drawMs,
          unit: 'ms',
          display: first.drawMs === null ? `n/a (HTTP ${first.status})` : ms(first.drawMs),
          details,
        },
        'max',
        500,
        '≤ 500 ms',
      ),
      info({
        section: 'og',
        metric: `${label} picture: first answer / from cache`,
        value: first.wallMs,
        unit: 'ms',
        display: `${ms(first.wallMs)} / ${ms(second.wallMs)} (${second.cache ?? 'no X-OG-Cache'})`,
        details,
      }),
      judged(
        {
          section: 'og',
          metric: `${label} picture: PNG size`,
          value: first.bytes,
          unit: 'B',
          display: kb(first.bytes),
          details,
        },
        'lt',
        150 * 1024,
        '< 150 KB',
      ),
    );
  }
  return results;
}
