import type { EmbedTheme } from '../contract/embed-view';

/**
 * `?theme=light|dark`, or the reader's system theme (followed when it changes). Never the app's stored
 * choice: an embed reads nothing from the browser's storage.
 */
export function applyEmbedTheme(theme: EmbedTheme | undefined) {
  const root = document.documentElement;
  if (theme) {
    root.classList.toggle('dark', theme === 'dark');
    return;
  }
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => root.classList.toggle('dark', media.matches);
  follow();
  media.addEventListener('change', follow);
}
