import { fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { listenForShortcuts, setShortcutsEnabled, SHORTCUTS_STORAGE_KEY, useShortcut } from './use-shortcut';

function Harness({
  onCountry,
  onStar,
  starOn = true,
}: {
  onCountry: () => void;
  onStar: () => void;
  starOn?: boolean;
}) {
  useEffect(() => listenForShortcuts(), []);
  useShortcut('country', onCountry);
  useShortcut('star', onStar, starOn);
  const [text, setText] = useState('');
  return <input aria-label="Filter" value={text} onChange={(e) => setText(e.target.value)} />;
}

describe('useShortcut and the listener', () => {
  it('calls the registered handler and prevents the key’s default', () => {
    const onCountry = vi.fn();
    render(<Harness onCountry={onCountry} onStar={() => {}} />);
    const event = new KeyboardEvent('keydown', { key: 'c', bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(onCountry).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('does not fire while typing in a field', () => {
    const onCountry = vi.fn();
    render(<Harness onCountry={onCountry} onStar={() => {}} />);
    fireEvent.keyDown(screen.getByLabelText('Filter'), { key: 'c' });
    expect(onCountry).not.toHaveBeenCalled();
  });

  it('does nothing (and leaves the default) for a shortcut with no handler enabled', () => {
    const onStar = vi.fn();
    render(<Harness onCountry={() => {}} onStar={onStar} starOn={false} />);
    const event = new KeyboardEvent('keydown', { key: 's', bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(onStar).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('is silent once turned off, which is kept in localStorage', () => {
    const onCountry = vi.fn();
    render(<Harness onCountry={onCountry} onStar={() => {}} />);
    setShortcutsEnabled(false);
    expect(localStorage.getItem(SHORTCUTS_STORAGE_KEY)).toBe('off');
    fireEvent.keyDown(document.body, { key: 'c' });
    expect(onCountry).not.toHaveBeenCalled();
    setShortcutsEnabled(true);
    fireEvent.keyDown(document.body, { key: 'c' });
    expect(onCountry).toHaveBeenCalledTimes(1);
  });

  it('stops listening when unmounted', () => {
    const onCountry = vi.fn();
    const { unmount } = render(<Harness onCountry={onCountry} onStar={() => {}} />);
    unmount();
    fireEvent.keyDown(document.body, { key: 'c' });
    expect(onCountry).not.toHaveBeenCalled();
  });
});
