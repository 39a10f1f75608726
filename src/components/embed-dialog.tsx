import { useEffect, useId, useRef, useState } from 'react';
import {
  EMBED_CHARTS,
  EMBED_CHART_LABELS,
  embedHref,
  embedOfPage,
  embedSize,
  embedTitle,
  iframeSnippet,
  type EmbedChart,
} from '../contract/embed-view';
import { pageView } from '../contract/page-view';
import { SegmentedChoice } from './segmented-choice';

/** The `<iframe>` of the view at the browser's address (on its origin), or undefined when it has no embed. */
export function embedSnippet(location: Pick<Location, 'origin' | 'pathname' | 'search'>, chart: EmbedChart) {
  const view = embedOfPage(pageView(location.pathname, new URLSearchParams(location.search)), chart);
  if (!view) return undefined;
  return iframeSnippet({ src: `${location.origin}${embedHref(view)}`, ...embedSize(view), title: embedTitle(view) });
}

/**
 * A modal <dialog> with the embed code of the current view in a read-only field, "Copy embed code", and
 * on a hashtag page the choice of its chart. Escape and Close end it; focus goes back to the Embed button
 * (the browser does that for a modal dialog).
 */
export function EmbedDialog({ chartChoice, onClose }: { chartChoice: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fieldId = useId();
  const [chart, setChart] = useState<EmbedChart>('popularity');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const snippet = embedSnippet(window.location, chart);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-4 text-ink backdrop:bg-black/40"
    >
      <div className="flex flex-col gap-3">
        <h2 id={titleId} className="text-lg font-semibold">
          Embed this view
        </h2>
        {chartChoice && (
          <SegmentedChoice
            label="Chart"
            options={EMBED_CHARTS}
            value={chart}
            onChange={(next) => {
              setChart(next);
              setCopied('idle');
            }}
            optionLabel={(c) => EMBED_CHART_LABELS[c]}
            wrap
          />
        )}
        {snippet ? (
          <>
            <label htmlFor={fieldId} className="text-sm font-medium">
              Embed code (paste it into a page, a wiki or a slide tool that takes HTML)
            </label>
            <textarea
              id={fieldId}
              readOnly
              rows={4}
              value={snippet}
              onFocus={(e) => e.currentTarget.select()}
              className="w-full rounded-md border border-line bg-surface-muted p-2 font-mono text-xs"
            />
          </>
        ) : (
          <p>This page has no embed.</p>
        )}
        <div className="flex flex-wrap items-center justify-end gap-2">
          <span role="status" className="mr-auto text-sm text-ink-muted">
            {copied === 'copied' ? 'Embed code copied' : copied === 'failed' ? 'Could not copy: select the code' : ''}
          </span>
          {snippet && (
            <button
              type="button"
              className="btn"
              onClick={() =>
                navigator.clipboard.writeText(snippet).then(
                  () => setCopied('copied'),
                  () => setCopied('failed'),
                )
              }
            >
              Copy embed code
            </button>
          )}
          <button type="button" className="btn-ghost border border-line" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
