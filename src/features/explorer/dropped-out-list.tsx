import { Link } from 'react-router';
import type { DroppedOut } from '../../stores/last-visit-store';
import { formatVisitDate } from './visit-date';

function rangeWords(range: { from: number; to: number } | undefined): string {
  if (!range) return '';
  return range.from === 1 ? ` of the top ${range.to}` : ` of ranks ${range.from}–${range.to}`;
}

/**
 * Under the table: "Dropped out of the top 20 since 12 Nov: #a (was 12), #b (was 18)". Renders
 * nothing when nothing dropped out. `range` is the ranks on screen (from useChangesSinceLastVisit).
 */
export function DroppedOutList({
  droppedOut,
  since,
  range,
  hrefFor,
  locale,
}: {
  droppedOut: readonly DroppedOut[];
  /** Links each name (e.g. to its detail page) when given. */
  hrefFor?: (name: string) => string;
  since: number | undefined;
  range?: { from: number; to: number };
  locale?: string;
}) {
  if (droppedOut.length === 0 || since === undefined) return null;
  return (
    <section aria-label="Dropped out since your last visit" className="mt-3 text-sm">
      <p>
        <span className="font-medium">
          Dropped out{rangeWords(range)} since {formatVisitDate(since, undefined, locale)}:
        </span>{' '}
        {droppedOut.map((d, i) => (
          <span key={d.name}>
            <span className="whitespace-nowrap">
              {hrefFor ? (
                <Link to={hrefFor(d.name)} className="underline">
                  #{d.name}
                </Link>
              ) : (
                `#${d.name}`
              )}{' '}
              <span className="text-ink-muted">(was {d.rank})</span>
            </span>
            {i < droppedOut.length - 1 ? ', ' : ''}
          </span>
        ))}
      </p>
    </section>
  );
}
