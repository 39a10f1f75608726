import { useEffect, useState } from 'react';

/** Copies the current address (the URL holds the whole view) and confirms it politely. */
export function CopyLinkButton({ className }: { className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <span className={`inline-flex items-center gap-2 ${className ?? ''}`}>
      <button
        type="button"
        className="btn"
        onClick={() => {
          navigator.clipboard.writeText(window.location.href).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        Copy link
      </button>
      <span role="status" className="text-sm text-ink-muted">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy: use the address bar' : ''}
      </span>
    </span>
  );
}
