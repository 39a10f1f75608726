import { useCallback, useMemo, useState } from 'react';
import { COMPARE_MAX } from '../../lib/deck-links';

export interface CompareSelection {
  /** Picked names in the order they were picked (that is the order Compare shows them in). */
  names: readonly string[];
  has: ReadonlySet<string>;
  /** {@link COMPARE_MAX} picked: the other rows cannot be picked until one is dropped. */
  isFull: boolean;
  set: (name: string, selected: boolean) => void;
  clear: () => void;
}

/**
 * Hashtags ticked for comparison. Transient on purpose: not in the URL (a shared explorer link
 * should not carry someone's half-made selection), kept by name so it survives paging and sorting.
 */
export function useCompareSelection(): CompareSelection {
  const [names, setNames] = useState<readonly string[]>([]);
  const set = useCallback((name: string, selected: boolean) => {
    setNames((current) => {
      if (!selected) return current.filter((n) => n !== name);
      if (current.includes(name) || current.length >= COMPARE_MAX) return current;
      return [...current, name];
    });
  }, []);
  const clear = useCallback(() => setNames([]), []);
  const has = useMemo(() => new Set(names), [names]);
  return { names, has, isFull: names.length >= COMPARE_MAX, set, clear };
}
