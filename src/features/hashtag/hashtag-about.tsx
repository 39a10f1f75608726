import { Link } from 'react-router';
import { Badge } from '../../components/badge';
import type { HashtagDetail } from '../../contract/schemas';
import { hashtagDescription, hashtagIndustry } from '../../contract/hashtag-about-text';
import { presentHref } from '../../lib/deck-links';
import type { TrendScope } from '../../contract/filter-params';
import { safeTikTokUrl } from '../../contract/safe-url';

/** Description, industry, Promoted and "Open on TikTok": what we know about the hashtag itself. */
export function HashtagAbout({
  detail,
  scope,
}: {
  detail: HashtagDetail;
  /** The page's country and period. */ scope: TrendScope;
}) {
  const industry = hashtagIndustry(detail);
  const tiktokUrl = safeTikTokUrl(detail.video_url);
  const description = hashtagDescription(detail);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {industry && (
          <span className="text-ink-muted">
            Industry: <span className="font-medium text-ink">{industry}</span>
          </span>
        )}
        {detail.is_promoted && <Badge tone="accent">Promoted</Badge>}
        {tiktokUrl && (
          <a
            href={tiktokUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="font-medium text-accent-ink underline underline-offset-2"
          >
            Open on TikTok<span className="sr-only"> (opens in a new tab)</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        )}
        <Link
          to={presentHref({ tags: [detail.hashtag_name], ...scope })}
          className="no-print font-medium text-accent-ink underline underline-offset-2"
          title="Show this hashtag as slides, full screen"
        >
          Present
        </Link>
      </div>
      {description && <p className="max-w-3xl whitespace-pre-line text-ink">{description}</p>}
    </div>
  );
}
