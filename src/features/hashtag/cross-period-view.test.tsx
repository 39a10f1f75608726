import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { CrossPeriodView, longevityOf } from './cross-period-view';
import { detailBody, json, listBody, listItem } from '../../test/api-bodies';

/** `charting[period]`: the rank the hashtag has in that period's top 100, or undefined. */
function stubApi(charting: Partial<Record<string, number>>, failing: string[] = []) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost');
      const period = url.searchParams.get('period') ?? '';
      if (url.pathname.endsWith('/detail')) return json(detailBody(url.searchParams.get('hashtag_name') ?? ''));
      if (failing.includes(period)) return json(JSON.stringify({ code: 400, msg: 'period must be one of 7, 30' }), 400);
      const rank = charting[period];
      return json(listBody([listItem('other', 1), ...(rank ? [listItem('chatgpt', rank)] : [])]));
    }),
  );
}

function renderView() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <CrossPeriodView name="chatgpt" country="US" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return screen.getByRole('table', { name: 'Rank and stage by period' });
}

afterEach(() => vi.unstubAllGlobals());

describe('CrossPeriodView', () => {
  it('labels a hashtag that charts only at 7 days a short-lived moment', async () => {
    stubApi({ '7': 4 });
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
    stubApi({ '7': 4, '30': 9, '120': 40 });
    const table = renderView();
    await waitFor(() => expect(screen.getByText('Lasting')).toBeInTheDocument());
    expect(screen.getByText('In the top 100 at 7, 30 and 120 days.')).toBeInTheDocument();
    expect(within(table).getByText('#40')).toBeInTheDocument();
  });

  it('gives no label when a period is unavailable, and says so in its row', async () => {
    stubApi({ '7': 4 }, ['120']);
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
