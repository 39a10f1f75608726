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
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <ExplorerPage /> },
        {
          path: 'hashtag/:name',
          lazy: () => import('../features/hashtag/hashtag-page').then((m) => ({ Component: m.HashtagPage })),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}
