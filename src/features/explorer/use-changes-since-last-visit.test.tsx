import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { VISIT_GAP_MS, saveSnapshot, type RankedRow } from '../../stores/last-visit-store';
import { useChangesSinceLastVisit } from './use-changes-since-last-visit';
import { ChangeMarker } from './change-marker';
import { DroppedOutList } from './dropped-out-list';
import { formatVisitDate } from './visit-date';

const KEY = 'US|all|7|new0';
const T0 = new Date(2025, 10, 12, 9, 0).getTime();
const rows = (...names: string[]): RankedRow[] => names.map((hashtag_name, i) => ({ hashtag_name, rank: i + 1 }));
const LAST_TIME = rows('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const NOW = rows('h', 'a', 'b', 'c', 'd', 'e', 'new', 'g');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0 + VISIT_GAP_MS + 60_000);
});
afterEach(() => vi.useRealTimers());

describe('useChangesSinceLastVisit', () => {
  it('shows nothing on a first visit and records the ranking for the next once idle', async () => {
    const { result } = renderHook(() => useChangesSinceLastVisit(KEY, NOW));
    expect(result.current).toMatchObject({ since: undefined, hasChanges: false, droppedOut: [] });
    expect(result.current.markers.size).toBe(0);
    // Not written during the render or its effects (they run before the paint after a click)...
    expect(localStorage.getItem('trends.lastVisit.v1')).toBeNull();
    // ...but right after.
    await waitFor(() => expect(localStorage.getItem('trends.lastVisit.v1')).toContain('"new"'));
  });

  it('marks changes against the previous visit, not against what it just saved, until marked as seen', () => {
    saveSnapshot(KEY, LAST_TIME, T0);
    const { result, rerender } = renderHook(({ r }) => useChangesSinceLastVisit(KEY, r), { initialProps: { r: NOW } });
    expect(result.current.since).toBe(T0);
    expect(Object.fromEntries(result.current.markers)).toEqual({
      h: { kind: 'climbed', places: 7 },
      new: { kind: 'new' },
    });
    expect(result.current.droppedOut).toEqual([{ name: 'f', rank: 6 }]);
    expect(result.current.hasChanges).toBe(true);

    rerender({ r: [...NOW] }); // a background refetch: saved again, still compared with last visit
    expect(result.current.markers.size).toBe(2);

    // A remount within the same visit (back from a detail page) still shows the markers.
    const again = renderHook(() => useChangesSinceLastVisit(KEY, NOW));
    expect(again.result.current.markers.size).toBe(2);

    act(() => result.current.markAllSeen());
    expect(result.current.markers.size).toBe(0);
    expect(result.current.droppedOut).toEqual([]);
    expect(result.current.hasChanges).toBe(false);
    const afterMark = renderHook(() => useChangesSinceLastVisit(KEY, NOW));
    expect(afterMark.result.current.hasChanges).toBe(false);
  });

  it('waits for rows, and reads each filter set its own baseline', () => {
    saveSnapshot(KEY, LAST_TIME, T0);
    const { result, rerender } = renderHook(({ k, r }) => useChangesSinceLastVisit(k, r), {
      initialProps: { k: KEY, r: undefined as RankedRow[] | undefined },
    });
    expect(result.current.markers.size).toBe(0);
    rerender({ k: KEY, r: NOW });
    expect(result.current.markers.size).toBe(2);
    rerender({ k: 'GB|all|7|new0', r: undefined });
    expect(result.current).toMatchObject({ since: undefined, hasChanges: false });
    rerender({ k: 'GB|all|7|new0', r: NOW });
    expect(result.current.markers.size).toBe(0);
  });
});

describe('markers and the dropped-out list', () => {
  const date = () => formatVisitDate(T0);

  it('words each marker with its date, arrows decorative', () => {
    const { container } = render(
      <>
        <ChangeMarker marker={{ kind: 'new' }} since={T0} />
        <ChangeMarker marker={{ kind: 'climbed', places: 7 }} since={T0} />
        <ChangeMarker marker={{ kind: 'fell', places: 1 }} since={T0} />
      </>,
    );
    expect(screen.getByText(`New since ${date()}`)).toBeInTheDocument();
    expect(screen.getByText(`Up 7 places since ${date()}`)).toHaveClass('sr-only');
    expect(screen.getByText(`Down 1 place since ${date()}`)).toBeInTheDocument();
    expect(container.textContent).toContain(`▲ 7 since ${date()}`);
    expect(formatVisitDate(T0, T0, 'en-GB')).toBe('12 Nov');
    expect(formatVisitDate(T0, new Date(2026, 0, 2).getTime(), 'en-GB')).toBe('12 Nov 2025');
  });

  it('lists dropped-out names with their old rank and the range they left', () => {
    render(
      <MemoryRouter>
        <DroppedOutList
          droppedOut={[
            { name: 'a', rank: 12 },
            { name: 'b', rank: 18 },
          ]}
          since={T0}
          range={{ from: 1, to: 20 }}
          hrefFor={(n) => `/hashtag/${n}`}
        />
      </MemoryRouter>,
    );
    const section = screen.getByRole('region', { name: 'Dropped out since your last visit' });
    expect(section).toHaveTextContent(`Dropped out of the top 20 since ${date()}: #a (was 12), #b (was 18)`);
    expect(screen.getByRole('link', { name: '#a' })).toHaveAttribute('href', '/hashtag/a');
  });

  it('words another page as a range, and renders nothing when nothing dropped out', () => {
    const { container, rerender } = render(
      <DroppedOutList droppedOut={[{ name: 'x', rank: 25 }]} since={T0} range={{ from: 21, to: 40 }} />,
    );
    expect(container).toHaveTextContent(`Dropped out of ranks 21–40 since ${date()}: #x (was 25)`);
    rerender(<DroppedOutList droppedOut={[]} since={T0} />);
    expect(container).toBeEmptyDOMElement();
  });
});
