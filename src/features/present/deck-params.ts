import { DEFAULT_DECK_SIZE, MAX_DECK_TAGS } from '../../contract/constants';
import { parseTagsParam } from '../../lib/tag-names';
import {
  parseListFilters,
  positiveIntParamSchema,
  quoteValue,
  readParam,
  type ParamProblem,
  type TrendScope,
} from '../../contract/filter-params';

/**
 * The deck's URL: the explorer's list filters (`country`, `period`, `industry`, `new`) plus `tags`
 * (names to present instead of the top ones) and `slide` (1-based). Parsed with the shared
 * parseScope/readParam so bad values fall back the same way, with the same notices, as everywhere else.
 */
export interface DeckFilters extends TrendScope {
  industry: string | undefined;
  newOnly: boolean;
  /** Hand-picked names (no "#", deduplicated); empty = the top {@link DEFAULT_DECK_SIZE} of the list. */
  tags: string[];
}

export { DEFAULT_DECK_SIZE, MAX_DECK_TAGS };

export interface ParsedDeckParams {
  filters: DeckFilters;
  /** The requested slide (1-based), not yet checked against the deck's length. */
  slide: number;
  problems: ParamProblem[];
}

/** Never throws: a bad value falls back to its default and is reported as a problem. */
export function parseDeckParams(search: URLSearchParams): ParsedDeckParams {
  const problems: ParamProblem[] = [];
  const { industry, newOnly, ...scope } = parseListFilters(search, problems);
  const slide = readParam(
    search,
    'slide',
    positiveIntParamSchema,
    1,
    {
      label: 'slide',
      fallbackLabel: 'slide 1',
      message: (v) => `Unknown slide ${v}: showing slide 1`,
    },
    problems,
  );

  let tags = parseTagsParam(search.get('tags'));
  if (tags.length > MAX_DECK_TAGS) {
    problems.push({
      param: 'tags',
      value: search.get('tags') ?? '',
      message: `${tags.length} hashtags is more than a deck can hold: showing the first ${MAX_DECK_TAGS}`,
    });
    tags = tags.slice(0, MAX_DECK_TAGS);
  }
  return { filters: { ...scope, industry, newOnly, tags }, slide, problems };
}

/**
 * The 0-based index of the requested slide in a deck of `total` slides: past the end → the last
 * slide, with a problem saying so.
 */
export function clampSlide(slide: number, total: number): { index: number; problem?: ParamProblem } {
  const last = Math.max(1, total);
  if (slide <= last) return { index: slide - 1 };
  return {
    index: last - 1,
    problem: {
      param: 'slide',
      value: String(slide),
      message: `There is no slide ${quoteValue(String(slide))} in this deck of ${last}: showing the last slide`,
    },
  };
}
