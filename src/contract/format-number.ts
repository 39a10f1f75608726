const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** 17543 -> "17.5K", 184257600 -> "184.3M" (the page's figures, and the server's link previews). */
export function formatCompact(n: number): string {
  return compact.format(n);
}
