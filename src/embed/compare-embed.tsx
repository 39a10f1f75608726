import { ApiError } from '../api/api-error';
import { ErrorAlert } from '../components/error-alert';
import type { EmbedView } from '../contract/embed-view';
import { COMPARE_CHART_HEIGHT, CompareChart, useCompareDetails } from '../features/compare/compare-chart';
import { EmbedLoading } from './embed-loading';

/** `/embed/compare?tags=…`: compare's chart of up to five hashtags (each on its own scale). */
export function CompareEmbed({ view }: { view: Extract<EmbedView, { kind: 'compare' }> }) {
  const { tags, scope } = view;
  const { details, loaded, pending } = useCompareDetails(tags, scope);
  if (tags.length === 0) return <p role="status">No hashtags to compare: add them to the link (?tags=a,b).</p>;
  if (loaded.length === 0 && pending)
    return <EmbedLoading label="Loading the comparison" height={COMPARE_CHART_HEIGHT} />;
  const failed = details.find((q) => q.isError && !(q.error instanceof ApiError && q.error.kind === 'not-found'));
  return (
    <>
      {failed && loaded.length === 0 && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      <CompareChart loaded={loaded} tags={tags} scope={scope} mode="relative" />
    </>
  );
}
