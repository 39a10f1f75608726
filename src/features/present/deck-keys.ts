/**
 * The deck's keyboard map, as a pure function so it can be tested without a browser.
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
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'exit';

export interface DeckKeyEvent {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
}

const KEY_ACTIONS: Readonly<Record<string, DeckAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen', // Caps Lock
  Escape: 'exit',
};

function isElement(target: EventTarget | null): target is Element {
  return typeof Element !== 'undefined' && target instanceof Element;
}

/** Where typing belongs to the control: text fields, selects, editable content. */
function isTextEntry(el: Element): boolean {
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'range', 'color', 'file'].includes(type);
}

/** Controls that Space activates by themselves. */
function isActivatable(el: Element): boolean {
  return (
    el.closest(
      'button, a[href], summary, input, [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="tab"]',
    ) !== null
  );
}

export function deckAction(event: DeckKeyEvent): DeckAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return null;
  const action = KEY_ACTIONS[event.key];
  if (!action) return null;
  const target = event.target;
  if (isElement(target)) {
    if (isTextEntry(target)) return null;
    if ((event.key === ' ' || event.key === 'Spacebar') && isActivatable(target)) return null;
  }
  return action;
}
