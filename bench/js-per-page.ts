/**
 * JavaScript a first visit downloads, per page: every script response in a fresh Chromium context,
 * each fetched again by us and gzipped at level 9 (what the budget means, whatever the server sends).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { info, judged, kb, oneLine, type Result } from './report';

export interface PageSpec {
  key: string;
  label: string;
  path: string;
  /** Budget in gzip bytes; undefined = reported only. */
  budget?: number;
  /** A route that may not exist yet: "Page not found" makes it n/a instead of a failure. */
  optional?: boolean;
  /** Scrolled to the bottom, a screen at a time, as a reader would: what the whole page loads. */
  scroll?: boolean;
}

export interface Chunk {
  url: string;
  gzipBytes: number;
  rawBytes: number;
  /** What went over the wire (compressed when the server compresses). */
  transferBytes: number;
  encoding: string;
}

const KB = 1024;

export function pageSpecs(demoNames: readonly string[]): PageSpec[] {
  const [a = 'chatgpt', b = 'fitness', c = 'recipe'] = demoNames;
  return [
    { key: 'explorer', label: 'explorer /', path: '/', budget: 130 * KB },
    { key: 'detail', label: `detail /hashtag/${a}`, path: `/hashtag/${encodeURIComponent(a)}`, budget: 270 * KB },
    {
      key: 'detail-scrolled',
      label: `detail /hashtag/${a}, scrolled to the bottom`,
      path: `/hashtag/${encodeURIComponent(a)}`,
      budget: 200 * KB,
      scroll: true,
    },
    {
      key: 'compare',
      label: 'compare /compare?tags=…',
      path: `/compare?tags=${[a, b, c].map(encodeURIComponent).join(',')}`,
      optional: true,
    },
    { key: 'present', label: 'present /present', path: '/present', optional: true },
    // the /embed pages (src/embed, their own entry): what a site framing one makes its readers download
    {
      key: 'embed-chart',
      label: `embed chart /embed/hashtag/${a}`,
      path: `/embed/hashtag/${encodeURIComponent(a)}`,
      budget: 150 * KB,
    },
    { key: 'embed-top', label: 'embed top 10 /embed', path: '/embed', budget: 90 * KB },
  ];
}

function isScript(response: Response): boolean {
  if (response.request().resourceType() === 'script') return true;
  const type = response.headers()['content-type'] ?? '';
  return /javascript|ecmascript/.test(type);
}

export async function measurePageScripts(browser: Browser, origin: string, path: string, scroll = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = new Map<string, Response>();
  page.on('response', (response) => {
    if (isScript(response) && !seen.has(response.url())) seen.set(response.url(), response);
  });
  // Console errors/warnings and CSP violations cost Lighthouse best-practices points: keep them for the report.
  const consoleLines: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      consoleLines.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  await page.addInitScript(
    `document.addEventListener('securitypolicyviolation', (e) => console.warn('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' in ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber));`,
  );
  const document = await page.goto(origin + path, { waitUntil: 'networkidle' });
  if (!document?.ok()) throw new Error(`${path} answered ${document?.status() ?? 'nothing'}`);
  // Lazy route chunks and anything a first render pulls in have landed; give late imports a moment.
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  if (scroll) {
    for (let i = 0; i < 40; i++) {
      const atBottom = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight);
        return window.scrollY + window.innerHeight >= window.document.documentElement.scrollHeight - 2;
      });
      await page.waitForTimeout(150);
      if (atBottom) break;
    }
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
  }
  const notFound = await page.getByRole('heading', { name: 'Page not found' }).isVisible();

  const chunks: Chunk[] = [];
  if (seen.size === 0) throw new Error(`${path} loaded no JavaScript: is the build complete?`);
  for (const [url, response] of seen) {
    if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);
    const sizes = await response
      .request()
      .sizes()
      .catch(() => null);
    const encoding = response.headers()['content-encoding'] ?? 'identity';
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    chunks.push({
      url: url.startsWith(origin) ? url.slice(origin.length) : url,
      rawBytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length,
      transferBytes: sizes?.responseBodySize ?? 0,
      encoding,
    });
  }
  await context.close();
  chunks.sort((x, y) => y.gzipBytes - x.gzipBytes);
  return { notFound, chunks, consoleLines, gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0) };
}

export async function runJsPerPage(browser: Browser, origin: string, demoNames: readonly string[]): Promise<Result[]> {
  const results: Result[] = [];
  for (const spec of pageSpecs(demoNames)) {
    const metric = `JS gzip ${spec.label}`;
    const budgetText = spec.budget === undefined ? '' : `≤ ${spec.budget / KB} KB`;
    try {
      const m = await measurePageScripts(browser, origin, spec.path, spec.scroll);
      if (m.notFound) {
        const base = {
          section: 'js' as const,
          metric,
          value: null,
          unit: 'bytes',
          display: spec.optional ? 'n/a (route missing)' : 'route missing',
        };
        results.push(spec.optional ? info(base) : { ...base, budget: budgetText, pass: false });
        continue;
      }
      const transfer = m.chunks.reduce((sum, c) => sum + c.transferBytes, 0);
      const base = {
        section: 'js' as const,
        metric,
        value: m.gzipBytes,
        unit: 'bytes',
        display: `${kb(m.gzipBytes)} (${m.chunks.length} files)`,
        details: { path: spec.path, transferBytes: transfer, chunks: m.chunks, console: m.consoleLines },
      };
      results.push(spec.budget === undefined ? info(base) : judged(base, 'max', spec.budget, budgetText));
    } catch (error) {
      results.push({
        section: 'js',
        metric,
        value: null,
        unit: 'bytes',
        display: `error: ${oneLine(String(error), 70)}`,
        details: { error: String(error) },
        budget: budgetText,
        pass: spec.optional ? null : false,
      });
    }
  }
  return results;
}

/** The largest chunks of each over-budget page, for the diagnosis printed under the table. */
export function jsDiagnosis(results: readonly Result[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    if (r.section !== 'js' || !r.details) continue;
    const { chunks, console: consoleLines } = r.details as { chunks: Chunk[]; console: string[] };
    if (r.pass === false) {
      lines.push(`${r.metric}: ${r.display}, largest files:`);
      for (const c of chunks.slice(0, 6))
        lines.push(`  ${kb(c.gzipBytes).padStart(9)} gzip  ${kb(c.rawBytes).padStart(9)} raw  ${c.url}`);
    }
    if (consoleLines.length) {
      lines.push(`Console on ${r.metric.replace('JS gzip ', '')} (first visit):`);
      for (const text of consoleLines.slice(0, 5)) lines.push(`  ${oneLine(text, 200)}`);
    }
  }
  return lines;
}
