import type { ReactNode } from 'react';
import { periodLabel, type Period } from '../../contract/constants';
import type { HashtagDetail } from '../../contract/schemas';
import { CompactNumber } from '../../components/compact-number';
import { formatExact } from '../../lib/format';

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="card flex min-h-24 flex-col justify-between gap-1 py-3">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="text-2xl font-semibold">{children}</dd>
    </div>
  );
}

/** Creative Center shows current popularity as a percentage; accept 0..1 fractions too. */
function formatPopularity(value: number): string {
  const percent = value > 0 && value < 1 ? value * 100 : value;
  return `${Math.round(percent)}%`;
}

/** Posts and views in the period and all-time (compact, exact on hover); longevity when known. */
export function HeadlineFigures({ detail, period }: { detail: HashtagDetail; period: Period }) {
  const inPeriod = `last ${periodLabel(period)}`;
  const longevity = detail.longevity;
  return (
    <dl className="grid grid-cols-[repeat(auto-fit,minmax(9.5rem,1fr))] gap-3">
      <Figure label={`Posts, ${inPeriod}`}>
        <CompactNumber value={detail.publish_cnt} />
      </Figure>
      <Figure label={`Views, ${inPeriod}`}>
        <CompactNumber value={detail.video_views} />
      </Figure>
      {detail.publish_cnt_all !== undefined && (
        <Figure label="Posts, all time">
          <CompactNumber value={detail.publish_cnt_all} />
        </Figure>
      )}
      {detail.video_views_all !== undefined && (
        <Figure label="Views, all time">
          <CompactNumber value={detail.video_views_all} />
        </Figure>
      )}
      {longevity && longevity.popular_days > 0 && (
        <Figure label="Popular for">
          <span className="tabular-nums">{formatExact(longevity.popular_days)}</span>{' '}
          <span className="text-base font-normal">{longevity.popular_days === 1 ? 'day' : 'days'}</span>
        </Figure>
      )}
      {longevity && longevity.current_popularity > 0 && (
        <Figure label="Current popularity">
          <span className="tabular-nums">{formatPopularity(longevity.current_popularity)}</span>
        </Figure>
      )}
    </dl>
  );
}
