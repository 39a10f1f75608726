import { useIsFetching, type Query } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { SLOW_NOTICE_AFTER_MS } from '../contract/wait-budget';

/** A query someone is looking at (prefetches have no observer) that has no data yet. */
const awaitedOnScreen = (query: Query) => query.state.data === undefined && query.getObserversCount() > 0;

/**
 * "Taking longer than usual" once the page has waited SLOW_NOTICE_AFTER_MS for data it shows, so a
 * skeleton is never left unexplained; it goes when the data (or the error alert) arrives. Polite and
 * in the page's flow, so it neither interrupts a screen reader nor covers content.
 */
export function SlowLoadingNotice({ className, messageClassName }: { className?: string; messageClassName?: string }) {
  const waiting = useIsFetching({ predicate: awaitedOnScreen }) > 0;
  const [slow, setSlowSince] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setSlowSince(true), SLOW_NOTICE_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlowSince(false);
    };
  }, [waiting]);
  return (
    <div role="status" className={`no-print ${className ?? ''}`}>
      {waiting && slow && (
        <p className={`rounded-lg border border-warn bg-surface-muted p-3 text-sm ${messageClassName ?? ''}`}>
          <strong>Taking longer than usual…</strong> The trends provider is slow to answer; we keep trying for a few
          more seconds.
        </p>
      )}
    </div>
  );
}
