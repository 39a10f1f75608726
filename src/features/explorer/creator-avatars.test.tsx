import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AVATAR_DELAY_MS } from './avatar-delay';
import { CreatorAvatars } from './creator-avatars';

const maya = { nick_name: 'maya', avatar_url: 'https://p16-sign-va.tiktokcdn.com/maya.jpeg' };
const leo = { nick_name: 'leo', avatar_url: 'https://p16-sign-va.tiktokcdn.com/leo.jpeg' };
const hostile = { nick_name: 'eve', avatar_url: 'javascript:alert(1)' };

const avatar = (name: string) => screen.getByRole('img', { name });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CreatorAvatars', () => {
  it('fetches a picture only once the rows have stayed a moment, as an empty circle until then', () => {
    const { container } = render(<CreatorAvatars creators={[maya, hostile]} />);
    // Same role and name as the picture to come, and no request yet.
    expect(avatar('maya').tagName).toBe('SPAN');
    expect(avatar('maya')).toBeEmptyDOMElement();
    expect(container.querySelector('img')).toBeNull();
    // An unsafe URL is never fetched: its initial shows at once.
    expect(avatar('eve')).toHaveTextContent('E');

    act(() => vi.advanceTimersByTime(AVATAR_DELAY_MS - 1));
    expect(container.querySelector('img')).toBeNull();
    // The delay, then an idle moment (a timeout where requestIdleCallback is missing, as in jsdom).
    act(() => vi.advanceTimersByTime(1));
    act(() => vi.runOnlyPendingTimers());
    expect(avatar('maya').tagName).toBe('IMG');
    expect(avatar('maya')).toHaveAttribute('src', maya.avatar_url);
    expect(avatar('eve').tagName).toBe('SPAN');
  });

  it('fetches nothing for a list replaced before the delay, and a new creator waits again', () => {
    const { container, rerender, unmount } = render(<CreatorAvatars creators={[maya]} />);
    act(() => vi.advanceTimersByTime(AVATAR_DELAY_MS / 2));
    rerender(<CreatorAvatars creators={[leo]} />);
    act(() => vi.advanceTimersByTime(AVATAR_DELAY_MS / 2));
    act(() => vi.runOnlyPendingTimers());
    // maya's wait was cancelled with her avatar; leo's started when he appeared.
    expect(container.querySelector('img')).toBeNull();
    act(() => vi.advanceTimersByTime(AVATAR_DELAY_MS));
    act(() => vi.runOnlyPendingTimers());
    expect(avatar('leo').tagName).toBe('IMG');

    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('avatars drawn together wait on one timer, not one each (a page of rows has 60)', () => {
    const { container } = render(
      <>
        <CreatorAvatars creators={[maya, leo, { nick_name: 'ana', avatar_url: maya.avatar_url }]} />
        <CreatorAvatars creators={[leo, maya]} />
      </>,
    );
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(AVATAR_DELAY_MS));
    act(() => vi.runOnlyPendingTimers());
    expect(container.querySelectorAll('img')).toHaveLength(5);
  });

  it('shows three and counts the rest', () => {
    render(<CreatorAvatars creators={[maya, leo, hostile, { nick_name: 'ana' }, { nick_name: 'bo' }]} />);
    const list = screen.getByRole('list', { name: 'Creators' });
    expect(within(list).getAllByRole('img')).toHaveLength(3);
    expect(list).toHaveTextContent('and 2 more');
  });
});
