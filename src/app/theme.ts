import { useCallback, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
// Also read by public/theme.js, a blocking classic script (allowed by CSP script-src 'self') that sets
// the stored choice on <html> before first paint, so it never flashes: key "theme", "light" | "dark".
const STORAGE_KEY = 'theme';

const media = () => window.matchMedia('(prefers-color-scheme: dark)');

function storedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

function currentTheme(): Theme {
  return storedTheme() ?? (media().matches ? 'dark' : 'light');
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  const mq = media();
  const onSystemChange = () => {
    if (!storedTheme()) apply(currentTheme());
    listener();
  };
  mq.addEventListener('change', onSystemChange);
  return () => {
    listeners.delete(listener);
    mq.removeEventListener('change', onSystemChange);
  };
}

function apply(theme: Theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark');
}

/** Light/dark following the system until the user picks one; the pick persists. */
export function useTheme(): [Theme, (t: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as Theme);
  const setTheme = useCallback((t: Theme) => {
    try {
      localStorage.setItem(STORAGE_KEY, t);
    } catch {
      /* private mode: still switch for this page */
    }
    apply(t);
    listeners.forEach((l) => l());
  }, []);
  return [theme, setTheme];
}
