import './index.css';

/**
 * The page is already on screen (React's HTML from the server); this hydrates it, once the page has
 * painted: its JavaScript (React DOM alone is 66 KB) does not compete with the stylesheet for the
 * connection before the first paint, and nothing is preloaded in the page's head for that reason.
 * Then the app boots in stages, each evaluated in a task of its own, so no one task holds the main
 * thread long when the page should answer its first tap.
 */
const ICU_STAGES = [
  // ICU, set up in three parts, each a task of its own, while React DOM downloads: a page's first Intl
  // object sets up ICU itself, its first date format loads calendar data, its first number format
  // number data. The app's own formats (src/lib/format.ts, made as its modules are evaluated) are then
  // quick to make.
  () => new Intl.Collator('en').compare('a', 'b'),
  () => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(0),
  () => new Intl.NumberFormat('en', { notation: 'compact' }).format(1),
];

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Longest wait for the first paint (a page that cannot report paints starts at once). */
const PAINT_WAIT_MS = 1000;

/** Resolves at the first contentful paint; at once when the page is hidden (nothing paints) or cannot say. */
function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    try {
      if (document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes.includes('paint'))
        return resolve();
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) resolve();
      }).observe({ type: 'paint', buffered: true });
      setTimeout(resolve, PAINT_WAIT_MS);
    } catch {
      resolve();
    }
  });
}

async function boot() {
  await firstPaint();
  // The script is `async` (index.html): a deferred one would wait for the end of the document, and a
  // page may stream answers after itself (src/api/streamed-answers.ts). Its first paint comes once its
  // query state, the last of the page itself, is in (`blocking="render"`); a page that did not paint
  // (hidden, or no query state: the build served as plain files) waits for the end of the document.
  if (document.readyState === 'loading' && !document.getElementById('query-state'))
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  // React DOM, the largest file, first: it is evaluated (a task of its own) as soon as it is in.
  const react = import('react-dom/client');
  for (const stage of ICU_STAGES) {
    stage();
    await nextTask();
  }
  // Then the app's start chunk with its imports, fetched now (ICU is ready when they are evaluated).
  const app = import('./app/start');
  await react;
  const { start } = await app;
  // Evaluating the app's modules is one task, hydrating them the next ones.
  await nextTask();
  await start();
}

void boot();
