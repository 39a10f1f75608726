import { RANK_DIFF } from '../../contract/constants';
import type { BarDatum, TrendDatum } from '../../components/charts/chart-data';
import { findPeak } from '../../components/charts/chart-summary';

/** Where a hashtag stands in the filter set's top 100, as far as the list says. */
export type RankStanding =
  /** Listed: `rank_diff_type` (1 up, 2 same, 3 down, 4 new) and `rank_diff` from the list item. */
  | { listed: true; diffType?: number; diff?: number }
  /** The list loaded and the name is not in it. */
  | { listed: false };

export interface TakeawayInput {
  /** Undefined when the list could not be loaded: the rank part is left out. */
  standing?: RankStanding;
  /** Audience age buckets (value = percent of the audience). */
  ages: readonly BarDatum[];
  /** The popularity curve (0..1, peak = 1). */
  trend: readonly TrendDatum[];
}

export const TAKEAWAY_SEPARATOR = ' · ';

const places = (n: number) => `${n} place${n === 1 ? '' : 's'}`;

function rankPart(standing: RankStanding | undefined): string | undefined {
  if (!standing) return undefined;
  if (!standing.listed) return 'not in the top 100';
  const diff = standing.diff !== undefined && Number.isFinite(standing.diff) ? Math.abs(standing.diff) : undefined;
  switch (standing.diffType) {
    case RANK_DIFF.new:
      return 'new to the top 100';
    case RANK_DIFF.up:
      return diff ? `up ${places(diff)}` : undefined;
    case RANK_DIFF.down:
      return diff ? `down ${places(diff)}` : undefined;
    case RANK_DIFF.same:
      return 'same rank as last period';
    default:
      return undefined;
  }
}

function agePart(ages: readonly BarDatum[]): string | undefined {
  const top = [...ages].filter((a) => Number.isFinite(a.value) && a.value > 0).sort((a, b) => b.value - a.value)[0];
  if (!top) return undefined;
  const share = `${Math.round(top.value)}%`;
  // ageLabel() says "Age group 6" for levels it does not know: "40% in age group 6" reads better.
  return /^age group/i.test(top.label) ? `${share} in ${top.label.toLowerCase()}` : `${share} aged ${top.label}`;
}

function peakPart(trend: readonly TrendDatum[]): string | undefined {
  const points = trend
    .filter((p) => Number.isFinite(p.time) && Number.isFinite(p.value))
    .sort((a, b) => a.time - b.time);
  const peak = findPeak(points);
  const last = points[points.length - 1];
  if (!peak || !last || !(peak.value > 0)) return undefined;
  if (last.time === peak.time) return 'at its peak';
  const percent = Math.round((Math.max(0, last.value) / peak.value) * 100);
  // Rounding must not claim the peak when the latest point is not it.
  return percent >= 100 ? 'just below its peak' : `at ${percent}% of its peak`;
}

/**
 * One line a presenter can read out, written from the data:
 * "New to the top 100 · 67% aged 18–24 · at 98% of its peak". Parts without data are left out;
 * an empty string when nothing is known.
 */
export function takeaway({ standing, ages, trend }: TakeawayInput): string {
  const text = [rankPart(standing), agePart(ages), peakPart(trend)]
    .filter((p): p is string => !!p)
    .join(TAKEAWAY_SEPARATOR);
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : '';
}
