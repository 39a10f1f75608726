import { useId, useRef, useState } from 'react';
import { useShortcut } from '../../lib/shortcuts/use-shortcut';
import { ShortcutHint } from '../../lib/shortcuts/shortcut-hint';

/**
 * The filter-within-results box. It keeps what was typed locally because the URL (`q`) updates
 * a tick after each keystroke and a controlled input would lose the caret; the page remounts it
 * (via `key`) whenever the URL changes for any other reason, so the URL stays the truth.
 */
export function ResultsSearch({ initial, onChange }: { initial: string; onChange: (q: string) => void }) {
  const id = useId();
  const [text, setText] = useState(initial);
  const inputRef = useRef<HTMLInputElement>(null);
  useShortcut('filter', () => inputRef.current?.focus());
  return (
    <div className="relative w-full sm:w-72">
      <label htmlFor={id} className="sr-only">
        Filter results
      </label>
      <span
        aria-hidden="true"
        className="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-ink-muted"
      >
        ⌕
      </span>
      <input
        ref={inputRef}
        id={id}
        type="search"
        aria-keyshortcuts="/"
        className="field w-full pr-7 pl-7"
        placeholder="Filter this page by name"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
      {!text && <ShortcutHint id="filter" className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2" />}
    </div>
  );
}
