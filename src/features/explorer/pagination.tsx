/** "21–40 of 100" for the page on screen. */
export function rangeText(page: number, limit: number, count: number, total: number): string {
  if (count === 0) return `0 of ${total}`;
  const first = (page - 1) * limit + 1;
  return `${first}–${first + count - 1} of ${total}`;
}

export function Pagination({
  page,
  pageCount,
  range,
  onPage,
}: {
  /** The page the URL asks for. */
  page: number;
  pageCount: number;
  /** "21–40 of 100" for the rows on screen; undefined while nothing is known. */
  range: string | undefined;
  onPage: (page: number) => void;
}) {
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-ink-muted tabular-nums" aria-live="polite">
        {range ?? '\u00a0'}
      </p>
      <div className="flex flex-wrap items-center gap-1">
        <button
          type="button"
          className="btn"
          aria-label="Previous page"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <ul className="flex items-center gap-1">
          {pages.map((p) => (
            <li key={p}>
              <button
                type="button"
                aria-label={`Page ${p}`}
                aria-current={p === page ? 'page' : undefined}
                className={`min-w-9 rounded-md px-2 py-1.5 text-sm tabular-nums ${
                  p === page ? 'bg-accent font-semibold text-surface' : 'hover:bg-surface-muted'
                }`}
                onClick={() => onPage(p)}
              >
                {p}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="btn"
          aria-label="Next page"
          disabled={page >= pageCount}
          onClick={() => onPage(page + 1)}
        >
          Next <span aria-hidden="true">→</span>
        </button>
      </div>
    </nav>
  );
}
