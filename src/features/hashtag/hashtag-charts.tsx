import { countryName, periodLabel, type Period } from '../../contract/constants';
import type { HashtagDetail } from '../../contract/schemas';
import { fileSlug } from '../../lib/download';
import { latestPointTime } from '../../lib/data-as-of';
import { formatDate } from '../../lib/format';
import { barTable, trendTable, type BarDatum, type TrendSeries } from '../../components/charts/chart-data';
import { ChartFigure, type ChartExportInfo } from '../../components/charts/chart-figure';
import { barSummary, trendSummary } from '../../components/charts/chart-summary';
import { LazyBarChart, LazyTrendLineChart } from '../../components/charts/lazy-charts';
import { ageBars, countryBars, interestBars } from '../../components/charts/audience-data';
import { AUDIENCE_HEIGHT, TREND_HEIGHT } from './chart-heights';
import type { EmbedChart } from '../../contract/embed-view';

export const CHART_TITLES = {
  trend: 'Popularity over time',
  age: 'Audience age',
  interests: 'Audience interests',
  countries: 'Audience countries',
} as const;

interface Props {
  detail: HashtagDetail;
  country: string;
  period: Period;
}

const percent = (v: number) => `${v}%`;

/** The figure of one of a hashtag's charts (a hashtag page shows all four, an embed one of them). */
export function HashtagChart({
  detail,
  country,
  period,
  chart,
  className,
}: Props & { chart: EmbedChart; className?: string }) {
  const name = detail.hashtag_name;
  const exportInfo = (title: string): ChartExportInfo => ({
    subtitle: `#${name} · ${countryName(country)} · last ${periodLabel(period)}`,
    dataAsOf: latestPointTime([detail.trend]),
    fileName: fileSlug(name, title, country, `${period}d`),
  });

  switch (chart) {
    case 'popularity': {
      const series: TrendSeries[] = [{ id: 'popularity', label: `#${name}`, points: detail.trend }];
      const trendText = trendSummary(detail.trend);
      return (
        <ChartFigure
          className={className}
          title={CHART_TITLES.trend}
          summary={trendText}
          table={trendTable(series, (t) => formatDate(t))}
          emptyMessage={detail.trend.length < 2 ? 'Not enough points to draw a curve for this period.' : undefined}
          height={TREND_HEIGHT}
          exportInfo={exportInfo(CHART_TITLES.trend)}
        >
          <LazyTrendLineChart series={series} ariaLabel={`${CHART_TITLES.trend}: ${trendText}`} />
        </ChartFigure>
      );
    }
    default: {
      const { bars: barsOf, noun, ...audience } = AUDIENCE[chart];
      const bars = barsOf(detail);
      return (
        <AudienceFigure
          {...audience}
          className={className}
          title={CHART_TITLES[chart]}
          bars={bars}
          summary={barSummary(bars, { noun, formatValue: audience.formatValue })}
          exportInfo={exportInfo(CHART_TITLES[chart])}
        />
      );
    }
  }
}

/** The three audience charts: their bars, the noun of their summary, their labels and colour. */
const AUDIENCE: Record<
  Exclude<EmbedChart, 'popularity'>,
  Omit<AudienceFigureProps, 'title' | 'bars' | 'summary' | 'exportInfo' | 'className'> & {
    bars: (detail: HashtagDetail) => BarDatum[];
    noun: string;
  }
> = {
  age: {
    bars: ageBars,
    noun: 'age group',
    category: 'Age',
    valueName: 'Share of audience',
    tableValueName: 'Share of audience (%)',
    emptyMessage: 'No age data for this hashtag.',
    orientation: 'vertical',
    formatValue: percent,
    colorIndex: 0,
  },
  interests: {
    bars: interestBars,
    noun: 'interest',
    category: 'Interest',
    valueName: 'Relative score',
    emptyMessage: 'No interest data for this hashtag.',
    colorIndex: 2,
  },
  countries: {
    bars: countryBars,
    noun: 'country',
    category: 'Country',
    valueName: 'Relative score',
    emptyMessage: 'No country data for this hashtag.',
    colorIndex: 4,
  },
};

export function HashtagCharts(props: Props) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <HashtagChart {...props} chart="popularity" className="lg:col-span-3" />
      <HashtagChart {...props} chart="age" />
      <HashtagChart {...props} chart="interests" />
      <HashtagChart {...props} chart="countries" />
    </div>
  );
}

interface AudienceFigureProps {
  title: string;
  bars: BarDatum[];
  summary: string;
  /** Header of the table's first column ("Age"). */
  category: string;
  valueName: string;
  /** Header of the table's value column when it differs from the chart's ("Share of audience (%)"). */
  tableValueName?: string;
  emptyMessage: string;
  orientation?: 'vertical' | 'horizontal';
  formatValue?: (value: number) => string;
  colorIndex: number;
  exportInfo: ChartExportInfo;
  className?: string;
}

/** One audience card: bars, their table twin, a summary sentence, "No data" when empty. */
function AudienceFigure({
  title,
  bars,
  summary,
  category,
  valueName,
  tableValueName,
  emptyMessage,
  orientation = 'horizontal',
  formatValue,
  colorIndex,
  exportInfo,
  className,
}: AudienceFigureProps) {
  return (
    <ChartFigure
      className={className}
      title={title}
      summary={summary}
      table={barTable(bars, category, tableValueName ?? valueName)}
      emptyMessage={bars.length === 0 ? emptyMessage : undefined}
      height={AUDIENCE_HEIGHT}
      exportInfo={exportInfo}
    >
      <LazyBarChart
        bars={bars}
        orientation={orientation}
        ariaLabel={`${title}: ${summary}`}
        valueName={valueName}
        formatValue={formatValue}
        colorIndex={colorIndex}
      />
    </ChartFigure>
  );
}
