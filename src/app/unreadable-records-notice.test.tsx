import { act, cleanup, screen } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../testing/render-routes';
import { LAST_VISIT_STORAGE_KEY, readSnapshot } from '../stores/last-visit-store';
import { UnreadableRecordsNotice } from './unreadable-records-notice';
import { resetUnreadableRecords } from '../stores/unreadable-records';
import { WatchlistPage } from '../features/watchlist/watchlist-page';
import { WATCHLIST_STORAGE_KEY, readWatchlist, resetWatchlistMemory, toggleWatch } from '../stores/watchlist-store';

const NEWER_WATCHLIST = JSON.stringify({ version: 2, hashtags: [{ name: 'chatgpt', starredAt: 1764662400000 }] });

/** A fresh page load: module state forgotten, storage as it was. */
function load() {
  cleanup();
  resetUnreadableRecords();
  resetWatchlistMemory();
  return renderRoutes(
    [
      {
        element: (
          <>
            <UnreadableRecordsNotice />
            <Outlet />
          </>
        ),
        children: [{ path: '/watchlist', element: <WatchlistPage /> }],
      },
    ],
    '/watchlist',
  );
}

const notices = () => screen.queryAllByText(/could not be read/);

describe('UnreadableRecordsNotice', () => {
  it('says once that a stored watchlist of a newer version could not be read, and it stays kept', async () => {
    localStorage.setItem(WATCHLIST_STORAGE_KEY, NEWER_WATCHLIST);
    load();
    expect(await screen.findByText(/Your saved watchlist could not be read/)).toHaveTextContent(
      'Your saved watchlist could not be read: it was damaged or saved by a newer version of this app. It is kept unchanged as a backup in this browser, and a new one starts here.',
    );
    expect(screen.getByRole('heading', { name: 'No starred hashtags yet' })).toBeInTheDocument();

    // Starring writes a new watchlist; the unreadable one stays in its backup, and nothing is said twice.
    act(() => void toggleWatch('ラーメン'));
    expect(readWatchlist()).toEqual(['ラーメン']);
    expect(localStorage.getItem(`${WATCHLIST_STORAGE_KEY}.backup`)).toBe(NEWER_WATCHLIST);
    expect(notices()).toHaveLength(1);

    // The next visit reads the new watchlist and says nothing.
    load();
    expect(await screen.findByRole('link', { name: '#ラーメン' })).toBeInTheDocument();
    expect(notices()).toHaveLength(0);
  });

  it('does not say it again on the next visit when the record is already kept, and names both records', async () => {
    localStorage.setItem(WATCHLIST_STORAGE_KEY, '{"version":1,"hashtags":["cut off');
    load();
    expect(await screen.findByText(/Your saved watchlist could not be read/)).toBeInTheDocument();

    load();
    expect(screen.getByRole('heading', { name: 'No starred hashtags yet' })).toBeInTheDocument();
    await act(async () => {});
    expect(notices()).toHaveLength(0);

    localStorage.setItem(LAST_VISIT_STORAGE_KEY, JSON.stringify({ version: 2, visits: [] }));
    localStorage.setItem(WATCHLIST_STORAGE_KEY, NEWER_WATCHLIST);
    load();
    act(() => void readSnapshot('US|all|7|new0'));
    expect(
      await screen.findByText(/Your saved watchlist and record of your last visit could not be read: they were/),
    ).toBeInTheDocument();
    expect(localStorage.getItem(`${LAST_VISIT_STORAGE_KEY}.backup`)).toBe(JSON.stringify({ version: 2, visits: [] }));
  });
});
