import { COMPARE_MAX } from '../../lib/deck-links';
import { parseTagsParam, tagsParam } from '../../lib/tag-names';
import {
  oneOfParam,
  parseScope,
  readParam,
  writeScope,
  type ParamProblem,
  type TrendScope,
} from '../../contract/filter-params';

/** "relative": each curve on its own 0–100 scale; "posts": curves scaled to estimated posts per day. */
export type CompareMode = 'relative' | 'posts';

export const MODE_LABELS: Record<CompareMode, string> = {
  relative: 'Relative (peak = 100)',
  posts: 'Estimated posts per day',
};

const modeSchema = oneOfParam(['relative', 'posts'], (v) => v as CompareMode, 'unknown mode');

export interface CompareParams {
  /** At most {@link COMPARE_MAX}, trimmed, without "#", de-duplicated case-insensitively. */
  tags: string[];
  /** How many distinct names the URL held (more than `tags.length` when cut to the limit). */
  requested: number;
  scope: TrendScope;
  mode: CompareMode;
  problems: ParamProblem[];
}

/** `/compare?tags=a,b,c&country=..&period=..&mode=posts`: everything the page shows. */
export function parseCompareParams(search: URLSearchParams): CompareParams {
  const problems: ParamProblem[] = [];
  const all = parseTagsParam(search.get('tags'));
  const scope = parseScope(search, problems);
  const mode = readParam(
    search,
    'mode',
    modeSchema,
    'relative',
    { label: 'scale', fallbackLabel: MODE_LABELS.relative },
    problems,
  );
  return { tags: all.slice(0, COMPARE_MAX), requested: all.length, scope, mode, problems };
}

/** "Showing the first 5 of 7 hashtags", or undefined when nothing was cut. */
export function overLimitMessage(params: Pick<CompareParams, 'tags' | 'requested'>): string | undefined {
  return params.requested > params.tags.length
    ? `Showing the first ${params.tags.length} of ${params.requested} hashtags`
    : undefined;
}

/**
 * The search string for a new compare state: `tags` first and readable (`tags=a,b`), default
 * country/period/mode left out, any other parameter kept as it was.
 */
export function compareSearch(
  current: URLSearchParams,
  next: { tags: readonly string[]; scope: TrendScope; mode: CompareMode },
): string {
  const rest = writeScope(new URLSearchParams(current), next.scope);
  rest.delete('tags');
  rest.delete('mode');
  if (next.mode !== 'relative') rest.set('mode', next.mode);
  const parts = [next.tags.length > 0 ? tagsParam(next.tags) : '', rest.toString()].filter(Boolean);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export const TREND_TITLES: Record<CompareMode, string> = {
  relative: 'Popularity over time',
  posts: 'Estimated posts per day',
};
/** Under the title of a relative-mode PNG: the curves do not share one scale. */
export const RELATIVE_SCALE_NOTE = 'Each curve on its own scale (peak = 100)';
