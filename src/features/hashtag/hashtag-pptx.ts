/**
 * One hashtag as a PowerPoint file: a title slide, the popularity curve with the headline figures,
 * and the audience (age, interests, countries) as native charts in the app's series colours.
 * Loaded only when Download PowerPoint is pressed.
 */
import type { BarDatum } from '../../components/charts/chart-data';
import type { TrendScope } from '../../contract/filter-params';
import type { HashtagDetail } from '../../contract/schemas';
import { downloadPptx, dataSource } from '../../lib/pptx/build-pptx';
import {
  pageTheme,
  sourceText,
  speakerNotes,
  type PptxChart,
  type PptxDeck,
  type PptxSource,
  type PptxTheme,
} from '../../lib/pptx/pptx-model';
import type { HashtagPptxKit } from './hashtag-pptx-kit';

/** The detail page's chart titles (hashtag-charts.tsx; a test keeps them equal). */
export const CHART_TITLES = {
  trend: 'Popularity over time',
  age: 'Audience age',
  interests: 'Audience interests',
  countries: 'Audience countries',
} as const;

/** Popularity on the 0–100 scale (chart-data.ts popularityScore; a test keeps them equal). */
const popularityScore = (value: number) => Math.round(value * 1000) / 10;

export interface HashtagPptxInput {
  detail: HashtagDetail;
  scope: TrendScope;
  source: PptxSource;
  url: string;
  theme: PptxTheme;
}

function bars(kind: 'column' | 'bar', title: string, data: BarDatum[], name: string, colorIndex: number): PptxChart {
  return {
    kind,
    title,
    labels: data.map((b) => b.label),
    series: [{ name, values: data.map((b) => b.value), colorIndex }],
    ...(kind === 'column' ? { valueFormat: '0"%"' } : {}),
  };
}

/** The deck of one hashtag; `kit`: the app's helpers (hashtag-pptx-kit.ts, imported by the page). */
export function hashtagPptx({ detail, scope, source, url, theme }: HashtagPptxInput, kit: HashtagPptxKit): PptxDeck {
  const {
    ageBars,
    countryBars,
    interestBars,
    trendSummary,
    countryName,
    periodLabel,
    formatDataAsOf,
    latestPointTime,
    formatCompact,
    formatDay,
  } = kit;
  const count = (v: number | undefined) => (v === undefined ? '–' : formatCompact(v));
  const name = `#${detail.hashtag_name}`;
  const period = periodLabel(scope.period);
  const filters = `${countryName(scope.country)} · Last ${period}`;
  const dataAsOf = latestPointTime([detail.trend]);
  const notes = (lead: string[]) =>
    speakerNotes(
      { source, dataAsOf: dataAsOf === undefined ? undefined : formatDataAsOf(dataAsOf), filters, url },
      lead,
    );
  const points = [...detail.trend].sort((a, b) => a.time - b.time);
  const summary = trendSummary(detail.trend);
  const audience = [
    bars('column', CHART_TITLES.age, ageBars(detail), 'Share of audience (%)', 0),
    bars('bar', CHART_TITLES.interests, interestBars(detail).slice(0, 10), 'Relative score', 2),
    bars('bar', CHART_TITLES.countries, countryBars(detail).slice(0, 10), 'Relative score', 4),
  ].filter((c) => c.labels.length > 0);

  return {
    theme,
    title: name,
    cover: {
      kicker: 'TikTok hashtag trends',
      title: name,
      lines: [
        filters,
        `Data as of ${dataAsOf === undefined ? 'unknown' : formatDataAsOf(dataAsOf)} · ${sourceText(source)}`,
      ],
      notes: notes([]),
    },
    slides: [
      {
        kicker: filters,
        title: `${name}: ${CHART_TITLES.trend.toLowerCase()}`,
        takeaway: summary,
        figures: [
          { label: `Posts · ${period}`, value: formatCompact(detail.publish_cnt) },
          { label: `Views · ${period}`, value: formatCompact(detail.video_views) },
          { label: 'Posts · all time', value: count(detail.publish_cnt_all) },
          { label: 'Views · all time', value: count(detail.video_views_all) },
        ],
        ...(points.length >= 2
          ? {
              charts: [
                {
                  kind: 'line' as const,
                  title: `${CHART_TITLES.trend} (0–100)`,
                  labels: points.map((p) => formatDay(p.time)),
                  series: [{ name, values: points.map((p) => popularityScore(p.value)), colorIndex: 0 }],
                  maxValue: 100,
                },
              ],
            }
          : { lines: ['Not enough points to draw a curve for this period.'] }),
        notes: notes([summary]),
      },
      {
        kicker: filters,
        title: `${name}: audience`,
        ...(audience.length > 0 ? { charts: audience } : { lines: ['No audience data for this hashtag.'] }),
        notes: notes([]),
      },
    ],
  };
}

export async function downloadHashtagPptx(
  input: Omit<HashtagPptxInput, 'source' | 'theme'>,
  kit: HashtagPptxKit,
): Promise<void> {
  const deck = hashtagPptx({ ...input, source: await dataSource(), theme: pageTheme() }, kit);
  const { detail, scope } = input;
  await downloadPptx(deck, kit.fileSlug(detail.hashtag_name, scope.country, `${scope.period}d`));
}
