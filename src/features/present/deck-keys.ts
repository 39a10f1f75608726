import {
  SHORTCUTS,
  isActivatable,
  isTextEntry,
  type DeckShortcutId,
  type KeyInput,
} from '../../lib/shortcuts/registry';

/**
 * The deck's keyboard map (its keys are the registry's Presentation entries, src/lib/shortcuts/registry.ts),
 * as a pure function so it can be tested without a browser.
 *
 * | keys                                  | action                                  |
 * |---------------------------------------|-----------------------------------------|
 * | ArrowRight, PageDown, Space           | next slide (clickers send PageDown)     |
 * | ArrowLeft, PageUp                     | previous slide                          |
 * | Home / End                            | first / last slide                      |
 * | f                                     | toggle fullscreen                       |
 * | Escape                                | leave fullscreen, else leave the deck   |
 *
 * Ignored: any key with Ctrl, Alt, Meta or Shift held (browser and screen-reader shortcuts stay
 * theirs), keys typed into a text field, select or editable element, and events a component already
 * handled (defaultPrevented). Space on a focused button or link is left to it: it activates that
 * control, as everywhere else on the web (on the deck's own Next button that still means "next").
 */
export type DeckAction = DeckShortcutId;

/** What the deck reads of a keydown: the registry's key input (a DOM KeyboardEvent fits). */
export type DeckKeyEvent = KeyInput;

/** From the registry's Presentation entries (the help dialog lists the same keys), plus old spellings. */
const KEY_ACTIONS: Readonly<Record<string, DeckAction>> = {
  ...Object.fromEntries(
    SHORTCUTS.flatMap((s) => ('deck' in s ? s.keys.map((key) => [key === 'Space' ? ' ' : key, s.id]) : [])),
  ),
  Spacebar: 'next',
  F: 'fullscreen', // Caps Lock
};

export function deckAction(event: DeckKeyEvent): DeckAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return null;
  const action = KEY_ACTIONS[event.key];
  if (!action) return null;
  if (isTextEntry(event.target)) return null;
  if ((event.key === ' ' || event.key === 'Spacebar') && isActivatable(event.target)) return null;
  return action;
}
