/**
 * Lighthouse 12 (mobile = default config, desktop = desktop-config) on the explorer and a detail page,
 * in Debian's Chromium started by chrome-launcher. Each page × preset runs `runs` times and the run
 * closest to the median (Lighthouse's own computeMedianRun) is the one reported.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type Result as Lhr } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { errorRow, info, judged, ms, type Result } from './report';

type Preset = 'mobile' | 'desktop';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseTarget {
  label: string;
  path: string;
}

function presetConfig(preset: Preset): Config | undefined {
  return preset === 'desktop' ? desktopConfig : undefined;
}

/** Audits that cost points: everything below a perfect score in a scored category. */
export function failingAudits(
  lhr: Lhr,
): { category: string; id: string; title: string; score: number | null; displayValue?: string; items?: unknown[] }[] {
  const out: {
    category: string;
    id: string;
    title: string;
    score: number | null;
    displayValue?: string;
    items?: unknown[];
  }[] = [];
  for (const category of CATEGORIES) {
    const cat = lhr.categories[category];
    if (!cat) continue;
    for (const ref of cat.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      // Performance: the weighted metrics, plus opportunities/diagnostics that flag something.
      if (category === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue;
      if (category !== 'performance' && ref.weight === 0) continue;
      const details = audit.details as { items?: unknown[] } | undefined;
      out.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        items: details?.items?.slice(0, 5),
      });
    }
  }
  return out;
}

async function runOnce(url: string, port: number, preset: Preset): Promise<Lhr> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, presetConfig(preset));
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

/** A run can fail on a busy host (NO_NAVSTART, NO_FCP, protocol timeout): try again before giving up. */
async function withRetry<T>(task: () => Promise<T>, attempts = 3): Promise<T> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

const score = (lhr: Lhr, category: string) => {
  const s = lhr.categories[category]?.score;
  return s === null || s === undefined ? null : Math.round(s * 100);
};
const numeric = (lhr: Lhr, audit: string) => lhr.audits[audit]?.numericValue ?? null;

function rowsFor(lhr: Lhr, target: LighthouseTarget, preset: Preset, runs: number): Result[] {
  const section = 'lighthouse' as const;
  const prefix = `${preset} ${target.label}`;
  const details = { run: prefix, url: lhr.finalDisplayedUrl, runs, failing: failingAudits(lhr) };
  const rows: Result[] = [];
  const cat = (category: string, name: string, min: number) => {
    const value = score(lhr, category);
    rows.push(
      judged(
        {
          section,
          metric: `${prefix} ${name}`,
          value,
          unit: 'score',
          display: value === null ? 'error' : String(value),
          details,
        },
        'min',
        min,
        `≥ ${min}`,
      ),
    );
  };
  cat('performance', 'performance', preset === 'mobile' ? 98 : 100);
  if (preset === 'mobile') {
    const lcp = numeric(lhr, 'largest-contentful-paint');
    const tbt = numeric(lhr, 'total-blocking-time');
    const cls = numeric(lhr, 'cumulative-layout-shift');
    rows.push(
      judged(
        {
          section,
          metric: `${prefix} LCP`,
          value: lcp,
          unit: 'ms',
          display: lcp === null ? 'error' : `${(lcp / 1000).toFixed(2)} s`,
        },
        'max',
        1800,
        '≤ 1.8 s',
      ),
    );
    rows.push(
      judged(
        { section, metric: `${prefix} TBT`, value: tbt, unit: 'ms', display: tbt === null ? 'error' : ms(tbt) },
        'max',
        100,
        '≤ 100 ms',
      ),
    );
    rows.push(
      judged(
        { section, metric: `${prefix} CLS`, value: cls, unit: '', display: cls === null ? 'error' : cls.toFixed(3) },
        'max',
        0.02,
        '≤ 0.02',
      ),
    );
  }
  cat('accessibility', 'accessibility', 100);
  cat('best-practices', 'best practices', 100);
  cat('seo', 'SEO', 100);
  return rows;
}

export async function runLighthouse(origin: string, targets: readonly LighthouseTarget[], runs = 3): Promise<Result[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  const results: Result[] = [];
  const benchmarkIndexes: number[] = [];
  try {
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const target of targets) {
        try {
          const lhrs: Lhr[] = [];
          for (let i = 0; i < runs; i++)
            lhrs.push(await withRetry(() => runOnce(origin + target.path, chrome.port, preset)));
          for (const lhr of lhrs) benchmarkIndexes.push(lhr.environment.benchmarkIndex);
          results.push(...rowsFor(computeMedianRun(lhrs), target, preset, runs));
        } catch (error) {
          results.push(errorRow('lighthouse', `${preset} ${target.label}`, error));
        }
      }
    }
  } finally {
    chrome.kill();
  }
  if (benchmarkIndexes.length) {
    // Lighthouse's own CPU yardstick: mobile simulation assumes a ~4x slower phone than this host, so a
    // busy or slow host (low index) inflates TBT and LCP. Reported to put the scores in context.
    const sorted = [...benchmarkIndexes].sort((a, b) => a - b);
    const mid = sorted[Math.floor(sorted.length / 2)] ?? 0;
    results.unshift(
      info({
        section: 'lighthouse',
        metric: 'host benchmarkIndex (median, min–max)',
        value: mid,
        unit: '',
        display: `${Math.round(mid)} (${Math.round(sorted[0] ?? 0)}–${Math.round(sorted[sorted.length - 1] ?? 0)})`,
      }),
    );
  }
  return results;
}

/** What cost the points, once per page × preset that missed a budget. */
export function lighthouseDiagnosis(results: readonly Result[]): string[] {
  const lines: string[] = [];
  const done = new Set<string>();
  for (const r of results) {
    if (r.section !== 'lighthouse' || r.pass !== false || !r.details) continue;
    const d = r.details as { run?: string; url?: string; failing?: ReturnType<typeof failingAudits> };
    if (!d.run || !d.failing || done.has(d.run)) continue;
    done.add(d.run);
    lines.push(`Lighthouse ${d.run} (${d.url}): audits below 100:`);
    for (const a of d.failing) {
      const value = a.displayValue ? ` — ${a.displayValue}` : '';
      lines.push(
        `  [${a.category}] ${a.id} (${a.score === null ? '-' : Math.round(a.score * 100)}): ${a.title}${value}`,
      );
      for (const item of (a.items ?? []).slice(0, 3)) lines.push(`      ${summarizeItem(item)}`);
    }
  }
  return lines;
}

function summarizeItem(item: unknown): string {
  if (typeof item !== 'object' || item === null) return String(item);
  const o = item as Record<string, unknown>;
  const node = o.node as { snippet?: string; nodeLabel?: string } | undefined;
  const parts = [
    typeof o.url === 'string' ? o.url : '',
    node?.snippet ?? '',
    typeof o.wastedBytes === 'number' ? `wasted ${(o.wastedBytes / 1024).toFixed(1)} KB` : '',
    typeof o.wastedMs === 'number' ? `wasted ${Math.round(o.wastedMs)} ms` : '',
    typeof o.description === 'string' ? o.description : '',
    typeof o.source === 'string' ? o.source : '',
  ].filter(Boolean);
  const text = parts.length ? parts.join(' · ') : JSON.stringify(o);
  return text.length > 220 ? `${text.slice(0, 219)}…` : text;
}
