/**
 * Compare as a PowerPoint file: a title slide, the curves on one native line chart (the scale
 * chosen on the page, each hashtag in its series colour), the audience ages as clustered bars and
 * the headline figures as a table. Loaded only when Download PowerPoint is pressed.
 */
// Its own page, so the bundler keeps the page's chunks as they are (see lib/pptx/build-pptx.ts).
import './compare-page';
import { ageBars } from '../../components/charts/audience-data';
import { popularityScore } from '../../components/charts/chart-data';
import { countryName, periodLabel } from '../../contract/constants';
import type { TrendScope } from '../../contract/filter-params';
import { formatDataAsOf, latestPointTime } from '../../lib/data-as-of';
import { fileSlug } from '../../lib/download';
import { formatDay, formatExact } from '../../lib/format';
import { downloadPptx, dataSource } from '../../lib/pptx/build-pptx';
import {
  pageTheme,
  sourceText,
  speakerNotes,
  type PptxDeck,
  type PptxSlide,
  type PptxSource,
  type PptxTheme,
} from '../../lib/pptx/pptx-model';
import { compareSummary, estimatePostsPerDay, headlineTable, type LoadedHashtag } from './compare-data';
import { MODE_LABELS, RELATIVE_SCALE_NOTE, TREND_TITLES, type CompareMode } from './compare-params';

export interface ComparePptxInput {
  /** The loaded hashtags; `index` is the position in the URL's tags, which picks the series colour. */
  hashtags: readonly (LoadedHashtag & { index: number })[];
  scope: TrendScope;
  mode: CompareMode;
  source: PptxSource;
  url: string;
  theme: PptxTheme;
}

export function comparePptx({ hashtags, scope, mode, source, url, theme }: ComparePptxInput): PptxDeck {
  const names = hashtags.map((h) => `#${h.name}`).join(' vs ');
  const filters = [countryName(scope.country), `Last ${periodLabel(scope.period)}`, MODE_LABELS[mode]].join(' · ');
  const dataAsOf = latestPointTime(hashtags.map((h) => h.detail.trend));
  const notes = (lead: string[]) =>
    speakerNotes(
      {
        source,
        dataAsOf: dataAsOf === undefined ? undefined : formatDataAsOf(dataAsOf),
        filters: `${names} · ${filters}`,
        url,
      },
      lead,
    );

  const series = hashtags.map(({ name, detail, index }) => ({
    id: `s${index}`,
    label: `#${name}`,
    styleIndex: index,
    points: mode === 'posts' ? estimatePostsPerDay(detail.trend, detail.publish_cnt) : detail.trend,
  }));
  // One category axis for every curve: the days all of them have (the same days in one scope).
  const dayLists = series.map((s) => new Set(s.points.map((p) => p.time)));
  const days = [...(dayLists[0] ?? [])].filter((t) => dayLists.every((d) => d.has(t))).sort((a, b) => a - b);
  const summary = compareSummary(series, mode);
  const cell = mode === 'posts' ? Math.round : popularityScore;

  const ages = hashtags.map((h) => ageBars(h.detail));
  const ageLabels = [...new Map(ages.flat().map((b) => [b.id, b.label])).entries()].sort(
    (a, b) => Number(a[0]) - Number(b[0]),
  );
  const table = headlineTable(hashtags, scope.period);

  const slides: PptxSlide[] = [
    {
      kicker: [names, ...(mode === 'relative' ? [RELATIVE_SCALE_NOTE] : [])].join(' · '),
      title: TREND_TITLES[mode],
      takeaway: summary,
      ...(days.length >= 2
        ? {
            charts: [
              {
                kind: 'line' as const,
                title: mode === 'posts' ? 'Estimated posts per day' : 'Popularity (each curve: peak = 100)',
                labels: days.map((t) => formatDay(t)),
                series: series.map((s) => {
                  const byTime = new Map(s.points.map((p) => [p.time, p.value]));
                  return { name: s.label, values: days.map((t) => cell(byTime.get(t) ?? 0)), colorIndex: s.styleIndex };
                }),
                ...(mode === 'relative' ? { maxValue: 100 } : {}),
              },
            ],
          }
        : { lines: ['Not enough points to draw the curves.'] }),
      notes: notes([summary]),
    },
  ];
  if (ageLabels.length > 0)
    slides.push({
      kicker: names,
      title: 'Audience age',
      charts: [
        {
          kind: 'column',
          title: 'Share of audience (%)',
          labels: ageLabels.map(([, label]) => label),
          series: hashtags.map((h, i) => ({
            name: `#${h.name}`,
            values: ageLabels.map(([id]) => ages[i]!.find((b) => b.id === id)?.value ?? 0),
            colorIndex: h.index,
          })),
          valueFormat: '0"%"',
        },
      ],
      notes: notes(['A hashtag without data for an age group shows 0 there.']),
    });
  slides.push({
    kicker: names,
    title: 'Headline figures side by side',
    table: {
      columns: table.columns,
      rows: table.rows.map((r) => r.map((c) => (typeof c === 'number' ? formatExact(c) : c))),
    },
    notes: notes([]),
  });

  return {
    theme,
    title: `Compare ${names}`,
    cover: {
      kicker: 'Compare hashtags',
      title: names,
      lines: [
        filters,
        `Data as of ${dataAsOf === undefined ? 'unknown' : formatDataAsOf(dataAsOf)} · ${sourceText(source)}`,
      ],
      notes: notes([]),
    },
    slides,
  };
}

export async function downloadComparePptx(input: Omit<ComparePptxInput, 'source' | 'theme'>): Promise<void> {
  const deck = comparePptx({ ...input, source: await dataSource(), theme: pageTheme() });
  const { hashtags, scope, mode } = input;
  await downloadPptx(
    deck,
    fileSlug('compare', ...hashtags.map((h) => h.name), scope.country, `${scope.period}d`, mode),
  );
}
