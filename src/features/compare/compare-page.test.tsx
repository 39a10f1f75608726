import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { API, apiError, param } from '../../testing/handlers';
import { renderRoutes } from '../../testing/render-routes';
import { pathAndQuery, recordRequests, server } from '../../testing/server';
import { ComparePage } from './compare-page';

let requested: URL[] = [];
/** #gone is not charted in the scope and #broken fails; every other hashtag has the seed's detail. */
beforeEach(() => {
  requested = recordRequests();
  server.use(
    http.get(API.detail, ({ request }) => {
      const name = param(request, 'hashtag_name');
      if (name === 'gone') return apiError(404, 'No hashtag "gone" in US for 7 days');
      if (name === 'broken') return apiError(500, 'internal server error');
      return undefined; // the seed detail under that name (src/testing/handlers.ts)
    }),
  );
});

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
    expect(requested.map(pathAndQuery)).toContain(
      '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=gone&country_code=US&period=7',
    );
    expect(requested.map(pathAndQuery)).toContain(
      '/api/tiktok/popular-trend/hashtag?country_code=US&period=7&page=1&limit=100',
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
