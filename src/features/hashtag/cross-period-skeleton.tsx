import { Skeleton } from '../../components/skeleton';

/** Holds the place of "Across periods" (heading and three rows) until it starts loading. */
export function CrossPeriodSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-col gap-2" data-testid="cross-period-skeleton">
      <Skeleton className="h-7 w-36" />
      <div className="flex max-w-xl flex-col gap-3 pt-2">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-5 w-full" />
        ))}
      </div>
    </div>
  );
}
