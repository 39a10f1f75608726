import { Suspense, lazy, useEffect, useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../app/query-client';
import { LinkProblemsNotice } from '../components/link-problems-notice';
import { APP_NAME, viewHref } from '../contract/page-view';
import { embedTitle, fullPageView, type EmbedView, type ParsedEmbed } from '../contract/embed-view';

// each embed's code on its own: the top-N table loads no chart code, a chart no table code
const HashtagEmbed = lazy(() => import('./hashtag-embed').then((m) => ({ default: m.HashtagEmbed })));
const TopEmbed = lazy(() => import('./top-embed').then((m) => ({ default: m.TopEmbed })));
const CompareEmbed = lazy(() => import('./compare-embed').then((m) => ({ default: m.CompareEmbed })));

function EmbedBody({ view }: { view: EmbedView }) {
  switch (view.kind) {
    case 'hashtag':
      return <HashtagEmbed view={view} />;
    case 'top':
      return <TopEmbed view={view} />;
    case 'compare':
      return <CompareEmbed view={view} />;
  }
}

/** The credit under every embed: the full view, with the same filters, in a new tab. */
function EmbedCredit({ view }: { view: EmbedView | undefined }) {
  // relative: a frame resolves it against its own address, ours
  const href = view ? viewHref(fullPageView(view)) : '/';
  return (
    <p className="text-right text-xs text-ink-muted">
      <a href={href} target="_blank" rel="noopener" className="underline hover:text-ink">
        {APP_NAME} · open full view
      </a>
    </p>
  );
}

/**
 * One embed (`parsed`, from the URL): its title, the notice for parameters it did not understand,
 * the figure and the credit. No header, no footer; it fills the frame's width.
 */
export function EmbedApp({ parsed, queryClient }: { parsed: ParsedEmbed; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const { view, problems } = parsed;
  const title = view ? embedTitle(view) : 'Embed not found';
  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);
  return (
    <QueryClientProvider client={client}>
      <main className="flex min-h-screen w-full flex-col gap-2 bg-surface p-2 text-ink sm:p-3">
        <h1 className="text-base font-semibold wrap-anywhere">{title}</h1>
        <LinkProblemsNotice problems={problems} />
        {view ? (
          <Suspense fallback={<div aria-busy="true" className="min-h-64" />}>
            <EmbedBody view={view} />
          </Suspense>
        ) : (
          <p role="status">
            There is no embed at this address: embeds are under /embed, /embed/hashtag/… and /embed/compare.
          </p>
        )}
        <EmbedCredit view={view} />
      </main>
    </QueryClientProvider>
  );
}
