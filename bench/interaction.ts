/**
 * Filter change → new rows painted, in Chromium on the explorer. 20 changes walk through filter sets
 * never seen before (uncached: the list is fetched), then the same 20 changes are undone in reverse
 * (cached: every set is already in the query cache). Each sample is timed in the page: from the
 * committing input event (click on a period, `input` of the industry select, Enter in the country combobox) to the first frame
 * painted after the table body shows different, non-busy rows (MutationObserver → rAF → message).
 * A third walk repeats the first over cached sets with a pause before each change, so the
 * pictures of each list load in between, as they do for someone who reads the rows.
 */
import type { Browser, Page } from '@playwright/test';
import { COUNTRIES, INDUSTRIES, PERIODS, periodLabel } from '../src/contract/constants';
import { AVATAR_DELAY_MS } from '../src/features/explorer/avatar-delay';
import { errorRow, info, judged, median, ms, percentile, type Result } from './report';

interface FilterState {
  country: string;
  industry: string;
  period: number;
}
type Change =
  { kind: 'period'; value: number } | { kind: 'industry'; value: string } | { kind: 'country'; value: string };

const stateKey = (s: FilterState) => `${s.country}|${s.industry}|${s.period}`;

function apply(state: FilterState, change: Change): FilterState {
  if (change.kind === 'period') return { ...state, period: change.value };
  if (change.kind === 'industry') return { ...state, industry: change.value };
  return { ...state, country: change.value };
}

function invert(before: FilterState, change: Change): Change {
  if (change.kind === 'period') return { kind: 'period', value: before.period };
  if (change.kind === 'industry') return { kind: 'industry', value: before.industry };
  return { kind: 'country', value: before.country };
}

/** A walk of `n` single-control changes, each landing on a filter set not visited before. */
export function planWalk(n: number, start: FilterState): { changes: Change[]; states: FilterState[] } {
  const seen = new Set([stateKey(start)]);
  const states = [start];
  const changes: Change[] = [];
  const countries = ['GB', 'DE', 'FR', 'JP', 'BR', 'CA', 'AU', 'MX', 'IT', 'ES'].filter((c) =>
    COUNTRIES.some((x) => x.code === c),
  );
  const industries = ['', ...INDUSTRIES.map((i) => i.id)];
  const kinds = ['period', 'industry', 'country'] as const;
  let state = start;
  for (let step = 0; changes.length < n && step < n * 10; step++) {
    const kind = kinds[step % kinds.length] as (typeof kinds)[number];
    const candidates: Change[] =
      kind === 'period'
        ? PERIODS.map((value) => ({ kind, value }))
        : kind === 'industry'
          ? industries.map((value) => ({ kind, value }))
          : countries.map((value) => ({ kind, value }));
    const next = candidates.find((c) => !seen.has(stateKey(apply(state, c))));
    if (!next) continue;
    state = apply(state, next);
    seen.add(stateKey(state));
    states.push(state);
    changes.push(next);
  }
  return { changes, states };
}

/**
 * The in-page probe, as plain source: tsx compiles this file with esbuild's keepNames, whose `__name`
 * helper does not exist in the page, so the probe must not be a transpiled function.
 * window.__benchArm() resolves with the elapsed ms of the next filter change.
 */
const PROBE = `
window.__benchArm = () => {
  const tbodyText = () => document.querySelector('main table tbody')?.textContent ?? '';
  const settled = () => {
    const table = document.querySelector('main table');
    return !!table && table.getAttribute('aria-busy') !== 'true' && !table.querySelector('[data-testid="skeleton-rows"]');
  };
  const before = tbodyText();
  return new Promise((resolve, reject) => {
    let t0 = null;
    let done = false;
    const types = ['click', 'input', 'change', 'keydown'];
    const observer = new MutationObserver(() => check());
    const cleanup = () => {
      observer.disconnect();
      for (const type of types) document.removeEventListener(type, onEvent, true);
      clearTimeout(timer);
    };
    const check = () => {
      if (done || t0 === null) return;
      if (!settled() || tbodyText() === before) return;
      done = true;
      const start = t0;
      requestAnimationFrame(() => {
        // rAF runs just before the frame is painted; a message posted from it lands right after.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          cleanup();
          resolve(performance.now() - start);
        };
        channel.port2.postMessage(null);
      });
    };
    const onEvent = (event) => {
      if (t0 !== null) return;
      if (event.type === 'keydown' && event.key !== 'Enter') return;
      t0 = event.timeStamp;
      check();
    };
    for (const type of types) document.addEventListener(type, onEvent, true);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error('rows did not change within 10 s'));
    }, 10000);
  });
};
`;

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

const ACTION_TIMEOUT = 5_000;
/** Between the changes of the third walk: the rows' wait before their pictures load, and time for them to arrive. */
const PAUSE_MS = AVATAR_DELAY_MS + 400;

async function perform(page: Page, change: Change): Promise<number> {
  const main = page.getByRole('main');
  let commit: () => Promise<void>;
  if (change.kind === 'period') {
    // The radios are visually hidden inside their labels (a segmented control): click the label, as a user does.
    const radio = page.getByRole('radio', { name: periodLabel(change.value), exact: true });
    commit = () => main.locator('label').filter({ has: radio }).click({ timeout: ACTION_TIMEOUT });
  } else if (change.kind === 'industry') {
    const select = main.getByLabel('Industry', { exact: true });
    commit = async () => {
      await select.selectOption(change.value, { timeout: ACTION_TIMEOUT });
    };
  } else {
    const name = COUNTRIES.find((c) => c.code === change.value)?.name ?? change.value;
    const box = main.getByRole('combobox', { name: 'Country' });
    await box.click({ timeout: ACTION_TIMEOUT });
    await box.fill(name, { timeout: ACTION_TIMEOUT });
    await page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .waitFor({ timeout: ACTION_TIMEOUT });
    commit = () => box.press('Enter', { timeout: ACTION_TIMEOUT });
  }
  const pending = page.evaluate<number>('window.__benchArm()');
  pending.catch(() => undefined); // awaited below; avoid an unhandled rejection meanwhile
  // Evaluations run in order: once this one answers, the probe is armed.
  await page.evaluate('0');
  await commit();
  return pending;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: median(sorted),
    p95: percentile(sorted, 95),
    worst: sorted[sorted.length - 1] ?? Number.NaN,
    samples,
  };
}

export async function runInteraction(browser: Browser, origin: string, changes = 20): Promise<Result[]> {
  const section = 'interaction' as const;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.locator('main table tbody tr').first().waitFor();
    await installProbe(page);
    const walk = planWalk(changes, { country: 'US', industry: '', period: 7 });

    const uncached: number[] = [];
    for (const change of walk.changes) uncached.push(await perform(page, change));

    // Undo the walk step by step: every set on the way back is already cached.
    const cached: number[] = [];
    for (let i = walk.changes.length - 1; i >= 0; i--) {
      cached.push(await perform(page, invert(walk.states[i] as FilterState, walk.changes[i] as Change)));
    }

    // Walk forward again, every set cached, pausing before each change as someone reading the
    // list does: the rows' pictures (fetched once rows have stayed a moment) load in between.
    const paused: number[] = [];
    for (const change of walk.changes) {
      await page.waitForTimeout(PAUSE_MS);
      paused.push(await perform(page, change));
    }

    const u = stats(uncached);
    const c = stats(cached);
    const p = stats(paused);
    const label = (ch: Change) => `${ch.kind}=${ch.value === '' ? 'all' : ch.value}`;
    const details = {
      uncached: { ...u, samples: walk.changes.map((ch, i) => ({ change: label(ch), ms: uncached[i] })) },
      cached: {
        ...c,
        samples: walk.changes.map((_, k) => {
          const i = walk.changes.length - 1 - k;
          return { change: label(invert(walk.states[i] as FilterState, walk.changes[i] as Change)), ms: cached[k] };
        }),
      },
    };
    return [
      judged(
        {
          section,
          metric: `cached: p95 of ${c.samples.length} changes`,
          value: c.p95,
          unit: 'ms',
          display: ms(c.p95),
          details,
        },
        'max',
        50,
        '≤ 50 ms',
      ),
      info({
        section,
        metric: 'cached: median / worst',
        value: c.median,
        unit: 'ms',
        display: `${ms(c.median)} / ${ms(c.worst)}`,
      }),
      judged(
        {
          section,
          metric: `cached, ${PAUSE_MS / 1000} s apart: p95`,
          value: p.p95,
          unit: 'ms',
          display: `${ms(p.p95)} (median ${ms(p.median)})`,
          details: { paused: { ...p, samples: walk.changes.map((ch, i) => ({ change: label(ch), ms: paused[i] })) } },
        },
        'max',
        50,
        '≤ 50 ms',
      ),
      judged(
        {
          section,
          metric: `uncached: p95 of ${u.samples.length} changes`,
          value: u.p95,
          unit: 'ms',
          display: ms(u.p95),
        },
        'max',
        300,
        '≤ 300 ms',
      ),
      info({
        section,
        metric: 'uncached: median / worst',
        value: u.median,
        unit: 'ms',
        display: `${ms(u.median)} / ${ms(u.worst)}`,
      }),
    ];
  } catch (error) {
    return [{ ...errorRow(section, 'filter change → rows painted', error), unit: 'ms' }];
  } finally {
    await context.close();
  }
}
