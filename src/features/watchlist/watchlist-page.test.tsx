import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { listBodyText, listItem } from '../../testing/fixtures';
import { API, apiError, apiJson, param } from '../../testing/handlers';
import { renderRoutes } from '../../testing/render-routes';
import { recordRequests, server } from '../../testing/server';
import { WatchlistPage } from './watchlist-page';
import { readWatchlist, resetWatchlistMemory, toggleWatch } from '../../stores/watchlist-store';

let requested: URL[] = [];

/** #chatgpt is new in the top 100 at 3; #gone has no detail there; #broken's detail has the wrong shape. */
function serveWatchlistApi() {
  server.use(
    http.get(API.list, () =>
      apiJson(
        listBodyText([listItem('robloxtrend', 1), listItem('chatgpt', 3, { rank_diff_type: 4, rank_diff: undefined })]),
      ),
    ),
    http.get(API.detail, ({ request }) => {
      const name = param(request, 'hashtag_name');
      if (name === 'gone') return apiError(404, 'hashtag not found');
      if (name === 'broken') return apiJson('{"code":0,"data":{"info":{"hashtag_name":1}}}');
      return undefined; // the seed detail under that name (src/testing/handlers.ts)
    }),
  );
}

function renderPage(path = '/watchlist') {
  return renderRoutes(
    [
      { path: '/watchlist', element: <WatchlistPage /> },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    path,
  ).router;
}

beforeEach(() => {
  resetWatchlistMemory();
  requested = recordRequests();
  serveWatchlistApi();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('WatchlistPage', () => {
  it('explains how to star when the watchlist is empty, and still offers Import', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Watchlist' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No starred hashtags yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'trending list' })).toHaveAttribute('href', '/');
    expect(screen.getByLabelText('Import watchlist')).toHaveAttribute('type', 'file');
    expect(screen.getByRole('button', { name: 'Export' })).toBeDisabled();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(requested).toHaveLength(0);
  });

  it('shows each starred hashtag with rank, figures and stage for the chosen country and period, with per-row errors', async () => {
    ['chatgpt', 'gone', 'broken'].forEach((n) => toggleWatch(n));
    renderPage('/watchlist?country=GB&period=30');
    const table = screen.getByRole('table', { name: 'Watchlist hashtags' });

    const chatgpt = within(table).getByRole('row', { name: /#chatgpt/ });
    await waitFor(() => expect(within(chatgpt).getByText('Emerging')).toBeInTheDocument());
    expect(within(chatgpt).getByRole('link', { name: '#chatgpt' })).toHaveAttribute(
      'href',
      '/hashtag/chatgpt?country=GB&period=30',
    );
    expect(within(chatgpt).getByText('3')).toBeInTheDocument();
    expect(within(chatgpt).getByLabelText('17,543')).toBeInTheDocument(); // seed publish_cnt
    expect(within(chatgpt).getByRole('button', { name: 'Why Emerging?' })).toBeInTheDocument();

    const gone = within(table).getByRole('row', { name: /#gone/ });
    await waitFor(() => expect(gone).toHaveTextContent('No data for #gone in United Kingdom over 30 days.'));
    expect(gone).toHaveTextContent(/Not in top 100/);
    const broken = within(table).getByRole('row', { name: /#broken/ });
    await waitFor(() => expect(broken).toHaveTextContent('Could not load: Unexpected data from the server.'));
    expect(within(broken).getByRole('button', { name: 'Retry #broken' })).toBeInTheDocument();

    const details = requested.filter((u) => u.pathname.endsWith('/detail'));
    expect(details.map((u) => u.searchParams.get('hashtag_name')).sort()).toEqual(['broken', 'chatgpt', 'gone']);
    expect(
      requested.every((u) => u.searchParams.get('country_code') === 'GB' && u.searchParams.get('period') === '30'),
    ).toBe(true);
    expect(requested.find((u) => !u.pathname.endsWith('/detail'))?.searchParams.get('limit')).toBe('100');

    expect(screen.getByRole('link', { name: 'Open in Compare' })).toHaveAttribute(
      'href',
      '/compare?tags=chatgpt,gone,broken&country=GB&period=30',
    );
    expect(screen.getByRole('link', { name: 'Present' })).toHaveAttribute(
      'href',
      '/present?tags=chatgpt,gone,broken&country=GB&period=30',
    );
  });

  it('writes the period into the URL, keeping other parameters', async () => {
    const user = userEvent.setup();
    toggleWatch('chatgpt');
    const router = renderPage('/watchlist?country=GB&keep=1');
    await user.click(screen.getByRole('radio', { name: '120 days' }));
    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({ country: 'GB', keep: '1', period: '120' });
    await waitFor(() => expect(requested.some((u) => u.searchParams.get('period') === '120')).toBe(true));
  });

  it('says when a URL parameter was not understood', () => {
    renderPage('/watchlist?country=XX');
    expect(screen.getByText(/Unknown country “XX”/).closest('[role="status"]')).toBeInTheDocument();
  });

  it('unstars from the table', async () => {
    const user = userEvent.setup();
    toggleWatch('chatgpt');
    toggleWatch('other');
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Star #other' }));
    expect(screen.queryByRole('row', { name: /#other/ })).not.toBeInTheDocument();
    expect(readWatchlist()).toEqual(['chatgpt']);
  });

  it('exports watchlist.json and imports a file back, merged', async () => {
    const user = userEvent.setup();
    toggleWatch('chatgpt');
    let blob: Blob | undefined;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: vi.fn((b: Blob) => ((blob = b), 'blob:watchlist')),
        revokeObjectURL: vi.fn(),
      }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('watchlist.json');
      expect(this.href).toBe('blob:watchlist');
    });
    renderPage();

    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(click).toHaveBeenCalledOnce();
    const exported = JSON.parse(await blob!.text()) as { hashtags: string[] };
    expect(exported).toMatchObject({ format: 'hashtag-watchlist', version: 1, hashtags: ['chatgpt'] });

    const shared = JSON.stringify({ ...exported, hashtags: ['chatgpt', 'ラーメン', 'two words'] });
    await user.upload(
      screen.getByLabelText('Import watchlist'),
      new File([shared], 'watchlist.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(screen.getByText('Added 1 hashtag: #ラーメン.')).toBeInTheDocument());
    expect(screen.getByText('Entry 3 skipped: not a hashtag name.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '#ラーメン' })).toHaveAttribute(
      'href',
      `/hashtag/${encodeURIComponent('ラーメン')}`,
    );
  });
});
