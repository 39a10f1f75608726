import { useId } from 'react';
import { Link } from 'react-router';
import type { HashtagDetail } from '../../contract/schemas';
import type { TrendScope } from '../../contract/filter-params';
import { hashtagHref } from '../../lib/hashtag-href';

/** Links to each related hashtag's own page under the same filters (names of any script, URL-encoded). */
export function RelatedHashtags({
  related,
  filters,
  linkState,
}: {
  related: HashtagDetail['related_hashtags'];
  filters: TrendScope;
  /** Passed on so "Back to trending hashtags" still returns to the list the user came from. */
  linkState?: unknown;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId} className="font-semibold">
        Related hashtags
      </h2>
      {related.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">No data</p>
      ) : (
        <ul className="mt-3 flex flex-wrap gap-2">
          {related.map((r) => (
            <li key={`${r.hashtag_id}-${r.hashtag_name}`}>
              <Link
                to={hashtagHref(r.hashtag_name, filters)}
                state={linkState}
                className="inline-block rounded-full border border-line px-3 py-1 text-sm font-medium text-accent-ink hover:bg-surface-muted"
              >
                #{r.hashtag_name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
