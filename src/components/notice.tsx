import { useState, type ReactNode } from 'react';

/** A dismissible, polite status message (e.g. "Unknown country "XX": showing United States"). */
export function Notice({ children, onDismiss }: { children: ReactNode; onDismiss?: () => void }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-4 rounded-lg border border-warn bg-surface-muted p-3 text-sm"
    >
      <div>{children}</div>
      <button
        type="button"
        className="btn-ghost"
        aria-label="Dismiss notice"
        onClick={() => {
          setOpen(false);
          onDismiss?.();
        }}
      >
        ✕
      </button>
    </div>
  );
}
