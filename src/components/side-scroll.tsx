import type { ReactNode } from 'react';

/**
 * A region that scrolls sideways when its content is wider than the screen (a table on a phone).
 * It is `relative` so that visually hidden text inside it (a table's caption, a link's "opens in a
 * new tab"), which is positioned absolutely, stays in the scroller instead of widening the page.
 */
export function SideScroll({ className = '', children }: { className?: string; children: ReactNode }) {
  return <div className={`relative overflow-x-auto ${className}`}>{children}</div>;
}
