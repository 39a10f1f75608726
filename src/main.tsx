import './index.css';

/**
 * The app boots in stages, each evaluated in a task of its own, so no one task holds the main thread
 * long when the page should answer its first tap. Evaluated together they were one task of 25–40 ms
 * here, four times that on the phone Lighthouse simulates. All the files are fetched at once: the
 * build lists them as module preloads of the page (vite.config.ts, appShell).
 */
const STAGES = [
  // React DOM, the largest library.
  () => import('react-dom/client'),
  // ICU: a page's first Intl object sets it up, 15–25 ms here whatever it is for. The app's number
  // and date formats (src/lib/format.ts) are then quick to make.
  () => new Intl.NumberFormat('en', { notation: 'compact' }).format(1),
];

async function boot() {
  for (const stage of STAGES) {
    await stage();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const { start } = await import('./app/start');
  start();
}

// On the explorer public/boot.js starts this module, at once if the page is hidden: a script it
// inserts runs as soon as it has loaded, possibly before the parser has reached #root.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void boot(), { once: true });
else void boot();
