import { useId, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { NotInTopChart } from '../../components/not-in-top-chart';
import { CHART_SIZE, PERIODS, countryName, periodLabel } from '../../contract/constants';
import { listHref, type TrendScope } from '../../contract/filter-params';
import { hashtagHref } from '../../lib/hashtag-href';
import { topChartQuery } from '../../api/top-chart-query';

/**
 * Countries looked at, on request, for the same period: a few of the largest TikTok markets. Bounded
 * on purpose (see {@link WhereItCharts}).
 */
export const MAJOR_COUNTRIES = ['US', 'GB', 'DE', 'BR', 'ID'] as const;

type Finding = { scope: TrendScope } & (
  { state: 'checking' | 'absent' | 'unavailable' | 'unknown' } | { state: 'charts'; rank: number }
);

const STATE_TEXT = {
  checking: 'checking…',
  absent: `not in the top ${CHART_SIZE}`,
  // A period or country the provider refuses (some no longer offer 120 days): not a failure of ours.
  unavailable: 'not available',
  unknown: 'could not be checked',
} as const;

const sameName = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/** Whether `name` is in the top 100 of each scope: one list request per scope, only while `enabled`. */
function useFindings(name: string, scopes: readonly TrendScope[], enabled: boolean): Finding[] {
  const charts = useQueries({ queries: scopes.map((scope) => ({ ...topChartQuery(scope), enabled })) });
  return scopes.map((scope, i): Finding => {
    const chart = charts[i];
    if (chart?.data && !chart.isPlaceholderData) {
      const item = chart.data.data.list.find((entry) => sameName(entry.hashtag_name, name));
      return item ? { scope, state: 'charts', rank: item.rank } : { scope, state: 'absent' };
    }
    if (!chart?.isError) return { scope, state: 'checking' };
    return {
      scope,
      state: chart.error instanceof ApiError && chart.error.kind === 'invalid-request' ? 'unavailable' : 'unknown',
    };
  });
}

function FindingList({
  name,
  findings,
  label,
}: {
  name: string;
  findings: Finding[];
  label: (scope: TrendScope) => string;
}) {
  const checking = findings.some((f) => f.state === 'checking');
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-busy={checking} aria-live="polite">
      {findings.map((f) => (
        <li key={`${f.scope.country}|${f.scope.period}`}>
          {f.state === 'charts' ? (
            <Link to={hashtagHref(name, f.scope)} className="font-medium text-accent-ink underline">
              {label(f.scope)}: #{f.rank}
            </Link>
          ) : (
            <span className="text-ink-muted">
              {label(f.scope)}: {STATE_TEXT[f.state]}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * In place of the figures when a hashtag is not in the chosen country and period's top 100: says so
 * (not an error, nothing to retry), then where it does chart.
 *
 * How it looks, and what that costs the provider: the other two periods in the same country are looked
 * at at once, the same period in a few {@link MAJOR_COUNTRIES} only when asked. Each look is one
 * request for that chart's top 100 (`topChartQuery`), never a detail request per hashtag: one list
 * answers for every hashtag in it, is the request the "Across periods" table and the deck already make
 * (same query key, so the browser's cache serves it), and is among the most asked-for answers in the
 * server's cache, so it rarely reaches the provider at all. At most 2 + 5 requests per page, 2 unless
 * the person asks for more.
 */
export function WhereItCharts({ name, scope }: { name: string; scope: TrendScope }) {
  const headingId = useId();
  const [lookAbroad, setLookAbroad] = useState(false);
  const periods = useFindings(
    name,
    PERIODS.filter((p) => p !== scope.period).map((period) => ({ country: scope.country, period })),
    true,
  );
  const countries = MAJOR_COUNTRIES.filter((c) => c !== scope.country);
  const abroad = useFindings(
    name,
    countries.map((country) => ({ country, period: scope.period })),
    lookAbroad,
  );

  return (
    <section aria-labelledby={headingId} className="card flex flex-col gap-4">
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          Not in this top {CHART_SIZE}
        </h2>
        <p className="mt-1">
          <NotInTopChart name={name} scope={scope} /> Figures exist only for the hashtags of a top {CHART_SIZE}, so
          there is nothing to load here.
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <h3 className="font-medium">Other periods in {countryName(scope.country)}</h3>
        <FindingList name={name} findings={periods} label={(s) => periodLabel(s.period)} />
      </div>
      <div className="flex flex-col gap-1">
        <h3 className="font-medium">{periodLabel(scope.period)} in other countries</h3>
        {lookAbroad ? (
          <FindingList name={name} findings={abroad} label={(s) => countryName(s.country)} />
        ) : (
          <p>
            <button type="button" className="btn" onClick={() => setLookAbroad(true)}>
              Look in{' '}
              {countries
                .map(countryName)
                .join(', ')
                .replace(/, ([^,]+)$/, ' and $1')}
            </button>
          </p>
        )}
      </div>
      <p className="text-sm">
        <Link to={listHref(scope)} className="font-medium text-accent-ink underline">
          See the top {CHART_SIZE} in {countryName(scope.country)} over {periodLabel(scope.period)}
        </Link>
      </p>
    </section>
  );
}
