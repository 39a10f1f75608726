import { useState, type ReactNode } from 'react';

/**
 * "Download PowerPoint": `make` loads the page's exporter (and pptxgenjs with it) on the press, so
 * no page carries that code until then. While it builds, the button is busy and a status says so.
 * `children`: what it shows (default the words); its name is "Download PowerPoint" whatever it shows.
 */
export function DownloadPptxButton({
  make,
  children = 'Download PowerPoint',
  className = 'btn',
  statusClassName = 'text-sm text-ink-muted empty:sr-only',
}: {
  make: () => Promise<unknown>;
  children?: ReactNode;
  className?: string;
  statusClassName?: string;
}) {
  const [state, setState] = useState<'' | 'busy' | 'failed'>('');
  const busy = state === 'busy';
  return (
    <>
      <button
        type="button"
        className={className}
        aria-busy={busy}
        aria-disabled={busy}
        aria-label="Download PowerPoint"
        onClick={() => {
          if (busy) return;
          setState('busy');
          make().then(
            () => setState(''),
            () => setState('failed'),
          );
        }}
      >
        {children}
      </button>
      <span role="status" className={statusClassName}>
        {busy ? 'Building PowerPoint…' : state === 'failed' ? 'The PowerPoint could not be created.' : ''}
      </span>
    </>
  );
}
