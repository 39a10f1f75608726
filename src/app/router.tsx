import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';
import { ExplorerPage } from '../features/explorer/explorer-page';
import { NotFoundPage } from './not-found-page';

/** Routes; everything past the explorer is split into its own chunk so the list ships no charts. */
export function appRoutes(_queryClient?: QueryClient): RouteObject[] {
  return [
    {
      // The deck hides the app chrome: it sits beside the shell, not inside it.
      path: 'present',
      errorElement: <RouteError />,
      lazy: () => import('../features/present/present-page').then((m) => ({ Component: m.PresentPage })),
    },
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <ExplorerPage /> },
        {
          path: 'hashtag/:name',
          lazy: () => import('../features/hashtag/hashtag-page').then((m) => ({ Component: m.HashtagPage })),
        },
        {
          path: 'compare',
          lazy: () => import('../features/compare/compare-page').then((m) => ({ Component: m.ComparePage })),
        },
        {
          path: 'watchlist',
          lazy: () => import('../features/insights/watchlist-page').then((m) => ({ Component: m.WatchlistPage })),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}
