import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StarButton } from './star-button';
import {
  WATCHLIST_MAX,
  WATCHLIST_STORAGE_KEY,
  readWatchlist,
  resetWatchlistMemory,
  toggleWatch,
} from '../stores/watchlist-store';

beforeEach(() => resetWatchlistMemory());

describe('StarButton', () => {
  it('toggles with aria-pressed under a constant name, and every star of the same hashtag follows', async () => {
    const user = userEvent.setup();
    render(
      <>
        <StarButton name="chatgpt" />
        <StarButton name="chatgpt" />
      </>,
    );
    const [first, second] = screen.getAllByRole('button', { name: 'Star #chatgpt' });
    expect(first).toHaveAttribute('aria-pressed', 'false');
    await user.click(first!);
    expect(first).toHaveAttribute('aria-pressed', 'true');
    expect(second).toHaveAttribute('aria-pressed', 'true');
    expect(readWatchlist()).toEqual(['chatgpt']);
    await user.click(second!);
    expect(first).toHaveAttribute('aria-pressed', 'false');
    expect(readWatchlist()).toEqual([]);
  });

  it('follows changes made in another tab', () => {
    render(<StarButton name="курск" />);
    act(() => {
      localStorage.setItem(WATCHLIST_STORAGE_KEY, JSON.stringify({ version: 1, hashtags: ['курск'] }));
      window.dispatchEvent(new StorageEvent('storage', { key: WATCHLIST_STORAGE_KEY }));
    });
    expect(screen.getByRole('button', { name: 'Star #курск' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('explains a refused star when the watchlist is full', async () => {
    const user = userEvent.setup();
    for (let i = 0; i < WATCHLIST_MAX; i++) toggleWatch(`t${i}`);
    render(<StarButton name="one-more" />);
    await user.click(screen.getByRole('button', { name: 'Star #one-more' }));
    expect(screen.getByRole('alert')).toHaveTextContent(`Watchlist is full (${WATCHLIST_MAX}): unstar one first.`);
    expect(screen.getByRole('button', { name: 'Star #one-more' })).toHaveAttribute('aria-pressed', 'false');
  });
});
