import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useExplorerFilters } from './url-state';

function renderFilters(initial: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[initial]}>{children}</MemoryRouter>
  );
  return renderHook(() => ({ ...useExplorerFilters(), location: useLocation(), navigate: useNavigate() }), { wrapper });
}

describe('useExplorerFilters', () => {
  it('shows a change at once, and keeps the same filters when the router catches up with the URL', async () => {
    const { result } = renderFilters('/?country=GB&x=1');
    act(() => result.current.update({ period: 30 }));
    // The new filters and query string before the router has applied the URL...
    expect(result.current.filters.period).toBe(30);
    expect(result.current.search).toBe('country=GB&period=30&x=1');
    const shown = result.current.filters;
    // ...and the very same object once it has: nothing downstream (rows, their links) renders again.
    await waitFor(() => expect(result.current.location.search).toBe('?country=GB&period=30&x=1'));
    expect(result.current.filters).toBe(shown);
    expect(result.current.search).toBe('country=GB&period=30&x=1');
  });

  it('follows a navigation it did not make: Back shows the previous filters', async () => {
    const { result } = renderFilters('/?period=30');
    act(() => result.current.update({ period: 120 }));
    await waitFor(() => expect(result.current.location.search).toBe('?period=120'));
    act(() => void result.current.navigate(-1));
    await waitFor(() => expect(result.current.location.search).toBe('?period=30'));
    expect(result.current.filters.period).toBe(30);
    expect(result.current.search).toBe('period=30');
  });
});
