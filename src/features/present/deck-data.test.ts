import { describe, expect, it } from 'vitest';
import type { HashtagListItem } from '../../contract/schemas';
import { historyChangesDataSchema } from '../../contract/history';
import { HISTORY_CHANGES_UNTRACKED as untrackedBody, HISTORY_CHANGES_US7 as changesBody } from '../../testing/fixtures';
import {
  buildSlides,
  deckEntries,
  latestPointTime,
  slideLabel,
  standingOf,
  topMovers,
  weekOfChanges,
} from './deck-data';
import type { DeckFilters } from './deck-params';

function item(
  name: string,
  rank: number,
  diffType?: number,
  diff?: number,
  trend: HashtagListItem['trend'] = [],
): HashtagListItem {
  return {
    hashtag_id: String(rank),
    hashtag_name: name,
    is_promoted: false,
    trend,
    publish_cnt: 1,
    video_views: 1,
    rank,
    ...(diffType === undefined ? {} : { rank_diff_type: diffType }),
    ...(diff === undefined ? {} : { rank_diff: diff }),
  };
}

const list = Array.from({ length: 14 }, (_, i) => item(`tag${i + 1}`, i + 1)).reverse();
const filters: DeckFilters = { country: 'GB', period: 30, industry: undefined, newOnly: false, tags: [] };

describe('deck entries and slides', () => {
  it('takes the top ten by rank without tags', () => {
    expect(deckEntries([], list).map((e) => e.name)).toEqual(Array.from({ length: 10 }, (_, i) => `tag${i + 1}`));
  });

  it('keeps the order of hand-picked tags, matching the list in any case', () => {
    const entries = deckEntries(['TAG3', 'elsewhere'], list);
    expect(entries.map((e) => [e.name, e.item?.rank])).toEqual([
      ['tag3', 3],
      ['elsewhere', undefined],
    ]);
    expect(standingOf(entries[1]!, true)).toEqual({ listed: false });
    expect(standingOf(entries[1]!, false)).toBeUndefined();
  });

  it('builds cover, movers, one slide per hashtag and a summary, each with its label', () => {
    const slides = buildSlides(filters, deckEntries(['a', 'b'], []));
    expect(slides.map((s) => s.title)).toEqual([
      'Hashtag trends in United Kingdom',
      'Top movers',
      '#a',
      '#b',
      'Summary',
    ]);
    expect(slideLabel(slides[2]!, 2, slides.length)).toBe('Slide 3 of 5: #a');
  });
});

describe('"What changed this week"', () => {
  const week = historyChangesDataSchema.parse(changesBody.data).info;
  const none = historyChangesDataSchema.parse(untrackedBody.data).info;

  it('comes before the summary when a week of history is recorded, so hashtag slides keep their numbers', () => {
    const slides = buildSlides(filters, deckEntries(['a', 'b'], []), weekOfChanges(week));
    expect(slides.map((s) => s.title)).toEqual([
      'Hashtag trends in United Kingdom',
      'Top movers',
      '#a',
      '#b',
      'What changed this week',
      'Summary',
    ]);
    expect(slides[4]).toMatchObject({ kind: 'changes', changes: week });
  });

  it('is left out without a ranking a week old, without a later one, or when history is unavailable', () => {
    expect(weekOfChanges(none)).toBeUndefined();
    expect(weekOfChanges({ ...week, from: null })).toBeUndefined();
    expect(weekOfChanges({ ...week, from: week.to })).toBeUndefined();
    expect(weekOfChanges(undefined)).toBeUndefined();
    expect(buildSlides(filters, [], weekOfChanges(undefined)).map((s) => s.kind)).toEqual([
      'cover',
      'movers',
      'summary',
    ]);
  });
});

describe('topMovers', () => {
  it('ranks climbers by places gained and new entries by rank', () => {
    const movers = topMovers([
      item('a', 5, 1, 3),
      item('b', 9, 1, 30),
      item('c', 2, 3, 40),
      item('d', 40, 4),
      item('e', 7, 4),
      item('f', 1, 2, 0),
    ]);
    expect(movers.climbers.map((i) => i.hashtag_name)).toEqual(['b', 'a']);
    expect(movers.newEntries.map((i) => i.hashtag_name)).toEqual(['e', 'd']);
  });
});

describe('latestPointTime', () => {
  it('is the latest point of any curve, not the clock', () => {
    expect(
      latestPointTime([
        [{ time: 10, value: 1 }],
        [
          { time: 30, value: 0 },
          { time: 20, value: 1 },
        ],
        [],
      ]),
    ).toBe(30);
    expect(latestPointTime([])).toBeUndefined();
  });
});
