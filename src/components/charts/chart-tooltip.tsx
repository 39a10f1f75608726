import type { ReactNode } from 'react';

/** Tooltip box in theme colours (recharts' default is white on any theme). */
export function ChartTooltipBox({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="rounded-md border border-line bg-surface px-2.5 py-1.5 text-sm text-ink shadow-md">
      <p className="font-medium">{title}</p>
      <div className="tabular-nums">{children}</div>
    </div>
  );
}
