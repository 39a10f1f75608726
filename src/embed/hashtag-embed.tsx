import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { hashtagDetailOptions } from '../api/hashtag-detail';
import { ErrorAlert } from '../components/error-alert';
import type { EmbedView } from '../contract/embed-view';
import { HashtagChart } from '../features/hashtag/hashtag-charts';
import { TREND_HEIGHT } from '../features/hashtag/chart-heights';
import { noDataMessage } from '../lib/no-data-message';
import { EmbedLoading } from './embed-loading';

/** `/embed/hashtag/:name?chart=…`: one of the hashtag page's charts, the same figure. */
export function HashtagEmbed({ view }: { view: Extract<EmbedView, { kind: 'hashtag' }> }) {
  const { name, scope, chart } = view;
  const query = useQuery(hashtagDetailOptions({ name, country: scope.country, period: scope.period }));
  if (query.isPending) return <EmbedLoading label={`Loading #${name}`} height={TREND_HEIGHT} />;
  if (query.isError) {
    return query.error instanceof ApiError && query.error.kind === 'not-found' ? (
      <p role="status" className="card wrap-anywhere">
        {noDataMessage(name, scope)}
      </p>
    ) : (
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  return <HashtagChart detail={query.data.data.info} country={scope.country} period={scope.period} chart={chart} />;
}
