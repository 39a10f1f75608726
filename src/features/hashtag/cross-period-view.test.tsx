import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { listBodyText, listItem } from '../../testing/fixtures';
import { API, apiError, apiJson, param } from '../../testing/handlers';
import { renderRoutes } from '../../testing/render-routes';
import { server } from '../../testing/server';
import { CrossPeriodView, longevityOf } from './cross-period-view';

/** `charting[period]`: the rank the hashtag has in that period's top 100, or undefined. */
function serveLists(charting: Partial<Record<string, number>>, failing: string[] = []) {
  server.use(
    http.get(API.list, ({ request }) => {
      const period = param(request, 'period');
      if (failing.includes(period)) return apiError(400, 'period must be one of 7, 30');
      const rank = charting[period];
      return apiJson(listBodyText([listItem('other', 1), ...(rank ? [listItem('chatgpt', rank)] : [])]));
    }),
  );
}

function renderView() {
  renderRoutes([{ path: '/', element: <CrossPeriodView name="chatgpt" country="US" /> }], '/');
  return screen.getByRole('table', { name: 'Rank and stage by period' });
}

describe('CrossPeriodView', () => {
  it('labels a hashtag that charts only at 7 days a short-lived moment', async () => {
    serveLists({ '7': 4 });
    const table = renderView();
    await waitFor(() => expect(screen.getByText('Short-lived moment')).toBeInTheDocument());
    expect(screen.queryByText('Lasting')).not.toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('7 days#4'),
      expect.stringContaining('30 daysNot in top 100'),
      expect.stringContaining('120 daysNot in top 100'),
    ]);
    await waitFor(() => expect(within(table).getAllByRole('button', { name: /^Why / })).toHaveLength(3));
    expect(within(rows[1]!).getByRole('link', { name: '30 days' })).toHaveAttribute(
      'href',
      '/hashtag/chatgpt?period=30',
    );
  });

  it('labels a hashtag that charts at 7, 30 and 120 days lasting', async () => {
    serveLists({ '7': 4, '30': 9, '120': 40 });
    const table = renderView();
    await waitFor(() => expect(screen.getByText('Lasting')).toBeInTheDocument());
    expect(screen.getByText('In the top 100 at 7, 30 and 120 days.')).toBeInTheDocument();
    expect(within(table).getByText('#40')).toBeInTheDocument();
  });

  it('gives no label when a period is unavailable, and says so in its row', async () => {
    serveLists({ '7': 4 }, ['120']);
    const table = renderView();
    await waitFor(() => expect(within(table).getByText('Unavailable')).toBeInTheDocument());
    expect(screen.queryByText('Short-lived moment')).not.toBeInTheDocument();
  });

  it('decides the label from the three periods', () => {
    expect(longevityOf({ 7: true, 30: false, 120: false })).toBe('short-lived moment');
    expect(longevityOf({ 7: true, 30: true, 120: true })).toBe('lasting');
    expect(longevityOf({ 7: true, 30: true, 120: false })).toBeUndefined();
    expect(longevityOf({ 7: false, 30: true, 120: true })).toBeUndefined();
    expect(longevityOf({ 7: true, 30: false, 120: undefined })).toBeUndefined();
  });
});
