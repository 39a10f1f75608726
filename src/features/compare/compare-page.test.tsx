import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '../../test/render-routes';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import seedRaw from '../../contract/fixtures/seed-hashtag-detail_chatgpt_US.json?raw';
import listRaw from '../../test/fixtures/hashtag-list-us-7d-page1.json?raw';
import { parseJsonLossless } from '../../contract/lossless-json';
import { ComparePage } from './compare-page';

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const seedBody = JSON.stringify(parseJsonLossless(seedRaw));
const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json' } });

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://x');
    if (url.pathname.endsWith('/detail')) {
      const name = url.searchParams.get('hashtag_name');
      if (name === 'gone') return json(JSON.stringify({ code: 404, msg: 'No hashtag "gone" in US for 7 days' }), 404);
      if (name === 'broken') return json(JSON.stringify({ code: 500, msg: 'internal server error' }), 500);
      return json(seedBody);
    }
    return json(listRaw);
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function renderAt(url: string) {
  return renderRoutes(
    [
      { path: '/compare', element: <ComparePage /> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    url,
  ).router;
}

describe('ComparePage', () => {
  it('fetches each hashtag, says one not charted in this scope has no data there (as the watchlist does), and keeps charting the others', async () => {
    renderAt('/compare?tags=chatgpt,gone');
    expect(screen.getByRole('heading', { level: 1, name: 'Compare hashtags' })).toBeInTheDocument();
    expect(await screen.findByText(/No data for #gone in United States over 7 days\./)).toHaveRole('status');
    expect(screen.queryByText('Hashtag not found')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: 'Popularity over time' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Headline figures side by side' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '#chatgpt' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=gone&country_code=US&period=7',
      expect.anything(),
    );
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/tiktok/popular-trend/hashtag?country_code=US&period=7&page=1&limit=100',
      expect.anything(),
    );
  });

  it('a hashtag that fails for another reason gets an alert with Retry', async () => {
    renderAt('/compare?tags=chatgpt,broken');
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('The server had a problem');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByText('failed')).toBeInTheDocument();
  });

  it('keeps the first five with a notice, and removing one writes the URL', async () => {
    const router = renderAt('/compare?tags=a,b,c,d,e,f,g&country=GB&utm=x');
    expect(screen.getByText('Showing the first 5 of 7 hashtags')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Add hashtag' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Remove #c' }));
    expect(router.state.location.search).toBe('?tags=a,b,d,e&utm=x&country=GB');
    expect(screen.queryByText('Showing the first 5 of 7 hashtags')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Add hashtag' })).toBeEnabled();
  });

  it('adds a suggestion from the top 100', async () => {
    const router = renderAt('/compare?tags=chatgpt');
    const input = screen.getByRole('combobox', { name: 'Add hashtag' });
    await userEvent.type(input, 'ラー');
    await userEvent.click(await screen.findByRole('option', { name: '#ラーメン' }));
    expect(router.state.location.search).toBe(`?tags=chatgpt,${encodeURIComponent('ラーメン')}`);
  });

  it('explains the estimate in posts mode', async () => {
    renderAt('/compare?tags=chatgpt&mode=posts');
    const figure = await screen.findByRole('figure', { name: 'Estimated posts per day' });
    expect(figure).toHaveTextContent("Estimate: each curve's share of the period's posts.");
    expect(screen.getByRole('radio', { name: 'Estimated posts per day' })).toBeChecked();
  });
});
