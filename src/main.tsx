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
  // ICU, set up in three parts, each a task of its own. A page's first Intl object of any kind sets up
  // ICU itself (10–14 ms here), its first date format loads calendar data (5–8 ms), its first number
  // format number data (2 ms): together, the first number format the page made cost 15–28 ms, a long
  // task on a phone four times slower. The app's own formats (src/lib/format.ts) are then quick to make.
  () => new Intl.Collator('en').compare('a', 'b'),
  () => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(0),
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
