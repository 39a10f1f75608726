import type { Period } from '../../src/contract/constants';
import type { TrendPoint } from '../../src/contract/schemas';
import type { Random } from './random';

/**
 * The demo's fixed "as of" day (00:00 UTC). A constant rather than the wall clock, so an answer never
 * changes between restarts or days, and CDN/browser caches stay valid.
 */
export const DEMO_AS_OF_SECONDS = Date.UTC(2026, 10, 23) / 1000;

const DAY = 86_400;

function computeTimes(period: Period): readonly number[] {
  const step = period === 120 ? 7 * DAY : DAY;
  const count = period === 120 ? Math.floor(period / 7) : period;
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(DEMO_AS_OF_SECONDS - (count - 1 - i) * step);
  return times;
}

const TIMES = new Map(([7, 30, 120] as const).map((period) => [period, computeTimes(period)]));

/** Daily points for 7 and 30 days; weekly points for 120 days (17 of them), oldest first. */
export function trendTimes(period: Period): readonly number[] {
  return TIMES.get(period) ?? computeTimes(period);
}

export type TrendShape = 'rising' | 'falling' | 'peak' | 'steady' | 'wave';
const SHAPES: readonly TrendShape[] = ['falling', 'peak', 'steady', 'wave', 'rising'];

export function pickShape(random: Random, isNew: boolean): TrendShape {
  // New entries got onto the chart because they are climbing.
  return isNew ? 'rising' : random.pick(SHAPES);
}

function baseValue(shape: TrendShape, x: number, centre: number, width: number, cycles: number, phase: number): number {
  switch (shape) {
    case 'rising':
      return 0.05 + x ** 2.5;
    case 'falling':
      return 1 - 0.8 * x;
    case 'peak':
      return 0.05 + Math.exp(-((x - centre) ** 2) / (2 * width ** 2));
    case 'steady':
      return 0.8;
    case 'wave':
      return 0.7 + 0.2 * Math.sin(2 * Math.PI * x * cycles + phase);
  }
}

function rawCurve(random: Random, shape: TrendShape, count: number): number[] {
  const centre = 0.2 + random.next() * 0.6;
  const width = 0.1 + random.next() * 0.15;
  const cycles = 1 + random.int(0, 3);
  const phase = random.next() * Math.PI * 2;
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const x = count > 1 ? i / (count - 1) : 1;
    const noise = (random.next() - 0.5) * 0.15;
    values.push(Math.max(0.01, baseValue(shape, x, centre, width, cycles, phase) + noise));
  }
  return values;
}

/** Points normalised like TikTok's: two decimals, the peak exactly 1. */
export function trendCurve(random: Random, period: Period, shape: TrendShape): TrendPoint[] {
  const times = trendTimes(period);
  const raw = rawCurve(random, shape, times.length);
  const peak = Math.max(...raw);
  return times.map((time, i) => ({ time, value: Math.round(((raw[i] ?? 0) / peak) * 100) / 100 }));
}
