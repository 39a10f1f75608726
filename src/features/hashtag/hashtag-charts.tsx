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

export function HashtagCharts({ detail, country, period }: Props) {
  const name = detail.hashtag_name;
  const exportInfo = (title: string): ChartExportInfo => ({
    subtitle: `#${name} · ${countryName(country)} · last ${periodLabel(period)}`,
    dataAsOf: latestPointTime([detail.trend]),
    fileName: fileSlug(name, title, country, `${period}d`),
  });

  const series: TrendSeries[] = [{ id: 'popularity', label: `#${name}`, points: detail.trend }];
  const trendText = trendSummary(detail.trend);
  const ages = ageBars(detail);
  const interests = interestBars(detail);
  const countries = countryBars(detail);
  const ageText = barSummary(ages, { noun: 'age group', formatValue: percent });
  const interestText = barSummary(interests, { noun: 'interest' });
  const countryText = barSummary(countries, { noun: 'country' });

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <ChartFigure
        className="lg:col-span-3"
        title={CHART_TITLES.trend}
        summary={trendText}
        table={trendTable(series, (t) => formatDate(t))}
        emptyMessage={detail.trend.length < 2 ? 'Not enough points to draw a curve for this period.' : undefined}
        height={TREND_HEIGHT}
        exportInfo={exportInfo(CHART_TITLES.trend)}
      >
        <LazyTrendLineChart series={series} ariaLabel={`${CHART_TITLES.trend}: ${trendText}`} />
      </ChartFigure>
      <AudienceFigure
        title={CHART_TITLES.age}
        bars={ages}
        summary={ageText}
        category="Age"
        valueName="Share of audience"
        tableValueName="Share of audience (%)"
        emptyMessage="No age data for this hashtag."
        orientation="vertical"
        formatValue={percent}
        colorIndex={0}
        exportInfo={exportInfo(CHART_TITLES.age)}
      />
      <AudienceFigure
        title={CHART_TITLES.interests}
        bars={interests}
        summary={interestText}
        category="Interest"
        valueName="Relative score"
        emptyMessage="No interest data for this hashtag."
        colorIndex={2}
        exportInfo={exportInfo(CHART_TITLES.interests)}
      />
      <AudienceFigure
        title={CHART_TITLES.countries}
        bars={countries}
        summary={countryText}
        category="Country"
        valueName="Relative score"
        emptyMessage="No country data for this hashtag."
        colorIndex={4}
        exportInfo={exportInfo(CHART_TITLES.countries)}
      />
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
}: AudienceFigureProps) {
  return (
    <ChartFigure
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
