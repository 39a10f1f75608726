import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WatchlistShare } from './watchlist-share';
import {
  WATCHLIST_FILE_FORMAT,
  WATCHLIST_VERSION,
  readWatchlist,
  resetWatchlistMemory,
} from '../../stores/watchlist-store';

const watchlistFile = (hashtags: unknown[], padding = 0) =>
  new File(
    [JSON.stringify({ format: WATCHLIST_FILE_FORMAT, version: WATCHLIST_VERSION, hashtags }) + ' '.repeat(padding)],
    'watchlist.json',
    {
      type: 'application/json',
    },
  );

beforeEach(() => resetWatchlistMemory());

describe('WatchlistShare import', () => {
  it('refuses a file over 100 KB by its size, before reading any of it', async () => {
    const file = watchlistFile(['chatgpt'], 150 * 1024);
    const read = vi.fn(() => Promise.resolve(''));
    Object.assign(file, { text: read, arrayBuffer: read, stream: read, slice: read });
    const reader = vi.spyOn(FileReader.prototype, 'readAsText');
    render(<WatchlistShare canExport={false} />);

    await userEvent.upload(screen.getByLabelText('Import watchlist'), file);
    const status = screen.getByRole('status');
    expect(
      await within(status).findByText(
        /too large to be a watchlist \(151 KB\): a watchlist file is at most 100 KB\. Nothing was imported\./,
      ),
    ).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
    expect(reader).not.toHaveBeenCalled();
    expect(readWatchlist()).toEqual([]);
  });

  it('reads a file just under the limit', async () => {
    render(<WatchlistShare canExport={false} />);
    const file = watchlistFile(['chatgpt']);
    const padded = watchlistFile(['chatgpt'], 100 * 1024 - file.size);
    expect(padded.size).toBe(100 * 1024);
    await userEvent.upload(screen.getByLabelText('Import watchlist'), padded);
    expect(await screen.findByText('Added 1 hashtag: #chatgpt.')).toBeInTheDocument();
  });

  it('lists at most 10 problems, then says how many more', async () => {
    render(<WatchlistShare canExport={false} />);
    const bad = Array.from({ length: 15 }, (_, i) => `two words ${i}`);
    await userEvent.upload(screen.getByLabelText('Import watchlist'), watchlistFile(['ok', ...bad]));

    const status = screen.getByRole('status');
    expect(await within(status).findByText('Added 1 hashtag: #ok.')).toBeInTheDocument();
    const items = within(status).getAllByRole('listitem');
    expect(items).toHaveLength(11);
    expect(items.slice(0, 10).map((li) => li.textContent)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Entry ${i + 2} skipped: not a hashtag name.`),
    );
    expect(items[10]).toHaveTextContent('and 5 more problems.');
  });
});
