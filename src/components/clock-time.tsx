import { formatClock } from '../lib/format';
import { useHydrated } from '../lib/use-hydrated';

/**
 * A clock time such as "14:02" in the reader's time zone, which only the browser knows: the server's
 * page (and the render that hydrates it) says it in UTC ("13:02 UTC"), the next render in local time.
 */
export function ClockTime({ epochMs }: { epochMs: number }) {
  const hydrated = useHydrated();
  return (
    <time dateTime={new Date(epochMs).toISOString()}>
      {hydrated ? formatClock(epochMs) : `${formatClock(epochMs, undefined, 'UTC')} UTC`}
    </time>
  );
}
