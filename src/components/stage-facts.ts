import type { TrendFacts, TrendStage } from '../contract/trend-stage';

/** The numbers behind a stage as label/value pairs, in the order the "why" popover lists them. */
export function describeFacts(facts: TrendFacts): { label: string; value: string }[] {
  const slope = Math.round(facts.recentSlope * 100);
  return [
    { label: 'Recent slope', value: `${slope > 0 ? '+' : slope < 0 ? '−' : ''}${Math.abs(slope)}% of peak per point` },
    { label: 'Share of peak now', value: `${Math.round(facts.shareOfPeakNow * 100)}%` },
    { label: 'Days since peak', value: String(facts.daysSincePeak) },
    { label: 'Rank change', value: describeRankChange(facts.rankChange) },
  ];
}

function describeRankChange(change: TrendFacts['rankChange']): string {
  if (change === 'new') return 'New to the top 100';
  if (change === null) return 'Unknown';
  if (change === 0) return 'Unchanged';
  return change > 0 ? `Up ${change}` : `Down ${-change}`;
}

/** Text colour and a decorative glyph per stage; the label always carries the meaning. */
export const STAGE_LOOK: Readonly<Record<TrendStage, { glyph: string; className: string }>> = {
  Emerging: { glyph: '✦', className: 'text-accent-ink border-accent' },
  Rising: { glyph: '↗', className: 'text-up border-up' },
  Peaking: { glyph: '◠', className: 'text-warn border-warn' },
  Cooling: { glyph: '↘', className: 'text-down border-down' },
  Steady: { glyph: '→', className: 'text-ink-muted border-line' },
};
