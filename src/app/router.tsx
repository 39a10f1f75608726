import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { AppShell } from './app-shell';
import { RouteErrorBoundary } from './route-error-boundary';
import { ExplorerPage } from '../features/explorer/explorer-page';
import { NotFoundPage } from './not-found-page';

// Declarative routes (BrowserRouter) rather than the data router: the app uses no loaders or
// actions, and declarative mode keeps ~17 KB gzip of router code off every first visit.
// Everything past the explorer is its own chunk, so the list page ships no charting library.
const HashtagPage = lazy(() => import('../features/hashtag/hashtag-page').then((m) => ({ default: m.HashtagPage })));
const ComparePage = lazy(() => import('../features/compare/compare-page').then((m) => ({ default: m.ComparePage })));
const WatchlistPage = lazy(() => import('../features/insights/watchlist-page').then((m) => ({ default: m.WatchlistPage })));
const PresentPage = lazy(() => import('../features/present/present-page').then((m) => ({ default: m.PresentPage })));

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
  );
}
