import { describe, expect, it } from 'vitest';
import { deckAction, type DeckKeyEvent } from './deck-keys';

function key(k: string, init: Partial<DeckKeyEvent> = {}): DeckKeyEvent {
  return { key: k, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, target: document.body, ...init };
}

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild!;
}

describe('deckAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'exit'],
  ])('maps %j to %s', (k, action) => {
    expect(deckAction(key(k))).toBe(action);
  });

  it('ignores other keys and any modifier', () => {
    expect(deckAction(key('a'))).toBeNull();
    expect(deckAction(key('Enter'))).toBeNull();
    expect(deckAction(key('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(deckAction(key('ArrowLeft', { altKey: true }))).toBeNull(); // browser Back
    expect(deckAction(key('f', { metaKey: true }))).toBeNull();
    expect(deckAction(key(' ', { shiftKey: true }))).toBeNull();
    expect(deckAction(key('ArrowRight', { defaultPrevented: true }))).toBeNull();
  });

  it('leaves typing in fields and selects alone', () => {
    expect(deckAction(key('ArrowRight', { target: element('<input type="text">') }))).toBeNull();
    expect(deckAction(key('f', { target: element('<input type="search">') }))).toBeNull();
    expect(deckAction(key('Home', { target: element('<textarea></textarea>') }))).toBeNull();
    expect(deckAction(key('ArrowLeft', { target: element('<select><option>a</option></select>') }))).toBeNull();
  });

  it('lets Space activate a focused button or link, but arrows still move', () => {
    const button = element('<button type="button">Fullscreen</button>');
    expect(deckAction(key(' ', { target: button }))).toBeNull();
    expect(deckAction(key('ArrowRight', { target: button }))).toBe('next');
    const link = element('<a href="/">Exit</a>');
    expect(deckAction(key(' ', { target: link }))).toBeNull();
    expect(deckAction(key(' ', { target: element('<section tabindex="-1"><h1>Slide</h1></section>') }))).toBe('next');
  });
});
