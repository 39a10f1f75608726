import { useRef } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/badge';
import { CompactNumber } from '../../components/compact-number';
import { industryName } from '../../contract/constants';
import type { HashtagListItem } from '../../contract/schemas';
import { hashtagHref } from '../../lib/hashtag-href';
import type { TrendScope } from '../../lib/filter-params';
import { CreatorAvatars } from './creator-avatars';
import { RankChange } from './rank-change';
import { TrendSparkline } from './trend-sparkline';

/** Hovering this long counts as intent; quick sweeps across the table fetch nothing. */
const HOVER_INTENT_MS = 120;

export const ROW_CLASS = 'h-16 border-t border-line';

export function rowIndustry(item: HashtagListItem): string | undefined {
  const info = item.industry_info;
  if (!info) return undefined;
  return industryName(String(info.id)) ?? info.value;
}

/**
 * One hashtag of the ranked list. Cells are in column order; later columns (compare checkbox,
 * star, trend stage) slot in here and in HashtagTable's header.
 */
export function HashtagRow({
  item,
  scope,
  linkState,
  onIntent,
}: {
  item: HashtagListItem;
  scope: TrendScope;
  /** Router state for the link, so the detail page can return to this exact list. */
  linkState?: unknown;
  /** The user is probably about to open this hashtag (hover or focus): prefetch it. */
  onIntent?: (name: string) => void;
}) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const industry = rowIndustry(item);
  return (
    <tr
      className={`${ROW_CLASS} hover:bg-surface-muted/60 focus-within:bg-surface-muted/60`}
      onMouseEnter={() => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => onIntent?.(item.hashtag_name), HOVER_INTENT_MS);
      }}
      onMouseLeave={() => clearTimeout(timer.current)}
      onFocus={() => onIntent?.(item.hashtag_name)}
    >
      <td className="px-3 text-right text-base font-semibold tabular-nums">{item.rank}</td>
      <td className="px-3">
        <RankChange type={item.rank_diff_type} diff={item.rank_diff} />
      </td>
      <th scope="row" className="max-w-72 px-3 text-left font-normal">
        <div className="flex items-center gap-2">
          <Link to={hashtagHref(item.hashtag_name, scope)} state={linkState} className="truncate font-semibold text-ink hover:underline">
            #{item.hashtag_name}
          </Link>
          {item.is_promoted && <Badge tone="warn">Promoted</Badge>}
        </div>
        <div className="truncate text-xs text-ink-muted">{industry ?? 'No industry'}</div>
      </th>
      <td className="px-3 text-right">
        <CompactNumber value={item.publish_cnt} />
      </td>
      <td className="px-3 text-right">
        <CompactNumber value={item.video_views} />
      </td>
      <td className="px-3">
        <TrendSparkline points={item.trend} />
      </td>
      <td className="px-3">
        <CreatorAvatars creators={item.creators} />
      </td>
    </tr>
  );
}
