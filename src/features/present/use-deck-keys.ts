import { useEffect, useRef, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { deckAction } from './deck-keys';
import type { useFullscreen } from './use-fullscreen';

/** Is a popover open? Escape then belongs to it (it closes itself), not to the deck. */
function popoverOpen(): boolean {
  try {
    return document.querySelector(':popover-open') !== null;
  } catch {
    return false; // a browser (or jsdom) without the selector has no popovers either
  }
}

/**
 * The deck's keys (deck-keys.ts), with one listener for the page's life that reads the latest state.
 * Escape leaves fullscreen first (or is the one that just left it); only an Escape outside fullscreen
 * goes to `exitHref`.
 */
export function useDeckKeys({
  goTo,
  targetRef,
  total,
  fullscreen,
  exitHref,
}: {
  goTo: (index: number) => void;
  targetRef: RefObject<number>;
  total: number;
  fullscreen: ReturnType<typeof useFullscreen>;
  exitHref: string;
}) {
  const navigate = useNavigate();
  const onKeyRef = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    onKeyRef.current = (event: KeyboardEvent) => {
      const action = deckAction(event);
      if (!action) return;
      if (action === 'exit') {
        if (popoverOpen()) return;
        event.preventDefault();
        if (document.fullscreenElement) fullscreen.exit();
        else if (!fullscreen.justExited()) void navigate(exitHref);
        return;
      }
      event.preventDefault();
      if (action === 'fullscreen') fullscreen.toggle();
      else if (action === 'next') goTo(targetRef.current + 1);
      else if (action === 'previous') goTo(targetRef.current - 1);
      else if (action === 'first') goTo(0);
      else goTo(total - 1);
    };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => onKeyRef.current(event);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
