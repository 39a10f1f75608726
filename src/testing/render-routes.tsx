import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type InitialEntry, type RouteObject } from 'react-router';

/**
 * Renders `routes` at `entry` the way the app does (React Query + router), with a fresh cache
 * and no retries, so a failure a handler answers shows at once. Returns the router (for its location) and
 * the query client.
 */
export function renderRoutes(routes: RouteObject[], entry: InitialEntry) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const router = createMemoryRouter(routes, { initialEntries: [entry] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient };
}
