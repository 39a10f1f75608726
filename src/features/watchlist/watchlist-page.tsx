import { Link, useNavigate, useSearchParams } from 'react-router';
import { LinkProblemsNotice } from '../../components/link-problems-notice';
import { ScopeFilters } from '../../components/scope-filters';
import { countryName, periodLabel } from '../../contract/constants';
import { parseScope, writeScope, type ParamProblem, type TrendScope } from '../../contract/filter-params';
import { usePageTitle } from '../../lib/use-page-title';
import { COMPARE_MAX, compareHref, presentHref } from '../../lib/deck-links';
import { WatchlistShare } from './watchlist-share';
import { useWatchlist } from '../../stores/watchlist-store';
import { WatchlistTable } from './watchlist-table';
import { useShortcut } from '../../lib/shortcuts/use-shortcut';

/** `/watchlist?country=..&period=..`: the starred hashtags with their figures and stage. */
export function WatchlistPage() {
  usePageTitle('Watchlist');
  const [searchParams, setSearchParams] = useSearchParams();
  const problems: ParamProblem[] = [];
  const scope = parseScope(searchParams, problems);
  const { hashtags } = useWatchlist();
  const navigate = useNavigate();
  useShortcut('present', () => void navigate(presentHref(hashtags, scope)), hashtags.length > 0);

  const setScope = (next: TrendScope) =>
    setSearchParams(writeScope(new URLSearchParams(searchParams), next), { preventScrollReset: true });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Watchlist</h1>
          <p className="text-sm text-ink-muted">
            Starred hashtags in {countryName(scope.country)} over {periodLabel(scope.period)}. Kept in this browser
            only.
          </p>
        </div>
        <ScopeFilters scope={scope} onChange={setScope} />
      </div>

      <LinkProblemsNotice problems={problems} />

      {hashtags.length === 0 ? (
        <div className="card flex flex-col gap-2">
          <h2 className="text-lg font-semibold">No starred hashtags yet</h2>
          <p>
            Star a hashtag with the <span aria-hidden="true">☆</span> button (“Star #name”) in the{' '}
            <Link to="/" className="text-accent-ink underline">
              trending list
            </Link>{' '}
            or on a hashtag’s page, and it shows up here with its current figures. Or import a watchlist a colleague
            exported.
          </p>
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <Link className="btn-primary" to={compareHref(hashtags, scope)}>
              Open in Compare
            </Link>
            <Link className="btn" to={presentHref(hashtags, scope)}>
              Present
            </Link>
            {hashtags.length > COMPARE_MAX && (
              <span className="text-sm text-ink-muted">Compare opens the first {COMPARE_MAX}.</span>
            )}
          </div>
          <WatchlistTable hashtags={hashtags} scope={scope} />
        </>
      )}

      <section aria-labelledby="watchlist-share" className="flex flex-col gap-2">
        <h2 id="watchlist-share" className="text-lg font-semibold">
          Share
        </h2>
        <p className="text-sm text-ink-muted">
          Export the list as a small JSON file; importing one adds its hashtags to yours.
        </p>
        <WatchlistShare canExport={hashtags.length > 0} />
      </section>
    </div>
  );
}
