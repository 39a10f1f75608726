import { RANK_DIFF, countryName, periodLabel } from '../../src/contract/constants';
import { listPlace } from '../../src/contract/filter-params';
import { formatCompact } from '../../src/contract/format-number';
import { APP_NAME, pageWords, type PageView } from '../../src/contract/page-view';
import type { HashtagDetail, HashtagListItem, TrendPoint } from '../../src/contract/schemas';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../pages/page-head';
import { OG_FONT_FAMILY } from './og-fonts';

/**
 * The link-preview picture of a view as a tree of `{type, props}` objects for satori (og-renderer.ts):
 * flexbox layout and inline styles, no markup strings (a hostile name is only ever text here). The
 * colours are the app's dark theme (src/index.css).
 */
export interface OgElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: OgChild | OgChild[]; [key: string]: unknown };
}
type OgChild = OgElement | string;

/** The data a picture is drawn from; each part absent when it did not come (the picture then goes without). */
export interface OgData {
  /** hashtag: its detail and rank. */
  detail?: HashtagDetail;
  rank?: number;
  /** explorer and a deck of the top hashtags: the first rows of the list. */
  rows?: HashtagListItem[];
  /** compare and a deck of named hashtags: each name's curve, in the URL's order. */
  curves?: { name: string; trend: TrendPoint[] }[];
}

const COLORS = {
  surface: '#0b1120',
  muted: '#1e293b',
  ink: '#f1f5f9',
  inkMuted: '#a3b1c6',
  line: '#334155',
  accent: '#2dd4bf',
  up: '#4ade80',
  down: '#fca5a5',
  series: ['#2dd4bf', '#fb923c', '#c4b5fd', '#f9a8d4', '#93c5fd'],
} as const;

const PAD = 64;
const CONTENT_WIDTH = OG_IMAGE_WIDTH - 2 * PAD;

function el(type: string, style: Record<string, string | number>, children?: OgChild | OgChild[]): OgElement {
  return { type, props: { style, ...(children === undefined ? {} : { children }) } };
}

const text = (value: string, style: Record<string, string | number> = {}) =>
  el('div', { display: 'flex', ...style }, value);

/** One line, cut with an ellipsis (satori's `textOverflow` needs these three). */
const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/** An SVG of `series` as lines (values scaled to the highest of all), as an `<img>` data URL. */
function curvesImage(series: { values: number[]; color: string }[], width: number, height: number): OgElement {
  const top = Math.max(1, ...series.flatMap((s) => s.values));
  const paths = series
    .filter((s) => s.values.length > 1)
    .map((s, i) => {
      const step = width / (s.values.length - 1);
      const points = s.values.map(
        (v, j) => `${(j * step).toFixed(1)},${(height - 6 - (v / top) * (height - 12)).toFixed(1)}`,
      );
      const area =
        series.length === 1
          ? `<path d="M0,${height} L${points.join(' L')} L${width},${height} Z" fill="${s.color}" fill-opacity="0.15"/>`
          : '';
      return `${area}<path d="M${points.join(' L')}" fill="none" stroke="${s.color}" stroke-width="${i === 0 ? 6 : 5}" stroke-linejoin="round" stroke-linecap="round"/>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${paths}</svg>`;
  return {
    type: 'img',
    props: { src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, width, height, style: {} },
  };
}

function frame(children: OgChild[]): OgElement {
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: OG_IMAGE_WIDTH,
      height: OG_IMAGE_HEIGHT,
      padding: PAD,
      backgroundColor: COLORS.surface,
      color: COLORS.ink,
      fontFamily: OG_FONT_FAMILY,
      borderTop: `12px solid ${COLORS.accent}`,
    },
    [
      el('div', { display: 'flex', alignItems: 'center', fontSize: 28, color: COLORS.inkMuted, marginBottom: 20 }, [
        text('#', { color: COLORS.accent, fontWeight: 700, marginRight: 10 }),
        text(`${APP_NAME} · TikTok`),
      ]),
      ...children,
    ],
  );
}

/** A chart along the bottom edge of the card, whatever the text above it takes. */
const bottomChart = (image: OgElement | undefined) =>
  el(
    'div',
    { display: 'flex', position: 'absolute', left: PAD, bottom: 40, width: CONTENT_WIDTH },
    image ? [image] : [],
  );

const heading = (value: string, size = 72) =>
  text(value, { fontSize: size, fontWeight: 700, lineHeight: 1.1, maxWidth: CONTENT_WIDTH, ...oneLine });
const subheading = (value: string) => text(value, { fontSize: 34, color: COLORS.inkMuted, marginTop: 14, ...oneLine });

function figure(label: string, value: string): OgElement {
  return el('div', { display: 'flex', flexDirection: 'column', marginRight: 64 }, [
    text(value, { fontSize: 52, fontWeight: 700 }),
    text(label, { fontSize: 26, color: COLORS.inkMuted }),
  ]);
}

function hashtagCard(view: Extract<PageView, { kind: 'hashtag' }>, data: OgData): OgElement {
  const { detail, rank } = data;
  const place = `${rank !== undefined ? `#${rank} in ` : ''}${countryName(view.scope.country)} · last ${periodLabel(view.scope.period)}`;
  const inPeriod = `last ${periodLabel(view.scope.period)}`;
  const figures = detail
    ? [
        figure(`posts, ${inPeriod}`, formatCompact(detail.publish_cnt)),
        figure(`views, ${inPeriod}`, formatCompact(detail.video_views)),
        ...(detail.publish_cnt_all !== undefined
          ? [figure('posts, all time', formatCompact(detail.publish_cnt_all))]
          : []),
      ]
    : [];
  const values = detail?.trend.map((p) => p.value) ?? [];
  return frame([
    heading(`#${view.name}`),
    subheading(place),
    el('div', { display: 'flex', marginTop: 36 }, figures),
    bottomChart(values.length > 1 ? curvesImage([{ values, color: COLORS.accent }], CONTENT_WIDTH, 170) : undefined),
  ]);
}

function rankChange(item: HashtagListItem): OgElement {
  const diff = Math.abs(item.rank_diff ?? 0);
  const [label, color] =
    item.rank_diff_type === RANK_DIFF.new
      ? ['NEW', COLORS.accent]
      : item.rank_diff_type === RANK_DIFF.up && diff > 0
        ? [`↑ ${diff}`, COLORS.up]
        : item.rank_diff_type === RANK_DIFF.down && diff > 0
          ? [`↓ ${diff}`, COLORS.down]
          : ['=', COLORS.inkMuted];
  return text(label, { fontSize: 30, fontWeight: 700, color, width: 110, justifyContent: 'flex-end' });
}

function rowsCard(title: string, place: string, rows: HashtagListItem[] | undefined): OgElement {
  const list = (rows ?? []).slice(0, 5).map((item) =>
    el(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        width: CONTENT_WIDTH,
        height: 62,
        borderBottom: `2px solid ${COLORS.line}`,
      },
      [
        text(String(item.rank), { fontSize: 32, fontWeight: 700, color: COLORS.inkMuted, width: 70 }),
        text(`#${item.hashtag_name}`, {
          fontSize: 36,
          fontWeight: 700,
          flexGrow: 1,
          flexShrink: 1,
          flexBasis: 0,
          ...oneLine,
        }),
        text(`${formatCompact(item.publish_cnt)} posts`, {
          fontSize: 28,
          color: COLORS.inkMuted,
          width: 220,
          justifyContent: 'flex-end',
        }),
        rankChange(item),
      ],
    ),
  );
  return frame([
    heading(title, 52),
    subheading(place),
    el('div', { display: 'flex', flexDirection: 'column', width: CONTENT_WIDTH, marginTop: 24 }, list),
  ]);
}

function curvesCard(title: string, place: string, curves: OgData['curves']): OgElement {
  const drawn = (curves ?? []).map((c, i) => ({
    name: c.name,
    color: COLORS.series[i % COLORS.series.length] ?? COLORS.accent,
    // each curve on its own 0–100 scale, as compare's default "relative" view
    values: relative(c.trend.map((p) => p.value)),
  }));
  const legend = drawn.map((c) =>
    el('div', { display: 'flex', alignItems: 'center', marginRight: 36, maxWidth: 400 }, [
      el('div', { display: 'flex', width: 28, height: 8, backgroundColor: c.color, marginRight: 12, borderRadius: 4 }),
      text(`#${c.name}`, { fontSize: 30, fontWeight: 700, ...oneLine }),
    ]),
  );
  return frame([
    heading(title, 52),
    subheading(place),
    el('div', { display: 'flex', flexWrap: 'wrap', marginTop: 24 }, legend),
    bottomChart(drawn.length > 0 ? curvesImage(drawn, CONTENT_WIDTH, 230) : undefined),
  ]);
}

function relative(values: number[]): number[] {
  const peak = Math.max(0, ...values);
  return peak > 0 ? values.map((v) => (v / peak) * 100) : values;
}

/** The picture of `view`, drawn from `data`. */
export function ogCard(view: PageView, data: OgData): OgElement {
  const words = pageWords(view, {});
  switch (view.kind) {
    case 'hashtag':
      return hashtagCard(view, data);
    case 'explorer':
      return rowsCard(
        `Top 100 TikTok hashtags${view.filters.newOnly ? ' new to the top 100' : ''}`,
        listPlace(view.filters),
        data.rows,
      );
    case 'compare':
      return curvesCard(
        view.tags.length > 0 ? 'Compare hashtags' : words.title,
        `${countryName(view.scope.country)} · last ${periodLabel(view.scope.period)}`,
        data.curves,
      );
    case 'deck':
      return view.tags.length > 0
        ? curvesCard(
            'Presentation',
            `${countryName(view.filters.country)} · last ${periodLabel(view.filters.period)}`,
            data.curves,
          )
        : rowsCard('Presentation: top TikTok hashtags', listPlace(view.filters), data.rows);
    case 'watchlist':
    case 'not-found':
      return frame([heading(words.title), subheading('Trending TikTok hashtags by country, industry and period')]);
  }
}
