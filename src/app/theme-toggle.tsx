import { useTheme } from './theme';

/**
 * A toggle button whose name never changes: "Dark theme", pressed while the dark theme is on. The
 * name is its visible text (no aria-label), so speech users can say what they see (WCAG 2.5.3).
 */
export function ThemeToggle() {
  const [theme, setTheme] = useTheme();
  const dark = theme === 'dark';
  return (
    <button type="button" className="btn-ghost" aria-pressed={dark} onClick={() => setTheme(dark ? 'light' : 'dark')}>
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="sr-only sm:not-sr-only sm:ml-1">Dark theme</span>
    </button>
  );
}
