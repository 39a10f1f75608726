import { describe, expect, it } from 'vitest';
import { createMatcher, keyLabel, SEQUENCE_MS, SHORTCUTS, type KeyInput } from './registry';

const NOW = 1_000_000;

function key(k: string, init: Partial<KeyInput> = {}): KeyInput {
  return {
    key: k,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    shiftKey: false,
    target: document.body,
    ...init,
  };
}

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild!;
}

describe('the registry', () => {
  it('has unique ids and no key claimed twice by the app', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    const appKeys = SHORTCUTS.filter((s) => !('deck' in s)).flatMap((s) => s.keys);
    expect(new Set(appKeys).size).toBe(appKeys.length);
  });

  it('lists the keys the issue asks for', () => {
    const keys = Object.fromEntries(SHORTCUTS.map((s) => [s.id, s.keys.join(',')]));
    expect(keys).toMatchObject({
      filter: '/',
      country: 'c',
      industry: 'i',
      'period-7': '1',
      'period-30': '2',
      'period-120': '3',
      'new-only': 'n',
      'row-next': 'j',
      'row-previous': 'k',
      open: 'Enter',
      tick: 'x',
      star: 's',
      present: 'p',
      embed: 'e',
      'go-watchlist': 'g w',
      help: '?',
      palette: 'Mod+k',
    });
  });
});

describe('createMatcher', () => {
  it('matches single keys, "?" with Shift, and a letter typed with Caps Lock', () => {
    const match = createMatcher();
    expect(match(key('c'), true, NOW)).toEqual({ id: 'country' });
    expect(match(key('/'), true, NOW)).toEqual({ id: 'filter' });
    expect(match(key('?', { shiftKey: true }), true, NOW)).toEqual({ id: 'help' });
    expect(match(key('2'), true, NOW)).toEqual({ id: 'period-30' });
    expect(match(key('J'), true, NOW)).toEqual({ id: 'row-next' }); // Caps Lock, no Shift
    expect(match(key('J', { shiftKey: true }), true, NOW)).toBeNull(); // Shift+J is not j
    expect(match(key('q'), true, NOW)).toBeNull();
  });

  it('matches the two-key sequence g w within its time, and nothing after it', () => {
    const match = createMatcher();
    expect(match(key('g'), true, NOW)).toEqual({ pending: 'g' });
    expect(match(key('w'), true, NOW + 500)).toEqual({ id: 'go-watchlist' });
    // "w" alone is nothing
    expect(match(key('w'), true, NOW + 600)).toBeNull();
    // too slow: the second key counts on its own
    expect(match(key('g'), true, NOW)).toEqual({ pending: 'g' });
    expect(match(key('w'), true, NOW + SEQUENCE_MS + 1)).toBeNull();
  });

  it('lets another key break a sequence and still count on its own; Shift alone keeps it waiting', () => {
    const match = createMatcher();
    expect(match(key('g'), true, NOW)).toEqual({ pending: 'g' });
    expect(match(key('c'), true, NOW + 10)).toEqual({ id: 'country' });
    expect(match(key('w'), true, NOW + 20)).toBeNull();
    expect(match(key('g'), true, NOW)).toEqual({ pending: 'g' });
    expect(match(key('Shift', { shiftKey: true }), true, NOW + 10)).toEqual({ pending: 'g' });
  });

  it('never fires while typing in a field, a select or editable content', () => {
    const match = createMatcher();
    for (const html of [
      '<input type="text">',
      '<input type="search">',
      '<input>',
      '<textarea></textarea>',
      '<select><option>a</option></select>',
      '<div contenteditable="true"><span>x</span></div>',
      '<div role="textbox"></div>',
    ]) {
      const target = element(html);
      expect(match(key('c', { target }), true, NOW), html).toBeNull();
      expect(match(key('/', { target }), true, NOW), html).toBeNull();
    }
    const inEditable = element('<div contenteditable="true"><b>bold</b></div>').firstElementChild!;
    expect(match(key('c', { target: inEditable }), true, NOW)).toBeNull();
    // a checkbox or radio takes no text: its shortcuts work there
    expect(match(key('n', { target: element('<input type="checkbox">') }), true, NOW)).toEqual({ id: 'new-only' });
    expect(match(key('1', { target: element('<input type="radio">') }), true, NOW)).toEqual({ id: 'period-7' });
  });

  it('never fires with Ctrl, Alt or Meta held, except Ctrl/⌘+K for the palette (in fields too)', () => {
    const match = createMatcher();
    expect(match(key('c', { ctrlKey: true }), true, NOW)).toBeNull();
    expect(match(key('c', { altKey: true }), true, NOW)).toBeNull();
    expect(match(key('c', { metaKey: true }), true, NOW)).toBeNull();
    expect(match(key('?', { shiftKey: true, altKey: true }), true, NOW)).toBeNull();
    expect(match(key('k', { ctrlKey: true }), true, NOW)).toEqual({ id: 'palette' });
    expect(match(key('k', { metaKey: true }), true, NOW)).toEqual({ id: 'palette' });
    expect(match(key('k', { ctrlKey: true, altKey: true }), true, NOW)).toBeNull();
    expect(match(key('k', { ctrlKey: true, shiftKey: true }), true, NOW)).toBeNull();
    expect(match(key('k', { ctrlKey: true, target: element('<input type="text">') }), true, NOW)).toEqual({
      id: 'palette',
    });
  });

  it('turned off: nothing but the palette', () => {
    const match = createMatcher();
    expect(match(key('c'), false, NOW)).toBeNull();
    expect(match(key('?', { shiftKey: true }), false, NOW)).toBeNull();
    expect(match(key('g'), false, NOW)).toBeNull();
    expect(match(key('k', { ctrlKey: true }), false, NOW)).toEqual({ id: 'palette' });
  });

  it('leaves Enter on a button or link to it, and handled or composing events alone', () => {
    const match = createMatcher();
    expect(match(key('Enter'), true, NOW)).toEqual({ id: 'open' });
    expect(match(key('Enter', { target: element('<a href="/x">x</a>') }), true, NOW)).toBeNull();
    expect(match(key('Enter', { target: element('<button>x</button>') }), true, NOW)).toBeNull();
    expect(match(key('c', { defaultPrevented: true }), true, NOW)).toBeNull();
    expect(match(key('c', { isComposing: true }), true, NOW)).toBeNull();
  });

  it('never matches the deck’s own keys (the deck handles them)', () => {
    const match = createMatcher();
    expect(match(key('ArrowRight'), true, NOW)).toBeNull();
    expect(match(key('f'), true, NOW)).toBeNull();
    expect(match(key('Escape'), true, NOW)).toBeNull();
  });
});

describe('keyLabel', () => {
  it('names keys for people', () => {
    expect(keyLabel('Mod+k')).toBe('Ctrl K');
    expect(keyLabel('Mod+k', true)).toBe('⌘ K');
    expect(keyLabel('ArrowRight')).toBe('→');
    expect(keyLabel('Escape')).toBe('Esc');
    expect(keyLabel('c')).toBe('c');
  });
});
