import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../app/query-client';
import { parseEmbed } from '../contract/embed-view';
import { pathAndQuery, recordRequests } from '../testing/server';
import { EmbedApp } from './embed-app';
import { applyEmbedTheme } from './embed-theme';

/** The embed at `url` as src/embed/main.tsx renders it, with a fresh cache that is never collected. */
function renderEmbed(url: string) {
  const at = new URL(url, 'http://localhost:3000');
  render(
    <EmbedApp
      parsed={parseEmbed(at.pathname, at.searchParams)}
      queryClient={createQueryClient({ gcTime: Infinity })}
    />,
  );
}

const credit = () => screen.getByRole('link', { name: 'Hashtag Trends · open full view' });

afterEach(() => {
  document.documentElement.classList.remove('dark');
  vi.restoreAllMocks();
});

describe('embeds', () => {
  it('a hashtag’s popularity chart: the app’s figure (caption, summary, table view), no app chrome, a credit to the full view', async () => {
    const user = userEvent.setup();
    const requests = recordRequests();
    renderEmbed('/embed/hashtag/chatgpt?country=GB&period=30');
    expect(screen.getByRole('heading', { level: 1, name: '#chatgpt: United Kingdom, last 30 days' })).toBeVisible();
    const figure = await screen.findByRole('figure', { name: 'Popularity over time' });
    expect(within(figure).getByText(/^Peaked on (6 Mar|Mar 6) at 100; now 98% of peak\.$/)).toBeInTheDocument();
    await waitFor(() => expect(figure.querySelector('svg.chart-static')).not.toBeNull());
    await user.click(within(figure).getByRole('button', { name: 'Show table for Popularity over time' }));
    expect(within(figure).getByRole('table', { name: 'Popularity over time' })).toBeInTheDocument();
    // only the detail it shows was asked for, with the embed's filters
    expect(requests.map(pathAndQuery)).toEqual([
      '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=chatgpt&country_code=GB&period=30',
    ]);
    expect(credit()).toHaveAttribute('href', '/hashtag/chatgpt?country=GB&period=30');
    expect(credit()).toHaveAttribute('target', '_blank');
    expect(credit()).toHaveAttribute('rel', 'noopener');
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.queryByRole('button', { name: /star|watch/i })).toBeNull();
  });

  it('?chart=age shows the audience age chart instead', async () => {
    renderEmbed('/embed/hashtag/chatgpt?chart=age');
    const figure = await screen.findByRole('figure', { name: 'Audience age' });
    expect(within(figure).getByText('Largest age group: 18–24 at 67%, then 25–34 at 18%.')).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Popularity over time' })).toBeNull();
  });

  it('parameters it does not understand fall back to the defaults, with a visible notice', async () => {
    renderEmbed('/embed/hashtag/chatgpt?country=ZZ&chart=pie&theme=sepia');
    const notice = screen.getByRole('status', { name: '' });
    expect(notice).toHaveTextContent('Unknown country “ZZ”: showing United States');
    expect(notice).toHaveTextContent('Unknown chart “pie”: showing popularity over time');
    expect(notice).toHaveTextContent('Unknown theme “sepia”: showing the system’s theme');
    expect(await screen.findByRole('figure', { name: 'Popularity over time' })).toBeInTheDocument();
    expect(credit()).toHaveAttribute('href', '/hashtag/chatgpt');
  });

  it('the top N: a table of the list with the same filters, linked to the explorer', async () => {
    const requests = recordRequests();
    renderEmbed('/embed?country=FR&period=30&limit=3');
    const figure = await screen.findByRole('figure', { name: 'Top 3 hashtags' });
    const table = within(figure).getByRole('table', { name: 'Top 3 hashtags' });
    // a header row and three hashtags
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Rank', 'Hashtag', 'Posts', 'Views', 'Rank change']);
    expect(requests.map(pathAndQuery)).toEqual([
      '/api/tiktok/popular-trend/hashtag?country_code=FR&period=30&page=1&limit=3',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Top 3 TikTok hashtags in France, all industries, last 30 days',
    );
    expect(credit()).toHaveAttribute('href', '/?country=FR&period=30');
  });

  it('an unknown limit shows the top 10 and says so', async () => {
    renderEmbed('/embed?limit=500');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      'Unknown limit “500” (1 to 100): showing the top 10',
    );
    expect(await screen.findByRole('figure', { name: 'Top 10 hashtags' })).toBeInTheDocument();
  });

  it('compare: the hashtags’ curves on one chart, with its table view', async () => {
    const user = userEvent.setup();
    renderEmbed('/embed/compare?tags=chatgpt,fitness');
    const figure = await screen.findByRole('figure', { name: 'Popularity over time' });
    await user.click(within(figure).getByRole('button', { name: 'Show table for Popularity over time' }));
    const table = within(figure).getByRole('table', { name: 'Popularity over time' });
    expect(within(table).getByRole('columnheader', { name: /#chatgpt/ })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /#fitness/ })).toBeInTheDocument();
    expect(credit()).toHaveAttribute('href', '/compare?tags=chatgpt,fitness');
  });

  it('a path that is no embed says so', () => {
    renderEmbed('/embed/nothing');
    expect(screen.getByRole('heading', { level: 1, name: 'Embed not found' })).toBeInTheDocument();
    expect(credit()).toHaveAttribute('href', '/');
  });
});

describe('embed theme', () => {
  it('?theme=dark and light apply without reading or writing the browser’s storage', () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    localStorage.setItem('theme', 'light');
    setItem.mockClear();
    applyEmbedTheme('dark');
    expect(document.documentElement).toHaveClass('dark');
    applyEmbedTheme('light');
    expect(document.documentElement).not.toHaveClass('dark');
    expect(getItem).not.toHaveBeenCalled();
    expect(setItem).not.toHaveBeenCalled();
  });

  it('without ?theme, the system’s theme', () => {
    vi.spyOn(window, 'matchMedia').mockReturnValue({
      matches: true,
      addEventListener: () => {},
    } as unknown as MediaQueryList);
    applyEmbedTheme(undefined);
    expect(document.documentElement).toHaveClass('dark');
  });
});
