import { useLayoutEffect } from 'react';

/**
 * Root font size while the deck is on screen: 1rem = 1.5% of a 16:9 slide's width (the smaller of
 * 1.5vw and 2.67vh, so a taller or wider window letterboxes the type instead of overflowing), never
 * under 14px. Every rem-based size in the deck scales with it.
 */
export const DECK_ROOT_FONT_SIZE = 'max(14px, min(1.5vw, 2.6667vh))';

/** Sets {@link DECK_ROOT_FONT_SIZE} on the root element while the deck is mounted. */
export function useDeckTypeScale() {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = DECK_ROOT_FONT_SIZE;
    return () => {
      root.style.fontSize = before;
    };
  }, []);
}
