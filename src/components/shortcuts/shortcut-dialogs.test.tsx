import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { hashtagKeys } from '../../api/query-keys';
import { SHORTCUTS } from '../../lib/shortcuts/registry';
import { SHORTCUTS_STORAGE_KEY } from '../../lib/shortcuts/use-shortcut';
import { LIST_PAGE } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render-routes';
import { KeyboardShortcuts } from './keyboard-shortcuts';

/** The app's listener and dialogs on an otherwise empty page with one button to come back to. */
function renderAt(entry: string) {
  const result = renderRoutes(
    [
      {
        path: '*',
        element: (
          <>
            <KeyboardShortcuts />
            <button type="button">Somewhere</button>
          </>
        ),
      },
    ],
    entry,
  );
  const where = () => `${result.router.state.location.pathname}${result.router.state.location.search}`;
  return { ...result, where };
}

describe('the help dialog', () => {
  it('opens on "?", lists every shortcut by group, closes on Escape and gives focus back', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const before = screen.getByRole('button', { name: 'Somewhere' });
    before.focus();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const group of ['Anywhere', 'Rows of the ranked list', 'Presentation'])
      expect(within(dialog).getByRole('heading', { name: group })).toBeVisible();
    for (const s of SHORTCUTS) expect(within(dialog).getByText(s.label)).toBeInTheDocument();
    // the sequence reads as two keys
    const watchlistRow = within(dialog).getByText('Go to the watchlist').parentElement!;
    expect(within(watchlistRow).getByText('then')).toBeInTheDocument();
    expect(watchlistRow.querySelectorAll('kbd')).toHaveLength(2);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull());
    expect(before).toHaveFocus();
  });

  it('turns shortcuts off (kept in localStorage) and on again', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const toggle = within(dialog).getByRole('checkbox', { name: 'Use keyboard shortcuts' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(localStorage.getItem(SHORTCUTS_STORAGE_KEY)).toBe('off');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // off: "?" and "g w" do nothing…
    await user.keyboard('?gw');
    expect(screen.queryByRole('dialog')).toBeNull();
    // …but the palette still opens, and offers the way back to the help
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    await user.keyboard('keyboard');
    await user.click(within(palette).getByRole('option', { name: /Keyboard shortcuts/ }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.click(within(help).getByRole('checkbox', { name: 'Use keyboard shortcuts' }));
    expect(localStorage.getItem(SHORTCUTS_STORAGE_KEY)).toBe('on');
  });

  it('"g" then "w" goes to the watchlist', async () => {
    const user = userEvent.setup();
    const { where } = renderAt('/');
    await user.keyboard('gw');
    expect(where()).toBe('/watchlist');
  });
});

describe('the command palette', () => {
  it('is a combobox dialog: typing filters the loaded hashtags, arrows move, Enter opens', async () => {
    const user = userEvent.setup();
    const { queryClient, where } = renderAt('/?country=GB&period=30');
    queryClient.setQueryData(
      hashtagKeys.list({ country: 'US', period: 7, newOnly: false, page: 1, limit: 20 }),
      LIST_PAGE as never,
    );
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    const input = within(dialog).getByRole('combobox', { name: 'Go to a hashtag, country or page' });
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = within(dialog).getByRole('listbox');
    expect(input).toHaveAttribute('aria-controls', listbox.id);

    await user.keyboard('robloxtr');
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['#robloxtrend', 'Open #robloxtr']);
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowDown}'); // wraps
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(where()).toBe('/hashtag/robloxtrend?country=GB&period=30'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens any typed name', async () => {
    const user = userEvent.setup();
    const { where } = renderAt('/');
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    await user.keyboard('#nothingloaded');
    expect(screen.getByRole('option', { name: 'Open #nothingloaded' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(where()).toBe('/hashtag/nothingloaded'));
  });

  it('a country opens the explorer for it, keeping the explorer’s other filters (not the page number)', async () => {
    const user = userEvent.setup();
    const { where } = renderAt('/?period=30&industry=22000000000&new=1&page=3');
    await user.keyboard('{Meta>}k{/Meta}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    await user.keyboard('united king');
    expect(screen.getByRole('group', { name: 'Countries' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: /United Kingdom/ }));
    await waitFor(() => expect(where()).toBe('/?industry=22000000000&new=1&country=GB&period=30'));
  });

  it('lists the pages and goes to one', async () => {
    const user = userEvent.setup();
    const { where } = renderAt('/hashtag/abc');
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    const pages = within(dialog).getByRole('group', { name: 'Pages' });
    expect(
      within(pages)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Explorerthe trending list',
      'Watchlist',
      'Compare',
      'Presentthis view as slides',
      'Keyboard shortcuts',
    ]);
    await user.keyboard('watch{Enter}');
    await waitFor(() => expect(where()).toBe('/watchlist'));
  });

  it('Escape closes it and gives focus back; keys typed inside never reach the page’s shortcuts', async () => {
    const user = userEvent.setup();
    const { where } = renderAt('/');
    const before = screen.getByRole('button', { name: 'Somewhere' });
    before.focus();
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    await user.keyboard('gw?');
    expect(within(dialog).getByRole('combobox')).toHaveValue('gw?');
    expect(where()).toBe('/');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(before).toHaveFocus();
    await act(async () => {});
  });
});
