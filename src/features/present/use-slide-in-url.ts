import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { ParamProblem } from '../../contract/filter-params';

/** The URL's `slide` for a 0-based index: 1-based, left out on the first slide. */
function writeSlide(params: URLSearchParams, index: number): URLSearchParams {
  if (index === 0) params.delete('slide');
  else params.set('slide', String(index + 1));
  return params;
}

/**
 * `search` with the values the deck shows in place of the ones it did not understand (`problems`): the
 * slide on screen, the tags it kept; any other such parameter is left out, as its default is shown.
 */
export function searchWithShownValues(
  search: URLSearchParams,
  problems: readonly ParamProblem[],
  shown: { index: number; tags: readonly string[] },
): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const problem of problems) {
    if (problem.param === 'slide') writeSlide(params, shown.index);
    else if (problem.param === 'tags') params.set('tags', shown.tags.join(','));
    else params.delete(problem.param);
  }
  return params;
}

/**
 * The slide lives in the URL (`slide=3`) so a link opens at it. Moving between slides REPLACES the
 * history entry: with a clicker, Back should leave the deck, not walk back through twenty slides.
 * `historyState` (where the deck was opened from) is carried along.
 *
 * `targetRef` is where the last move is taking us: a second key press before the URL has caught up
 * counts from there.
 */
export function useSlideInUrl(index: number, total: number, historyState: unknown) {
  const [, setSearchParams] = useSearchParams();
  const targetRef = useRef(index);
  useEffect(() => {
    targetRef.current = index;
  }, [index]);

  const goTo = useCallback(
    (next: number) => {
      if (total === 0) return;
      const to = Math.max(0, Math.min(total - 1, next));
      if (to === targetRef.current) return;
      targetRef.current = to;
      setSearchParams((current) => writeSlide(new URLSearchParams(current), to), {
        replace: true,
        preventScrollReset: true,
        state: historyState,
      });
    },
    [setSearchParams, total, historyState],
  );

  return { goTo, targetRef };
}
