import { describe, expect, it } from 'vitest';
import { clampSlide, parseDeckParams } from './deck-params';
import { searchWithShownValues } from './use-slide-in-url';

/** The deck's link after its notice is dismissed, for a deck of `total` slides. */
function afterDismiss(search: string, total: number): string {
  const params = new URLSearchParams(search);
  const { filters, slide, problems } = parseDeckParams(params);
  const clamped = clampSlide(slide, total);
  const all = clamped.problem ? [...problems, clamped.problem] : problems;
  return searchWithShownValues(params, all, { index: clamped.index, tags: filters.tags }).toString();
}

describe('searchWithShownValues', () => {
  it('writes the slide shown in place of one past the end', () => {
    expect(afterDismiss('country=GB&slide=99', 13)).toBe('country=GB&slide=13');
  });

  it('leaves out a parameter it did not understand, whose default is shown, and keeps the others', () => {
    expect(afterDismiss('country=XX&period=30&slide=3&ref=mail', 13)).toBe('period=30&slide=3&ref=mail');
  });

  it('leaves the slide out on the first slide, as the deck writes it', () => {
    expect(afterDismiss('slide=abc&period=30', 13)).toBe('period=30');
  });

  it('changes nothing for a link that was understood', () => {
    expect(afterDismiss('country=GB&period=30&slide=2', 13)).toBe('country=GB&period=30&slide=2');
  });
});
