import { formatCompact, formatExact } from '../lib/format';

/** "17.5K" on screen; the exact number on hover (title) and focus, and for screen readers. */
export function CompactNumber({ value, className }: { value: number; className?: string }) {
  const exact = formatExact(value);
  return (
    // tabIndex lets keyboard users reach the exact value through the same tooltip.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <data value={value} title={exact} tabIndex={0} className={`tabular-nums ${className ?? ''}`} aria-label={exact}>
      {formatCompact(value)}
    </data>
  );
}
