import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_ITEM_IDS } from '../testing/fixtures';
import { VideoCover } from './video-cover';

const ITEM_ID = SEED_ITEM_IDS[0]!;
const cover = (cover_uri: string) =>
  render(<VideoCover item={{ item_id: ITEM_ID, cover_uri }} label="Related video 1 of 1" width={90} height={160} />);

describe('VideoCover', () => {
  it('shows a cover from the provider’s image CDN (a real fixture URL) and our own demo covers', () => {
    const real =
      'https://p16-sign-va.tiktokcdn.com/tos-maliva-p-0068c799-us/ooOIioo0ILAsVdAAQMXGohHifYA66gfeQgeeKP~tplv-noop.image?x-expires=1743017887&x-signature=eAFJUUVOy9ZjO%2FkwU43tFtnBFIc%3D';
    cover(real);
    expect(screen.getByRole('img', { name: 'Related video 1 of 1' })).toHaveAttribute('src', real);
  });

  it.each([
    ['a backslash path that browsers read as another host', '/\\evil.example/pixel.gif'],
    ['a tab hidden in a path', '/\t/evil.example/pixel.gif'],
    ['an https host that is not the provider’s', 'https://tracker.example/pixel.gif'],
  ])('never puts %s into src: a placeholder instead', (_, raw) => {
    const { container } = cover(raw);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Related video 1 of 1 (cover unavailable)')).toBeInTheDocument();
  });
});
