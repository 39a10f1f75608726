import { formatCompact, formatExact } from '../lib/format';

/**
 * "17.5K" on screen; the exact number on hover (title) and for screen readers. Not a tab stop: a
 * table of figures would add two stops per row between the things a keyboard user can act on.
 */
export function CompactNumber({ value, className }: { value: number; className?: string }) {
  const exact = formatExact(value);
  return (
    <data value={value} title={exact} className={`tabular-nums ${className ?? ''}`} aria-label={exact}>
      {formatCompact(value)}
    </data>
  );
}
