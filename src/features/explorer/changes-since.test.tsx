import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { daysBefore } from '../../lib/history-days';
import { HISTORY_CHANGES_UNTRACKED as untrackedBody, HISTORY_CHANGES_US7 as changesBody } from '../../testing/fixtures';
import { API, apiJson } from '../../testing/handlers';
import { renderRoutes } from '../../testing/render-routes';
import { recordRequests, server } from '../../testing/server';
import { resetWatchlistMemory } from '../../stores/watchlist-store';
import { sinceChoice } from './changes-since';
import { SHOWN_PER_GROUP } from './changes-since-results';
import { ExplorerPage } from './explorer-page';

const json = (body: unknown, status = 200) => apiJson(body, { status });

let calls: URL[];
/** What GET /api/history/changes answers; the real answer of the demo history (US, 7 days, since 16 Nov) by default. */
let changes: (url: URL) => Response;

const historyCalls = () => calls.filter((u) => u.pathname.startsWith('/api/history/'));
const changesRegion = () => screen.getByRole('region', { name: 'Changes since' });

function renderExplorer(url: string) {
  const { router } = renderRoutes([{ path: '/', element: <ExplorerPage /> }], url);
  return { router, user: userEvent.setup() };
}

beforeEach(() => {
  calls = recordRequests();
  changes = () => json(changesBody);
  server.use(http.get(API.changes, ({ request }) => changes(new URL(request.url))));
  resetWatchlistMemory();
});

describe('"Changes since" in the URL', () => {
  it('since=YYYY-MM-DD lists new entries, climbers and fallers with their old rank, and those that left', async () => {
    renderExplorer('/?since=2026-11-16');
    const region = changesRegion();
    const entered = await within(region).findByRole('list', { name: 'New entries (22)' });
    const climbers = within(region).getByRole('list', { name: 'Climbers (32)' });
    const fallers = within(region).getByRole('list', { name: 'Fallers (43)' });
    const left = within(region).getByRole('list', { name: 'Left the top 100 (22)' });
    expect(historyCalls().map((u) => `${u.pathname}${u.search}`)).toEqual([
      '/api/history/changes?country_code=US&period=7&since=2026-11-16',
    ]);
    expect(region).toHaveTextContent(
      /The ranking recorded on (Nov 16, 2026|16 Nov 2026) compared with the latest one, of (Nov 23, 2026|23 Nov 2026)\./,
    );

    const { info } = changesBody.data;
    const firstClimber = info.climbers[0]!;
    const climberRow = within(climbers).getAllByRole('listitem')[0]!;
    expect(climberRow).toHaveTextContent(
      `Rank ${firstClimber.rank}#${firstClimber.hashtag_name}(was ${firstClimber.old_rank})`,
    );
    expect(climberRow).toHaveTextContent(`up ${firstClimber.old_rank! - firstClimber.rank!}`);
    expect(within(climberRow).getByRole('link')).toHaveAttribute(
      'href',
      `/hashtag/${encodeURIComponent(firstClimber.hashtag_name)}`,
    );
    const firstFaller = info.fallers[0]!;
    const fallerRow = within(fallers).getAllByRole('listitem')[0]!;
    expect(fallerRow).toHaveTextContent(
      `Rank ${firstFaller.rank}#${firstFaller.hashtag_name}(was ${firstFaller.old_rank})`,
    );
    expect(fallerRow).toHaveTextContent(`down ${firstFaller.rank! - firstFaller.old_rank!}`);
    const enteredRow = within(entered).getAllByRole('listitem')[0]!;
    expect(enteredRow).toHaveTextContent(`Rank ${info.entered[0]!.rank}#${info.entered[0]!.hashtag_name}`);
    expect(enteredRow).not.toHaveTextContent('was');
    expect(within(left).getAllByRole('listitem')[0]).toHaveTextContent(
      `#${info.left[0]!.hashtag_name}(was ${info.left[0]!.old_rank})`,
    );
    // the ranking itself is there as always
    expect(await screen.findByRole('link', { name: '#robloxtrend' })).toBeInTheDocument();
  });

  it('shows ten per list, and all of them on request', async () => {
    const { user } = renderExplorer('/?since=2026-11-16');
    const fallers = await within(changesRegion()).findByRole('list', { name: 'Fallers (43)' });
    expect(within(fallers).getAllByRole('listitem')).toHaveLength(SHOWN_PER_GROUP);
    await user.click(within(changesRegion()).getByRole('button', { name: 'Show all 43 fallers' }));
    expect(within(fallers).getAllByRole('listitem')).toHaveLength(43);
  });

  it('asks for the explorer filters: country, industry, period and new', async () => {
    changes = () => json(untrackedBody);
    renderExplorer('/?country=GB&period=30&industry=25000000000&new=1&since=2026-11-16');
    expect(
      await within(changesRegion()).findByText(
        'No rankings have been recorded for United Kingdom, games, last 30 days (new to the top 100 only) yet, so there is nothing to compare.',
      ),
    ).toBeInTheDocument();
    expect(historyCalls().map((u) => u.search)).toEqual([
      '?country_code=GB&industry=25000000000&period=30&new=true&since=2026-11-16',
    ]);
  });

  it('an invalid since falls back to none with the notice for invalid URL values, and asks nothing', async () => {
    const { user, router } = renderExplorer('/?since=7d&period=30');
    await screen.findByRole('link', { name: '#robloxtrend' });
    const notice = screen.getAllByRole('status').find((el) => el.textContent?.includes('Changes since'))!;
    expect(notice).toHaveTextContent(
      'Unknown date “7d” for “Changes since” (expected a day such as 2026-11-16): showing no changes',
    );
    expect(within(changesRegion()).getByRole('combobox', { name: 'Changes since' })).toHaveValue('');
    expect(within(changesRegion()).queryByRole('list')).not.toBeInTheDocument();
    expect(historyCalls()).toEqual([]);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss notice' }));
    await waitFor(() => expect(router.state.location.search).toBe('?period=30'));
  });

  it('a day that does not exist is not a date either', async () => {
    renderExplorer('/?since=2026-02-30');
    expect(
      await screen.findByText(
        'Unknown date “2026-02-30” for “Changes since” (expected a day such as 2026-11-16): showing no changes',
      ),
    ).toBeInTheDocument();
    expect(historyCalls()).toEqual([]);
  });
});

describe('the "Changes since" control', () => {
  it('is labelled, offers yesterday / last week / last month, and writes the day chosen into the URL', async () => {
    const { user, router } = renderExplorer('/?country=GB');
    const select = within(changesRegion()).getByRole('combobox', { name: 'Changes since' });
    expect(within(changesRegion()).getByRole('heading', { level: 2, name: 'Changes since' })).toBeInTheDocument();
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent?.replace(/ \(.*\)$/, '')),
    ).toEqual(['Not shown', 'Yesterday', 'Last week', 'Last month']);
    expect(historyCalls()).toEqual([]);

    await user.selectOptions(select, 'week');
    const weekAgo = daysBefore(7, Date.now());
    await waitFor(() => expect(router.state.location.search).toBe(`?country=GB&since=${weekAgo}`));
    expect(select).toHaveValue('week');
    await waitFor(() => expect(historyCalls().at(-1)?.searchParams.get('since')).toBe(weekAgo));

    await user.selectOptions(select, '');
    await waitFor(() => expect(router.state.location.search).toBe('?country=GB'));
  });

  it('a shared link with an older day shows that day, not a choice', async () => {
    renderExplorer('/?since=2026-11-16');
    const select = within(changesRegion()).getByRole('combobox', { name: 'Changes since' });
    expect(select).toHaveValue('custom');
    expect(within(select).getByRole('option', { selected: true })).toHaveTextContent(/^(Nov 16, 2026|16 Nov 2026)$/);
  });

  it('maps a day to the choice it means on the reader’s day', () => {
    const now = Date.UTC(2026, 10, 23, 15);
    expect(sinceChoice(undefined, now)).toBe('');
    expect(sinceChoice('2026-11-22', now)).toBe('yesterday');
    expect(sinceChoice('2026-11-16', now)).toBe('week');
    expect(sinceChoice('2026-10-24', now)).toBe('month');
    expect(sinceChoice('2026-11-20', now)).toBe('custom');
  });
});

describe('"Changes since" when history is missing or unavailable', () => {
  it('a 503 says "History unavailable" quietly while the ranking still shows', async () => {
    changes = () => json({ code: 503, msg: 'history unavailable: the store cannot be reached' }, 503);
    renderExplorer('/?since=2026-11-16');
    expect(await within(changesRegion()).findByText('History unavailable')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '#robloxtrend' })).toBeInTheDocument();
    expect(historyCalls()).toHaveLength(1);
  });

  it('a day before the first recording offers the first recorded day instead', async () => {
    changes = () =>
      json({
        ...changesBody,
        data: {
          info: {
            ...changesBody.data.info,
            since: '2026-09-01',
            from: null,
            entered: [],
            climbers: [],
            fallers: [],
            left: [],
          },
        },
      });
    const { user, router } = renderExplorer('/?since=2026-09-01');
    const button = await within(changesRegion()).findByRole('button', {
      name: /^Show changes since (Oct 25, 2026|25 Oct 2026)$/,
    });
    expect(changesRegion()).toHaveTextContent(
      /Nothing was recorded on or before (Sep 1, 2026|1 Sep 2026): rankings for United States, all industries, last 7 days have been recorded since/,
    );
    await user.click(button);
    await waitFor(() => expect(router.state.location.search).toBe('?since=2026-10-25'));
  });
});
