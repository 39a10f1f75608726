import { countryName, periodLabel, type Period } from '../../contract/constants';
import type { HashtagDetail } from '../../contract/schemas';
import { fileSlug } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { BarChart } from '../charts/bar-chart';
import { barTable, trendTable, type TrendSeries } from '../charts/chart-data';
import { ChartFigure, type ChartExportInfo } from '../charts/chart-figure';
import { barSummary, trendSummary } from '../charts/chart-summary';
import { TrendLineChart } from '../charts/trend-line-chart';
import { ageBars, countryBars, interestBars } from '../charts/audience-data';
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
  /** When the data was fetched (epoch ms), for the "as of" line of exported images. */
  receivedAt: number;
}

const percent = (v: number) => `${v}%`;

export function HashtagCharts({ detail, country, period, receivedAt }: Props) {
  const name = detail.hashtag_name;
  const exportInfo = (title: string): ChartExportInfo => ({
    subtitle: `#${name} · ${countryName(country)} · last ${periodLabel(period)}`,
    asOf: `As of ${formatDate(receivedAt / 1000)}`,
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
        <TrendLineChart series={series} ariaLabel={`${CHART_TITLES.trend}: ${trendText}`} />
      </ChartFigure>
      <ChartFigure
        title={CHART_TITLES.age}
        summary={ageText}
        table={barTable(ages, 'Age', 'Share of audience (%)')}
        emptyMessage={ages.length === 0 ? 'No age data for this hashtag.' : undefined}
        height={AUDIENCE_HEIGHT}
        exportInfo={exportInfo(CHART_TITLES.age)}
      >
        <BarChart
          bars={ages}
          orientation="vertical"
          ariaLabel={`${CHART_TITLES.age}: ${ageText}`}
          valueName="Share of audience"
          formatValue={percent}
          colorIndex={0}
        />
      </ChartFigure>
      <ChartFigure
        title={CHART_TITLES.interests}
        summary={interestText}
        table={barTable(interests, 'Interest', 'Relative score')}
        emptyMessage={interests.length === 0 ? 'No interest data for this hashtag.' : undefined}
        height={AUDIENCE_HEIGHT}
        exportInfo={exportInfo(CHART_TITLES.interests)}
      >
        <BarChart
          bars={interests}
          orientation="horizontal"
          ariaLabel={`${CHART_TITLES.interests}: ${interestText}`}
          valueName="Relative score"
          colorIndex={2}
        />
      </ChartFigure>
      <ChartFigure
        title={CHART_TITLES.countries}
        summary={countryText}
        table={barTable(countries, 'Country', 'Relative score')}
        emptyMessage={countries.length === 0 ? 'No country data for this hashtag.' : undefined}
        height={AUDIENCE_HEIGHT}
        exportInfo={exportInfo(CHART_TITLES.countries)}
      >
        <BarChart
          bars={countries}
          orientation="horizontal"
          ariaLabel={`${CHART_TITLES.countries}: ${countryText}`}
          valueName="Relative score"
          colorIndex={4}
        />
      </ChartFigure>
    </div>
  );
}
