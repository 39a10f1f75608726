import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useHashtagDetail } from '../../api/hashtag-detail';
import { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { LinkProblemsNotice } from '../../components/link-problems-notice';
import { Notice } from '../../components/notice';
import { CopyLinkButton } from '../../components/copy-link-button';
import { EmbedButton } from '../../components/embed-button';
import { DownloadPptxButton } from '../../components/download-pptx-button';
import { ScopeFilters } from '../../components/scope-filters';
import { PrintHeader } from '../../components/print-header';
import { countryName, periodLabel } from '../../contract/constants';
import { compareHref, presentHref } from '../../lib/deck-links';
import { useShortcut } from '../../lib/shortcuts/use-shortcut';
import { listHref, parseScope, writeScope, type ParamProblem, type TrendScope } from '../../contract/filter-params';
import { hashtagFromRouteParam } from '../../contract/api-routes';
import { useFromListState } from '../../lib/list-return';
import { latestPointTime } from '../../lib/data-as-of';
import { ClockTime } from '../../components/clock-time';
import { usePageTitle } from '../../lib/use-page-title';
import { CrossPeriodView } from './cross-period-view';
import { StarButton } from '../../components/star-button';
import { DetailSkeleton } from './detail-skeleton';
import { HashtagCharts } from './hashtag-charts';
import { HASHTAG_PPTX_KIT } from './hashtag-pptx-kit';
import { HashtagAbout } from './hashtag-about';
import { HashtagStage } from './hashtag-stage';
import { HeadlineFigures } from './headline-figures';
import { RankHistory } from './rank-history';
import { RelatedHashtags } from './related-hashtags';
import { RelatedVideos } from './related-videos';
import { WhereItCharts } from './where-it-charts';

/** `/hashtag/:name?country=..&period=..`: one hashtag's figures, curve, audience and related content. */
export function HashtagPage() {
  const name = hashtagFromRouteParam(useParams().name);
  const location = useLocation();
  // The page follows the router's URL, which it applies in a transition: a period already fetched
  // redraws four charts in a background render. The controls show a choice at once (ScopeFilters).
  const [searchParams, setSearchParams] = useSearchParams();
  const problems: ParamProblem[] = [];
  const filters = parseScope(searchParams, problems);
  usePageTitle(`#${name}`);
  const navigate = useNavigate();
  useShortcut('present', () => void navigate(presentHref([name], filters)));

  // "Back" returns to the exact list URL the user came from (router state `{ from: '/?…' }`),
  // else to the list under this page's filters.
  const backHref = useFromListState(location.state) ?? listHref(filters);

  const query = useHashtagDetail({ name, country: filters.country, period: filters.period });
  const detail = query.data?.data.info;

  function setScope(scope: TrendScope) {
    // Unknown parameters round-trip untouched.
    const next = writeScope(new URLSearchParams(searchParams), scope);
    // Push (so browser Back undoes a filter change) and keep the list we came from.
    setSearchParams(next, { state: location.state, preventScrollReset: true });
  }

  return (
    <div className="space-y-6">
      <PrintHeader
        title={`#${name}`}
        filters={[countryName(filters.country), `last ${periodLabel(filters.period)}`]}
        dataAsOf={query.data && latestPointTime([query.data.data.info.trend])}
      />
      <div className="space-y-3">
        <div className="no-print flex flex-wrap items-center justify-between gap-2">
          <Link
            to={backHref}
            className="inline-flex items-center gap-1 text-sm font-medium text-accent-ink hover:underline"
          >
            <span aria-hidden="true">←</span> Back to trending hashtags
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            <Link to={compareHref([name], filters)} className="btn">
              Compare
            </Link>
            <CopyLinkButton />
            <EmbedButton chartChoice />
          </div>
        </div>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="flex items-center gap-2">
            <h1 className="break-all text-3xl font-bold tracking-tight">#{name}</h1>
            <StarButton name={name} className="no-print" shortcut hint />
          </div>
          <div className="no-print">
            <ScopeFilters scope={filters} onChange={setScope} />
          </div>
        </div>
        <LinkProblemsNotice problems={problems} />
      </div>

      {query.isPending ? (
        <DetailSkeleton />
      ) : query.isError ? (
        query.error instanceof ApiError && query.error.kind === 'not-found' ? (
          // Not in this chart: nothing to retry; where it does chart instead.
          <WhereItCharts key={`${filters.country}|${filters.period}`} name={name} scope={filters} />
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : (
        <div className="space-y-6">
          {query.data.stale && (
            <Notice>
              The trends provider did not answer; showing saved data from <ClockTime epochMs={query.data.receivedAt} />.
            </Notice>
          )}
          <HashtagAbout detail={query.data.data.info} scope={filters} />
          <HashtagStage name={name} scope={filters} trend={query.data.data.info.trend} />
          <HeadlineFigures detail={query.data.data.info} period={filters.period} />
          <div className="space-y-6">
            {detail && (
              <div className="no-print flex justify-end">
                <DownloadPptxButton
                  make={() =>
                    import('./hashtag-pptx').then((m) =>
                      m.downloadHashtagPptx({ detail, scope: filters, url: window.location.href }, HASHTAG_PPTX_KIT),
                    )
                  }
                />
              </div>
            )}
            <HashtagCharts detail={query.data.data.info} country={filters.country} period={filters.period} />
            <RankHistory name={name} country={filters.country} period={filters.period} />
            <div className="card">
              <CrossPeriodView name={name} country={filters.country} />
            </div>
            <RelatedHashtags
              related={query.data.data.info.related_hashtags}
              filters={filters}
              linkState={location.state}
            />
            <RelatedVideos items={query.data.data.info.related_items} />
          </div>
        </div>
      )}
    </div>
  );
}
