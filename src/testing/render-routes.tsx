import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type InitialEntry, type RouteObject } from 'react-router';
import { createQueryClient } from '../app/query-client';

/**
 * Renders `routes` at `entry` the way the app does (React Query + router), with a fresh cache of the
 * app's query client (the same stale time and retries) that is never collected. Returns the router
 * (for its location) and the query client.
 */
export function renderRoutes(routes: RouteObject[], entry: InitialEntry) {
  const queryClient = createQueryClient({ gcTime: Infinity });
  const router = createMemoryRouter(routes, { initialEntries: [entry] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient };
}
