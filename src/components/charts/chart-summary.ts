import { formatDay } from '../../lib/format';
import { popularityScore, type BarDatum, type TrendDatum } from './chart-data';

/** The highest point; the latest one when several share the peak. */
export function findPeak(points: readonly TrendDatum[]): TrendDatum | undefined {
  let peak: TrendDatum | undefined;
  for (const p of points) if (!peak || p.value >= peak.value) peak = p;
  return peak;
}

/**
 * One sentence a screen reader (or a slide) can use instead of the curve:
 * "Peaked on 6 Mar at 100; now 98% of peak".
 */
export function trendSummary(points: readonly TrendDatum[], locale?: string): string {
  if (points.length === 0) return 'No popularity data for this period.';
  const sorted = [...points].sort((a, b) => a.time - b.time);
  const peak = findPeak(sorted);
  const last = sorted[sorted.length - 1];
  if (!peak || !last) return 'No popularity data for this period.';
  const peakText = `Peaked on ${formatDay(peak.time, locale)} at ${popularityScore(peak.value)}`;
  if (sorted.length === 1) return `${peakText}; only one day of data.`;
  if (peak.time === last.time) return `${peakText}, the latest point.`;
  return `${peakText}; now ${Math.round((last.value / peak.value) * 100)}% of peak.`;
}

export interface BarSummaryOptions {
  /** What one bar is, singular: "age group", "interest", "country". */
  noun: string;
  formatValue?: (value: number) => string;
}

/** "Largest age group: 18–24 at 67%, then 25–34 at 18%." */
export function barSummary(bars: readonly BarDatum[], { noun, formatValue = String }: BarSummaryOptions): string {
  if (bars.length === 0) return `No ${noun} data.`;
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const [first, second] = sorted;
  if (!first) return `No ${noun} data.`;
  if (!second) return `Only one ${noun}: ${first.label} at ${formatValue(first.value)}.`;
  if (second.value === first.value) {
    const tied = sorted.filter((b) => b.value === first.value).map((b) => b.label);
    const names =
      tied.length === 2 ? tied.join(' and ') : `${tied.slice(0, -1).join(', ')} and ${tied[tied.length - 1]}`;
    return `${names} lead at ${formatValue(first.value)} each, out of ${bars.length}.`;
  }
  return `Largest ${noun}: ${first.label} at ${formatValue(first.value)}, then ${second.label} at ${formatValue(second.value)}.`;
}
