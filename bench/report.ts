/** Results of `npm run bench`: one row per metric, a printed table, and bench/results.json. */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

export type Section = 'js' | 'lighthouse' | 'interaction' | 'html' | 'og' | 'pptx' | 'proxy' | 'neighbour' | 'store';
export const SECTIONS: readonly Section[] = [
  'js',
  'lighthouse',
  'interaction',
  'html',
  'og',
  'pptx',
  'proxy',
  'neighbour',
  'store',
];

export interface Result {
  section: Section;
  metric: string;
  /** Raw number in `unit`, or null when the metric could not be measured (route missing, error). */
  value: number | null;
  unit: string;
  /** What the table shows, e.g. "124.3 KB" or "n/a (route missing)". */
  display: string;
  /** Human-readable budget ("≤ 130 KB"), or "" for a figure reported without a budget. */
  budget: string;
  /** true/false against the budget; null when there is no budget or nothing to judge. */
  pass: boolean | null;
  /** Anything that helps explain the figure (largest chunks, failing audits, ...). */
  details?: unknown;
}

/** Builds a result judged against `limit` ("max": value ≤ limit; "min": value ≥ limit). */
export function judged(
  base: Omit<Result, 'pass' | 'budget'>,
  kind: 'max' | 'min' | 'lt',
  limit: number,
  budgetText: string,
): Result {
  const v = base.value;
  const pass = v === null ? false : kind === 'max' ? v <= limit : kind === 'min' ? v >= limit : v < limit;
  return { ...base, budget: budgetText, pass };
}

export function info(base: Omit<Result, 'pass' | 'budget'>): Result {
  return { ...base, budget: '', pass: null };
}

/** One line, no terminal colours: for error messages in a table cell. */
/** The row of something that failed to run: failed, naming its error. */
export function errorRow(section: Section, metric: string, error: unknown): Result {
  return {
    section,
    metric,
    value: null,
    unit: '',
    display: `error: ${oneLine(String(error), 70)}`,
    details: { error: String(error) },
    budget: 'runs',
    pass: false,
  };
}

export function oneLine(text: string, max = 120): string {
  const flat = text
    // eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // Nearest-rank: the smallest value with at least p% of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function verdict(r: Result): string {
  if (r.pass === null) return r.value === null && r.budget === '' ? 'n/a' : '-';
  return r.pass ? 'pass' : 'FAIL';
}

export function formatTable(results: readonly Result[]): string {
  const header = ['section', 'metric', 'value', 'budget', 'pass/fail'];
  const rows = results.map((r) => [r.section, r.metric, r.display, r.budget || '-', verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the bench started: a busy host inflates every timing. */
  loadAverage: number;
}

export function machineInfo(chromiumVersion: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function writeResults(
  path: string,
  machine: Machine,
  results: readonly Result[],
  sections: readonly Section[],
): void {
  const body = { date: new Date().toISOString(), machine, sections, results };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
}
