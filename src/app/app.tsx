import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { useEffect, useState } from 'react';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';

/** `queryClient`: one made (and possibly already fetching, see `preloadRoute`) before the first render. */
export function App({ queryClient: given }: { queryClient?: QueryClient } = {}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  // After the first commit, every page's own effects included (children run theirs first): the page
  // the server sent now answers keys and clicks. End-to-end tests wait for it before pressing keys.
  useEffect(() => document.documentElement.setAttribute('data-app', 'ready'), []);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
