import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_HASHTAG_GAPS as gapsBody } from '../../testing/fixtures';
import { API, apiJson } from '../../testing/handlers';
import { renderRoutes } from '../../testing/render-routes';
import { recordRequests, server } from '../../testing/server';
import { RankHistory } from './rank-history';

const json = (body: unknown, status = 200) => apiJson(body, { status });

let calls: URL[];
/** The history requests made (the page also reads /api/meta, which says whether the server keeps history). */
const historyCalls = () => calls.filter((u) => u.pathname.startsWith('/api/history/'));
function serveHistory(answer: () => Response) {
  calls = recordRequests();
  server.use(http.get(API.history, () => answer()));
}

/** The fixture's answer with its points changed. */
function withPoints(patch: (info: (typeof gapsBody)['data']['info']) => object) {
  return () => json({ ...gapsBody, data: { info: { ...gapsBody.data.info, ...patch(gapsBody.data.info) } } });
}

function renderHistory(country = 'US', period: 7 | 30 | 120 = 7) {
  return renderRoutes(
    [{ path: '/', element: <RankHistory name="truckscheck" country={country} period={period} /> }],
    '/',
  );
}

beforeEach(() => serveHistory(() => json(gapsBody)));

describe('RankHistory on a hashtag page', () => {
  it('asks for the page hashtag, country and period, and shows the figure with "recorded since" in its caption', async () => {
    renderHistory();
    const figure = await screen.findByRole('figure', { name: 'Rank history' });
    expect(historyCalls().map((u) => `${u.pathname}${u.search}`)).toEqual([
      '/api/history/hashtag?hashtag_name=truckscheck&country_code=US&period=7',
    ]);
    expect(within(figure).getByText(/^Recorded since (Oct 25, 2026|25 Oct 2026)\. Best rank 28/)).toBeInTheDocument();
    expect(within(figure).getByText(/Out of the top 100 on 3 of 30 days\.$/)).toBeInTheDocument();
    // drawn, like every chart, with the kit's figure: CSV and PNG next to the table toggle
    await waitFor(() => expect(figure.querySelector('svg.chart-static path.chart-line')).not.toBeNull());
    expect(within(figure).getByRole('button', { name: 'Download CSV of Rank history' })).toBeInTheDocument();
    expect(within(figure).getByRole('button', { name: 'Download PNG of Rank history' })).toBeInTheDocument();
  });

  it('has a table view: one row per recorded day, days out of the top 100 in words', async () => {
    const user = userEvent.setup();
    renderHistory();
    const figure = await screen.findByRole('figure', { name: 'Rank history' });
    await user.click(within(figure).getByRole('button', { name: 'Show table for Rank history' }));
    const table = within(figure).getByRole('table', { name: 'Rank history' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('DateRank');
    expect(rows).toHaveLength(31);
    expect(rows[1]).toHaveTextContent(/^(Oct 25, 2026|25 Oct 2026)70$/);
    expect(rows[5]).toHaveTextContent(/^(Oct 29, 2026|29 Oct 2026)Not in top 100$/);
    expect(rows[30]).toHaveTextContent(/^(Nov 23, 2026|23 Nov 2026)30$/);
  });

  it('says plainly when nothing has been recorded for this country and period yet', async () => {
    serveHistory(withPoints(() => ({ recorded_since: null, points: [] })));
    renderHistory();
    const figure = await screen.findByRole('figure', { name: 'Rank history' });
    expect(figure).toHaveTextContent('No rank history yet: nothing has been recorded for United States, last 7 days.');
    expect(within(figure).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says so when the hashtag was never in the top 100 on a recorded day', async () => {
    serveHistory(withPoints((info) => ({ points: info.points.map((p) => ({ ...p, rank: null })) })));
    renderHistory();
    const figure = await screen.findByRole('figure', { name: 'Rank history' });
    expect(figure).toHaveTextContent(
      /Not in the top 100 on any of the 30 days recorded since (Oct 25, 2026|25 Oct 2026)\./,
    );
  });

  it('a 503 from the history API is a quiet note, not an alert', async () => {
    serveHistory(() =>
      json({ code: 503, msg: 'history unavailable: the store cannot be reached; live data is not affected' }, 503),
    );
    renderHistory();
    const unavailable = await screen.findByText('History unavailable');
    expect(unavailable.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('region', { name: 'Rank history' })).toHaveTextContent(
      'History unavailable: the rank recorded per day cannot be shown right now.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    // a 503 says the store is out: no retry within seconds
    expect(historyCalls()).toHaveLength(1);
  });

  it('a server that keeps no history (HISTORY=off) says so in /api/meta: no history request, the same quiet note', async () => {
    server.use(http.get(API.meta, () => json({ mode: 'demo', history: false })));
    renderHistory();
    expect(await screen.findByText('History unavailable')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls.map((u) => u.pathname)).toContain('/api/meta');
    expect(historyCalls()).toEqual([]);
  });

  it('a malformed answer is "History unavailable" too', async () => {
    serveHistory(() => json({ code: 0, msg: 'OK', data: { info: { points: 'nope' } } }));
    renderHistory();
    expect(await screen.findByText('History unavailable')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
