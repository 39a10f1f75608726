import { queryOptions, useQuery } from '@tanstack/react-query';

export type DataMode = 'demo' | 'live';

async function getMeta(signal?: AbortSignal): Promise<{ mode: DataMode }> {
  const response = await fetch('/api/meta', { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { mode?: unknown };
  return { mode: body.mode === 'live' ? 'live' : 'demo' };
}

export const metaOptions = queryOptions({
  queryKey: ['meta'],
  queryFn: ({ signal }) => getMeta(signal),
  staleTime: Infinity,
  retry: 1,
});

/** Whether the server serves demo data or the live provider. */
export function useDataMode(): DataMode | undefined {
  return useQuery(metaOptions).data?.mode;
}
