import { lazy, Suspense, useState, type ComponentType } from 'react';
import { matchRoutes, Route, Routes, useLocation } from 'react-router';
import { AppShell } from './app-shell';
import { RouteErrorBoundary } from './route-error-boundary';
import { NotFoundPage } from './not-found-page';
import { KeyboardShortcuts } from '../components/shortcuts/keyboard-shortcuts';

// Declarative routes (BrowserRouter in the browser, StaticRouter on the server) rather than the data
// router: the app uses no loaders or actions, and declarative mode keeps the data router's code off
// every first visit. Everything past the explorer is its own chunk, so the list page ships no
// charting library.

/**
 * A page in a chunk of its own. `Page` renders the component itself once its chunk is in (the browser
 * loads the route's chunk before it hydrates, see {@link loadRouteModule}), so hydration never
 * suspends on it; else a lazy one. Chosen once per mount, so the page never remounts when the chunk
 * arrives later. Either way the markup is the same.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  let loaded: ComponentType | undefined;
  const loadNow = () =>
    load().then((module) => {
      loaded = pick(module);
      return loaded;
    });
  const Lazy = lazy(() => loadNow().then((component) => ({ default: component })));
  function Page() {
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Component />;
  }
  return { Page, load: loadNow };
}

const explorerPage = lazyPage(
  () => import('../features/explorer/explorer-page'),
  (m) => m.ExplorerPage,
);
const hashtagPage = lazyPage(
  () => import('../features/hashtag/hashtag-page'),
  (m) => m.HashtagPage,
);
const comparePage = lazyPage(
  () => import('../features/compare/compare-page'),
  (m) => m.ComparePage,
);
const watchlistPage = lazyPage(
  () => import('../features/watchlist/watchlist-page'),
  (m) => m.WatchlistPage,
);
const presentPage = lazyPage(
  () => import('../features/present/present-page'),
  (m) => m.PresentPage,
);

/** The pages in chunks of their own. */
const LAZY_ROUTES = [
  { path: '/', load: explorerPage.load },
  { path: '/hashtag/:name', load: hashtagPage.load },
  { path: '/compare', load: comparePage.load },
  { path: '/watchlist', load: watchlistPage.load },
  { path: '/present', load: presentPage.load },
];

/** Whether `pathname` is a view of the app (every route below but the catch-all "Page not found"). */
export function isAppPath(pathname: string): boolean {
  return pathname === '/' || matchRoutes(LAZY_ROUTES, pathname) !== null;
}

/**
 * Loads the chunk of the page at `pathname`, if it has one; resolves when it is in (never rejects:
 * a chunk that fails to load is then asked for again by the lazy page, which shows the error).
 */
export function loadRouteModule(pathname: string): Promise<unknown> {
  const route = matchRoutes(LAZY_ROUTES, pathname)?.[0]?.route;
  return route ? route.load().catch(() => undefined) : Promise.resolve();
}

/** A lazy view with its own error boundary; the fallback holds the page height so nothing jumps. */
function View({ page: Page }: { page: ComponentType }) {
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
        <Route path="present" element={<View page={presentPage.Page} />} />
        <Route element={<AppShell />}>
          <Route index element={<View page={explorerPage.Page} />} />
          <Route path="hashtag/:name" element={<View page={hashtagPage.Page} />} />
          <Route path="compare" element={<View page={comparePage.Page} />} />
          <Route path="watchlist" element={<View page={watchlistPage.Page} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
