/**
 * Web storage that never throws: reading it can throw (SecurityError with storage disabled), and
 * so can writing (quota). Reads then return undefined and writes report false. `local` lasts across
 * visits; `session` lasts for the tab (reloads and Back included) and is never shared.
 */
export type StorageArea = 'local' | 'session';

function storage(area: StorageArea): Storage | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    return area === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return undefined;
  }
}

export function readStorage(key: string, area: StorageArea = 'local'): string | undefined {
  try {
    return storage(area)?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** True when the value was stored. */
export function writeStorage(key: string, value: string, area: StorageArea = 'local'): boolean {
  try {
    const s = storage(area);
    if (!s) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
