import { Skeleton } from '../../components/skeleton';
import { AUDIENCE_HEIGHT, TREND_HEIGHT } from './chart-heights';

/** Mirrors ChartFigure: a 24px title line, summary lines of 20px, the plot, the button row. */
export function CardSkeleton({
  plotHeight,
  summaryLines,
  className,
}: {
  plotHeight: number;
  summaryLines: number;
  className?: string;
}) {
  return (
    <div className={`card flex flex-col gap-3 ${className ?? ''}`}>
      <div>
        <div className="flex h-6 items-center">
          <Skeleton className="h-5 w-40" />
        </div>
        <div className="mt-0.5">
          {Array.from({ length: summaryLines }, (_, i) => (
            <div key={i} className="flex h-5 items-center">
              <Skeleton className={`h-3.5 ${i === summaryLines - 1 ? 'w-2/3' : 'w-full'}`} />
            </div>
          ))}
        </div>
      </div>
      <div style={{ height: plotHeight }}>
        <Skeleton className="h-full w-full" />
      </div>
      <div className="flex justify-end gap-2 border-t border-line pt-3">
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-8 w-32" />
      </div>
    </div>
  );
}

/** The detail page's shape while it loads: same cards, same heights. */
export function DetailSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading hashtag details" role="status" className="space-y-6">
      <div className="space-y-2">
        <Skeleton className="h-5 w-72 max-w-full" />
        <Skeleton className="h-6 w-[32rem] max-w-full" />
      </div>
      <div className="grid grid-cols-[repeat(auto-fit,minmax(9.5rem,1fr))] gap-3">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-24 rounded-xl" />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <CardSkeleton plotHeight={TREND_HEIGHT} summaryLines={1} className="lg:col-span-3" />
        <CardSkeleton plotHeight={AUDIENCE_HEIGHT} summaryLines={2} />
        <CardSkeleton plotHeight={AUDIENCE_HEIGHT} summaryLines={2} />
        <CardSkeleton plotHeight={AUDIENCE_HEIGHT} summaryLines={2} />
      </div>
      <div className="card space-y-3">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-8 w-full" />
      </div>
    </div>
  );
}
