import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  HISTORY_HASHTAG_GAPS,
  SEED_DETAIL_API_TEXT,
  SEED_DETAIL_TEXT,
  SEED_ITEM_IDS,
  SPARSE_DETAIL_TEXT,
  apiDetailText,
  listBodyText,
  listItem,
} from '../../testing/fixtures';
import { API, apiError, apiJson, param } from '../../testing/handlers';
import { renderRoutes } from '../../testing/render-routes';
import { pathAndQuery, recordRequests, server } from '../../testing/server';
import { WATCHLIST_STORAGE_KEY, resetWatchlistMemory } from '../../stores/watchlist-store';
import { HashtagPage } from './hashtag-page';

/** A top-100 row of `name` at `rank` (posts and views fixed, no curve), `extra` overriding. */
const chartItem = (name: string, rank: number, extra: Record<string, unknown> = {}) =>
  listItem(name, rank, { trend: [], publish_cnt: 1000, video_views: 100_000, ...extra });

/** The top 100 (for the stage's rank change and "Rank and stage by period"): #chatgpt at 12, up 3. */
function chartBody(request: Request): string {
  const item = (name: string, rank: number) => chartItem(name, rank, { rank_diff: 3, rank_diff_type: 1 });
  return listBodyText(
    param(request, 'period') === '120' ? [item('other', 1)] : [item('other', 1), item('chatgpt', 12)],
  );
}

/** Every request of the test, as URLs. */
let requested: URL[] = [];
const requestedPaths = () => requested.map(pathAndQuery);

/** What GET /api/history/hashtag answers (the recorded demo history of a hashtag); a test may change it. */
let history: () => Response;

/**
 * Detail requests get `responses` in turn (the last one repeats); list requests get {@link chartBody};
 * history requests get {@link history}.
 */
function serve(...responses: (() => Response)[]) {
  let call = 0;
  server.use(
    http.get(API.list, ({ request }) => apiJson(chartBody(request))),
    http.get(API.detail, () => responses[Math.min(call++, responses.length - 1)]!()),
    http.get(API.history, () => history()),
  );
}
const ok = (body: string) => () => apiJson(body);

function renderAt(url: string, state?: unknown) {
  return renderRoutes(
    [
      { path: '/', element: <p>The list</p> },
      { path: '/hashtag/:name', element: <HashtagPage /> },
    ],
    { pathname: url.split('?')[0]!, search: url.includes('?') ? `?${url.split('?')[1]}` : '', state },
  ).router;
}

beforeEach(() => {
  history = () => apiJson(HISTORY_HASHTAG_GAPS);
  document.title = '';
  resetWatchlistMemory();
  requested = recordRequests();
});

describe('HashtagPage with the seed detail (chatgpt, US)', () => {
  beforeEach(() => serve(ok(SEED_DETAIL_API_TEXT)));

  it('names the hashtag at once, then shows its facts and headline figures', async () => {
    renderAt('/hashtag/chatgpt');
    expect(screen.getByRole('heading', { level: 1, name: '#chatgpt' })).toBeInTheDocument();
    expect(document.title).toMatch(/^#chatgpt/);
    expect(screen.getByRole('status', { name: 'Loading hashtag details' })).toBeInTheDocument();

    expect(await screen.findByText('17.5K')).toHaveAttribute('title', '17,543');
    expect(screen.getByText('184.3M')).toHaveAttribute('title', '184,257,600');
    expect(screen.getByText('31.8B')).toHaveAttribute('title', '31,792,688,407');
    expect(screen.getByText('Games')).toBeInTheDocument();
    expect(screen.queryByText('Promoted')).not.toBeInTheDocument();
    expect(screen.queryByText('Popular for')).not.toBeInTheDocument(); // longevity 0/0
    const open = screen.getByRole('link', { name: /Open on TikTok/ });
    expect(open).toHaveAttribute('href', 'https://www.tiktok.com/tag/chatgpt');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    expect(requestedPaths()).toContain(
      '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=chatgpt&country_code=US&period=7',
    );
  });

  it('stars the hashtag next to its name', async () => {
    const user = userEvent.setup();
    renderAt('/hashtag/chatgpt');
    const star = screen.getByRole('button', { name: 'Star #chatgpt' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    expect(JSON.parse(localStorage.getItem(WATCHLIST_STORAGE_KEY)!)).toEqual({ version: 1, hashtags: ['chatgpt'] });
  });

  it('shows the trend stage by the figures, and rank and stage by period', async () => {
    renderAt('/hashtag/chatgpt');
    await screen.findByText('Trend stage');
    const badge = await waitFor(() => {
      const el = screen.getByText('Trend stage').parentElement!.querySelector('[data-stage]');
      expect(el).not.toBeNull();
      return el!;
    });
    const stage = badge.getAttribute('data-stage')!;
    expect(screen.getAllByRole('button', { name: `Why ${stage}?` }).length).toBeGreaterThan(0);

    // Below the headline figures, the page comes a moment later (after an idle moment).
    const byPeriod = await screen.findByRole('table', { name: 'Rank and stage by period' });
    await waitFor(() => expect(within(byPeriod).getByRole('row', { name: /^7 days #12/ })).toBeInTheDocument());
    // Each period's row fills in when its own requests answer, in any order.
    expect(await within(byPeriod).findByRole('row', { name: /^120 days Not in top 100/ })).toBeInTheDocument();
    // The same rank change feeds both, so the current period's stage agrees with the badge.
    await waitFor(() =>
      expect(within(byPeriod).getAllByRole('row')[1]!.querySelector('[data-stage]')).toHaveAttribute(
        'data-stage',
        stage,
      ),
    );
  });

  it('draws the four figures, each with a summary and a table twin', async () => {
    const user = userEvent.setup();
    renderAt('/hashtag/chatgpt');
    const trend = await screen.findByRole('figure', { name: 'Popularity over time' });
    const age = screen.getByRole('figure', { name: 'Audience age' });
    const interests = screen.getByRole('figure', { name: 'Audience interests' });
    const countries = screen.getByRole('figure', { name: 'Audience countries' });
    // The charts come drawn with the page (SVG); recharts takes over on pointing (lazy-charts.test.tsx).
    await waitFor(() => expect(countries.querySelector('svg.chart-static')).not.toBeNull());
    for (const figure of [trend, age, interests, countries]) {
      expect(figure.querySelector('figcaption')).not.toBeNull();
      expect(figure.querySelector('svg.chart-static')).not.toBeNull();
      expect(within(figure).getByRole('button', { name: /^Download PNG/ })).toBeInTheDocument();
    }
    expect(within(trend).getByText(/^Peaked on (6 Mar|Mar 6) at 100; now 98% of peak\.$/)).toBeInTheDocument();
    expect(within(age).getByText('Largest age group: 18–24 at 67%, then 25–34 at 18%.')).toBeInTheDocument();
    expect(within(interests).getByText('School Education and Pranks lead at 120 each, out of 5.')).toBeInTheDocument();
    expect(within(countries).getByText('Largest country: Austria at 298, then Estonia at 292.')).toBeInTheDocument();

    await user.click(within(age).getByRole('button', { name: 'Show table for Audience age' }));
    const ageTable = within(age).getByRole('table', { name: 'Audience age' });
    expect(within(ageTable).getByRole('row', { name: '18–24 67' })).toBeInTheDocument();
    expect(within(ageTable).getByRole('row', { name: '25–34 18' })).toBeInTheDocument();
    expect(within(ageTable).getByRole('row', { name: '35+ 15' })).toBeInTheDocument();
    expect(within(age).getByRole('button', { name: 'Show chart for Audience age' })).toBeInTheDocument();

    await user.click(within(trend).getByRole('button', { name: /^Show table/ }));
    const trendRows = within(within(trend).getByRole('table')).getAllByRole('row');
    expect(trendRows).toHaveLength(31);
    expect(trendRows[11]).toHaveTextContent(/(6 Mar 2025|Mar 6, 2025)100/);

    await user.click(within(countries).getByRole('button', { name: /^Show table/ }));
    const countryTable = within(countries).getByRole('table');
    // friendly names from the filter list ("Czech Republic" -> "Czechia")
    expect(within(countryTable).getByRole('row', { name: 'Czechia 286' })).toBeInTheDocument();

    await user.click(within(interests).getByRole('button', { name: /^Show table/ }));
    expect(
      within(within(interests).getByRole('table')).getByRole('row', { name: 'Software & APPs 117' }),
    ).toBeInTheDocument();
  });

  it('shows the rank history of the page country and period below the charts', async () => {
    renderAt('/hashtag/chatgpt?country=GB&period=30');
    const rank = await screen.findByRole('figure', { name: 'Rank history' });
    expect(within(rank).getByText(/^Recorded since (Oct 25, 2026|25 Oct 2026)\./)).toBeInTheDocument();
    expect(requestedPaths()).toContain('/api/history/hashtag?hashtag_name=chatgpt&country_code=GB&period=30');
    const figures = screen.getAllByRole('figure').map((f) => f.getAttribute('aria-labelledby'));
    expect(figures.indexOf(rank.getAttribute('aria-labelledby'))).toBe(4); // after the four charts of the detail
  });

  it('without a history store the page says "History unavailable" where the rank history goes, and nothing else changes', async () => {
    history = () => apiError(503, 'history unavailable: this server runs without a store');
    renderAt('/hashtag/chatgpt');
    const region = await screen.findByRole('region', { name: 'Rank history' });
    expect(region).toHaveTextContent('History unavailable');
    expect(screen.queryByRole('figure', { name: 'Rank history' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Popularity over time' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Rank and stage by period' })).toBeInTheDocument();
  });

  it('links related hashtags to their own pages under the same filters, URL-encoded', async () => {
    renderAt('/hashtag/chatgpt?period=30&utm=x');
    const region = await screen.findByRole('region', { name: 'Related hashtags' });
    expect(within(region).getByRole('link', { name: '#курск' })).toHaveAttribute(
      'href',
      '/hashtag/%D0%BA%D1%83%D1%80%D1%81%D0%BA?period=30',
    );
  });

  it('links every one of the 49 related videos by its exact 19-digit id, in a new tab', async () => {
    renderAt('/hashtag/chatgpt');
    const region = await screen.findByRole('region', { name: 'Related videos' });
    const links = within(region).getAllByRole('link');
    expect(SEED_ITEM_IDS).toHaveLength(49);
    expect(links).toHaveLength(49);
    links.forEach((link, i) => {
      expect(SEED_ITEM_IDS[i]).toMatch(/^\d{19}$/);
      expect(link.getAttribute('href')).toBe(`https://www.tiktok.com/video/${SEED_ITEM_IDS[i]}`);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    });
    const images = within(region).getAllByRole('img');
    expect(images).toHaveLength(49);
    for (const img of images) {
      expect(img.getAttribute('src')).toMatch(/^https:\/\//);
      expect(img).toHaveAttribute('loading', 'lazy');
      expect(img).toHaveAttribute('alt');
    }
    // a cover that fails to load becomes a placeholder, the link stays
    fireEvent.error(images[0]!);
    expect(within(region).getAllByRole('img')).toHaveLength(48);
    expect(links[0]).toHaveTextContent('Related video 1 of 49 (cover unavailable)');
  });

  it('writes Period into the URL, keeping other parameters and the way back', async () => {
    const user = userEvent.setup();
    const router = renderAt('/hashtag/chatgpt?utm=x', { from: '/?page=3' });
    await screen.findByRole('figure', { name: 'Audience age' });
    await user.click(screen.getByRole('radio', { name: '30 days' }));
    expect(router.state.location.search).toBe('?utm=x&period=30');
    expect(router.state.location.state).toEqual({ from: '/?page=3' });
    expect(screen.getByRole('link', { name: /Back to trending hashtags/ })).toHaveAttribute('href', '/?page=3');
    // The 30-day detail may already be cached by "Rank and stage by period": either way it was asked for.
    await waitFor(() => expect(requestedPaths()).toContainEqual(expect.stringMatching(/\/detail\?.*period=30/)));
    expect(await screen.findByText('Posts, last 30 days')).toBeInTheDocument();
  });
});

describe('HashtagPage with sparse real data', () => {
  beforeEach(() => serve(ok(SPARSE_DETAIL_TEXT)));

  it('shows "No data" where sections are empty and never crashes', async () => {
    renderAt('/hashtag/spring2025?country=GB');
    const trend = await screen.findByRole('figure', { name: 'Popularity over time' });
    await waitFor(() => expect(trend.querySelector('svg.chart-static')).not.toBeNull()); // two points still make a line
    expect(within(trend).getByText(/^Peaked on .* at 100, the latest point\.$/)).toBeInTheDocument();

    const age = screen.getByRole('figure', { name: 'Audience age' });
    expect(within(age).getByText('Only one age group: 18–24 at 100%.')).toBeInTheDocument();

    for (const name of ['Audience interests', 'Audience countries']) {
      const figure = screen.getByRole('figure', { name });
      expect(within(figure).getByText('No data')).toBeInTheDocument();
      expect(figure.querySelector('svg')).toBeNull();
      expect(within(figure).queryByRole('button')).toBeNull();
    }
    expect(within(screen.getByRole('region', { name: 'Related hashtags' })).getByText('No data')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Related videos' })).getByText('No data')).toBeInTheDocument();
    expect(screen.queryByText(/Industry/)).not.toBeInTheDocument();
    expect(screen.queryByText('Popular for')).not.toBeInTheDocument();
    expect(screen.getByText('212')).toBeInTheDocument();
    // without router state the way back is the list under the same filters
    expect(screen.getByRole('link', { name: /Back to trending hashtags/ })).toHaveAttribute('href', '/?country=GB');
  });

  it('says "not enough points" rather than drawing an empty axis for one trend point', async () => {
    serve(ok(apiDetailText(SPARSE_DETAIL_TEXT, (info) => void (info.trend = [{ time: 1742860800, value: 1 }]))));
    renderAt('/hashtag/spring2025');
    const trend = await screen.findByRole('figure', { name: 'Popularity over time' });
    expect(within(trend).getByText('No data')).toBeInTheDocument();
    expect(trend.querySelector('svg')).toBeNull();
  });
});

describe('HashtagPage with hostile or odd data', () => {
  it('renders descriptions as decoded text and drops unsafe URLs', async () => {
    serve(
      ok(
        apiDetailText(SEED_DETAIL_TEXT, (info) => {
          info.description = 'Tips &amp; tricks &lt;img src=x onerror=alert(1)&gt; &#39;AI&#39;';
          info.video_url = 'javascript:alert(1)';
          info.is_promoted = true;
          info.longevity = { popular_days: 12, current_popularity: 85 };
          const items = info.related_items as { item_id: string; cover_uri?: string }[];
          items[0]!.cover_uri = 'http://insecure.example/cover.jpg';
          items[1]!.cover_uri = 'javascript:alert(1)';
        }),
      ),
    );
    renderAt('/hashtag/chatgpt');
    expect(await screen.findByText("Tips & tricks <img src=x onerror=alert(1)> 'AI'")).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.queryByRole('link', { name: /Open on TikTok/ })).not.toBeInTheDocument();
    expect(screen.getByText('Promoted')).toBeInTheDocument();
    expect(screen.getByText('Popular for').nextElementSibling).toHaveTextContent('12 days');
    expect(screen.getByText('Current popularity').nextElementSibling).toHaveTextContent('85%');
    const region = await screen.findByRole('region', { name: 'Related videos' });
    expect(within(region).getAllByRole('img')).toHaveLength(47);
    for (const el of document.querySelectorAll('[src], [href]')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      expect(url).toMatch(/^(https:\/\/|\/(?!\/)|#)/);
    }
  });
});

describe('HashtagPage errors', () => {
  it('says a hashtag outside this top 100 is not an error, offers the periods and countries where it charts, and has no Retry', async () => {
    // #nope: no detail in GB at 30 days; in GB's 7-day top 100 at 40, not at 120 days; in the US at 30 days at 5.
    const charts: Record<string, string[]> = {
      'GB|7': ['a', 'b', 'nope'],
      'GB|120': ['a'],
      'US|30': ['nope'],
      'DE|30': ['z'],
    };
    server.use(
      http.get(API.detail, () => apiError(404, 'hashtag not found: nope', { request_id: 'r1' })),
      http.get(API.list, ({ request }) => {
        const scope = `${param(request, 'country_code')}|${param(request, 'period')}`;
        if (scope === 'BR|30') return apiError(502, 'provider down');
        if (scope === 'ID|30') return apiError(400, 'period not offered');
        const names = charts[scope] ?? [];
        const rank = (name: string, i: number) =>
          name === 'nope' && scope === 'GB|7' ? 40 : name === 'nope' ? 5 : i + 1;
        return apiJson(
          listBodyText(
            names.map((name, i) => chartItem(name, rank(name, i), { rank_diff: undefined, rank_diff_type: undefined })),
          ),
        );
      }),
    );
    const listCalls = () =>
      requested
        .filter((url) => !url.pathname.endsWith('/detail'))
        .map(
          (url) =>
            `${url.searchParams.get('country_code')}|${url.searchParams.get('period')}|${url.searchParams.get('limit')}`,
        );

    renderAt('/hashtag/nope?country=GB&period=30');
    const section = await screen.findByRole('region', { name: 'Not in this top 100' });
    expect(section).toHaveTextContent('#nope is not in the top 100 in United Kingdom over 30 days.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(document.title).toMatch(/^#nope/);

    // The other periods here, at once: 7 days charts (a link to it), 120 days does not.
    expect(await within(section).findByRole('link', { name: '7 days: #40' })).toHaveAttribute(
      'href',
      '/hashtag/nope?country=GB',
    );
    expect(await within(section).findByText('120 days: not in the top 100')).toBeInTheDocument();
    expect(
      within(section).getByRole('link', { name: 'See the top 100 in United Kingdom over 30 days' }),
    ).toHaveAttribute('href', '/?country=GB&period=30');
    // Other countries are only looked at when asked: two list requests so far, each a whole top 100.
    expect(listCalls().sort()).toEqual(['GB|120|100', 'GB|7|100']);

    await userEvent.click(
      within(section).getByRole('button', { name: 'Look in United States, Germany, Brazil and Indonesia' }),
    );
    expect(await within(section).findByRole('link', { name: 'United States: #5' })).toHaveAttribute(
      'href',
      '/hashtag/nope?period=30',
    );
    expect(await within(section).findByText('Germany: not in the top 100')).toBeInTheDocument();
    expect(await within(section).findByText('Indonesia: not available')).toBeInTheDocument();
    expect(
      await within(section).findByText('Brazil: could not be checked', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    // Bounded: the 2 periods and the 4 other major countries, one request each (plus Brazil's retries of a 502).
    expect(new Set(listCalls()).size).toBe(6);
    // The detail is not asked again and again: a 404 is not retried.
    expect(requestedPaths().filter((url) => url.includes('/detail?'))).toHaveLength(1);
  });

  it('shows an upstream failure as an alert with Retry', async () => {
    serve(() => apiError(502, 'The provider answered 500'));
    renderAt('/hashtag/chatgpt');
    // the query retries a 502 twice with back-off before giving up
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The trends provider is having trouble');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
