import { memo, useRef } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/badge';
import { CompactNumber } from '../../components/compact-number';
import { industryName } from '../../contract/constants';
import type { HashtagListItem } from '../../contract/schemas';
import { hashtagHref } from '../../lib/hashtag-href';
import type { TrendScope } from '../../contract/filter-params';
import { ChangeMarker } from './change-marker';
import type { ChangeMarker as Marker } from '../../stores/last-visit-store';
import { StageBadge } from '../../components/stage-badge';
import { StarButton } from '../../components/star-button';
import { CreatorAvatars } from './creator-avatars';
import { RankChange } from './rank-change';
import { rowStage } from './row-stage';
import { TrendSparkline } from './trend-sparkline';
import { useShortcut } from '../../lib/shortcuts/use-shortcut';

/** Hovering this long counts as intent; quick sweeps across the table fetch nothing. */
const HOVER_INTENT_MS = 120;

/** Every row is h-16 (4rem) tall, so a loading page holds exactly the space of its rows. */
export const ROW_HEIGHT_REM = 4;
export const ROW_CLASS = 'h-16 border-t border-line';
/** Creators are the least telling column: they give way below 1280 px so the names keep their room. */
export const CREATORS_CELL_CLASS = 'hidden xl:table-cell';

export function rowIndustry(item: HashtagListItem): string | undefined {
  const info = item.industry_info;
  if (!info) return undefined;
  return industryName(String(info.id)) ?? info.value;
}

/**
 * One hashtag of the ranked list. Cells are in column order, matching HashtagTable's header:
 * select, rank, change, hashtag (with its since-last-visit marker), stage, posts, views, trend,
 * creators, star. Memoised with flat props: a re-render of the page around the table leaves rows
 * whose data did not change alone.
 */
export const HashtagRow = memo(function HashtagRow({
  item,
  scope,
  linkState,
  onIntent,
  marker,
  since,
  selected,
  selectDisabled,
  onSelect,
  current = false,
  onCurrent,
}: {
  item: HashtagListItem;
  scope: TrendScope;
  /** Router state for the link, so the detail page can return to this exact list. */
  linkState?: unknown;
  /** The user is probably about to open this hashtag (hover or focus): prefetch it. */
  onIntent?: (name: string) => void;
  /** How the row moved since the last visit (with `since`, the time of that visit). */
  marker?: Marker;
  since?: number;
  /** Picked for comparison; `selectDisabled` once the selection is full and this row is not in it. */
  selected: boolean;
  selectDisabled: boolean;
  onSelect: (name: string, selected: boolean) => void;
  /** The row the keyboard is on (`j`/`k`): Enter opens it, `x` ticks it, `s` stars it. */
  current?: boolean;
  /** Focus went into this row: it becomes the current one. */
  onCurrent?: (name: string) => void;
}) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const industry = rowIndustry(item);
  const name = item.hashtag_name;
  useShortcut('open', () => linkRef.current?.click(), current);
  useShortcut('tick', () => (selectDisabled ? false : onSelect(name, !selected)), current);
  return (
    <tr
      data-row=""
      data-current={current || undefined}
      className={`${ROW_CLASS} hover:bg-surface-muted/60 focus-within:bg-surface-muted/60 data-current:bg-surface-muted`}
      onMouseEnter={() => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => onIntent?.(name), HOVER_INTENT_MS);
      }}
      onMouseLeave={() => clearTimeout(timer.current)}
      onFocus={() => {
        onIntent?.(name);
        onCurrent?.(name);
      }}
    >
      <td className="no-print pl-3 in-data-current:shadow-[inset_3px_0_0_var(--color-accent)]">
        <input
          type="checkbox"
          className="size-4 accent-(--color-accent) disabled:cursor-not-allowed"
          aria-label={`Select #${name} for comparison`}
          checked={selected}
          disabled={selectDisabled}
          onChange={(e) => onSelect(name, e.target.checked)}
        />
      </td>
      <td className="px-3 text-right text-base font-semibold tabular-nums">{item.rank}</td>
      <td className="px-3">
        <RankChange type={item.rank_diff_type} diff={item.rank_diff} />
      </td>
      <th scope="row" className="max-w-72 px-3 text-left font-normal">
        <div className="flex items-center gap-2">
          <Link
            ref={linkRef}
            to={hashtagHref(name, scope)}
            state={linkState}
            className="truncate font-semibold text-ink hover:underline"
          >
            #{name}
          </Link>
          {item.is_promoted && <Badge tone="warn">Promoted</Badge>}
        </div>
        <div className="flex items-center gap-2 text-xs text-ink-muted">
          <span className="truncate">{industry ?? 'No industry'}</span>
          {marker && since !== undefined && <ChangeMarker marker={marker} since={since} />}
        </div>
      </th>
      <td className="px-3">
        <StageBadge result={rowStage(item)} />
      </td>
      <td className="px-3 text-right">
        <CompactNumber value={item.publish_cnt} />
      </td>
      <td className="px-3 text-right">
        <CompactNumber value={item.video_views} />
      </td>
      <td className="px-3">
        <TrendSparkline points={item.trend} />
      </td>
      <td className={`px-3 ${CREATORS_CELL_CLASS}`}>
        <CreatorAvatars creators={item.creators} />
      </td>
      <td className="no-print pr-3 text-center">
        <StarButton name={name} shortcut={current} />
      </td>
    </tr>
  );
});
