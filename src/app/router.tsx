import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { matchRoutes, Route, Routes, useLocation } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { hashtagDetailOptions } from '../api/hashtag-detail';
import { parseScope } from '../contract/filter-params';
import { hashtagFromRouteParam } from '../contract/api-routes';
import { AppShell } from './app-shell';
import { RouteErrorBoundary } from './route-error-boundary';
import { ExplorerPage } from '../features/explorer/explorer-page';
import { NotFoundPage } from './not-found-page';
import { KeyboardShortcuts } from '../components/shortcuts/keyboard-shortcuts';

// Declarative routes (BrowserRouter) rather than the data router: the app uses no loaders or
// actions, and declarative mode keeps the data router's code off every first visit.
// Everything past the explorer is its own chunk, so the list page ships no charting library.
type HashtagPageModule = typeof import('../features/hashtag/hashtag-page');
/** Set once the detail page's chunk has loaded (see {@link preloadRoute}). */
let hashtagPageModule: HashtagPageModule | undefined;
const loadHashtagPage = () =>
  import('../features/hashtag/hashtag-page').then((m) => {
    hashtagPageModule = m;
    return m;
  });
const LazyHashtagPage = lazy(() => loadHashtagPage().then((m) => ({ default: m.HashtagPage })));

/**
 * The detail page: the component itself when its chunk is already in (preloaded at boot), so the
 * first render does not suspend and commit the route's fallback first; else the lazy one. Chosen once
 * per mount, so the page never remounts when the chunk arrives later.
 */
function HashtagPage() {
  const [Page] = useState<ComponentType>(() => hashtagPageModule?.HashtagPage ?? LazyHashtagPage);
  return <Page />;
}
const ComparePage = lazy(() => import('../features/compare/compare-page').then((m) => ({ default: m.ComparePage })));
const WatchlistPage = lazy(() =>
  import('../features/watchlist/watchlist-page').then((m) => ({ default: m.WatchlistPage })),
);
const PresentPage = lazy(() => import('../features/present/present-page').then((m) => ({ default: m.PresentPage })));

/**
 * Called once before the first render: on a hashtag page, starts its chunk and its detail request
 * right away instead of after the entry has rendered and the chunk has loaded (two round trips later).
 * The request goes into `queryClient` under the key the page reads, so the page finds it in flight or
 * done. Same parsing as the page: `hashtagFromRouteParam`, and country and period from the query
 * string with the same fallbacks (`parseScope`).
 * Returns a promise settled when both are in (never rejected), or undefined on other routes.
 */
export function preloadRoute(
  queryClient: QueryClient,
  location: { pathname: string; search: string },
): Promise<unknown> | undefined {
  const match = matchRoutes([{ path: '/hashtag/:name' }], location.pathname)?.[0];
  const name = hashtagFromRouteParam(match?.params.name);
  if (!name) return undefined;
  const { country, period } = parseScope(new URLSearchParams(location.search));
  return Promise.allSettled([
    loadHashtagPage(),
    queryClient.prefetchQuery(hashtagDetailOptions({ name, country, period })),
  ]);
}

/** A lazy view with its own error boundary; the fallback holds the page height so nothing jumps. */
function View({ page: Page }: { page: LazyExoticComponent<ComponentType> | ComponentType }) {
  const location = useLocation();
  return (
    <RouteErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<div aria-busy="true" className="min-h-[80vh]" />}>
        <Page />
      </Suspense>
    </RouteErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <>
      {/* Beside the routes: one listener for every page, the deck (which has no app shell) included. */}
      <KeyboardShortcuts />
      <Routes>
        {/* The deck hides the app chrome: it sits beside the shell, not inside it. */}
        <Route path="present" element={<View page={PresentPage} />} />
        <Route element={<AppShell />}>
          <Route index element={<View page={ExplorerPage} />} />
          <Route path="hashtag/:name" element={<View page={HashtagPage} />} />
          <Route path="compare" element={<View page={ComparePage} />} />
          <Route path="watchlist" element={<View page={WatchlistPage} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
