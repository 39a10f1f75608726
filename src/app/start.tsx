import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createQueryClient } from './query-client';
import { preloadRoute } from './router';
import { dropEarlyResponses } from '../api/early-response';

/**
 * Longest wait for the route's code and data before the first render. The page shell of index.html is
 * on screen meanwhile; rendering the app shell and the page's skeleton first would only add a layout and
 * paint (and its React work) right before the real page replaces them, on the path to the page's text.
 */
const FIRST_RENDER_WAIT_MS = 1000;

/** Renders the app into #root (src/main.tsx calls it once the document has been parsed). */
export function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  const queryClient = createQueryClient();
  // The route's chunk and data start loading now, before React renders anything.
  const routeReady = preloadRoute(queryClient, window.location);
  // The detail request the boot script started was taken just now, if it was the one the page needs.
  dropEarlyResponses();
  const reactRoot = createRoot(root);
  // A transition render is time-sliced: React yields to the browser every few milliseconds instead of
  // holding the main thread for the whole first render, so the page stays responsive while it boots.
  const render = () =>
    startTransition(() =>
      reactRoot.render(
        <StrictMode>
          <App queryClient={queryClient} />
        </StrictMode>,
      ),
    );
  if (routeReady)
    void Promise.race([routeReady, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(render);
  else render();
}
