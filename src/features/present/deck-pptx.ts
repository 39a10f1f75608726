/**
 * The deck as a PowerPoint file: the same slides in the same order (deck-data.ts buildSlides), the
 * takeaways as text, the popularity line and the audience ages as native charts, speaker notes with
 * source, data date, filters and the slide's URL. Loaded only when Download PowerPoint is pressed.
 */
// Its own page, so the bundler keeps the page's chunks as they are (see lib/pptx/build-pptx.ts).
import './present-page';
import type { QueryClient } from '@tanstack/react-query';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import { ageBars } from '../../components/charts/audience-data';
import { popularityScore } from '../../components/charts/chart-data';
import { findPeak } from '../../components/charts/chart-summary';
import { RANK_DIFF, countryName, industryLabel, periodLabel } from '../../contract/constants';
import type { RankChange as HistoryRankChange } from '../../contract/history';
import type { HashtagDetail, HashtagListItem } from '../../contract/schemas';
import { classifyTrendStage } from '../../contract/trend-stage';
import { formatDataAsOf, latestPointTime } from '../../lib/data-as-of';
import { formatCompact, formatDay } from '../../lib/format';
import { formatHistoryDay } from '../../lib/history-days';
import { downloadPptx, dataSource } from '../../lib/pptx/build-pptx';
import {
  pageTheme,
  sourceText,
  speakerNotes,
  type NotesContext,
  type PptxDeck,
  type PptxSlide,
  type PptxSource,
  type PptxTheme,
} from '../../lib/pptx/pptx-model';
import { scopeLine, standingOf, topMovers, type DeckEntry, type Slide } from './deck-data';
import type { DeckFilters } from './deck-params';
import { CHANGES_PER_LIST } from './changes-slide';
import { takeaway } from './takeaway';

export interface DeckPptxInput {
  filters: DeckFilters;
  slides: readonly Slide[];
  entries: readonly DeckEntry[];
  list: readonly HashtagListItem[] | undefined;
  /** Each presented hashtag's detail, by name; missing when it could not be loaded. */
  details: ReadonlyMap<string, HashtagDetail>;
  source: PptxSource;
  /** The deck's URL (any slide): each slide's notes get the link to that slide. */
  url: string;
  theme: PptxTheme;
}

/** The deck's URL at slide `index` (0-based): `slide` is left out for the first, as the deck does. */
export function slideUrl(url: string, index: number): string {
  const u = new URL(url);
  if (index === 0) u.searchParams.delete('slide');
  else u.searchParams.set('slide', String(index + 1));
  return u.toString();
}

/** "Up 3", "Down 2", "New", "Same"; '' when unknown. */
export function rankChangeWords(diffType: number | undefined, diff: number | undefined): string {
  const n = diff !== undefined && Number.isFinite(diff) ? Math.abs(diff) : 0;
  if (diffType === RANK_DIFF.up && n) return `Up ${n}`;
  if (diffType === RANK_DIFF.down && n) return `Down ${n}`;
  if (diffType === RANK_DIFF.new) return 'New';
  if (diffType === RANK_DIFF.same) return 'Same';
  return '';
}

function shareOfPeak(trend: readonly { time: number; value: number }[]): string {
  const sorted = [...trend].sort((a, b) => a.time - b.time);
  const peak = findPeak(sorted);
  const last = sorted[sorted.length - 1];
  if (!peak || !last || !(peak.value > 0)) return '–';
  return `${Math.round((last.value / peak.value) * 100)}%`;
}

const count = (v: number | undefined) => (v === undefined ? '–' : formatCompact(v));

function moverLine(item: HashtagListItem): string {
  const change = rankChangeWords(item.rank_diff_type, item.rank_diff);
  return `${item.rank}. #${item.hashtag_name}${change ? ` (${change})` : ''}`;
}

function changeLines(items: readonly HistoryRankChange[], kind: 'entered' | 'climbers' | 'fallers' | 'left') {
  return items.slice(0, CHANGES_PER_LIST).map((item) => {
    const moved = item.rank !== null && item.old_rank !== null ? Math.abs(item.old_rank - item.rank) : undefined;
    const what =
      kind === 'left'
        ? `was ${item.old_rank}`
        : kind === 'entered'
          ? 'new'
          : `${kind === 'climbers' ? 'up' : 'down'} ${moved ?? '?'}`;
    return `${item.rank ?? '–'}. #${item.hashtag_name} (${what})`;
  });
}

/** The deck as a PptxDeck: pure, for the tests and for {@link downloadDeckPptx}. */
export function deckPptx(input: DeckPptxInput): PptxDeck {
  const { filters, slides, entries, list, details, source, url, theme } = input;
  const listLoaded = list !== undefined;
  const trends = list ? list.map((i) => i.trend) : entries.map((e) => details.get(e.name)?.trend ?? []);
  const dataAsOf = latestPointTime(trends);
  const filtersText = [
    scopeLine(filters),
    ...(filters.tags.length > 0 ? [`Hashtags: ${filters.tags.map((t) => `#${t}`).join(', ')}`] : []),
  ].join(' · ');
  const notesAt = (index: number): NotesContext => ({
    source,
    dataAsOf: dataAsOf === undefined ? undefined : formatDataAsOf(dataAsOf),
    filters: filtersText,
    url: slideUrl(url, index),
  });
  const period = periodLabel(filters.period);

  const out: PptxSlide[] = [];
  let cover: PptxDeck['cover'] | undefined;
  slides.forEach((slide, index) => {
    const notes = (lead: string[]) => speakerNotes(notesAt(index), lead);
    switch (slide.kind) {
      case 'cover': {
        const description =
          filters.tags.length > 0
            ? `${entries.length} selected hashtag${entries.length === 1 ? '' : 's'}`
            : entries.length > 0
              ? `The top ${entries.length} hashtags, the biggest movers and what their audiences look like`
              : 'No hashtags in the top 100 for these filters';
        cover = {
          kicker: 'TikTok hashtag trends',
          title: countryName(filters.country),
          lines: [
            `${industryLabel(filters.industry)} · Last ${filters.period} days${filters.newOnly ? ' · New to the top 100' : ''}`,
            description,
            `Data as of ${dataAsOf === undefined ? 'unknown' : formatDataAsOf(dataAsOf)} · ${sourceText(source)}`,
          ],
          notes: notes([description]),
        };
        break;
      }
      case 'movers': {
        const movers = list ? topMovers(list) : undefined;
        out.push({
          title: 'Top movers',
          kicker: `Places gained in the top 100 since the previous ${filters.period} days, and who is new to it`,
          ...(movers
            ? {
                columns: [
                  {
                    heading: 'Biggest climbers',
                    lines: movers.climbers.length
                      ? movers.climbers.map(moverLine)
                      : ['No hashtag climbed this period.'],
                  },
                  {
                    heading: 'New entries',
                    lines: movers.newEntries.length
                      ? movers.newEntries.map(moverLine)
                      : ['No new entries this period.'],
                  },
                ],
              }
            : { lines: ['The top 100 could not be loaded.'] }),
          notes: notes([]),
        });
        break;
      }
      case 'hashtag': {
        const { entry, position } = slide;
        const item = entry.item;
        const detail = details.get(entry.name);
        const trend = detail?.trend ?? item?.trend ?? [];
        const ages = detail ? ageBars(detail) : [];
        const standing = standingOf(entry, listLoaded);
        const line = detail ? takeaway({ standing, ages, trend }) || 'Not enough data for a takeaway.' : undefined;
        const stage =
          trend.length > 0
            ? classifyTrendStage({ trend, rankDiffType: item?.rank_diff_type, rankDiff: item?.rank_diff }).stage
            : '–';
        const points = [...trend].sort((a, b) => a.time - b.time);
        const rank = !standing
          ? 'Unavailable'
          : !standing.listed
            ? 'Not in the top 100'
            : [item?.rank ?? '–', rankChangeWords(standing.diffType, standing.diff)].filter(Boolean).join(' · ');
        out.push({
          kicker: `Hashtag ${position} of ${entries.length} · ${countryName(filters.country)} · last ${period}`,
          title: `#${entry.name}`,
          takeaway: line ?? 'The details of this hashtag could not be loaded.',
          figures: [
            { label: 'Rank', value: String(rank) },
            { label: `Posts · ${period}`, value: count(detail?.publish_cnt ?? item?.publish_cnt) },
            { label: `Views · ${period}`, value: count(detail?.video_views ?? item?.video_views) },
            { label: 'Stage', value: stage },
          ],
          charts: [
            ...(points.length >= 2
              ? [
                  {
                    kind: 'line' as const,
                    title: 'Popularity over time (0–100)',
                    labels: points.map((p) => formatDay(p.time)),
                    series: [
                      { name: `#${entry.name}`, values: points.map((p) => popularityScore(p.value)), colorIndex: 0 },
                    ],
                    maxValue: 100,
                    weight: 7,
                  },
                ]
              : []),
            ...(ages.length > 0
              ? [
                  {
                    kind: 'column' as const,
                    title: 'Audience age',
                    labels: ages.map((a) => a.label),
                    series: [{ name: 'Share of audience (%)', values: ages.map((a) => a.value), colorIndex: 0 }],
                    valueFormat: '0"%"',
                    weight: 5,
                  },
                ]
              : []),
          ],
          notes: notes(line ? [line] : []),
        });
        break;
      }
      case 'changes': {
        const { changes } = slide;
        out.push({
          title: 'What changed this week',
          ...(changes.from && changes.to
            ? {
                kicker: `The top 100 recorded on ${formatHistoryDay(changes.from.date)} against the latest, of ${formatHistoryDay(changes.to.date)}`,
              }
            : {}),
          columns: [
            { heading: `New entries (${changes.entered.length})`, lines: changeLines(changes.entered, 'entered') },
            {
              heading: `Biggest climbers (${changes.climbers.length})`,
              lines: changeLines(changes.climbers, 'climbers'),
            },
            { heading: `Biggest fallers (${changes.fallers.length})`, lines: changeLines(changes.fallers, 'fallers') },
            { heading: `Left the top 100 (${changes.left.length})`, lines: changeLines(changes.left, 'left') },
          ].map((c) => (c.lines.length ? c : { ...c, lines: ['None'] })),
          notes: notes([]),
        });
        break;
      }
      case 'summary': {
        out.push({
          title: 'Summary',
          kicker: `${scopeLine(filters)}${dataAsOf !== undefined ? ` · data as of ${formatDataAsOf(dataAsOf)}` : ''}`,
          ...(entries.length === 0
            ? { lines: ['No hashtags to present for these filters.'] }
            : {
                table: {
                  columns: ['Rank', 'Hashtag', 'Change', 'Posts', 'Views', 'Now vs peak', 'Stage'],
                  rows: entries.map((entry) => {
                    const item = entry.item;
                    const detail = details.get(entry.name);
                    const trend = item?.trend ?? detail?.trend ?? [];
                    const stage = classifyTrendStage({
                      trend,
                      rankDiffType: item?.rank_diff_type,
                      rankDiff: item?.rank_diff,
                    });
                    return [
                      item ? String(item.rank) : '–',
                      `#${entry.name}`,
                      item ? rankChangeWords(item.rank_diff_type, item.rank_diff) || '–' : 'Not in the top 100',
                      count(item?.publish_cnt ?? detail?.publish_cnt),
                      count(item?.video_views ?? detail?.video_views),
                      shareOfPeak(trend),
                      trend.length > 0 ? stage.stage : '–',
                    ];
                  }),
                },
              }),
          notes: notes([]),
        });
        break;
      }
    }
  });
  return {
    theme,
    title: `Hashtag trends in ${countryName(filters.country)}`,
    cover: cover ?? {
      kicker: 'TikTok hashtag trends',
      title: countryName(filters.country),
      lines: [],
      notes: speakerNotes(notesAt(0)),
    },
    slides: out,
  };
}

/** Loads what the slides need (details not fetched yet, the data mode), builds the file, saves it. */
export async function downloadDeckPptx(
  queryClient: QueryClient,
  input: Omit<DeckPptxInput, 'details' | 'source' | 'theme'>,
): Promise<void> {
  const { filters } = input;
  const source = await dataSource();
  const details = await Promise.allSettled(
    input.entries.map((e) =>
      queryClient.ensureQueryData(
        hashtagDetailOptions({ name: e.name, country: filters.country, period: filters.period }),
      ),
    ),
  );
  const byName = new Map<string, HashtagDetail>();
  details.forEach((d, i) => {
    const name = input.entries[i]?.name;
    if (d.status === 'fulfilled' && name !== undefined) byName.set(name, d.value.data.info);
  });
  const deck = deckPptx({ ...input, details: byName, source, theme: pageTheme() });
  await downloadPptx(deck, `hashtag-trends-${filters.country.toLowerCase()}-${filters.period}d`);
}
