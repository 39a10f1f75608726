import { useState } from 'react';

/**
 * "Download PowerPoint": `make` loads the page's exporter (and pptxgenjs with it) on the press, so
 * no page carries that code until then. While it builds, the button is busy and a status says so.
 * `compact`: the word "PowerPoint" only on a wide screen (the deck's control bar), an icon otherwise.
 */
export function DownloadPptxButton({
  make,
  compact,
  className = 'btn',
  statusClassName = 'text-sm text-ink-muted empty:sr-only',
}: {
  make: () => Promise<unknown>;
  compact?: boolean;
  className?: string;
  statusClassName?: string;
}) {
  const [state, setState] = useState<'' | 'busy' | 'failed'>('');
  const busy = state === 'busy';
  return (
    <>
      <button
        type="button"
        className={`${className} aria-busy:cursor-wait aria-busy:opacity-60`}
        aria-busy={busy}
        aria-disabled={busy}
        // compact shows "PowerPoint" (wide) or an icon: the name stays the whole phrase
        aria-label={compact ? 'Download PowerPoint' : undefined}
        onClick={() => {
          if (busy) return;
          setState('busy');
          make().then(
            () => setState(''),
            () => setState('failed'),
          );
        }}
      >
        {compact ? (
          <>
            <svg aria-hidden="true" viewBox="0 0 16 16" className="h-[1em] w-[1em] deck-wide:mr-[0.35rem]">
              <path d="M8 1.5v9M4 7l4 4 4-4M2 14.5h12" fill="none" stroke="currentColor" strokeWidth="1.75" />
            </svg>
            <span className="sr-only deck-wide:not-sr-only">PowerPoint</span>
          </>
        ) : (
          'Download PowerPoint'
        )}
      </button>
      <span role="status" className={statusClassName}>
        {busy ? 'Building PowerPoint…' : state === 'failed' ? 'The PowerPoint could not be created.' : ''}
      </span>
    </>
  );
}
