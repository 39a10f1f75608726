import { queryOptions, useQuery } from '@tanstack/react-query';
import { transportFor, type RequestContext } from './transport';

export type DataMode = 'demo' | 'live';

export interface Meta {
  mode: DataMode;
  /** Whether the server keeps history (rank history, changes since); a server that does not say: yes. */
  history: boolean;
}

async function getMeta(context: RequestContext): Promise<Meta> {
  const response = await transportFor(context)('/api/meta', { signal: context.signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { mode?: unknown; history?: unknown };
  return { mode: body.mode === 'live' ? 'live' : 'demo', history: body.history !== false };
}

export const metaOptions = queryOptions({
  queryKey: ['meta'],
  queryFn: (context) => getMeta(context),
  staleTime: Infinity,
  retry: 1,
});

/** Whether the server serves demo data or the live provider. */
export function useDataMode(): DataMode | undefined {
  return useQuery(metaOptions).data?.mode;
}
