import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useShownSearch } from './use-shown-search';

function renderShown(...entries: string[]) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={entries} initialIndex={entries.length - 1}>
      {children}
    </MemoryRouter>
  );
  return renderHook(() => ({ ...useShownSearch(), location: useLocation(), navigate: useNavigate() }), { wrapper });
}

describe('useShownSearch', () => {
  it('shows the query written, and keeps the same params while the query stays the same', async () => {
    const { result, rerender } = renderShown('/hashtag/x?period=30');
    act(() => result.current.write(new URLSearchParams('period=7&country=FR')));
    // (Showing it before the router applies the URL is checked in Chromium: e2e/hashtag.spec.ts.)
    expect(result.current.search).toBe('period=7&country=FR');
    await waitFor(() => expect(result.current.location.search).toBe('?period=7&country=FR'));
    expect(result.current.location.pathname).toBe('/hashtag/x');
    const shown = result.current.params;
    rerender();
    expect(result.current.params).toBe(shown);
  });

  it('passes the navigation options on: replace keeps one history entry, state is kept', async () => {
    const { result } = renderShown('/watchlist', '/?period=30');
    act(() => result.current.write(new URLSearchParams('period=7'), { replace: true, state: { from: '/?page=2' } }));
    await waitFor(() => expect(result.current.location.search).toBe('?period=7'));
    expect(result.current.location.state).toEqual({ from: '/?page=2' });
    act(() => void result.current.navigate(-1));
    // Back skips the replaced entry.
    await waitFor(() => expect(result.current.location.pathname).toBe('/watchlist'));
  });

  it('follows a navigation it did not make: Back shows the previous query, not the one written', async () => {
    const { result } = renderShown('/?period=30');
    act(() => result.current.write(new URLSearchParams('period=120')));
    await waitFor(() => expect(result.current.location.search).toBe('?period=120'));
    act(() => void result.current.navigate(-1));
    await waitFor(() => expect(result.current.location.search).toBe('?period=30'));
    expect(result.current.search).toBe('period=30');
    expect(result.current.params.get('period')).toBe('30');
  });
});
