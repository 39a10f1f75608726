import { useDataMode } from '../../api/meta';
import { ClockTime } from '../../components/clock-time';

/** "Updated 14:02 · demo data", plus a warning when the server answered from its cache. */
export function Freshness({ receivedAt, stale }: { receivedAt: number | undefined; stale: boolean }) {
  const mode = useDataMode();
  if (receivedAt === undefined) return <p className="text-sm text-ink-muted">&nbsp;</p>;
  return (
    <p className="text-sm text-ink-muted" data-testid="freshness">
      Updated <ClockTime epochMs={receivedAt} />
      {mode && <> · {mode === 'demo' ? 'demo data' : 'live'}</>}
      {stale && <span className="text-warn"> · showing cached data (the provider is not answering)</span>}
    </p>
  );
}
