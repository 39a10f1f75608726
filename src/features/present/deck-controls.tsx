import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DataMode } from '../../api/meta';
import type { useFullscreen } from './use-fullscreen';

/** Previous or next slide; at either end it stays focusable and is marked `aria-disabled`. */
function StepButton({
  label,
  glyph,
  disabled,
  onClick,
}: {
  label: string;
  glyph: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="btn-ghost text-base aria-disabled:opacity-40"
      aria-label={label}
      aria-disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}

/** The bar under the slides: scope, data mode, previous / counter / next, fullscreen and exit. */
export function DeckControls({
  scopeText,
  mode,
  index,
  total,
  onPrevious,
  onNext,
  fullscreen,
  exitHref,
  download,
}: {
  scopeText: string;
  mode: DataMode | undefined;
  index: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
  fullscreen: ReturnType<typeof useFullscreen>;
  exitHref: string;
  /** Download PowerPoint, once the deck is ready. */
  download?: ReactNode;
}) {
  const atStart = index === 0;
  const atEnd = index >= total - 1;
  return (
    <nav
      aria-label="Presentation controls"
      className="flex h-[2.75rem] shrink-0 items-center justify-between gap-[0.5rem] border-t border-line px-[0.5rem] text-base text-ink-muted deck-wide:gap-[1rem] deck-wide:px-[1.5rem]"
    >
      <p className="min-w-0 truncate">
        {scopeText}
        {mode ? ` · ${mode === 'demo' ? 'Demo data' : 'Live data'}` : ''}
      </p>
      <div className="flex shrink-0 items-center gap-[0.25rem] deck-wide:gap-[0.5rem]">
        <StepButton label="Previous slide" glyph="←" disabled={atStart || total === 0} onClick={onPrevious} />
        <p
          className="min-w-[3.5rem] text-center tabular-nums text-ink deck-wide:min-w-[4.5rem]"
          data-testid="slide-counter"
        >
          {total > 0 ? `${index + 1} / ${total}` : '– / –'}
        </p>
        <StepButton label="Next slide" glyph="→" disabled={atEnd || total === 0} onClick={onNext} />
        <button
          type="button"
          className="btn-ghost text-base"
          aria-pressed={fullscreen.active}
          disabled={!fullscreen.supported}
          title={fullscreen.supported ? 'Fullscreen (F)' : 'Fullscreen is not available in this browser'}
          onClick={fullscreen.toggle}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className="h-[0.9em] w-[0.9em] deck-wide:mr-[0.35rem]"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.75"
          >
            <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" />
          </svg>
          {/* On a phone the icon alone: the word stays the button's name. */}
          <span className="sr-only deck-wide:not-sr-only">Fullscreen</span>
        </button>
        {download}
        <Link to={exitHref} className="btn-ghost text-base font-medium" title="Back to the list (Esc)">
          Exit
        </Link>
      </div>
    </nav>
  );
}
