import { useId, useState } from 'react';

/**
 * The filter-within-results box. It keeps what was typed locally because the URL (`q`) updates
 * a tick after each keystroke and a controlled input would lose the caret; the page remounts it
 * (via `key`) whenever the URL changes for any other reason, so the URL stays the truth.
 */
export function ResultsSearch({ initial, onChange }: { initial: string; onChange: (q: string) => void }) {
  const id = useId();
  const [text, setText] = useState(initial);
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
        id={id}
        type="search"
        className="field w-full pl-7"
        placeholder="Filter this page by name"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
