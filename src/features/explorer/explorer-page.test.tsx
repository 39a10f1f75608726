import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { useLocation, useParams } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from '../../lib/download';
import { LIST_PAGE } from '../../testing/fixtures';
import { API, apiError, apiJson } from '../../testing/handlers';
import { renderRoutes } from '../../testing/render-routes';
import { recordRequests, server } from '../../testing/server';
import { LAST_VISIT_STORAGE_KEY } from '../../stores/last-visit-store';
import { WATCHLIST_STORAGE_KEY, resetWatchlistMemory } from '../../stores/watchlist-store';
import { ExplorerPage } from './explorer-page';

vi.mock('../../lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/download')>()),
  downloadBlob: vi.fn(),
}));

/** Every request of the test (MSW answers from the fixtures: the list page, later pages shifted). */
let calls: URL[] = [];

function DetailStub() {
  const { name } = useParams();
  const location = useLocation();
  return (
    <p>
      detail of {name} {location.search}
    </p>
  );
}

function renderExplorer(url = '/') {
  const { router, queryClient } = renderRoutes(
    [
      { path: '/', element: <ExplorerPage /> },
      { path: '/hashtag/:name', element: <DetailStub /> },
    ],
    url,
  );
  return { router, queryClient, user: userEvent.setup() };
}

const search = (router: { state: { location: { search: string } } }) => router.state.location.search;
const bodyRows = () =>
  within(screen.getByRole('table', { name: /hashtags/i }))
    .getAllByRole('row')
    .slice(1);
const loaded = async () => {
  await screen.findByRole('link', { name: '#robloxtrend' });
  expect(bodyRows()).toHaveLength(20);
};
const hashtagNames = () => bodyRows().map((row) => within(row).getByRole('link').textContent);

beforeEach(() => {
  calls = recordRequests();
  resetWatchlistMemory();
  vi.mocked(downloadBlob).mockClear();
});

describe('ExplorerPage: the ranked table', () => {
  it('holds the space of 20 rows (4rem each) while loading, then shows one row per hashtag', async () => {
    renderExplorer();
    expect(within(screen.getByTestId('skeleton-rows')).getByRole('cell', { hidden: true })).toHaveStyle({
      height: '80rem',
    });
    await loaded();
    expect(screen.queryByTestId('skeleton-rows')).toBeNull();
    const table = screen.getByRole('table', {
      name: 'Trending hashtags in United States, all industries, last 7 days',
    });
    expect(table).toBeInTheDocument();
    const first = bodyRows()[0]!;
    // The first cell is the compare checkbox, then the rank.
    expect(within(first).getAllByRole('cell')[1]).toHaveTextContent('1');
    expect(within(first).getByRole('rowheader')).toHaveTextContent('#robloxtrend');
    expect(within(first).getByRole('rowheader')).toHaveTextContent('Games');
  });

  it('says the rank change in words', async () => {
    renderExplorer();
    await loaded();
    const rows = bodyRows();
    expect(within(rows[0]!).getByText('up 30')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('down 2')).toBeInTheDocument();
    expect(within(rows[5]!).getByText('no change')).toBeInTheDocument();
    expect(within(rows[6]!).getByText('new')).toBeInTheDocument();
    // rank_diff_type 0: no indicator at all
    expect(within(rows[14]!).getAllByRole('cell')[2]).toBeEmptyDOMElement();
  });

  it('links each hashtag to its page, encoded, with the filters carried over', async () => {
    renderExplorer('/?country=JP&period=30&industry=27000000000&page=1');
    await loaded();
    expect(screen.getByRole('link', { name: '#курск' })).toHaveAttribute(
      'href',
      '/hashtag/%D0%BA%D1%83%D1%80%D1%81%D0%BA?country=JP&period=30',
    );
    expect(screen.getByRole('link', { name: '#ラーメン' })).toHaveAttribute(
      'href',
      '/hashtag/%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3?country=JP&period=30',
    );
  });

  it('links without parameters under the default filters', async () => {
    renderExplorer();
    await loaded();
    expect(screen.getByRole('link', { name: '#robloxtrend' })).toHaveAttribute('href', '/hashtag/robloxtrend');
  });

  it('shows compact numbers with the exact value on hover and to screen readers, without a tab stop each', async () => {
    renderExplorer();
    await loaded();
    const cells = within(bodyRows()[0]!).getAllByRole('cell');
    const views = within(cells[3]!.parentElement!).getByTitle('1,063,334,597');
    expect(views).toHaveTextContent('1.1B');
    expect(views).toHaveAccessibleName('1,063,334,597');
    expect(views).not.toHaveAttribute('tabindex');
    expect(within(bodyRows()[0]!).getByTitle('88,003')).toHaveTextContent('88K');
  });

  it('marks promoted hashtags, shows creators and a sparkline', async () => {
    renderExplorer();
    await loaded();
    expect(screen.getAllByText('Promoted')).toHaveLength(2);
    expect(within(bodyRows()[4]!).getByText('Promoted')).toBeInTheDocument();
    const first = bodyRows()[0]!;
    const creators = within(first).getByRole('list', { name: 'Creators' });
    // https avatar as an image (once the rows have stayed a moment); javascript: URL and missing avatar fall back to an initial
    await waitFor(() => expect(within(creators).getByRole('img', { name: 'dailyaria69' }).tagName).toBe('IMG'));
    expect(within(creators).getByRole('img', { name: 'heymaya' }).tagName).toBe('SPAN');
    expect(creators).toHaveTextContent('and 1 more');
    expect(
      within(first).getByRole('img', { name: /^Trend: (rising|falling|steady), now \d+% of peak$/ }),
    ).toBeInTheDocument();
  });

  it('sorts by a column, with aria-sort on the header, and writes the URL', async () => {
    const { router, user } = renderExplorer();
    await loaded();
    const viewsHeader = screen.getByRole('columnheader', { name: /views/i });
    expect(screen.getByRole('columnheader', { name: /rank/i })).toHaveAttribute('aria-sort', 'ascending');
    expect(viewsHeader).toHaveAttribute('aria-sort', 'none');

    await user.click(within(viewsHeader).getByRole('button', { name: /views/i }));
    await waitFor(() => expect(viewsHeader).toHaveAttribute('aria-sort', 'descending'));
    expect(search(router)).toBe('?sort=-views');
    const views = LIST_PAGE.data.list.map((i) => i.video_views);
    const byViews = (names: (string | null)[]) =>
      names.map((n) => LIST_PAGE.data.list.find((i) => `#${i.hashtag_name}` === n)!.video_views);
    expect(byViews(hashtagNames())).toEqual([...views].sort((a, b) => b - a));

    await user.click(within(viewsHeader).getByRole('button', { name: /views/i }));
    await waitFor(() => expect(viewsHeader).toHaveAttribute('aria-sort', 'ascending'));
    expect(byViews(hashtagNames())).toEqual([...views].sort((a, b) => a - b));
  });

  it('sorts by rank change: new entries, then the biggest climbs; unknown last', async () => {
    const { user } = renderExplorer();
    await loaded();
    await user.click(screen.getByRole('button', { name: /change/i }));
    await waitFor(() => expect(within(bodyRows()[0]!).getByText('new')).toBeInTheDocument());
    expect(within(bodyRows()[1]!).getByText('new')).toBeInTheDocument();
    expect(within(bodyRows()[2]!).getByText('up 30')).toBeInTheDocument();
    expect(bodyRows()[19]).toHaveTextContent('#kpopcheck');
  });

  it('hides promoted rows and filters by text within the page', async () => {
    const { router, user } = renderExplorer();
    await loaded();
    await user.click(screen.getByRole('checkbox', { name: 'Hide promoted' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(18));
    expect(screen.getByText('2 of 20 rows on this page hidden')).toBeInTheDocument();
    expect(search(router)).toBe('?hidePromoted=1');

    await user.type(screen.getByRole('searchbox', { name: 'Filter results' }), '#КУР');
    await waitFor(() => expect(hashtagNames()).toEqual(['#курск']));
    expect(new URLSearchParams(search(router)).get('q')).toBe('#КУР');

    await user.clear(screen.getByRole('searchbox', { name: 'Filter results' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter results' }), 'zzz');
    await waitFor(() => expect(screen.getByText('No hashtag on this page matches “zzz”')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Clear the filter text' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(18));
    expect(screen.getByRole('searchbox', { name: 'Filter results' })).toHaveValue('');
  });

  it('paginates: range text, disabled ends, next page prefetched', async () => {
    const { router, user } = renderExplorer();
    await waitFor(() => expect(screen.getByText('1–20 of 100')).toBeInTheDocument());
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(within(nav).getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(calls.some((u) => u.searchParams.get('page') === '2')).toBe(true));

    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('21–40 of 100')).toBeInTheDocument());
    expect(search(router)).toBe('?page=2');
    expect(within(nav).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(bodyRows()[0]).toHaveTextContent('#robloxtrendp2');

    await user.click(within(nav).getByRole('button', { name: 'Page 5' }));
    await waitFor(() => expect(screen.getByText('81–100 of 100')).toBeInTheDocument());
    expect(within(nav).getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('prefetches a hashtag when its row is focused', async () => {
    renderExplorer('/?country=GB');
    await loaded();
    act(() => screen.getByRole('link', { name: '#курск' }).focus());
    await waitFor(() =>
      expect(
        calls.some(
          (u) =>
            u.pathname.endsWith('/detail') &&
            u.searchParams.get('hashtag_name') === 'курск' &&
            u.searchParams.get('country_code') === 'GB',
        ),
      ).toBe(true),
    );
  });

  it('shows when the data was fetched and where from', async () => {
    renderExplorer();
    await waitFor(() =>
      expect(screen.getByTestId('freshness')).toHaveTextContent(/^Updated \d{1,2}:\d{2}( [AP]M)? · demo data$/),
    );
  });
});

describe('ExplorerPage: filters in the URL', () => {
  it('restores every control from a shared URL', async () => {
    renderExplorer('/?country=JP&industry=27000000000&period=30&new=1&limit=50&q=ra&sort=-posts&hidePromoted=1');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('Japan');
    expect(screen.getByRole('combobox', { name: 'Industry' })).toHaveDisplayValue('Food & Beverage');
    expect(screen.getByRole('radio', { name: '30 days' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'New to top 100' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveDisplayValue('50');
    expect(screen.getByRole('searchbox', { name: 'Filter results' })).toHaveValue('ra');
    expect(screen.getByRole('checkbox', { name: 'Hide promoted' })).toBeChecked();
    expect(screen.getByRole('columnheader', { name: /posts/i })).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(calls.some((u) => u.pathname === '/api/tiktok/popular-trend/hashtag')).toBe(true));
    const listCall = calls.find((u) => u.pathname === '/api/tiktok/popular-trend/hashtag')!;
    expect(Object.fromEntries(listCall.searchParams)).toEqual({
      country_code: 'JP',
      industry_id: '27000000000',
      period: '30',
      page: '1',
      limit: '50',
      filter_by: 'new_on_board',
    });
  });

  it('writes each control to the URL and goes back to page 1', async () => {
    const { router, user } = renderExplorer('/?page=3&utm_source=mail');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Industry' }), 'Games');
    expect(search(router)).toBe('?industry=25000000000&utm_source=mail');
    await user.click(screen.getByRole('radio', { name: '120 days' }));
    expect(search(router)).toBe('?period=120&industry=25000000000&utm_source=mail');
    await user.click(screen.getByRole('checkbox', { name: 'New to top 100' }));
    expect(search(router)).toContain('new=1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '100');
    expect(search(router)).toContain('limit=100');
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(search(router)).toBe('?utm_source=mail');
  });

  it('shows a change at once and walks back and forward through history', async () => {
    const { router, user } = renderExplorer();
    await user.click(screen.getByRole('radio', { name: '30 days' }));
    expect(screen.getByRole('radio', { name: '30 days' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'New to top 100' }));
    expect(screen.getByRole('checkbox', { name: 'New to top 100' })).toBeChecked();
    await waitFor(() => expect(search(router)).toBe('?period=30&new=1'));

    await act(() => router.navigate(-1));
    expect(search(router)).toBe('?period=30');
    expect(screen.getByRole('checkbox', { name: 'New to top 100' })).not.toBeChecked();
    await act(() => router.navigate(-1));
    expect(screen.getByRole('radio', { name: '7 days' })).toBeChecked();
    await act(() => router.navigate(1));
    expect(screen.getByRole('radio', { name: '30 days' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'New to top 100' })).not.toBeChecked();
  });

  it('picks a country by typing and keys in the combobox', async () => {
    const { router, user } = renderExplorer();
    const country = screen.getByRole('combobox', { name: 'Country' });
    await user.click(country);
    expect(country).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('turk');
    const listbox = screen.getByRole('listbox');
    expect(within(listbox).getAllByRole('option')).toHaveLength(1);
    expect(within(listbox).getByRole('option', { name: 'Türkiye' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(search(router)).toBe('?country=TR');
    expect(country).toHaveValue('Türkiye');
    expect(country).toHaveAttribute('aria-expanded', 'false');

    await user.clear(country);
    await user.keyboard('united');
    await user.keyboard('{ArrowDown}');
    expect(country).toHaveAttribute('aria-activedescendant', expect.stringContaining('opt-GB'));
    await user.keyboard('{Escape}');
    expect(country).toHaveValue('Türkiye');
    expect(search(router)).toBe('?country=TR');
  });

  it('names bad parameters in a dismissible notice and cleans the URL on dismiss', async () => {
    const { router, user } = renderExplorer('/?country=XX&period=90&limit=50&ref=x');
    const notice = screen.getAllByRole('status').find((el) => el.textContent?.includes('not understood'))!;
    expect(notice).toHaveTextContent('Unknown country “XX”: showing United States');
    expect(notice).toHaveTextContent('Unknown period “90”: showing 7 days');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('United States');
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(search(router)).toBe('?limit=50&ref=x');
    expect(screen.queryByText(/Unknown country/)).toBeNull();
  });

  it('explains an error in plain words with the request id, and retries', async () => {
    server.use(
      http.get(API.list, () => apiError(400, 'industry_id must be an 11-digit id or empty', { request_id: 'req-123' })),
    );
    const { user } = renderExplorer();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A filter was not accepted');
    expect(alert).toHaveTextContent('industry_id must be an 11-digit id or empty');
    expect(alert).toHaveTextContent('req-123');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await loaded();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('suggests widening the filters when nothing matches', async () => {
    server.use(
      http.get(API.list, () =>
        apiJson({
          code: 0,
          msg: 'OK',
          data: { list: [], pagination: { page: 1, size: 20, total: 0, has_more: false } },
        }),
      ),
    );
    const { router, user } = renderExplorer('/?new=1&industry=19000000000');
    expect(await screen.findByText('No hashtags match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all industries' }));
    expect(search(router)).toBe('?new=1');
  });

  it('opens a hashtag with the filters carried over', async () => {
    const { user } = renderExplorer('/?country=FR&period=120');
    await loaded();
    await user.click(screen.getByRole('link', { name: '#курск' }));
    expect(await screen.findByText('detail of курск ?country=FR&period=120')).toBeInTheDocument();
  });
});

const namesOf = (stage: string) => bodyRows().filter((row) => row.querySelector(`[data-stage="${stage}"]`));
const RISING = ['#robloxtrend', '#ラーメン', '#nailartcheck', '#minimalisminspo', '#retirementtrend', '#bunnylife'];

describe('ExplorerPage: trend stage', () => {
  it('shows a stage badge with its reasons in every row', async () => {
    renderExplorer();
    await loaded();
    expect(screen.getByRole('columnheader', { name: /stage/i })).toHaveAttribute('aria-sort', 'none');
    for (const row of bodyRows()) expect(row.querySelector('[data-stage]')).not.toBeNull();
    const first = bodyRows()[0]!;
    expect(within(first).getByText('Rising')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Why Rising?' })).toBeInTheDocument();
    expect(namesOf('Emerging')).toHaveLength(2);
  });

  it('sorts by stage, liveliest first, ties in rank order', async () => {
    const { router, user } = renderExplorer();
    await loaded();
    const header = screen.getByRole('columnheader', { name: /stage/i });
    await user.click(within(header).getByRole('button', { name: /stage/i }));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
    expect(search(router)).toBe('?sort=stage');
    const stages = () => bodyRows().map((row) => row.querySelector('[data-stage]')?.getAttribute('data-stage'));
    expect(stages()).toEqual([
      ...Array(2).fill('Emerging'),
      ...Array(6).fill('Rising'),
      ...Array(3).fill('Peaking'),
      ...Array(2).fill('Steady'),
      ...Array(7).fill('Cooling'),
    ]);
    expect(hashtagNames().slice(2, 8)).toEqual(RISING);

    await user.click(within(header).getByRole('button', { name: /stage/i }));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'));
    expect(search(router)).toBe('?sort=-stage');
    expect(stages()[0]).toBe('Cooling');
    expect(stages()[19]).toBe('Emerging');
  });

  it('filters by stage in the URL, with the other view options', async () => {
    const { router, user } = renderExplorer();
    await loaded();
    const select = screen.getByRole('combobox', { name: 'Stage' });
    expect(select).toHaveDisplayValue('All stages');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All stages', 'Emerging', 'Rising', 'Peaking', 'Cooling', 'Steady']);

    await user.selectOptions(select, 'Rising');
    await waitFor(() => expect(hashtagNames()).toEqual(RISING));
    expect(search(router)).toBe('?stage=Rising');
    expect(screen.getByText('14 of 20 rows on this page hidden')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Hide promoted' }));
    await waitFor(() => expect(hashtagNames()).toEqual(RISING.filter((n) => n !== '#ラーメン')));
    expect(search(router)).toBe('?hidePromoted=1&stage=Rising');

    await user.selectOptions(select, 'All stages');
    await waitFor(() => expect(bodyRows()).toHaveLength(18));
    expect(search(router)).toBe('?hidePromoted=1');
  });

  it('restores the stage from a shared link, and offers to clear it when nothing matches', async () => {
    const { router, user } = renderExplorer('/?stage=Steady&q=kpop');
    await waitFor(() => expect(hashtagNames()).toEqual(['#kpopcheck']));
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveDisplayValue('Steady');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'Emerging');
    expect(await screen.findByText('No hashtag on this page matches “kpop”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all stages' }));
    await waitFor(() => expect(hashtagNames()).toEqual(['#kpopcheck']));
    expect(search(router)).toBe('?q=kpop');
  });

  it('falls back to all stages for an unknown stage and says so', async () => {
    renderExplorer('/?stage=booming');
    const notice = screen.getAllByRole('status').find((el) => el.textContent?.includes('stage'))!;
    expect(notice).toHaveTextContent('Unknown stage “booming”: showing all stages');
    await loaded();
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveDisplayValue('All stages');
  });
});

describe('ExplorerPage: watchlist star', () => {
  it('stars and unstars a row, kept in localStorage', async () => {
    const { user } = renderExplorer();
    await loaded();
    const star = screen.getByRole('button', { name: 'Star #курск' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Star #robloxtrend' }));
    expect(JSON.parse(localStorage.getItem(WATCHLIST_STORAGE_KEY)!)).toEqual({
      version: 1,
      hashtags: ['курск', 'robloxtrend'],
    });

    await user.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'false');
    expect(JSON.parse(localStorage.getItem(WATCHLIST_STORAGE_KEY)!)).toEqual({ version: 1, hashtags: ['robloxtrend'] });
  });

  it('shows stars from an earlier session as pressed', async () => {
    localStorage.setItem(WATCHLIST_STORAGE_KEY, JSON.stringify({ version: 1, hashtags: ['beachtok'] }));
    renderExplorer();
    await loaded();
    expect(screen.getByRole('button', { name: 'Star #beachtok' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Star #robloxtrend' })).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('ExplorerPage: compare selection', () => {
  const box = (name: string) => screen.getByRole('checkbox', { name: `Select #${name} for comparison` });

  it('links the ticked hashtags to Compare under the current country and period', async () => {
    const { user } = renderExplorer('/?country=JP&period=30');
    await loaded();
    expect(screen.getByRole('button', { name: 'Compare (0)' })).toBeDisabled();
    await user.click(box('ラーメン'));
    expect(screen.getByRole('button', { name: 'Compare (1)' })).toBeDisabled();
    expect(screen.getByText('Tick 1 more to compare.')).toBeInTheDocument();
    await user.click(box('robloxtrend'));
    expect(screen.getByRole('link', { name: 'Compare (2)' })).toHaveAttribute(
      'href',
      `/compare?tags=${encodeURIComponent('ラーメン')},robloxtrend&country=JP&period=30`,
    );
    // Unticking drops the name; the order of picking is kept.
    await user.click(box('ラーメン'));
    await user.click(box('курск'));
    expect(screen.getByRole('link', { name: 'Compare (2)' })).toHaveAttribute(
      'href',
      `/compare?tags=robloxtrend,${encodeURIComponent('курск')}&country=JP&period=30`,
    );
  });

  it('caps the selection at 5: the other boxes are disabled with a hint, until one is unticked', async () => {
    const { user } = renderExplorer();
    await loaded();
    const five = ['robloxtrend', 'universitytips', 'курск', 'solotraveldaily', 'parrottips'];
    for (const name of five) await user.click(box(name));
    expect(screen.getByRole('link', { name: 'Compare (5)' })).toHaveAttribute(
      'href',
      `/compare?tags=robloxtrend,universitytips,${encodeURIComponent('курск')},solotraveldaily,parrottips&country=US&period=7`,
    );
    expect(box('laundryinspo')).toBeDisabled();
    expect(box('parrottips')).toBeEnabled();
    expect(
      screen.getAllByRole('checkbox', { name: /for comparison/ }).filter((b) => (b as HTMLInputElement).disabled),
    ).toHaveLength(15);
    expect(screen.getByText('Up to 5 hashtags can be compared: untick one to pick another.')).toBeInTheDocument();

    await user.click(box('universitytips'));
    expect(box('laundryinspo')).toBeEnabled();
    await user.click(box('laundryinspo'));
    expect(screen.getByRole('link', { name: 'Compare (5)' }).getAttribute('href')).toContain(
      'parrottips,laundryinspo&',
    );

    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByRole('button', { name: 'Compare (0)' })).toBeDisabled();
    expect(box('laundryinspo')).not.toBeChecked();
  });

  it('keeps the selection across pages', async () => {
    const { user } = renderExplorer();
    await loaded();
    await user.click(box('robloxtrend'));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByRole('link', { name: '#beachtokp2' });
    await user.click(box('beachtokp2'));
    expect(screen.getByRole('link', { name: 'Compare (2)' })).toHaveAttribute(
      'href',
      '/compare?tags=robloxtrend,beachtokp2&country=US&period=7',
    );
  });
});

describe('ExplorerPage: toolbar actions', () => {
  it('presents the list with the explorer filters', async () => {
    renderExplorer('/?country=GB&industry=25000000000&period=30&new=1&q=x&sort=-views');
    expect(screen.getByRole('link', { name: 'Present' })).toHaveAttribute(
      'href',
      '/present?country=GB&period=30&industry=25000000000&new=1',
    );
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('downloads the rows as shown (sorted and filtered) as CSV', async () => {
    const { user } = renderExplorer('/?sort=-views&hidePromoted=1');
    const button = screen.getByRole('button', { name: 'Download CSV' });
    expect(button).toBeDisabled();
    await waitFor(() => expect(bodyRows()).toHaveLength(18));
    expect(button).toHaveAttribute('title', 'Download the 18 rows shown, sorted and filtered as on screen');
    await user.click(button);

    // The CSV code loads on the press.
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    const [blob, fileName] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(fileName).toBe('hashtags-us-7-days-page-1.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const lines = (await blob.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(0, -1);
    expect(lines[0]).toBe('rank,hashtag,industry,posts,views,rank change,promoted,country,period');
    expect(lines).toHaveLength(19);
    expect(lines.slice(1).map((l) => `#${l.split(',')[1]}`)).toEqual(hashtagNames());
    expect(lines[1]).toBe('1,robloxtrend,Games,88003,1063334597,up 30,no,United States,7 days');
    expect(lines.some((l) => l.includes(',yes,'))).toBe(false);
  });

  it('names the CSV after the filters and page', async () => {
    const { user } = renderExplorer('/?country=JP&period=120&industry=25000000000&new=1&page=2&stage=Rising');
    await screen.findByRole('link', { name: '#robloxtrendp2' });
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    const [blob, fileName] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(fileName).toBe('hashtags-jp-120-days-games-new-page-2.csv');
    const lines = (await blob.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(0, -1);
    expect(lines).toHaveLength(1 + RISING.length);
    expect(lines[1]).toMatch(/^21,robloxtrendp2,Games,.*,Japan,120 days$/);
  });
});

describe('ExplorerPage: changes since the last visit', () => {
  const DAY_MS = 86_400_000;
  /** The fixture's page as an earlier visit saw it: #1 and #10 swapped, #7 held by a name gone today. */
  function seedPreviousVisit(savedAt = Date.now() - 2 * DAY_MS) {
    const ranks = LIST_PAGE.data.list.map((item): [string, number] => [item.hashtag_name, item.rank]);
    const previous = ranks.map(([name, rank]): [string, number] =>
      name === 'robloxtrend'
        ? [name, 10]
        : name === 'nailartcheck'
          ? [name, 1]
          : name === 'selfcaretok'
            ? ['oldfavourite', 7]
            : [name, rank],
    );
    localStorage.setItem(
      LAST_VISIT_STORAGE_KEY,
      JSON.stringify({ version: 1, entries: { 'US|all|7|new0': { current: { savedAt, ranks: previous } } } }),
    );
    return savedAt;
  }

  it('says nothing on a first visit, and records the page for the next one', async () => {
    renderExplorer();
    await loaded();
    expect(screen.queryByRole('button', { name: 'Mark all as seen' })).toBeNull();
    expect(document.querySelector('[data-change]')).toBeNull();
    await waitFor(() => expect(localStorage.getItem(LAST_VISIT_STORAGE_KEY)).toContain('robloxtrend'));
  });

  it('marks new, climbed and fell rows, lists what dropped out, and clears them on "Mark all as seen"', async () => {
    const since = seedPreviousVisit();
    const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(since);
    const { user } = renderExplorer();
    await loaded();
    const row = (name: string) => bodyRows().find((r) => within(r).getByRole('link').textContent === `#${name}`)!;
    expect(within(row('robloxtrend')).getByText(`Up 9 places since ${date}`)).toBeInTheDocument();
    expect(within(row('nailartcheck')).getByText(`Down 9 places since ${date}`)).toBeInTheDocument();
    expect(within(row('selfcaretok')).getByText(`New since ${date}`)).toBeInTheDocument();
    expect(document.querySelectorAll('[data-change]')).toHaveLength(3);
    expect(screen.getByText(`Since your last visit on ${date}:`)).toBeInTheDocument();

    const dropped = screen.getByRole('region', { name: 'Dropped out since your last visit' });
    expect(dropped).toHaveTextContent(`Dropped out of the top 20 since ${date}: #oldfavourite (was 7)`);
    expect(within(dropped).getByRole('link', { name: '#oldfavourite' })).toHaveAttribute(
      'href',
      '/hashtag/oldfavourite',
    );

    // Markers follow their rows through the view options.
    await user.click(screen.getByRole('button', { name: /^views/i }));
    expect(within(row('robloxtrend')).getByText(`Up 9 places since ${date}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mark all as seen' }));
    expect(document.querySelector('[data-change]')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Dropped out since your last visit' })).toBeNull();
    expect(screen.getByText('All changes marked as seen.')).toHaveFocus();
  });

  it('keeps the markers through a reload in the same visit, and not after "Mark all as seen"', async () => {
    seedPreviousVisit();
    const first = renderExplorer();
    await loaded();
    expect(document.querySelectorAll('[data-change]')).toHaveLength(3);
    first.router.dispose();
    document.body.innerHTML = '';

    const second = renderExplorer();
    await loaded();
    expect(document.querySelectorAll('[data-change]')).toHaveLength(3);
    await second.user.click(screen.getByRole('button', { name: 'Mark all as seen' }));
    second.router.dispose();
    document.body.innerHTML = '';

    renderExplorer();
    await loaded();
    expect(document.querySelector('[data-change]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark all as seen' })).toBeNull();
  });

  it('compares the fetched page, not the filtered view: rows hidden on screen are not "dropped out"', async () => {
    seedPreviousVisit();
    renderExplorer('/?stage=Cooling&hidePromoted=1');
    await waitFor(() => expect(bodyRows()).toHaveLength(7));
    const dropped = screen.getByRole('region', { name: 'Dropped out since your last visit' });
    expect(within(dropped).getAllByRole('link')).toHaveLength(1);
  });
});
