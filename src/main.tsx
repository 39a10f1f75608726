import './index.css';

/**
 * The page is already on screen (React's HTML from the server); this hydrates it. The app boots in stages, each evaluated in a task of its own, so no one task holds the main thread
 * long when the page should answer its first tap. All the files are fetched at once: the build lists
 * them as module preloads of the page (tooling/vite/app-shell.ts).
 */
const STAGES = [
  // React DOM, the largest library.
  () => import('react-dom/client'),
  // ICU, set up in three parts, each a task of its own: a page's first Intl object sets up ICU itself,
  // its first date format loads calendar data, its first number format number data. The app's own
  // formats (src/lib/format.ts) are then quick to make.
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
  await start();
}

// A module script runs once the document has been parsed; the check keeps that true wherever it is loaded from.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void boot(), { once: true });
else void boot();
