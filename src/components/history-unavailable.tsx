/**
 * What a history view says when the store cannot answer (503, a timeout, a bad answer): a quiet note,
 * not an alert. Live data on the same page is not affected and keeps its own errors.
 */
export function HistoryUnavailable({ what, className }: { what: string; className?: string }) {
  return (
    <p role="status" className={`text-sm text-ink-muted ${className ?? ''}`}>
      <span className="font-medium text-ink">History unavailable</span>: {what} cannot be shown right now. Live data is
      not affected.
    </p>
  );
}
