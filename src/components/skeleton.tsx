/** A grey block that holds the final size so nothing shifts when data arrives. */
export function Skeleton({ className }: { className?: string }) {
  return <span aria-hidden="true" className={`block animate-pulse rounded bg-surface-muted ${className ?? ''}`} />;
}
