import { useId, useRef, useState, type ChangeEvent } from 'react';
import { downloadBlob } from '../../lib/download';
import {
  WATCHLIST_FILE_MAX_BYTES,
  exportWatchlist,
  fileTooLargeMessage,
  importWatchlist,
  type ImportResult,
} from '../../stores/watchlist-store';

export const WATCHLIST_FILE_NAME = 'watchlist.json';
/** Problems listed one by one; the rest are counted ("and 5 more problems"). */
export const IMPORT_PROBLEMS_SHOWN = 10;

function ImportProblems({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  const more = errors.length - IMPORT_PROBLEMS_SHOWN;
  return (
    <ul className="mt-1 list-disc pl-5 text-warn">
      {errors.slice(0, IMPORT_PROBLEMS_SHOWN).map((e) => (
        <li key={e}>{e}</li>
      ))}
      {more > 0 && (
        <li>
          and {more} more {more === 1 ? 'problem' : 'problems'}.
        </li>
      )}
    </ul>
  );
}

/** Export the watchlist as watchlist.json and import one (merged), with the outcome in words. */
export function WatchlistShare({ canExport }: { canExport: boolean }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<ImportResult | { readError: true } | { tooLarge: number } | undefined>();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      // The size is known without reading: a huge file is refused before any of it is loaded.
      if (file.size > WATCHLIST_FILE_MAX_BYTES) setResult({ tooLarge: file.size });
      else setResult(importWatchlist(await file.text()));
    } catch {
      setResult({ readError: true });
    } finally {
      // Let the same file be chosen again.
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn"
          disabled={!canExport}
          onClick={() => downloadBlob(new Blob([exportWatchlist()], { type: 'application/json' }), WATCHLIST_FILE_NAME)}
        >
          Export
        </button>
        <label
          htmlFor={inputId}
          className="btn cursor-pointer has-focus-visible:outline-3 has-focus-visible:outline-(--color-focus)"
        >
          Import watchlist
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          onChange={(event) => void onFile(event)}
        />
      </div>
      <div role="status" className="text-sm">
        {result && 'readError' in result && <p className="text-down">The file could not be read.</p>}
        {result && 'tooLarge' in result && <p className="text-down">{fileTooLargeMessage(result.tooLarge)}</p>}
        {result && 'added' in result && (
          <>
            <p>
              {result.added.length === 0
                ? 'No new hashtags were added.'
                : `Added ${result.added.length} hashtag${result.added.length === 1 ? '' : 's'}: ${result.added.map((n) => `#${n}`).join(', ')}.`}
            </p>
            <ImportProblems errors={result.errors} />
          </>
        )}
      </div>
    </div>
  );
}
