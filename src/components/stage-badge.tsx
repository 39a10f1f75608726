import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { STAGE_LOOK, describeFacts } from './stage-facts';
import type { TrendStageResult } from '../contract/trend-stage';

/** Chromium, Firefox and Safari have the Popover API; jsdom and old browsers fall back to a disclosure. */
const hasPopoverApi = () => typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;
const noSubscription = () => () => {};
const serverHasPopoverApi = () => true;

const PANEL_WIDTH_PX = 288; // w-72
const GAP_PX = 4;

/**
 * The stage as a text badge plus a "Why <Stage>?" button that opens a small panel with the numbers
 * behind it. With the Popover API the panel sits in the top layer (never clipped by a scrolling
 * table), light-dismisses and closes on Escape natively; without it, a plain disclosure does the same.
 * The panel's content is rendered only while it is open: a ranked page has a badge per row, and the
 * closed panels would otherwise be most of the table's DOM.
 * Renders a <div>: place it in a table cell or a block, not inside a <p>.
 */
export function StageBadge({ result, className }: { result: TrendStageResult; className?: string }) {
  const { stage, facts, reasons, insufficientData } = result;
  const look = STAGE_LOOK[stage];
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  // The server cannot know the browser's Popover API and assumes it (every current browser has it): the
  // render that hydrates its page draws the popover too, and only a browser without the API draws the
  // disclosure, one render later. Where the API is, nothing renders again after hydration (a ranked
  // page has a badge per row).
  const popoverApi = useSyncExternalStore(noSubscription, hasPopoverApi, serverHasPopoverApi);

  // Native popover: mirror its state into aria-expanded and place it under the button.
  useEffect(() => {
    const panel = panelRef.current;
    if (!popoverApi || !panel) return;
    const onBeforeToggle = (event: Event) => {
      const button = buttonRef.current;
      if ((event as ToggleEvent).newState !== 'open' || !button) return;
      const rect = button.getBoundingClientRect();
      const left = Math.max(8, Math.min(rect.left, window.innerWidth - PANEL_WIDTH_PX - 8));
      Object.assign(panel.style, { inset: 'auto', margin: '0', top: `${rect.bottom + GAP_PX}px`, left: `${left}px` });
      // Fill the panel before the browser shows it, so it never opens empty.
      flushSync(() => setOpen(true));
    };
    const onToggle = (event: Event) => setOpen((event as ToggleEvent).newState === 'open');
    panel.addEventListener('beforetoggle', onBeforeToggle);
    panel.addEventListener('toggle', onToggle);
    // Opened by a press before the page was hydrated (the server's button works without a script).
    if (panel.matches(':popover-open')) setOpen(true);
    return () => {
      panel.removeEventListener('beforetoggle', onBeforeToggle);
      panel.removeEventListener('toggle', onToggle);
    };
  }, [popoverApi]);

  // A fixed panel would drift from its button on scroll: close it instead.
  useEffect(() => {
    if (!open || !popoverApi) return;
    const close = () => panelRef.current?.hidePopover();
    window.addEventListener('scroll', close, { capture: true, once: true, passive: true });
    window.addEventListener('resize', close, { once: true });
    return () => {
      window.removeEventListener('scroll', close, { capture: true });
      window.removeEventListener('resize', close);
    };
  }, [open, popoverApi]);

  // The badge may be reused for another hashtag (explorer rows are keyed by position): a panel open
  // on the previous one closes rather than showing the next one's reasons out of the blue.
  const identity = `${stage}|${reasons.join('|')}`;
  useEffect(() => {
    const panel = panelRef.current;
    return () => {
      if (popoverApi && panel?.matches(':popover-open')) panel.hidePopover();
      else setOpen(false);
    };
  }, [identity, popoverApi]);

  // Fallback disclosure: close on a click outside.
  useEffect(() => {
    if (!open || popoverApi) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, popoverApi]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (popoverApi || !open || event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  const why = `Why ${stage}?`;
  return (
    // The key handler only catches Escape bubbling from the button or panel inside.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className={`relative inline-flex items-center gap-1 ${className ?? ''}`} onKeyDown={onKeyDown}>
      <span
        className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${look.className}`}
        data-stage={stage}
      >
        <span aria-hidden="true">{look.glyph}</span>
        {stage}
      </span>
      <button
        ref={buttonRef}
        type="button"
        className="inline-flex h-5 w-5 items-center justify-center rounded-full border border-line text-xs text-ink-muted hover:border-ink-muted hover:text-ink"
        aria-label={why}
        title={why}
        aria-expanded={open}
        aria-controls={panelId}
        popoverTarget={popoverApi ? panelId : undefined}
        onClick={popoverApi ? undefined : () => setOpen((o) => !o)}
      >
        ?
      </button>
      <div
        ref={panelRef}
        id={panelId}
        popover={popoverApi ? 'auto' : undefined}
        hidden={popoverApi ? undefined : !open}
        className={`${popoverApi ? 'not-open:hidden' : 'absolute left-0 top-full z-20 mt-1'} w-72 rounded-lg border border-line bg-surface p-3 text-left text-sm font-normal text-ink shadow-lg`}
      >
        {open && (
          <>
            <p className="font-semibold">
              {stage}
              {insufficientData ? '' : ' because:'}
            </p>
            <ul className="mt-1 list-disc pl-5">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {!insufficientData && (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 border-t border-line pt-2 text-xs">
                {describeFacts(facts).map(({ label, value }) => (
                  <div key={label} className="contents">
                    <dt className="text-ink-muted">{label}</dt>
                    <dd className="tabular-nums">{value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </>
        )}
      </div>
    </div>
  );
}
