import { RANK_DIFF } from '../../contract/constants';
import type { RankStanding } from './takeaway';

const placesText = (n: number) => `${n} place${n === 1 ? '' : 's'}`;

/**
 * "▲ Up 23 places", "✦ New", "▼ Down 4 places", "= Same rank" (compact: "Up 23", "Same"): words
 * first, the glyph and colour only support them.
 */
export function RankChangeText({
  diffType,
  diff,
  compact = false,
  className,
}: {
  diffType?: number;
  diff?: number;
  compact?: boolean;
  className?: string;
}) {
  const n = diff !== undefined && Number.isFinite(diff) ? Math.abs(diff) : 0;
  const places = (count: number) => (compact ? String(count) : placesText(count));
  const look = (() => {
    switch (diffType) {
      case RANK_DIFF.up:
        return n ? { glyph: '▲', text: `Up ${places(n)}`, tone: 'text-up' } : undefined;
      case RANK_DIFF.down:
        return n ? { glyph: '▼', text: `Down ${places(n)}`, tone: 'text-down' } : undefined;
      case RANK_DIFF.new:
        return { glyph: '✦', text: 'New', tone: 'text-accent-ink' };
      case RANK_DIFF.same:
        return { glyph: '=', text: compact ? 'Same' : 'Same rank', tone: 'text-ink-muted' };
      default:
        return undefined;
    }
  })();
  if (!look) return null;
  return (
    <span
      className={`inline-flex items-center gap-[0.35em] whitespace-nowrap font-semibold ${look.tone} ${className ?? ''}`}
    >
      <span aria-hidden="true" className="text-[0.75em]">
        {look.glyph}
      </span>
      {look.text}
    </span>
  );
}

/** Rank and rank change in the filter set's top 100, or "Not in the top 100" (from the detail only). */
export function RankStandingBlock({
  standing,
  rank,
}: {
  standing: RankStanding | undefined;
  rank: number | undefined;
}) {
  if (!standing) return <p className="text-xl text-ink-muted">Rank unavailable</p>;
  if (!standing.listed) {
    return (
      <p className="rounded-full border border-line px-[0.9em] py-[0.25em] text-xl font-medium text-ink-muted">
        Not in the top 100
      </p>
    );
  }
  return (
    <div className="flex items-baseline gap-[0.75rem]">
      <p className="text-xl text-ink-muted">
        Rank <span className="text-5xl font-bold tabular-nums text-ink">{rank ?? '–'}</span>
      </p>
      <RankChangeText diffType={standing.diffType} diff={standing.diff} className="text-2xl" />
    </div>
  );
}
