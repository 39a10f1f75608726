import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate } from '@tanstack/react-query';
import { App } from './app';
import { createQueryClient } from './query-client';
import { loadRouteModule } from './router';
import { readQueryState } from './query-state';
import { STREAMED_ANSWERS_ID } from '../contract/streamed-answers';

/**
 * Hydrates the page the server rendered (src/entry-server.tsx) in #root: the data it was rendered with
 * goes into the query cache first, so nothing is asked for again, and the route's chunk is loaded
 * first, so hydration does not stop at the page. React keeps the server's DOM nodes.
 * (src/main.tsx calls it once the document has been parsed.)
 */
export async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from the page');
  const queryClient = createQueryClient();
  const state = readQueryState(document);
  if (state) hydrate(queryClient, state);
  // Answers the page was sent without may still be coming, in the same response: taken as they come
  // (the watcher's code loads only for such a page).
  if (document.getElementById(STREAMED_ANSWERS_ID))
    (await import('../api/watch-streamed-answers')).watchStreamedAnswers(document);
  await loadRouteModule(window.location.pathname);
  // In a transition, hydration is time-sliced: React yields to the browser every few milliseconds
  // instead of holding the main thread for the whole page.
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  startTransition(() => {
    // An empty #root: the build served as plain files (`vite preview`, a static host), rendered here.
    if (root.firstElementChild) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
}
