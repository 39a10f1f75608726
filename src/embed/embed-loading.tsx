import { Skeleton } from '../components/skeleton';

/** Holds the figure's place while its data loads. */
export function EmbedLoading({ label, height }: { label: string; height: number }) {
  return (
    <div role="status" aria-label={label} className="card flex flex-col gap-3">
      <Skeleton className="h-5 w-48" />
      <Skeleton className="h-4 w-full" />
      <div style={{ height }}>
        <Skeleton className="h-full w-full" />
      </div>
    </div>
  );
}
