/**
 * Every keyboard shortcut of the app, in one list: the key handlers (use-shortcut.ts), the `<kbd>`
 * hints beside controls (shortcut-hint.tsx) and the help dialog all read it. Pure: no DOM listener,
 * no storage, so it is tested without a browser.
 *
 * `keys`: alternatives; one alternative is a sequence of `KeyboardEvent.key` values separated by
 * spaces (`'g w'`), with `Space` for the space bar and `Mod+k` for Ctrl+K / ⌘+K.
 * Entries with `deck` are the presentation's own keys: deck-keys.ts builds its map from them.
 */
export const SHORTCUTS = [
  { id: 'help', keys: ['?'], label: 'Show the keyboard shortcuts', group: 'Anywhere' },
  { id: 'palette', keys: ['Mod+k'], label: 'Command palette: go to a hashtag, country or page', group: 'Anywhere' },
  { id: 'filter', keys: ['/'], label: 'Filter the page', group: 'Anywhere' },
  { id: 'go-watchlist', keys: ['g w'], label: 'Go to the watchlist', group: 'Anywhere' },
  { id: 'present', keys: ['p'], label: 'Present this view as slides', group: 'Anywhere' },
  { id: 'embed', keys: ['e'], label: 'Embed this view', group: 'Anywhere' },
  { id: 'country', keys: ['c'], label: 'Country', group: 'Filters' },
  { id: 'industry', keys: ['i'], label: 'Industry', group: 'Filters' },
  { id: 'period-7', keys: ['1'], label: 'Last 7 days', group: 'Filters' },
  { id: 'period-30', keys: ['2'], label: 'Last 30 days', group: 'Filters' },
  { id: 'period-120', keys: ['3'], label: 'Last 120 days', group: 'Filters' },
  { id: 'new-only', keys: ['n'], label: 'New to top 100 on or off', group: 'Filters' },
  { id: 'row-next', keys: ['j'], label: 'Next row', group: 'Rows' },
  { id: 'row-previous', keys: ['k'], label: 'Previous row', group: 'Rows' },
  { id: 'open', keys: ['Enter'], label: 'Open the row’s hashtag', group: 'Rows' },
  { id: 'tick', keys: ['x'], label: 'Tick the row for compare', group: 'Rows' },
  { id: 'star', keys: ['s'], label: 'Star the row’s hashtag (on its page: the hashtag)', group: 'Rows' },
  { id: 'next', keys: ['ArrowRight', 'PageDown', 'Space'], label: 'Next slide', group: 'Presentation', deck: 1 },
  { id: 'previous', keys: ['ArrowLeft', 'PageUp'], label: 'Previous slide', group: 'Presentation', deck: 1 },
  { id: 'first', keys: ['Home'], label: 'First slide', group: 'Presentation', deck: 1 },
  { id: 'last', keys: ['End'], label: 'Last slide', group: 'Presentation', deck: 1 },
  { id: 'fullscreen', keys: ['f'], label: 'Fullscreen', group: 'Presentation', deck: 1 },
  { id: 'exit', keys: ['Escape'], label: 'Leave fullscreen, else the presentation', group: 'Presentation', deck: 1 },
] as const;

export type Shortcut = (typeof SHORTCUTS)[number];
export type ShortcutId = Shortcut['id'];
/** The presentation's keys (handled by the deck itself, listed here for its map and the help). */
export type DeckShortcutId = Extract<Shortcut, { deck: 1 }>['id'];
/** The keys the app-wide listener dispatches. */
export type AppShortcutId = Exclude<ShortcutId, DeckShortcutId>;

export function shortcut(id: ShortcutId): Shortcut {
  return SHORTCUTS.find((s) => s.id === id)!;
}

/** What a key handler needs of a keyboard event (a DOM KeyboardEvent fits). */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  defaultPrevented?: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

function isElement(target: EventTarget | null): target is Element {
  return typeof Element !== 'undefined' && target instanceof Element;
}

/** Where typing belongs to the control: text fields, selects, editable content. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!isElement(target)) return false;
  if ((target as HTMLElement).isContentEditable || target.closest('[contenteditable=""],[contenteditable="true"]'))
    return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.getAttribute('role') === 'textbox')
    return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target.getAttribute('type') ?? 'text').toLowerCase();
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'range', 'color', 'file'].includes(type);
}

/** Controls that Enter or Space activate by themselves: those keys are theirs there. */
export function isActivatable(target: EventTarget | null): boolean {
  return (
    isElement(target) &&
    target.closest(
      'button, a[href], summary, input, [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="tab"], [role="option"], [role="menuitem"]',
    ) !== null
  );
}

/** `event.key` as the registry writes it: Space for " ", a letter in lower case unless Shift is held (Caps Lock). */
export function keyName(event: Pick<KeyInput, 'key' | 'shiftKey'>): string {
  if (event.key === ' ' || event.key === 'Spacebar') return 'Space';
  return event.key.length === 1 && !event.shiftKey ? event.key.toLowerCase() : event.key;
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'OS']);
/** How long the second key of a sequence (`g w`) may wait. */
export const SEQUENCE_MS = 1500;

export type MatchResult = { id: ShortcutId } | { pending: string } | null;

/**
 * A matcher with the state a sequence needs: feed it every keydown, it answers the shortcut that
 * key completes, `pending` while a sequence waits for its next key, or null.
 *
 * Rules: nothing fires for an event already handled (defaultPrevented), during IME composition, with
 * Ctrl, Alt or Meta held (Ctrl/⌘+K excepted: the palette), while typing in a field, or when
 * shortcuts are turned off (`enabled` false; the palette stays). Enter and Space on a button, link
 * or other control stay that control's. Deck entries are never matched here.
 */
export function createMatcher(shortcuts: readonly Shortcut[] = SHORTCUTS) {
  const sequences = shortcuts
    .filter((s) => !('deck' in s))
    .flatMap((s) => s.keys.map((k) => ({ id: s.id, seq: k.split(' ') })));
  let pending: { seq: string[]; at: number } | undefined;

  const lookup = (seq: string[]): MatchResult => {
    const joined = seq.join(' ');
    const exact = sequences.find((s) => s.seq.join(' ') === joined);
    if (exact) return { id: exact.id };
    if (sequences.some((s) => s.seq.length > seq.length && s.seq.slice(0, seq.length).join(' ') === joined))
      return { pending: joined };
    return null;
  };

  return function match(event: KeyInput, enabled: boolean, now: number = Date.now()): MatchResult {
    if (MODIFIER_KEYS.has(event.key)) return pending ? { pending: pending.seq.join(' ') } : null;
    const waiting = pending && now - pending.at <= SEQUENCE_MS ? pending.seq : undefined;
    pending = undefined;
    if (event.defaultPrevented || event.isComposing) return null;
    if (event.ctrlKey || event.metaKey || event.altKey) {
      const mod = !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
      return mod && sequences.some((s) => s.seq[0] === 'Mod+k') ? lookup(['Mod+k']) : null;
    }
    if (!enabled || isTextEntry(event.target)) return null;
    const key = keyName(event);
    if ((key === 'Enter' || key === 'Space') && isActivatable(event.target)) return null;
    let result = waiting ? lookup([...waiting, key]) : null;
    if (!result) result = lookup([key]);
    if (result && 'pending' in result) pending = { seq: result.pending.split(' '), at: now };
    return result;
  };
}

/** How a key reads in a hint: "Ctrl K" (or "⌘ K" on Apple keyboards), "→", "Esc". */
export function keyLabel(key: string, apple = false): string {
  if (key === 'Mod+k') return apple ? '⌘ K' : 'Ctrl K';
  return (
    (
      { ArrowRight: '→', ArrowLeft: '←', Escape: 'Esc', PageDown: 'Page Down', PageUp: 'Page Up' } as Record<
        string,
        string
      >
    )[key] ?? key
  );
}
